import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import type { Principal } from '../../../shared/auth/index.js';
import { insertRows, sentToPostgres, storedBySourceIds, updateRows } from '../../../shared/import/index.js';
import type { LinkagePublisher, RecordPublication } from '../../../shared/linkage-outbox/index.js';
import { AccountHolder } from './account-holder.entity.js';
import { holdingsOf } from './account-holder.holdings.js';
import { accountHolderPublication, sameLinkageFields } from './account-holder.publication.js';
import { identifiersOf, type CheckedHolder, type HolderIdentifiersInput } from './account-holder.validation.js';

/** One validated import row: a customer's checked identifiers and the core system's id. */
export interface ImportedAccountHolder {
  readonly sourceRecordId: string;
  readonly holder: CheckedHolder;
}

export interface BulkWriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface AccountHolderBulkWriteDeps {
  readonly publisher: LinkagePublisher;
  readonly linkageSecret: string;
  /** The service's own check, which re-reads a stored customer for the comparison. */
  readonly check: (input: HolderIdentifiersInput) => { holder?: CheckedHolder };
}

/** The stored columns a row sets: everything checked but the keys (which are published, not stored). */
const COLUMNS = [
  'givenName', 'familyName', 'aliases', 'dateOfBirth', 'nationalities', 'documents', 'phones', 'emails', 'addresses', 'retentionUntil',
] as const satisfies ReadonlyArray<keyof CheckedHolder & keyof AccountHolder>;

/**
 * Writes an import batch of customers inside the caller's transaction, set-based, with the
 * semantics the row-by-row `upsertIn` had: a new source id is opened and published; a known one is
 * compared as `upsertIn` compared it (the stored record re-checked, keys aside), updated when it
 * differs and re-published when anything the hub is told changed (an address too), with the
 * accounts it holds; left alone otherwise. Publications are `accountHolderPublication`'s, all of
 * a batch's in one outbox INSERT. Source ids are unique within a batch (the import engine sees to it).
 */
export async function writeAccountHolders(
  manager: EntityManager,
  principal: Principal,
  records: readonly ImportedAccountHolder[],
  deps: AccountHolderBulkWriteDeps,
): Promise<BulkWriteCounts> {
  const counts: BulkWriteCounts = { inserted: 0, updated: 0, unchanged: 0 };
  await deps.publisher.enqueueGathered(manager, async () => {
    let pending = records;
    // Twice at most: a customer another transaction opened between our lookup and our INSERT
    // is skipped there, then compared as an existing one.
    for (let pass = 0; pending.length > 0 && pass < 2; pass += 1) {
      const existing = await existingBySource(manager, principal, pending);
      const fresh = pending.filter((record) => !existing.has(record.sourceRecordId));
      const inserted = await openNew(manager, principal, fresh, deps);
      counts.inserted += inserted.size;

      const changed: Array<{ current: AccountHolder; record: ImportedAccountHolder; republish: boolean }> = [];
      for (const record of pending) {
        const current = existing.get(record.sourceRecordId);
        if (!current) continue;
        const stored = deps.check(identifiersOf(current)).holder;
        if (stored && JSON.stringify(comparable(stored)) === JSON.stringify(comparable(record.holder))) counts.unchanged += 1;
        else changed.push({ current, record, republish: !stored || !sameLinkageFields(stored, record.holder) });
      }
      const republished = changed.filter(({ republish }) => republish).map(({ current }) => current.id);
      const holdings = await holdingsOf(manager, republished);
      await updateRows(
        manager,
        AccountHolder,
        changed.map(({ current, record }) => ({ ...columnsOf(record.holder), id: current.id })),
        COLUMNS,
      );
      for (const { current, record, republish } of changed) {
        if (!republish) continue;
        const publication = accountHolderPublication({ ...current, ...columnsOf(record.holder) }, deps.linkageSecret, holdings.get(current.id));
        await deps.publisher.enqueue(manager, publication);
      }
      counts.updated += changed.length;
      pending = fresh.filter((record) => !inserted.has(record.sourceRecordId));
    }
    if (pending.length > 0) throw new Error(`${pending.length} source ids were neither inserted nor found (concurrent imports?)`);
  });
  return counts;
}

async function existingBySource(manager: EntityManager, principal: Principal, records: readonly ImportedAccountHolder[]): Promise<Map<string, AccountHolder>> {
  const found = await storedBySourceIds(manager, AccountHolder, principal.org, records.map((record) => record.sourceRecordId), (taken) =>
    manager.getRepository(AccountHolder).findBy({ ownerOrg: principal.org, sourceRecordId: In(taken) }),
  );
  return new Map(found.map((holder) => [holder.sourceRecordId as string, holder]));
}

async function openNew(
  manager: EntityManager,
  principal: Principal,
  records: readonly ImportedAccountHolder[],
  deps: AccountHolderBulkWriteDeps,
): Promise<Map<string, string>> {
  if (records.length === 0) return new Map();
  // Ids are chosen here so that the publications (their linkage material is the dearest step in
  // Node) are derived while Postgres runs the INSERT, rather than after it.
  const chosen = new Map(records.map((record) => [record.sourceRecordId, randomUUID()]));
  const inserting = insertRows(
    manager,
    AccountHolder,
    records.map((record) => ({
      id: chosen.get(record.sourceRecordId),
      ...columnsOf(record.holder),
      sourceRecordId: record.sourceRecordId,
      ownerOrg: principal.org,
    })),
    { skipConflictsOn: ['ownerOrg', 'sourceRecordId'], returning: ['sourceRecordId'] },
  );
  inserting.catch(() => undefined); // observed now, rethrown where awaited below
  await sentToPostgres();
  const publications = records.map((record) =>
    accountHolderPublication({ ...columnsOf(record.holder), id: chosen.get(record.sourceRecordId) as string }, deps.linkageSecret),
  );
  const taken = new Set((await inserting).map((row) => row.sourceRecordId as string));
  for (const [i, record] of records.entries()) {
    if (taken.has(record.sourceRecordId)) await deps.publisher.enqueue(manager, publications[i] as RecordPublication);
  }
  return new Map([...chosen].filter(([source]) => taken.has(source)));
}

function columnsOf(holder: CheckedHolder): Pick<CheckedHolder, (typeof COLUMNS)[number]> {
  const { keys: _keys, ...columns } = holder;
  return columns;
}

function comparable(holder: CheckedHolder): Omit<CheckedHolder, 'keys'> {
  return columnsOf(holder);
}
