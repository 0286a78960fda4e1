import type { EntityManager } from 'typeorm';
import type { Sector } from '../../../shared/auth/index.js';
import type { ExactKey } from '../../../shared/linkage/index.js';
import type { LinkagePublisher } from '../../../shared/linkage-outbox/index.js';
import { PersonCategory } from './person-record.entity.js';

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

/** Queues a record's current keys for the hub, inside the caller's transaction. */
export async function publishPersonRecord(
  manager: EntityManager,
  publisher: LinkagePublisher,
  record: Published,
  keys: readonly ExactKey[],
): Promise<void> {
  await publisher.enqueue(manager, {
    recordType: 'PersonRecord',
    recordId: record.id,
    category: record.category,
    discoverableBy: DISCOVERABLE_BY[record.category],
    keys: keys.map(({ kind, value }) => ({ kind, value })),
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
