import { Field, Float, ID, ObjectType } from 'type-graphql';
import type { Sector } from '../../../shared/auth/index.js';
import { LinkageKeyKind, SectorEnum } from '../publication/publication.inputs.js';

@ObjectType({ description: 'A reference to one sector record the hub has linked: its sector, federation type and opaque id.' })
export class RecordRef {
  @Field(() => SectorEnum, { description: 'The sector that holds the record.' })
  sector: Sector;

  @Field(() => String, { description: 'The federation type of the record (PersonRecord, Survivor, AccountHolder).' })
  recordType: string;

  @Field(() => ID, { description: "The record's opaque id in its own subgraph." })
  recordId: string;
}

@ObjectType({ description: 'One link between two records of a person, with why the hub made it.' })
export class PersonLink {
  @Field(() => RecordRef, { description: 'One end of the link.' })
  from: RecordRef;

  @Field(() => RecordRef, { description: 'The other end of the link.' })
  to: RecordRef;

  @Field(() => [LinkageKeyKind], { description: 'Identifier kinds whose exact keys the two records share; empty when only the encodings matched.' })
  matchedOn: LinkageKeyKind[];

  @Field(() => Float, { nullable: true, description: 'Dice coefficient of the two fuzzy encodings when it reached the threshold; null otherwise.' })
  similarity: number | null;
}
