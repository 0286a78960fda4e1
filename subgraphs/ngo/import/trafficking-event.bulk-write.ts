import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import type { Principal } from '../../../shared/auth/index.js';
import { BeaconError } from '../../../shared/errors/index.js';
import { insertRows, RefusedRows, updateRows } from '../../../shared/import/index.js';
import { HistoricTraffickingEvent } from '../trafficking-event/trafficking-event.entity.js';
import { datedBeforeBirth, type CheckedTraffickingEvent } from '../trafficking-event/trafficking-event.validation.js';

/** One validated import row: a route leg, and its survivor by the NGO's own record id. */
export interface ImportedTraffickingEvent {
  readonly rowNumber: number;
  readonly sourceRecordId: string;
  readonly survivorSourceRecordId: string;
  readonly event: CheckedTraffickingEvent;
  /** The file's columns the survivor and the dates came from, to name in a problem only the database shows. */
  readonly columns: { readonly survivor: string; readonly date: string; readonly periodStart: string };
}

export interface BulkWriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** What a row sets. */
const CONTENT = ['survivorId', 'stage', 'placeCode', 'occurredOn', 'periodStart', 'periodEnd'] as const;
type EventColumns = Pick<HistoricTraffickingEvent, (typeof CONTENT)[number]>;

interface SurvivorRow {
  readonly id: string;
  readonly source_record_id: string;
  readonly date_of_birth: string | null;
}

/**
 * Writes a batch of imported route legs inside the import's transaction, set-based: one query
 * for the survivors, one for the events already imported, one INSERT and one UPDATE, whatever
 * the batch's size. A row naming a survivor the NGO does not have, or dated before her birth,
 * is refused before anything is written (`RowsRefused`), as `record` refuses it. Events carry no
 * identifiers and are not published to linkage; the aggregates' route facts follow them through
 * the table's trigger.
 */
export async function writeTraffickingEvents(
  manager: EntityManager,
  principal: Principal,
  records: readonly ImportedTraffickingEvent[],
): Promise<BulkWriteCounts> {
  if (principal.sector !== 'NGO') throw new BeaconError('FORBIDDEN', 'Only NGOs record survivors and their routes.');
  const counts: BulkWriteCounts = { inserted: 0, updated: 0, unchanged: 0 };
  if (records.length === 0) return counts;
  const columnsOf = await resolveSurvivors(manager, principal, records);

  let pending = records;
  // Twice at most: an event another transaction imported between our lookup and our INSERT is
  // skipped by ON CONFLICT there, then compared as an existing one.
  for (let pass = 0; pending.length > 0 && pass < 2; pass += 1) {
    const existing = await existingBySource(manager, principal, pending);
    const fresh = pending.filter((record) => !existing.has(record.sourceRecordId));
    const changed: Array<Partial<HistoricTraffickingEvent>> = [];
    for (const record of pending) {
      const current = existing.get(record.sourceRecordId);
      if (!current) continue;
      const next = columnsOf(record);
      if (CONTENT.every((column) => current[column] === next[column])) counts.unchanged += 1;
      else changed.push({ id: current.id, ...next });
    }
    const inserted = await insertRows(
      manager,
      HistoricTraffickingEvent,
      fresh.map((record) => ({ id: randomUUID(), ...columnsOf(record), ownerOrg: principal.org, sourceRecordId: record.sourceRecordId })),
      { skipConflictsOn: ['ownerOrg', 'sourceRecordId'], returning: ['sourceRecordId'] },
    );
    const taken = new Set(inserted.map((row) => row.sourceRecordId as string));
    counts.inserted += taken.size;
    await updateRows(manager, HistoricTraffickingEvent, changed, CONTENT);
    counts.updated += changed.length;
    pending = fresh.filter((record) => !taken.has(record.sourceRecordId));
  }
  if (pending.length > 0) throw new Error(`${pending.length} source ids were neither inserted nor found (concurrent imports?)`);
  return counts;
}

/** The batch's survivors among the NGO's own; throws naming every row whose survivor is not, or who was not yet born. */
async function resolveSurvivors(
  manager: EntityManager,
  principal: Principal,
  records: readonly ImportedTraffickingEvent[],
): Promise<(record: ImportedTraffickingEvent) => EventColumns> {
  const wanted = [...new Set(records.map((record) => record.survivorSourceRecordId))];
  const found: SurvivorRow[] = await manager.query(
    'SELECT id, source_record_id, date_of_birth::text AS date_of_birth FROM survivor WHERE owner_org = $1 AND source_record_id = ANY($2::text[])',
    [principal.org, wanted],
  );
  const survivorOf = new Map(found.map((row) => [row.source_record_id, row]));
  const problems = new RefusedRows();
  for (const record of records) {
    const about = { rowNumber: record.rowNumber, sourceRecordId: record.sourceRecordId };
    const survivor = survivorOf.get(record.survivorSourceRecordId);
    if (!survivor) {
      problems.add({ ...about, column: record.columns.survivor, reason: 'not a survivor of your NGO' });
      continue;
    }
    const beforeBirth = datedBeforeBirth(record.event, survivor.date_of_birth);
    if (beforeBirth) problems.add({ ...about, column: record.columns[beforeBirth], reason: 'before her date of birth' });
  }
  problems.throwIfAny();
  return (record) => ({ ...record.event, survivorId: (survivorOf.get(record.survivorSourceRecordId) as SurvivorRow).id });
}

async function existingBySource(
  manager: EntityManager,
  principal: Principal,
  records: readonly ImportedTraffickingEvent[],
): Promise<Map<string, HistoricTraffickingEvent>> {
  const found = await manager
    .getRepository(HistoricTraffickingEvent)
    .findBy({ ownerOrg: principal.org, sourceRecordId: In(records.map((record) => record.sourceRecordId)) });
  return new Map(found.map((event) => [event.sourceRecordId as string, event]));
}
