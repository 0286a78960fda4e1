import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';

/*
 * Value types every sector's schema shares (the same class in each, `@shareable` so composition
 * accepts three definitions of one type).
 */

@ObjectType({ description: 'A k-anonymous count: null and suppressed when it, or a neighbour it would reveal, is a group smaller than k.' })
@Directive('@shareable')
export class AggregateCount {
  @Field(() => Int, { nullable: true, description: 'The count rounded down to `resolution`; null when suppressed.' })
  value: number | null;

  @Field(() => Boolean, { description: 'True when the count is withheld: fewer than k records, or withheld so that a total minus the shown parts cannot give a small group away.' })
  suppressed: boolean;

  @Field(() => Int, { description: 'Shown counts are multiples of this, rounded down: the true count is in [value, value + resolution).' })
  resolution: number;
}

@ObjectType({ description: 'A k-anonymous sum of money in minor units (cents for USD), shown only beside a shown count.' })
@Directive('@shareable')
export class AggregateAmount {
  @Field(() => Float, { nullable: true, description: 'The sum in minor units, rounded down to `resolutionMinor`; null when suppressed.' })
  minorUnits: number | null;

  @Field(() => String, { description: 'ISO 4217 currency of the sum.' })
  currency: string;

  @Field(() => Boolean, { description: 'True when the sum is withheld (its count is).' })
  suppressed: boolean;

  @Field(() => Float, { description: 'Shown sums are multiples of this many minor units, rounded down.' })
  resolutionMinor: number;
}
