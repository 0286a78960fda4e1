import type { RowProblem } from './import-target.js';

/** A row of a batch that only the database can refuse, e.g. a reference the importer does not have. */
export interface RefusedRow {
  /** The row in the file, when the target knows it (only for the message: the engine reports by source id). */
  readonly rowNumber?: number;
  readonly sourceRecordId: string;
  /** The file's column the problem is in. */
  readonly column: string;
  readonly reason: string;
}

/**
 * Thrown by `ImportTarget.writeBatch` BEFORE it writes anything, naming the rows the database
 * refuses. The engine rolls the transaction back, reports exactly those rows with their reasons,
 * and writes the rest of the batch again: one bad reference does not cost its neighbours.
 */
export class RowsRefused extends Error {
  /** Problems by source record id (unique within a batch: the engine drops repeats first). */
  readonly bySourceId: ReadonlyMap<string, readonly RowProblem[]>;

  constructor(rows: readonly RefusedRow[]) {
    const sorted = [...rows].sort((a, b) => (a.rowNumber ?? 0) - (b.rowNumber ?? 0));
    const first = sorted[0];
    super(
      first
        ? `${sorted.length} row(s) refused, first ${first.rowNumber === undefined ? '' : `row ${first.rowNumber} `}(${first.sourceRecordId}) ${first.column}: ${first.reason}`
        : 'no row refused',
    );
    this.name = 'RowsRefused';
    const bySourceId = new Map<string, RowProblem[]>();
    for (const row of sorted) bySourceId.set(row.sourceRecordId, [...(bySourceId.get(row.sourceRecordId) ?? []), { field: row.column, reason: row.reason }]);
    this.bySourceId = bySourceId;
  }
}

/** Collects a batch's refused rows while a target checks its references; throws them all at once. */
export class RefusedRows {
  private readonly rows: RefusedRow[] = [];

  add(row: RefusedRow): void {
    this.rows.push(row);
  }

  /** Throws {@link RowsRefused} when any row was refused; call before the first write. */
  throwIfAny(): void {
    if (this.rows.length > 0) throw new RowsRefused(this.rows);
  }
}
