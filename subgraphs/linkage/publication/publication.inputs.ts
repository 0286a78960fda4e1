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
  valuesConfig: {
    DOCUMENT: { description: 'An identity document number with its issuing country.' },
    PHONE: { description: 'A phone number, E.164.' },
    EMAIL: { description: 'An e-mail address, folded to lower case.' },
    NAME_DOB: { description: 'The normalised full name together with the date of birth.' },
  },
});

/** Kinds of key that relate people without making them one. */
export enum RelationshipKeyKind {
  ADDRESS = 'ADDRESS',
  CASE = 'CASE',
  ACCOUNT = 'ACCOUNT',
  TRANSACTION = 'TRANSACTION',
}
registerEnumType(RelationshipKeyKind, {
  name: 'RelationshipKeyKind',
  description: 'What two people share when a relationship key links them: an address, a case, a bank account, or a transaction between their accounts.',
  valuesConfig: {
    ADDRESS: { description: 'A postal address.' },
    CASE: { description: 'A law-enforcement case.' },
    ACCOUNT: { description: 'A bank account.' },
    TRANSACTION: {
      description:
        "Money moved between an account of each (both at one bank): the key of the pair of accounts, with one bit for the publisher's side; it relates the two sides, never two holders of one side.",
    },
  },
});

export const SectorEnum = Object.fromEntries(SECTORS.map((sector) => [sector, sector])) as { [S in Sector]: S };
registerEnumType(SectorEnum, {
  name: 'Sector',
  description: 'The kind of member institution.',
  valuesConfig: {
    LAW_ENFORCEMENT: { description: 'A police or other law-enforcement agency.' },
    NGO: { description: 'A non-governmental organisation supporting survivors.' },
    FINANCIAL: { description: 'A bank or other financial institution.' },
    HUB: { description: "The hub operator, which runs the gateway and linkage." },
  },
});

@InputType({ description: 'One keyed encoding of one identifier.' })
export class LinkageKeyInput {
  @Field(() => LinkageKeyKind, { description: 'The identifier kind the key was derived from.' })
  kind: LinkageKeyKind;

  @Field(() => String, { description: 'Lower-case hex HMAC-SHA256 (64 characters).' })
  value: string;
}

@InputType({ description: 'One keyed encoding of something a record shares with others (an address, a case, an account).' })
export class RelationshipKeyInput {
  @Field(() => RelationshipKeyKind, { description: 'What the key was derived from.' })
  kind: RelationshipKeyKind;

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

  @Field(() => [RelationshipKeyInput], { nullable: true, description: 'Keys of what the record shares with others; they relate people, never merge them.' })
  relationshipKeys?: RelationshipKeyInput[] | null;

  @Field(() => String, { nullable: true, description: 'The hardened Bloom-filter encoding of names, birth date and address: standard base64 of the federation-wide length.' })
  encoding?: string | null;

  @Field(() => [String], { nullable: true, description: 'Keyed blocking keys, 6 bytes each in standard base64 (8 characters).' })
  blockingKeys?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'The blocking keys (a subset) that speak of the person rather than the household.' })
  identityKeys?: string[] | null;

  @Field(() => Boolean, { description: 'True when the record was erased at its owner.' })
  erased: boolean;
}
