import type { Sector } from '../auth/index.js';

/** Kinds of exact key a publication can carry; mirrors `ExactKeyKind` of `shared/linkage`. */
export type PublishedKeyKind = 'DOCUMENT' | 'PHONE' | 'EMAIL' | 'NAME_DOB';

/**
 * What a sector tells the hub about one record: an opaque reference, its category, who may learn
 * it exists, and keyed encodings of its identifiers. Never a raw identifier.
 * The publishing sector and organisation are not part of it: linkage takes them from the
 * verified service credential, so a publisher cannot speak for another institution.
 */
export interface RecordPublication {
  /** The federation type that resolves the record in its own subgraph (e.g. `Survivor`). */
  readonly recordType: string;
  readonly recordId: string;
  /** `SUSPECT | VICTIM | WITNESS | SURVIVOR | ACCOUNT_HOLDER`: records of different categories are linked, never merged. */
  readonly category: string;
  /** Sectors that may learn this record exists; the owner's own sector always may. */
  readonly discoverableBy: readonly Sector[];
  readonly keys: ReadonlyArray<{ readonly kind: PublishedKeyKind; readonly value: string }>;
  /** True when the record was erased: linkage forgets it and its keys. */
  readonly erased: boolean;
}

/** The linkage subgraph's mutation, as the publisher sends it. */
export const PUBLISH_RECORDS_MUTATION = /* GraphQL */ `
  mutation PublishRecords($publications: [RecordPublicationInput!]!) {
    publishRecords(publications: $publications) { accepted }
  }
`;
