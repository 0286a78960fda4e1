import { performance } from 'node:perf_hooks';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Writable } from 'node:stream';
import type { DataSource, QueryRunner } from 'typeorm';
import type { Principal } from '../auth/index.js';
import { unavailableErrorFrom } from '../database/index.js';
import { ImportFileError } from './import-file-error.js';
import type { ImportTarget } from './import-target.js';
import {
  CHUNKS_IN_FLIGHT_PER_THREAD,
  DEFAULT_PARALLEL_AFTER_ROWS,
  defaultParseThreads,
  PARSE_CHUNK_ROWS,
  type ParallelImportOptions,
} from './parallel/parallel-options.js';
import { ParsePool } from './parallel/parse-pool.js';
import { RowsRefused } from './refused-rows.js';
import { RejectReport, type RowRejection } from './reject-report.js';
import { checkRow, isRefused, type CheckedRow, type ValidRow } from './row-check.js';
import { SeenSourceIds } from './seen-source-ids.js';
import { IMPORT_FORMATS, readSourceRows, type ImportFormat, type SourceRow } from './source-rows.js';

/** Rows per transaction: large enough to amortise a round trip, small enough to redo cheaply. */
export const DEFAULT_IMPORT_BATCH_SIZE = 1000;
export const MAX_IMPORT_BATCH_SIZE = 50_000;
/** How often the read loop lets the writer's round trips through while a batch is in flight. */
const YIELD_EVERY_ROWS = 32;

export interface ImportOptions<T> {
  /** The owning subgraph's DataSource, initialised and migrated (its entities serve the target). */
  readonly dataSource: DataSource;
  readonly target: ImportTarget<T>;
  /** Who writes: the owning organisation's principal, handed to `writeBatch`. */
  readonly principal: Principal;
  /** The file's bytes (a `Readable` is one); read with backpressure, never held whole. */
  readonly input: AsyncIterable<Buffer | string>;
  readonly format: ImportFormat;
  /** Rows per transaction. Default DEFAULT_IMPORT_BATCH_SIZE. */
  readonly batchSize?: number;
  /** Called after every batch is committed (or rolled back); cheap, so the caller throttles. */
  readonly onProgress?: (progress: ImportProgress) => void;
  /** A path (created or truncated; removed if no row is rejected) or a stream for the rejected-rows CSV. */
  readonly rejectReport?: string | Writable;
  /** Check rows in worker threads once the file proves large; absent, every row is checked on this thread. */
  readonly parallel?: ParallelImportOptions;
}

export interface ImportProgress {
  /** Data rows read so far (header and empty lines not counted). */
  readonly rowsRead: number;
  readonly bytesRead: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Rows rejected: invalid, repeating a source id, or in a batch that was rolled back. */
  readonly rejected: number;
  readonly elapsedMs: number;
}

export interface ImportSummary extends ImportProgress {
  /** Batches rolled back because `writeBatch` failed; their rows are among the rejected. */
  readonly failedBatches: number;
  readonly rowsPerSecond: number;
  /** The report file, when one was asked for and rows were rejected. */
  readonly rejectReportPath?: string;
  /** The first few rejections, for a first look; the report has them all. */
  readonly firstRejections: readonly RowRejection[];
  /** Worker threads that checked rows (0: all were checked on the importing thread). */
  readonly parseThreads: number;
}

/**
 * Imports a CSV or NDJSON file through a subgraph's ImportTarget. Streams with constant memory:
 * rows are read, validated and written in batches, at most one batch being written while the
 * next is read, and the ids met are kept in Postgres, not in memory. Each batch is one
 * transaction; rows the target refuses before writing (RowsRefused) are reported on their own and
 * the rest written again; a batch that fails otherwise is rolled back whole and its rows reported. A source id met twice
 * in one file rejects the later rows, naming the first. Missing columns stop the import before
 * any row (ImportFileError).
 */
export async function runImport<T>(options: ImportOptions<T>): Promise<ImportSummary> {
  const { dataSource, target, principal, format } = options;
  const batchSize = options.batchSize ?? DEFAULT_IMPORT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_IMPORT_BATCH_SIZE) {
    throw new ImportFileError('BAD_OPTIONS', `The batch size must be a whole number from 1 to ${MAX_IMPORT_BATCH_SIZE}; got ${batchSize}.`);
  }
  const threads = options.parallel ? (options.parallel.threads ?? defaultParseThreads()) : 0;
  if (!Number.isInteger(threads) || threads < 0) {
    throw new ImportFileError('BAD_OPTIONS', `The parse threads must be a whole number from 0; got ${threads}.`);
  }
  if (!IMPORT_FORMATS.includes(format)) {
    throw new ImportFileError('BAD_OPTIONS', `The format must be one of ${IMPORT_FORMATS.join(', ')}; got "${String(format)}".`);
  }

  const started = performance.now();
  const counts = { rowsRead: 0, bytesRead: 0, inserted: 0, updated: 0, unchanged: 0, failedBatches: 0 };
  const report = await RejectReport.open(options.rejectReport);
  const progress = (): ImportProgress => ({
    rowsRead: counts.rowsRead,
    bytesRead: counts.bytesRead,
    inserted: counts.inserted,
    updated: counts.updated,
    unchanged: counts.unchanged,
    rejected: report.rowCount,
    elapsedMs: performance.now() - started,
  });
  const sourceIdField = target.sourceIdColumn ?? '*';

  let runner: QueryRunner | undefined;
  let parseThreads = 0;
  try {
    runner = dataSource.createQueryRunner();
    await runner.connect();
    const seen = await SeenSourceIds.create(runner);
    const writer = new BatchWriter(runner, seen, target, principal, report, sourceIdField, counts, urlOf(dataSource));

    async function* countBytes(): AsyncGenerator<Buffer | string> {
      for await (const chunk of options.input) {
        counts.bytesRead += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
        yield chunk;
      }
    }

    let batch: Array<ValidRow<T>> = [];
    let writing: Promise<void> | undefined;
    const flush = async () => {
      await writing;
      const rows = batch;
      batch = [];
      writing = writer.write(rows).then(() => options.onProgress?.(progress()));
      // Observed now, rethrown at the next await: a failure must not go unhandled while reading.
      writing.catch(() => undefined);
    };
    const take = async (rows: readonly SourceRow[], checked?: ReadonlyArray<CheckedRow<T>>) => {
      for (const [i, row] of rows.entries()) {
        counts.rowsRead += 1;
        const result = checked ? (checked[i] as CheckedRow<T>) : checkRow(row, target, sourceIdField);
        if (isRefused(result)) await report.reject(row.rowNumber, row.line, result.sourceId, result.problems);
        else batch.push(result);
        if (batch.length >= batchSize) await flush();
        // Checking is synchronous: without a turn of the event loop now and then, the batch
        // being written would advance one round trip per batch instead of running alongside.
        if (writing && counts.rowsRead % YIELD_EVERY_ROWS === 0) await yieldToEventLoop();
      }
    };
    const parallel = parallelChecking(options.parallel, threads, (rows) => rows.map((row) => checkRow(row, target, sourceIdField)), sourceIdField);
    // Chunks sent to workers, taken in file order: report rows and batches are as without workers.
    const inFlight: Array<{ rows: SourceRow[]; checked: Promise<Array<CheckedRow<T>>> }> = [];
    try {
      for await (const rows of readSourceRows(countBytes(), format, target.requiredColumns)) {
        const pool = parallel.poolAfter(counts.rowsRead);
        if (!pool) {
          await take(rows);
          continue;
        }
        for (let from = 0; from < rows.length; from += PARSE_CHUNK_ROWS) {
          const chunk = rows.slice(from, from + PARSE_CHUNK_ROWS);
          inFlight.push({ rows: chunk, checked: pool.check(chunk) });
          while (inFlight.length > parallel.maxInFlight) {
            const oldest = inFlight.shift() as (typeof inFlight)[number];
            await take(oldest.rows, await oldest.checked);
          }
        }
      }
      for (let oldest = inFlight.shift(); oldest; oldest = inFlight.shift()) await take(oldest.rows, await oldest.checked);
      if (batch.length > 0) await flush();
    } finally {
      // Let a batch in flight finish (or fail) before the connection goes back to the pool.
      await writing?.catch(() => undefined);
      parseThreads = parallel.usedThreads();
      await parallel.close();
    }
    await writing;
    await seen.drop();
  } finally {
    await runner?.release().catch(() => undefined);
    await report.close();
  }

  const final = progress();
  return {
    ...final,
    failedBatches: counts.failedBatches,
    rowsPerSecond: final.elapsedMs > 0 ? (final.rowsRead * 1000) / final.elapsedMs : 0,
    rejectReportPath: report.rowCount > 0 ? report.path : undefined,
    firstRejections: report.firstRejections,
    parseThreads,
  };
}

/** Writes one batch at a time on the import's own connection, each in its own transaction. */
class BatchWriter<T> {
  constructor(
    private readonly runner: QueryRunner,
    private readonly seen: SeenSourceIds,
    private readonly target: ImportTarget<T>,
    private readonly principal: Principal,
    private readonly report: RejectReport,
    private readonly sourceIdField: string,
    private readonly counts: { inserted: number; updated: number; unchanged: number; failedBatches: number },
    private readonly url: string,
  ) {}

  async write(batch: ReadonlyArray<ValidRow<T>>): Promise<void> {
    const rows = await this.withoutRepeats(batch);
    if (rows.length === 0) return;
    const rest = await this.attempt(rows, true);
    if (rest.length > 0) await this.attempt(rest, false);
  }

  /**
   * Writes `rows` in one transaction. When the target refuses some rows before writing
   * ({@link RowsRefused}) and `mayRetry`, those rows are reported with their own reasons and the
   * others are returned, to be written again in a fresh transaction; otherwise a failure rolls
   * the whole batch back and reports every row of it.
   */
  private async attempt(rows: ReadonlyArray<ValidRow<T>>, mayRetry: boolean): Promise<Array<ValidRow<T>>> {
    const { runner } = this;
    await runner.startTransaction();
    try {
      const written = await this.target.writeBatch(runner.manager, this.principal, rows.map((row) => row.value));
      const accounted = written.inserted + written.updated + written.unchanged;
      if (accounted !== rows.length) {
        throw new Error(`the "${this.target.name}" target accounted for ${accounted} of ${rows.length} rows (a bug in the target)`);
      }
      await runner.commitTransaction();
      this.counts.inserted += written.inserted;
      this.counts.updated += written.updated;
      this.counts.unchanged += written.unchanged;
      return [];
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      const unavailable = unavailableErrorFrom(this.url, error);
      if (unavailable) throw unavailable;
      if (mayRetry && error instanceof RowsRefused && rows.some((row) => error.bySourceId.has(row.sourceId))) {
        const rest: Array<ValidRow<T>> = [];
        for (const row of rows) {
          const problems = error.bySourceId.get(row.sourceId);
          if (problems) await this.report.reject(row.rowNumber, row.line, row.sourceId, problems);
          else rest.push(row);
        }
        return rest;
      }
      this.counts.failedBatches += 1;
      const first = rows[0] as ValidRow<T>;
      const last = rows[rows.length - 1] as ValidRow<T>;
      const reason = `rolled back with its batch (rows ${first.rowNumber}–${last.rowNumber}): ${messageOf(error)}`;
      for (const row of rows) await this.report.reject(row.rowNumber, row.line, row.sourceId, [{ field: '*', reason }]);
      return [];
    }
  }

  /** Rejects rows whose source id came earlier in the file (in this batch or a previous one). */
  private async withoutRepeats(batch: ReadonlyArray<ValidRow<T>>): Promise<Array<ValidRow<T>>> {
    const firstHere = new Map<string, number>();
    const repeats: Array<{ row: ValidRow<T>; firstRow: number }> = [];
    const unique: Array<ValidRow<T>> = [];
    for (const row of batch) {
      const firstRow = firstHere.get(row.sourceId);
      if (firstRow === undefined) {
        firstHere.set(row.sourceId, row.rowNumber);
        unique.push(row);
      } else {
        repeats.push({ row, firstRow });
      }
    }
    const earlier = await this.seen.recordBatch(
      unique.map((row) => row.sourceId),
      unique.map((row) => row.rowNumber),
    );
    const fresh = unique.filter((row) => {
      const firstRow = earlier.get(row.sourceId);
      if (firstRow !== undefined) repeats.push({ row, firstRow });
      return firstRow === undefined;
    });
    repeats.sort((a, b) => a.row.rowNumber - b.row.rowNumber);
    for (const { row, firstRow } of repeats) {
      const reason = `repeats source id "${row.sourceId}" of row ${firstRow}`;
      await this.report.reject(row.rowNumber, row.line, row.sourceId, [{ field: this.sourceIdField, reason }]);
    }
    return fresh;
  }
}

function urlOf(dataSource: DataSource): string {
  return (dataSource.options as { url?: string }).url ?? '';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Starts the parse workers once `afterRows` rows have been read (never, without options or
 * threads), and reports how many took part. Until they are ready, chunks are checked here.
 */
function parallelChecking<T>(
  options: ParallelImportOptions | undefined,
  threads: number,
  inProcess: (rows: SourceRow[]) => Array<CheckedRow<T>>,
  sourceIdField: string,
) {
  const afterRows = options?.afterRows ?? DEFAULT_PARALLEL_AFTER_ROWS;
  let pool: ParsePool<T> | undefined;
  let used = 0;
  return {
    maxInFlight: threads * CHUNKS_IN_FLIGHT_PER_THREAD,
    poolAfter(rowsSoFar: number): ParsePool<T> | undefined {
      if (!pool && options && threads > 0 && rowsSoFar >= afterRows) pool = new ParsePool<T>(options.recipe, threads, sourceIdField, inProcess);
      used = Math.max(used, pool?.readyThreads ?? 0);
      return pool;
    },
    usedThreads: () => used,
    close: async () => pool?.close(),
  };
}
