import type { ImportTarget, RowResult } from '../../../shared/import/index.js';
import { checkTraffickingEvent } from '../trafficking-event/trafficking-event.validation.js';
import { InvalidFields } from '../validation/invalid-fields.js';
import { ColumnReader } from './import-columns.js';
import { writeTraffickingEvents, type ImportedTraffickingEvent } from './trafficking-event.bulk-write.js';

/**
 * Column names per field: Beacon's own first, then HTCDS 2.0's Historic Trafficking Events
 * (`hte_Type`, `hte_Date`, `hte_Country`), then ODK Central's for a repeat group's rows (`KEY`
 * for the row, `PARENT_KEY` for the submission it belongs to, which is the survivor's
 * `meta/instanceID`). No column for `hte_Description`: free text would carry names past every rule.
 */
export const TRAFFICKING_EVENT_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  sourceRecordId: ['sourceRecordId', 'KEY'],
  survivorSourceRecordId: ['survivorSourceRecordId', 'PARENT_KEY'],
  stage: ['stage', 'hte_Type'],
  place: ['place', 'hte_Country'],
  date: ['occurredOn', 'date', 'hte_Date'],
  periodStart: ['periodStart'],
  periodEnd: ['periodEnd'],
};

/**
 * `npx beacon import ngo <file> --kind trafficking-event`: a survivor's route legs, through the
 * same checks as `recordTraffickingEvent`. The survivor is named by her source record id and must
 * already be imported; a row naming one the NGO does not have is refused on its own (see the bulk write).
 */
export function traffickingEventImportTarget(): ImportTarget<ImportedTraffickingEvent> {
  return {
    name: 'trafficking-event',
    // Beacon's and HTCDS/ODK's names differ, so none is required by name; each row names what it lacks.
    requiredColumns: [],
    sourceIdColumn: 'sourceRecordId',
    sourceIdOf: (record) => record.sourceRecordId,
    parseRow(row, rowNumber): RowResult<ImportedTraffickingEvent> {
      const read = new ColumnReader(row, TRAFFICKING_EVENT_COLUMNS);
      const sourceRecordId = read.cell('sourceRecordId');
      const survivorSourceRecordId = read.cell('survivorSourceRecordId');
      const invalid = new InvalidFields();
      const { event } = checkTraffickingEvent(
        {
          stage: read.cell('stage') ?? '',
          place: read.cell('place') ?? '',
          date: read.cell('date'),
          periodStart: read.cell('periodStart'),
          periodEnd: read.cell('periodEnd'),
        },
        invalid,
      );
      const problems = invalid.list.map((problem) => read.problem(problem));
      if (!survivorSourceRecordId) problems.unshift({ field: 'survivorSourceRecordId', reason: 'missing: the survivor’s source record id (or an ODK PARENT_KEY)' });
      if (!sourceRecordId) problems.unshift({ field: 'sourceRecordId', reason: 'missing: a row needs sourceRecordId (or an ODK KEY)' });
      if (problems.length > 0 || !event || !sourceRecordId || !survivorSourceRecordId) return { ok: false, problems };
      const columns = { survivor: columnOf(read, 'survivorSourceRecordId'), date: columnOf(read, 'date'), periodStart: columnOf(read, 'periodStart') };
      return { ok: true, value: { rowNumber, sourceRecordId, survivorSourceRecordId, event, columns } };
    },
    writeBatch: (manager, principal, records) => writeTraffickingEvents(manager, principal, records),
  };
}

/** The column a field was read from (the reader remembers it), for problems found later. */
function columnOf(read: ColumnReader, field: string): string {
  return read.problem({ field, reason: '' }).field;
}
