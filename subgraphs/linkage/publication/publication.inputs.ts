import { Field, InputType, registerEnumType } from 'type-graphql';
import { SECTORS, type Sector } from '../../../shared/auth/index.js';

/** The kinds of exact key a sector may publish (HMAC-SHA256 under the federation's secret). */
export enum LinkageKeyKind {
  DOCUMENT = 'DOCUMENT',
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  NAME_DOB = 'NAME_DOB',
}
registerEnumType(LinkageKeyKind, {
  name: 'LinkageKeyKind',
  description: 'Which identifier an exact linkage key was derived from.',
});

export const SectorEnum = Object.fromEntries(SECTORS.map((sector) => [sector, sector])) as { [S in Sector]: S };
registerEnumType(SectorEnum, { name: 'Sector', description: 'The kind of member institution.' });

@InputType({ description: 'One keyed encoding of one identifier.' })
export class LinkageKeyInput {
  @Field(() => LinkageKeyKind, { description: 'The identifier kind the key was derived from.' })
  kind: LinkageKeyKind;

  @Field(() => String, { description: 'Lower-case hex HMAC-SHA256 (64 characters).' })
  value: string;
}

@InputType({ description: "A sector's publication of one record to the hub: references and keys, never raw identifiers." })
export class RecordPublicationInput {
  @Field(() => String, { description: 'The federation type that resolves the record in its subgraph.' })
  recordType: string;

  @Field(() => String, { description: "The record's opaque id in its own subgraph." })
  recordId: string;

  @Field(() => String, { description: 'SUSPECT, VICTIM, WITNESS, SURVIVOR or ACCOUNT_HOLDER.' })
  category: string;

  @Field(() => [SectorEnum], { description: 'Sectors that may learn this record exists.' })
  discoverableBy: Sector[];

  @Field(() => [LinkageKeyInput], { description: 'Exact keys of the record identifiers.' })
  keys: LinkageKeyInput[];

  @Field(() => Boolean, { description: 'True when the record was erased at its owner.' })
  erased: boolean;
}
