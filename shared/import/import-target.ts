import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/index.js';

/** One problem with one input row, named precisely enough to fix the source file. */
export interface RowProblem {
  /** The input column (CSV header or NDJSON key) the problem is in, or `*` for the row as a whole. */
  readonly field: string;
  readonly reason: string;
}

export type RowResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly RowProblem[] };

/**
 * What a subgraph offers `npx beacon import`: how to read one source row into a validated record,
 * and how to write a batch of them. The import engine owns streaming, batching, transactions,
 * progress and the rejected-rows report; the target owns the domain.
 *
 * The same validation and linkage publishing as the subgraph's mutations: a target calls the
 * services' own validators and publisher, never a parallel copy of them.
 */
export interface ImportTarget<T> {
  /** The kind of record, e.g. `survivor` (a subgraph may offer several). */
  readonly name: string;
  /** Columns a file must have (by source name); a missing one stops the import before any row. */
  readonly requiredColumns: readonly string[];
  /** The column holding the source record id, named in the report when a file repeats an id. */
  readonly sourceIdColumn?: string;
  /** The source system's record id of a parsed row: imports are idempotent by it. */
  sourceIdOf(record: T): string;
  /** Validates one row; reports every problem of the row at once. */
  parseRow(row: Readonly<Record<string, string>>, rowNumber: number): RowResult<T>;
  /**
   * Writes a batch inside the engine's transaction: inserts new records, skips (or updates,
   * when they differ) those whose source id already exists, and queues linkage publications
   * through the same manager. Returns how many rows were inserted, updated and unchanged.
   * Rows only the database can refuse (an unknown reference) are thrown as `RowsRefused`
   * before anything is written; the engine reports them and writes the others.
   */
  writeBatch(
    manager: EntityManager,
    principal: Principal,
    records: readonly T[],
  ): Promise<{ inserted: number; updated: number; unchanged: number }>;
}
