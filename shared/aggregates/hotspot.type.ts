import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { AggregateCount } from './aggregate-count.type.js';
import { Provenance } from './provenance.type.js';

@ObjectType({ description: "One place or route in a sector's ranking." })
@Directive('@shareable')
export class RankedSignal {
  @Field(() => String, { description: 'The place (a country) or, for a corridor, the origin country.' })
  origin: string;

  @Field(() => String, { nullable: true, description: 'For a corridor, the destination country; null for a place.' })
  destination: string | null;

  @Field(() => AggregateCount, { description: "The sector's count there in the year (never a suppressed one: those are not ranked)." })
  count: AggregateCount;
}

@ObjectType({ description: "A sector's own ranking of places or routes by one measure over a year: one input of the cross-sector index." })
@Directive('@shareable')
export class SectorRanking {
  @Field(() => String, { description: 'The measure ranked.' })
  measure: string;

  @Field(() => Int, { description: 'The calendar year.' })
  year: number;

  @Field(() => [RankedSignal], { description: 'Places or routes with a shown count, highest first.' })
  entries: RankedSignal[];

  @Field(() => Provenance, { description: 'Which sector and kinds of source the counts come from.' })
  provenance: Provenance;
}
