import type { ImportTarget, RowProblem } from './import-target.js';
import type { SourceRow } from './source-rows.js';

/** A row the target accepted, with where it was in the file. */
export interface ValidRow<T> {
  readonly value: T;
  readonly sourceId: string;
  readonly rowNumber: number;
  readonly line: number;
}

/** A row the file or the target refused, with every problem. */
export interface RefusedRow {
  readonly sourceId: string;
  readonly problems: readonly RowProblem[];
}

export type CheckedRow<T> = ValidRow<T> | RefusedRow;

export function isRefused<T>(checked: CheckedRow<T>): checked is RefusedRow {
  return 'problems' in checked;
}

/**
 * Reads one source row through the target's `parseRow`. Pure of the database, so it runs alike
 * on the importing thread and in a parse worker; a `parseRow` that throws refuses its row only.
 */
export function checkRow<T>(row: SourceRow, target: Pick<ImportTarget<T>, 'parseRow' | 'sourceIdOf'>, sourceIdField: string): CheckedRow<T> {
  const sourceId = row.values && sourceIdField !== '*' ? (row.values[sourceIdField] ?? '') : '';
  if (!row.values || row.problems) return { sourceId, problems: row.problems ?? [] };
  try {
    const result = target.parseRow(row.values, row.rowNumber);
    if (result.ok) return { value: result.value, sourceId: target.sourceIdOf(result.value), rowNumber: row.rowNumber, line: row.line };
    return { sourceId, problems: result.problems };
  } catch (error) {
    return { sourceId, problems: [{ field: '*', reason: `could not be read: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}
