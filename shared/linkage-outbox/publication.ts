import type { Sector } from '../auth/index.js';
import type { LinkageMaterial } from '../linkage/index.js';

/** Kinds of exact key that say two records are one person; mirrors `ExactKeyKind` of `shared/linkage`. */
export type PublishedKeyKind = 'DOCUMENT' | 'PHONE' | 'EMAIL' | 'NAME_DOB';

/** Kinds of key that relate two people without making them one; mirrors `RelationshipKeyKind`. */
export type PublishedRelationshipKind = 'ADDRESS' | 'CASE' | 'ACCOUNT' | 'TRANSACTION';

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
  /** Keys the hub draws a person's network from (shared address, case, account; a transaction between accounts); never merged on. */
  readonly relationshipKeys?: ReadonlyArray<{ readonly kind: PublishedRelationshipKind; readonly value: string }>;
  /**
   * The hardened Bloom-filter encoding of names, date of birth and address (standard base64 of a
   * fixed length); null when none of them normalised, and on erasure. Absent in publications
   * queued before fuzzy linking and in erasures,
   * which the hub treats as null.
   */
  readonly encoding?: string | null;
  /** Keyed blocking keys, 6 bytes each in base64: the hub compares encodings only within a shared block. */
  readonly blockingKeys?: readonly string[];
  /** The blocking keys that speak of the person (name with date, two names): a weak similarity needs one shared. */
  readonly identityKeys?: readonly string[];
  /** True when the record was erased: linkage forgets it and its keys. */
  readonly erased: boolean;
}

/** The keyed part of a publication, from what `deriveLinkageMaterial` derived (rejections stay with the owner). */
export function publicationFields(
  material: LinkageMaterial,
): Pick<RecordPublication, 'keys' | 'relationshipKeys' | 'encoding' | 'blockingKeys' | 'identityKeys'> {
  return {
    keys: material.keys,
    relationshipKeys: material.relationshipKeys,
    encoding: material.encoding,
    blockingKeys: material.blockingKeys,
    identityKeys: material.identityKeys,
  };
}

/** The linkage subgraph's mutation, as the publisher sends it. */
export const PUBLISH_RECORDS_MUTATION = /* GraphQL */ `
  mutation PublishRecords($publications: [RecordPublicationInput!]!) {
    publishRecords(publications: $publications) { accepted }
  }
`;
