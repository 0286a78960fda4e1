import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** The individual's gender as the Human Trafficking Case Data Standard (HTCDS 2.0) records it. */
export const Gender = {
  /** HTCDS "Feminine". */
  Feminine: 'FEMININE',
  /** HTCDS "Masculine". */
  Masculine: 'MASCULINE',
  /** HTCDS "Non-Conforming". */
  NonConforming: 'NON_CONFORMING',
  /** HTCDS "Not Specified/Unknown". */
  NotSpecifiedUnknown: 'NOT_SPECIFIED_UNKNOWN',
  /** HTCDS "Transgender Feminine". */
  TransgenderFeminine: 'TRANSGENDER_FEMININE',
  /** HTCDS "Transgender Masculine". */
  TransgenderMasculine: 'TRANSGENDER_MASCULINE'
} as const;

export type Gender = typeof Gender[keyof typeof Gender];
/** One keyed encoding of one identifier. */
export type LinkageKeyInput = {
  /** The identifier kind the key was derived from. */
  kind: LinkageKeyKind;
  /** Lower-case hex HMAC-SHA256 (64 characters). */
  value: Scalars['String']['input'];
};

/** Which identifier an exact linkage key was derived from. */
export const LinkageKeyKind = {
  Document: 'DOCUMENT',
  Email: 'EMAIL',
  NameDob: 'NAME_DOB',
  Phone: 'PHONE'
} as const;

export type LinkageKeyKind = typeof LinkageKeyKind[keyof typeof LinkageKeyKind];
/** The role a person plays in a case. Records of different categories are linked, never merged. */
export const PersonCategory = {
  Suspect: 'SUSPECT',
  Victim: 'VICTIM',
  Witness: 'WITNESS'
} as const;

export type PersonCategory = typeof PersonCategory[keyof typeof PersonCategory];
/** A sector's publication of one record to the hub: references and keys, never raw identifiers. */
export type RecordPublicationInput = {
  /** SUSPECT, VICTIM, WITNESS, SURVIVOR or ACCOUNT_HOLDER. */
  category: Scalars['String']['input'];
  /** Sectors that may learn this record exists. */
  discoverableBy: Array<Sector>;
  /** True when the record was erased at its owner. */
  erased: Scalars['Boolean']['input'];
  /** Exact keys of the record identifiers. */
  keys: Array<LinkageKeyInput>;
  /** The record's opaque id in its own subgraph. */
  recordId: Scalars['String']['input'];
  /** The federation type that resolves the record in its subgraph. */
  recordType: Scalars['String']['input'];
};

/** The kind of member institution. */
export const Sector = {
  Financial: 'FINANCIAL',
  Hub: 'HUB',
  LawEnforcement: 'LAW_ENFORCEMENT',
  Ngo: 'NGO'
} as const;

export type Sector = typeof Sector[keyof typeof Sector];
export type LinkedPeopleQueryVariables = Exact<{
  minSectors?: Scalars['Int']['input'];
}>;


export type LinkedPeopleQuery = { people: Array<{ id: string, personRecords: Array<{ id: string, category: PersonCategory | null, givenName: string | null, familyName: string | null } | null> | null, survivors: Array<{ id: string, givenName: string | null, familyName: string | null, gender: Gender | null } | null> | null, accountHolders: Array<{ id: string, givenName: string | null, familyName: string | null, accountNumber: string | null } | null> | null, evidence: Array<{ sector: Sector, recordType: string, matchedOn: Array<LinkageKeyKind> }> | null }> };

export type MySurvivorsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type MySurvivorsQuery = { survivors: Array<{ id: string, givenName: string | null, familyName: string | null, gender: Gender | null, citizenship: string | null }> };

export type PersonQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonQuery = { person: { id: string, personRecords: Array<{ id: string, caseReference: string | null, category: PersonCategory | null, givenName: string | null, familyName: string | null, dateOfBirth: string | null, nationalities: Array<string> | null, owningAgency: string | null } | null> | null, survivors: Array<{ id: string, givenName: string | null, familyName: string | null, dateOfBirth: string | null, gender: Gender | null, citizenship: string | null, owningOrganisation: string | null } | null> | null, accountHolders: Array<{ id: string, givenName: string | null, familyName: string | null, dateOfBirth: string | null, nationality: string | null, accountNumber: string | null, owningInstitution: string | null } | null> | null, evidence: Array<{ sector: Sector, recordType: string, recordId: string, matchedOn: Array<LinkageKeyKind> }> | null } | null };


export const LinkedPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LinkedPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minSectors"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"minSectors"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minSectors"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"survivors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountHolders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"matchedOn"}}]}}]}}]}}]} as unknown as DocumentNode<LinkedPeopleQuery, LinkedPeopleQueryVariables>;
export const MySurvivorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySurvivors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survivors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}}]}}]}}]} as unknown as DocumentNode<MySurvivorsQuery, MySurvivorsQueryVariables>;
export const PersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Person"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"nationalities"}},{"kind":"Field","name":{"kind":"Name","value":"owningAgency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"survivors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}},{"kind":"Field","name":{"kind":"Name","value":"owningOrganisation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountHolders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"owningInstitution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"matchedOn"}}]}}]}}]}}]} as unknown as DocumentNode<PersonQuery, PersonQueryVariables>;