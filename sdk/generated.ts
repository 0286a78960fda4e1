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

/** What an audit event records. */
export const AuditEventKind = {
  /** The policy refused fields of a record, or the whole request. */
  Denial: 'DENIAL',
  /** Sensitive fields of a record were shown to the caller. */
  Disclosure: 'DISCLOSURE',
  /** A mutation was attempted. */
  Write: 'WRITE'
} as const;

export type AuditEventKind = typeof AuditEventKind[keyof typeof AuditEventKind];
export const AuditOutcome = {
  Allowed: 'ALLOWED',
  Denied: 'DENIED',
  Failed: 'FAILED'
} as const;

export type AuditOutcome = typeof AuditOutcome[keyof typeof AuditOutcome];
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
/** A survivor's consent, as her caseworker records it. */
export type GrantConsentInput = {
  /** The purpose she agrees to, as callers declare it in x-beacon-purpose (e.g. aml-compliance, analysis). */
  purpose: Scalars['String']['input'];
  /** The sector she agrees to share with: LAW_ENFORCEMENT, NGO, FINANCIAL or HUB. */
  sector: Scalars['String']['input'];
  /** The survivor who gives it: one your NGO supports. */
  survivorId: Scalars['ID']['input'];
  /** End of validity: ISO 8601 date-time with a time zone, or a date (valid through that day, UTC). Omitted: until withdrawn. */
  validUntil?: InputMaybe<Scalars['String']['input']>;
};

/** Europol SIENA handling code: the owning agency's conditions on onward use of a record, applying to the whole record. */
export const HandlingCode = {
  /** No restriction beyond the purpose: may be used for judicial proceedings. Other agencies' investigators see the record. */
  H0: 'H0',
  /** Not to be used in judicial proceedings without the owning agency's permission. Other agencies' investigators see the record only while investigating, never for analysis. */
  H1: 'H1',
  /** Not to be disseminated further without the owning agency's permission. Only the owning agency sees the record's content; others see who owns it, to ask. */
  H2: 'H2',
  /** Other restrictions, stated by the owning agency. Beacon enforces them as H2: only the owning agency sees the record's content. */
  H3: 'H3'
} as const;

export type HandlingCode = typeof HandlingCode[keyof typeof HandlingCode];
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
/** Where a suspicious-activity report stands. */
export const SuspiciousActivityReportStatus = {
  /** The financial intelligence unit confirmed receipt. */
  Acknowledged: 'ACKNOWLEDGED',
  /** No further action by the filing institution. */
  Closed: 'CLOSED',
  /** Sent to the financial intelligence unit. */
  Filed: 'FILED'
} as const;

export type SuspiciousActivityReportStatus = typeof SuspiciousActivityReportStatus[keyof typeof SuspiciousActivityReportStatus];
/** The pattern a suspicious-activity report describes (FinCEN FIN-2020-A008). */
export const SuspiciousActivityTypology = {
  /** A business depositing cash steadily with no payroll or supplier payments to match it. */
  CashWithoutPayroll: 'CASH_WITHOUT_PAYROLL',
  /** Frequent payments to online classified-ad or escort sites, often based abroad. */
  ClassifiedAdPayments: 'CLASSIFIED_AD_PAYMENTS',
  /** Many cash deposits in one place, often below the reporting threshold, withdrawn soon after somewhere else. */
  FunnelAccount: 'FUNNEL_ACCOUNT',
  /** Many unrelated people sending money to one beneficiary. */
  ManyUnrelatedSenders: 'MANY_UNRELATED_SENDERS',
  /** Another pattern; the narrative explains it. */
  Other: 'OTHER',
  /** Amounts split to stay just below a reporting or identification threshold. */
  Structuring: 'STRUCTURING'
} as const;

export type SuspiciousActivityTypology = typeof SuspiciousActivityTypology[keyof typeof SuspiciousActivityTypology];
export type LinkedPeopleQueryVariables = Exact<{
  minSectors?: Scalars['Int']['input'];
}>;


export type LinkedPeopleQuery = { people: Array<{ id: string, personRecords: Array<{ id: string, category: PersonCategory | null, givenName: string | null, familyName: string | null } | null> | null, survivors: Array<{ id: string, givenName: string | null, familyName: string | null, gender: Gender | null } | null> | null, accountHolders: Array<{ id: string, givenName: string | null, familyName: string | null, accountNumber: string | null } | null> | null, evidence: Array<{ sector: Sector, recordType: string, matchedOn: Array<LinkageKeyKind> }> | null }> };

export type MySurvivorsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type MySurvivorsQuery = { survivors: Array<{ id: string, givenName: string | null, familyName: string | null, gender: Gender | null, citizenship: string | null }> };

export type NgoAuditTrailQueryVariables = Exact<{
  recordType: Scalars['String']['input'];
  recordId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type NgoAuditTrailQuery = { auditTrail: { recordType: string, recordId: string, ngo: Array<{ id: string, occurredAt: string, requestId: string, actorSub: string, actorOrg: string, actorSector: string, purpose: string | null, justification: string | null, kind: AuditEventKind, fields: Array<string>, outcome: AuditOutcome, errorCode: string | null, hash: string }> | null } | null };

export type PersonQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonQuery = { person: { id: string, personRecords: Array<{ id: string, caseReference: string | null, category: PersonCategory | null, givenName: string | null, familyName: string | null, dateOfBirth: string | null, nationalities: Array<string> | null, owningAgency: string | null } | null> | null, survivors: Array<{ id: string, givenName: string | null, familyName: string | null, dateOfBirth: string | null, gender: Gender | null, citizenship: string | null, owningOrganisation: string | null } | null> | null, accountHolders: Array<{ id: string, givenName: string | null, familyName: string | null, dateOfBirth: string | null, nationality: string | null, accountNumber: string | null, owningInstitution: string | null } | null> | null, evidence: Array<{ sector: Sector, recordType: string, recordId: string, matchedOn: Array<LinkageKeyKind> }> | null } | null };


export const LinkedPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LinkedPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minSectors"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"minSectors"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minSectors"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"survivors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountHolders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"matchedOn"}}]}}]}}]}}]} as unknown as DocumentNode<LinkedPeopleQuery, LinkedPeopleQueryVariables>;
export const MySurvivorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySurvivors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survivors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}}]}}]}}]} as unknown as DocumentNode<MySurvivorsQuery, MySurvivorsQueryVariables>;
export const NgoAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NgoAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordType"}}},{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"ngo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"actorSub"}},{"kind":"Field","name":{"kind":"Name","value":"actorOrg"}},{"kind":"Field","name":{"kind":"Name","value":"actorSector"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]}}]} as unknown as DocumentNode<NgoAuditTrailQuery, NgoAuditTrailQueryVariables>;
export const PersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Person"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"nationalities"}},{"kind":"Field","name":{"kind":"Name","value":"owningAgency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"survivors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}},{"kind":"Field","name":{"kind":"Name","value":"owningOrganisation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountHolders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"owningInstitution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"matchedOn"}}]}}]}}]}}]} as unknown as DocumentNode<PersonQuery, PersonQueryVariables>;