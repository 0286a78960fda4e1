import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import type { Principal, Sector } from '../../../shared/auth/index.js';
import { insertRows, sameJson, sentToPostgres, storedBySourceIds, updateRows } from '../../../shared/import/index.js';
import type { LinkagePublisher, RecordPublication } from '../../../shared/linkage-outbox/index.js';
import { discoverableBy } from '../consent/consent.discoverability.js';
import { Consent } from '../consent/consent.entity.js';
import { Survivor } from './survivor.entity.js';
import type { SurvivorPublication } from './survivor.publication.js';
import type { CheckedRegistration } from './survivor.service.js';
import { IDENTIFIER_COLUMNS, type SurvivorColumns } from './survivor.validation.js';

/** One checked import row, and which record columns the row actually gave. */
export interface ImportedSurvivor {
  readonly checked: CheckedRegistration & { readonly sourceRecordId: string };
  readonly provided: readonly (keyof SurvivorColumns)[];
}

export interface BulkWriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface SurvivorBulkWriteDeps {
  readonly publication: SurvivorPublication;
  readonly publisher: LinkagePublisher;
}

const IDENTIFIERS: ReadonlySet<string> = new Set(IDENTIFIER_COLUMNS);

/**
 * Writes an import batch of survivors inside the caller's transaction, set-based, with the
 * semantics `writeImported` had row by row: a new source record is registered with its intake
 * consents and published (discoverable by whom her consents say, as of `now`); a known one is
 * updated in the columns the row gave where they differ, and re-published when an identifier
 * changed (discoverability read from her consents as stored, after her row is locked by the
 * update); otherwise left alone. Each publication is `SurvivorPublication.publicationOf`'s; all
 * of a batch's go to the outbox in one INSERT. Source ids are unique within a batch.
 */
export async function writeSurvivors(
  manager: EntityManager,
  principal: Principal,
  records: readonly ImportedSurvivor[],
  deps: SurvivorBulkWriteDeps,
  now: Date = new Date(),
): Promise<BulkWriteCounts> {
  const counts: BulkWriteCounts = { inserted: 0, updated: 0, unchanged: 0 };
  await deps.publisher.enqueueGathered(manager, async () => {
    let pending = records;
    // Twice at most: a source record another transaction registered between our lookup and our
    // INSERT is skipped there, then compared as an existing record.
    for (let pass = 0; pending.length > 0 && pass < 2; pass += 1) {
      const existing = await existingBySource(manager, principal, pending);
      const fresh = pending.filter((record) => !existing.has(record.checked.sourceRecordId));
      const inserted = await registerNew(manager, principal, fresh, deps, now);
      counts.inserted += inserted.size;
      const changes = pending.flatMap((record) => {
        const current = existing.get(record.checked.sourceRecordId);
        if (!current) return [];
        const changed = record.provided.filter((column) => !sameJson(current[column], record.checked.columns[column]));
        if (changed.length === 0) counts.unchanged += 1;
        return changed.length > 0 ? [{ current, record, changed }] : [];
      });
      await updateChanged(manager, changes, deps);
      counts.updated += changes.length;
      pending = fresh.filter((record) => !inserted.has(record.checked.sourceRecordId));
    }
    if (pending.length > 0) throw new Error(`${pending.length} source ids were neither inserted nor found (concurrent imports?)`);
  });
  return counts;
}

async function existingBySource(manager: EntityManager, principal: Principal, records: readonly ImportedSurvivor[]): Promise<Map<string, Survivor>> {
  const found = await storedBySourceIds(manager, Survivor, principal.org, records.map((record) => record.checked.sourceRecordId), (taken) =>
    manager.getRepository(Survivor).findBy({ ownerOrg: principal.org, sourceRecordId: In(taken) }),
  );
  return new Map(found.map((survivor) => [survivor.sourceRecordId as string, survivor]));
}

/** Inserts the new survivors, their consents and their publications; resolves to their ids by source id. */
async function registerNew(
  manager: EntityManager,
  principal: Principal,
  records: readonly ImportedSurvivor[],
  deps: SurvivorBulkWriteDeps,
  now: Date,
): Promise<Map<string, string>> {
  if (records.length === 0) return new Map();
  // Her intake consents are all she has: discoverability follows from them alone.
  const sectorsOf = (record: ImportedSurvivor): Sector[] =>
    discoverableBy(record.checked.consents.map((terms) => ({ ...terms, grantedAt: now, withdrawnAt: null })), now);
  // Ids are chosen here so that the publications (their linkage material is the dearest step in
  // Node) are derived while Postgres runs the INSERT, rather than after it.
  const chosen = new Map(records.map((record) => [record.checked.sourceRecordId, randomUUID()]));
  const sectors = records.map(sectorsOf);
  const inserting = insertRows(
    manager,
    Survivor,
    records.map((record, i) => ({
      id: chosen.get(record.checked.sourceRecordId),
      ...record.checked.columns,
      sourceRecordId: record.checked.sourceRecordId,
      publishedDiscoverableBy: sectors[i],
      ownerOrg: principal.org,
    })),
    { skipConflictsOn: ['ownerOrg', 'sourceRecordId'], returning: ['sourceRecordId'] },
  );
  inserting.catch(() => undefined); // observed now, rethrown where awaited below
  await sentToPostgres();
  const publications = records.map((record, i) => {
    const { givenName, familyName, aliases, dateOfBirth, phones, emails, addresses } = record.checked.columns;
    // What the publication reads, not a copy of her every column.
    const id = chosen.get(record.checked.sourceRecordId) as string;
    return deps.publication.publicationOf({ id, givenName, familyName, aliases, dateOfBirth, phones, emails, addresses }, sectors[i] as Sector[]);
  });
  const taken = new Set((await inserting).map((row) => row.sourceRecordId as string));
  const ids = new Map([...chosen].filter(([source]) => taken.has(source)));
  const inserted = records.filter((record) => ids.has(record.checked.sourceRecordId));
  const consents = inserted.flatMap((record) =>
    record.checked.consents.map((terms) => ({
      sector: terms.sector,
      purpose: terms.purpose,
      validUntil: terms.validUntil,
      survivorId: ids.get(record.checked.sourceRecordId) as string,
      recordedBy: principal.sub,
      ownerOrg: principal.org,
    })),
  );
  await insertRows(manager, Consent, consents);
  for (const [i, record] of records.entries()) {
    if (ids.has(record.checked.sourceRecordId)) await deps.publisher.enqueue(manager, publications[i] as RecordPublication);
  }
  return ids;
}

/**
 * Updates each changed survivor in the columns that changed (one UPDATE per set of columns, as
 * rows of one file mostly change alike), then re-publishes those whose identifiers changed.
 */
async function updateChanged(
  manager: EntityManager,
  changes: ReadonlyArray<{ current: Survivor; record: ImportedSurvivor; changed: readonly (keyof SurvivorColumns)[] }>,
  deps: SurvivorBulkWriteDeps,
): Promise<void> {
  const byColumns = new Map<string, typeof changes[number][]>();
  for (const change of changes) {
    const key = change.changed.join(',');
    byColumns.set(key, [...(byColumns.get(key) ?? []), change]);
  }
  for (const group of byColumns.values()) {
    const columns = (group[0] as typeof changes[number]).changed;
    const rows = group.map(({ current, record }) => ({
      id: current.id,
      ...Object.fromEntries(columns.map((column) => [column, record.checked.columns[column]])),
    }));
    await updateRows(manager, Survivor, rows as Array<Partial<Survivor>>, columns);
  }

  const republished = changes.filter(({ changed }) => changed.some((column) => IDENTIFIERS.has(column)));
  if (republished.length === 0) return;
  const ids = republished.map(({ current }) => current.id);
  const consentsOf = new Map<string, Consent[]>();
  for (const consent of await manager.getRepository(Consent).findBy({ survivorId: In(ids) })) {
    consentsOf.set(consent.survivorId, [...(consentsOf.get(consent.survivorId) ?? []), consent]);
  }
  const now = new Date();
  const published: Array<Partial<Survivor>> = [];
  for (const { current, record, changed } of republished) {
    const sectors = discoverableBy(consentsOf.get(current.id) ?? [], now);
    // Her record as the update left it: the stored one with the changed columns only.
    const survivor = { ...current, ...Object.fromEntries(changed.map((column) => [column, record.checked.columns[column]])) };
    await deps.publisher.enqueue(manager, deps.publication.publicationOf(survivor, sectors));
    published.push({ id: current.id, publishedDiscoverableBy: sectors });
  }
  await updateRows(manager, Survivor, published, ['publishedDiscoverableBy']);
}
