import type { EntityManager } from 'typeorm';
import type { Sector } from '../../../shared/auth/index.js';
import { deriveLinkageMaterial, type LinkageMaterial } from '../../../shared/linkage/index.js';
import { publicationFields, type LinkagePublisher } from '../../../shared/linkage-outbox/index.js';
import { PersonCategory } from './person-record.entity.js';
import type { PersonRecordAddress, PersonRecordDocument, PersonRecordName } from './person-record.identifiers.js';

/**
 * Which sectors may learn that a record of each category exists. Victims are discoverable to NGOs
 * (they may be supporting the same person); suspects and witnesses stay inside law enforcement and
 * the hub, because their existence alone can compromise an investigation or endanger a witness.
 */
export const DISCOVERABLE_BY: Readonly<Record<PersonCategory, readonly Sector[]>> = {
  [PersonCategory.VICTIM]: ['LAW_ENFORCEMENT', 'NGO', 'HUB'],
  [PersonCategory.SUSPECT]: ['LAW_ENFORCEMENT', 'HUB'],
  [PersonCategory.WITNESS]: ['LAW_ENFORCEMENT'],
};

interface Published {
  readonly id: string;
  readonly category: PersonCategory;
}

/** The identifiers of a person record, stored or validated, and the case it is on. */
export interface PersonRecordLinkageFields {
  readonly caseId: string;
  readonly names?: readonly Pick<PersonRecordName, 'given' | 'family'>[] | null;
  readonly dateOfBirth?: string | null;
  readonly documents?: readonly PersonRecordDocument[] | null;
  readonly phones?: readonly string[] | null;
  readonly emails?: readonly string[] | null;
  readonly addresses?: readonly PersonRecordAddress[] | null;
}

/**
 * Everything the hub learns of a person record, keyed: exact keys, the fuzzy encoding with its
 * blocking keys, an ADDRESS key per address and a CASE key, so people on one case are one hop
 * apart in the hub's network without the hub learning the case.
 */
export function personRecordLinkage(record: PersonRecordLinkageFields, linkageSecret: string): LinkageMaterial {
  return deriveLinkageMaterial(
    {
      names: (record.names ?? []).map((name) => ({ given: name.given ?? undefined, family: name.family ?? undefined })),
      dateOfBirth: record.dateOfBirth ?? undefined,
      documents: (record.documents ?? []).map((document) => ({ ...document })),
      phones: record.phones ?? [],
      emails: record.emails ?? [],
      addresses: (record.addresses ?? []).map((address) => ({
        streetNumber: address.streetNumber ?? undefined,
        street: address.street ?? undefined,
        locality: address.locality ?? undefined,
        postcode: address.postcode ?? undefined,
        region: address.region ?? undefined,
        country: address.country,
      })),
      relationships: [{ kind: 'CASE', value: record.caseId }],
    },
    linkageSecret,
  );
}

/**
 * Whether the hub would be told the same thing: exact keys, relationship keys (addresses, case),
 * encoding and blocking keys. Exact keys alone miss an address or a case moved, which change no
 * exact key but change the hub's network and fuzzy links.
 */
export function samePublishedMaterial(a: LinkageMaterial, b: LinkageMaterial): boolean {
  const published = ({ keys, relationshipKeys, encoding, blockingKeys }: LinkageMaterial) =>
    JSON.stringify([sorted(keys), sorted(relationshipKeys), encoding, [...blockingKeys].sort()]);
  return published(a) === published(b);
}

const sorted = (keys: ReadonlyArray<{ kind: string; value: string }>) => keys.map((key) => `${key.kind}:${key.value}`).sort();

/** Queues a record's linkage material ({@link personRecordLinkage}) for the hub, inside the caller's transaction. */
export async function publishPersonRecord(
  manager: EntityManager,
  publisher: LinkagePublisher,
  record: Published,
  material: LinkageMaterial,
): Promise<void> {
  await publisher.enqueue(manager, {
    recordType: 'PersonRecord',
    recordId: record.id,
    category: record.category,
    discoverableBy: DISCOVERABLE_BY[record.category],
    ...publicationFields(material),
    erased: false,
  });
}

/**
 * Erasure as linkage sees it: the record's earlier publications (their keys included, sent or
 * not) leave the outbox, and one `erased` publication without keys tells the hub to forget it.
 */
export async function unpublishPersonRecords(
  manager: EntityManager,
  publisher: LinkagePublisher,
  records: readonly Published[],
): Promise<void> {
  if (records.length === 0) return;
  await manager.query('DELETE FROM linkage_outbox WHERE record_id = ANY($1::text[])', [records.map((record) => record.id)]);
  for (const record of records) {
    await publisher.enqueue(manager, {
      recordType: 'PersonRecord',
      recordId: record.id,
      category: record.category,
      discoverableBy: DISCOVERABLE_BY[record.category],
      keys: [],
      erased: true,
    });
  }
}
