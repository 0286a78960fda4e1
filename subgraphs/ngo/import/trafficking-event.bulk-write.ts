import type { EntityManager } from 'typeorm';
import type { Principal } from '../../../shared/auth/index.js';
import { BeaconError } from '../../../shared/errors/index.js';
import { changedContent, RefusedRows, upsertBySourceId, type UpsertCounts } from '../../../shared/import/index.js';
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
): Promise<UpsertCounts> {
  if (principal.sector !== 'NGO') throw new BeaconError('FORBIDDEN', 'Only NGOs record survivors and their routes.');
  if (records.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  const columnsOf = await resolveSurvivors(manager, principal, records);
  return upsertBySourceId(manager, records, {
    entity: HistoricTraffickingEvent,
    ownerOrg: principal.org,
    newRow: columnsOf,
    changes: (stored) => changedContent(stored, CONTENT, columnsOf),
    updated: CONTENT,
  });
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
