import { Field, InputType, ObjectType } from 'type-graphql';
import type { Sector } from '../../../shared/auth/index.js';
import { LinkageKeyInput, SectorEnum } from '../publication/publication.inputs.js';

@InputType({ description: "Keys a sector subgraph derived from identifiers its caller sent, to ask whether the hub knows the person. Never stored." })
export class LinkageProbeInput {
  @Field(() => [LinkageKeyInput], { description: 'Exact keys of the identifiers.' })
  keys: LinkageKeyInput[];

  @Field(() => String, { nullable: true, description: 'The fuzzy encoding, as in a publication.' })
  encoding?: string | null;

  @Field(() => [String], { nullable: true, description: 'Keyed blocking keys, as in a publication.' })
  blockingKeys?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Identity blocking keys, as in a publication.' })
  identityKeys?: string[] | null;
}

@ObjectType({ description: "The hub's hit/no-hit answer: whether a matching record exists, and in which sectors the caller may know of one. Nothing else." })
export class LinkageMatch {
  @Field(() => Boolean, { description: 'True when a record the caller may know of matches.' })
  matched: boolean;

  @Field(() => [SectorEnum], { description: 'Sectors holding a matching record that the caller may know of.' })
  sectors: Sector[];
}
