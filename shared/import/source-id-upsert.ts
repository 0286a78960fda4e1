import { randomUUID } from 'node:crypto';
import { In, type EntityManager, type EntityTarget, type FindOptionsWhere } from 'typeorm';
import { insertRows, updateRows } from './bulk-rows.js';
import { sameJson } from './canonical-json.js';
import { storedBySourceIds } from './stored-source-ids.js';

/**
 * The insert-or-update of an import batch whose records are found again by the source system's
 * id (unique per organisation): which of the batch's source ids are stored, one INSERT for the
 * others and one UPDATE for the stored rows the batch changes, whatever the batch's size. Imports
 * are idempotent by source id, so every target whose rows can change writes this same loop; the
 * target keeps the domain (what a row holds, what counts as a change, what hangs off a row).
 */

/** A row stored under an organisation's source id (null for a row recorded through the API). */
export interface SourceIdRow {
  id: string;
  ownerOrg: string;
  sourceRecordId: string | null;
}

/** An imported record: the source system's id it is stored under. */
export interface SourceIdRecord {
  readonly sourceRecordId: string;
}

/** A record of the batch whose row is already stored. */
export interface StoredRecord<R, E> {
  readonly record: R;
  readonly current: E;
}

/** A stored row a record changes: what the UPDATE sets (the row found by its `id`), plus whatever `afterWrite` needs. */
export interface RowChange<E> {
  readonly row: Partial<E>;
}

/** A record inserted by the batch, with the id chosen for its row. */
export interface InsertedRecord<R> {
  readonly record: R;
  readonly id: string;
}

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface SourceIdUpsert<R extends SourceIdRecord, E extends SourceIdRow, C extends RowChange<E>> {
  readonly entity: EntityTarget<E>;
  /** The importing organisation: rows are looked up, and inserted, as its own. */
  readonly ownerOrg: string;
  /** A new record's row, but for `id`, `ownerOrg` and `sourceRecordId`, which the upsert sets. */
  readonly newRow: (record: R) => Partial<E>;
  /**
   * The stored rows the records change; the others are counted unchanged and left alone. Given a
   * pass's stored records at once, so that it can read in one query what it compares besides the
   * row (an account's holders).
   */
  readonly changes: (stored: ReadonlyArray<StoredRecord<R, E>>) => readonly C[] | Promise<readonly C[]>;
  /** The properties the UPDATE of a changed row sets, from its `row`. */
  readonly updated: ReadonlyArray<keyof E & string>;
  /**
   * Rows stored without the record's source id that are its row all the same, by the record's source
   * id (an account recorded through the API, claimed by its IBAN): compared and updated, never inserted.
   */
  readonly claimed?: ReadonlyMap<string, E>;
  /** Runs after each pass's INSERT and UPDATE, to write what hangs off the rows (an account's holdings). */
  readonly afterWrite?: (written: { readonly inserted: ReadonlyArray<InsertedRecord<R>>; readonly changed: readonly C[] }) => Promise<void>;
}

/**
 * Inserts the records whose source id the organisation has not stored, and updates the stored rows
 * they change, inside the caller's transaction. Source ids must be unique within `records`.
 */
export async function upsertBySourceId<R extends SourceIdRecord, E extends SourceIdRow, C extends RowChange<E>>(
  manager: EntityManager,
  records: readonly R[],
  plan: SourceIdUpsert<R, E, C>,
): Promise<UpsertCounts> {
  const counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
  let pending = records;
  // Twice at most: a row another transaction inserted between our lookup and our INSERT is
  // skipped by ON CONFLICT there, then found and compared as a stored one on the second pass.
  for (let pass = 0; pending.length > 0 && pass < 2; pass += 1) {
    const found = await findBySourceIds(manager, plan.entity, plan.ownerOrg, pending.map((record) => record.sourceRecordId));
    const stored: Array<StoredRecord<R, E>> = [];
    const fresh: R[] = [];
    for (const record of pending) {
      const current = found.get(record.sourceRecordId) ?? plan.claimed?.get(record.sourceRecordId);
      if (current) stored.push({ record, current });
      else fresh.push(record);
    }
    const changed = await plan.changes(stored);

    const ids = new Map(fresh.map((record) => [record.sourceRecordId, randomUUID()]));
    const rows = fresh.map((record) => ({ id: ids.get(record.sourceRecordId), ...plan.newRow(record), ownerOrg: plan.ownerOrg, sourceRecordId: record.sourceRecordId }));
    // The spread of a generic Partial<E> with E's own keys is a Partial<E>; TypeScript cannot see it.
    const taken = await insertRows(manager, plan.entity, rows as Array<Partial<E>>, { skipConflictsOn: ['ownerOrg', 'sourceRecordId'], returning: ['sourceRecordId'] });
    const takenIds = new Set(taken.map((row) => row.sourceRecordId as string));
    await updateRows(manager, plan.entity, changed.map((change) => change.row), plan.updated);
    const inserted = fresh.filter((record) => takenIds.has(record.sourceRecordId)).map((record) => ({ record, id: ids.get(record.sourceRecordId) as string }));
    await plan.afterWrite?.({ inserted, changed });

    counts.inserted += inserted.length;
    counts.updated += changed.length;
    counts.unchanged += stored.length - changed.length;
    pending = fresh.filter((record) => !takenIds.has(record.sourceRecordId));
  }
  if (pending.length > 0) throw new Error(`${pending.length} source ids were neither inserted nor found (concurrent imports?)`);
  return counts;
}

/**
 * The `changes` of records that set `content` and nothing else: the stored rows where any of those
 * properties differs, compared as data (`sameJson`: jsonb hands objects back in its own key order).
 */
export function changedContent<R, E extends SourceIdRow, K extends keyof E & string>(
  stored: ReadonlyArray<StoredRecord<R, E>>,
  content: readonly K[],
  contentOf: (record: R) => Pick<E, K>,
): Array<RowChange<E>> {
  return stored.flatMap(({ record, current }) => {
    const next = contentOf(record);
    if (content.every((property) => sameJson(current[property], next[property]))) return [];
    // Built property by property: TypeScript cannot see that a spread Pick<E, K> is a Partial<E>.
    const row: Partial<E> = {};
    for (const property of content) row[property] = next[property];
    row.id = current.id;
    return [{ row }];
  });
}

/**
 * The organisation's rows stored under any of `sourceIds`, by source id: the taken ids first (one
 * index-only lookup, `storedBySourceIds`), whole rows for those alone — a batch of new records,
 * the common case, reads nothing more.
 */
export async function findBySourceIds<E extends SourceIdRow>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  ownerOrg: string,
  sourceIds: readonly string[],
): Promise<Map<string, E>> {
  const found = await storedBySourceIds(manager, entity, ownerOrg, sourceIds, (taken) =>
    // TypeORM's where type cannot be resolved for a generic entity; SourceIdRow guarantees these properties.
    manager.getRepository(entity).findBy({ ownerOrg, sourceRecordId: In(taken) } as FindOptionsWhere<E>),
  );
  return new Map(found.map((row) => [row.sourceRecordId as string, row]));
}
