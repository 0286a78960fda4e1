import { isBeaconError } from '../../../shared/errors/index.js';
import type { ImportTarget, RowProblem, RowResult } from '../../../shared/import/index.js';
import { validateJourneyLeg, type ValidJourneyLeg } from '../journey/journey-leg.validation.js';
import { InputProblems, isoDay, type InvalidField } from '../validation/invalid-fields.js';
import { writeJourneyLegs, type ImportedJourneyLeg } from './journey-leg.bulk-write.js';

/**
 * Source columns, one leg a row. The case is named by the agency's case reference and must
 * already be in Beacon (import the person records first: their rows open the cases); the
 * traveller, when known, by the source id of a person record on that case. Places are ISO 3166
 * countries or UN/LOCODEs; `border_crossing` is `true`/`false` (default: whether the countries differ).
 */
export const JOURNEY_LEG_COLUMNS = Object.freeze({
  required: ['source_record_id', 'case_reference', 'from', 'to', 'mode'],
  optional: ['traveller_source_record_id', 'date', 'border_crossing', 'crossing_point'],
});

/** The file's column for each field `validateJourneyLeg` names. */
const COLUMN_OF: Readonly<Record<string, string>> = { borderCrossing: 'border_crossing', crossingPoint: 'crossing_point' };

const optional = (value: string | undefined): string | undefined => (value?.trim() ? value.trim() : undefined);

/** `npx beacon import law-enforcement <file> --kind journey-leg`: route legs on cases, as `recordJourneyLeg` checks them. */
export function journeyLegImport(clock: () => Date = () => new Date()): ImportTarget<ImportedJourneyLeg> {
  return {
    name: 'journey-leg',
    requiredColumns: JOURNEY_LEG_COLUMNS.required,
    sourceIdColumn: 'source_record_id',
    sourceIdOf: (record) => record.sourceRecordId,

    parseRow(row, rowNumber): RowResult<ImportedJourneyLeg> {
      const problems: RowProblem[] = [];
      const sourceRecordId = optional(row.source_record_id);
      if (!sourceRecordId) problems.push({ field: 'source_record_id', reason: 'required' });
      const caseReference = optional(row.case_reference);
      if (!caseReference) problems.push({ field: 'case_reference', reason: 'required' });
      const borderCrossing = flag(row.border_crossing, problems);
      let leg: ValidJourneyLeg | undefined;
      try {
        leg = validateJourneyLeg(
          { from: row.from, to: row.to, date: optional(row.date), mode: row.mode, borderCrossing, crossingPoint: optional(row.crossing_point) },
          isoDay(clock()),
          new InputProblems(),
        );
      } catch (error) {
        problems.push(...problemsOf(error).map((problem) => ({ field: COLUMN_OF[problem.field] ?? problem.field, reason: problem.reason })));
      }
      if (problems.length > 0 || !leg || !sourceRecordId || !caseReference) return { ok: false, problems };
      const travellerSourceRecordId = optional(row.traveller_source_record_id) ?? null;
      return { ok: true, value: { rowNumber, sourceRecordId, caseReference, travellerSourceRecordId, leg } };
    },

    writeBatch: (manager, principal, records) => writeJourneyLegs(manager, principal, records),
  };
}

/** `true`/`false` (also yes/no, 1/0, as spreadsheets write them); blank is "not stated". */
function flag(raw: string | undefined, problems: RowProblem[]): boolean | undefined {
  const value = optional(raw);
  if (value === undefined) return undefined;
  if (/^(true|yes|y|1)$/i.test(value)) return true;
  if (/^(false|no|n|0)$/i.test(value)) return false;
  problems.push({ field: 'border_crossing', reason: 'not true or false' });
  return undefined;
}

function problemsOf(error: unknown): InvalidField[] {
  if (isBeaconError(error) && error.code === 'BAD_USER_INPUT') return (error.details.invalidFields as InvalidField[]) ?? [];
  throw error;
}
