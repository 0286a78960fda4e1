import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { Sector } from '../../../shared/auth/index.js';
import { LinkageKeyKind, SectorEnum } from '../publication/publication.inputs.js';

@ObjectType({ description: 'A human known to one or more sectors, as linked by the hub from keyed encodings.' })
@Directive('@key(fields: "id")')
export class Person {
  @Field(() => ID, { description: 'Stable id; after a merge the older id survives and the other redirects to it.' })
  id: string;
}

/*
 * References to the sectors' own records. Linkage knows only their ids; each sector subgraph
 * resolves the rest under its own policy, so the hub never handles a raw field.
 */
@ObjectType({ description: 'A person record on a law-enforcement case (resolved by the law-enforcement subgraph).' })
@Directive('@key(fields: "id", resolvable: false)')
export class PersonRecord {
  @Field(() => ID, { description: 'Opaque id of the record in the law-enforcement subgraph.' })
  id: string;
}

@ObjectType({ description: "A survivor's record at an NGO (resolved by the NGO subgraph)." })
@Directive('@key(fields: "id", resolvable: false)')
export class Survivor {
  @Field(() => ID, { description: 'Opaque id of the record in the NGO subgraph.' })
  id: string;
}

@ObjectType({ description: "A bank's account holder (resolved by the financial subgraph)." })
@Directive('@key(fields: "id", resolvable: false)')
export class AccountHolder {
  @Field(() => ID, { description: 'Opaque id of the record in the financial subgraph.' })
  id: string;
}

@ObjectType({ description: 'Why a record belongs to this person: the exact keys it shares with other records of the person.' })
export class LinkEvidence {
  @Field(() => SectorEnum, { description: 'The sector that holds the record.' })
  sector: Sector;

  @Field(() => String, { description: 'The federation type of the record (PersonRecord, Survivor, AccountHolder).' })
  recordType: string;

  @Field(() => ID, { description: "The record's opaque id." })
  recordId: string;

  @Field(() => [LinkageKeyKind], { description: 'Identifier kinds whose keys matched another record of this person.' })
  matchedOn: LinkageKeyKind[];
}

/** A row of `linked_record` as the person service reads it. */
export interface LinkedRecordRow {
  readonly personId: string;
  readonly sector: Sector;
  readonly recordType: string;
  readonly recordId: string;
}
