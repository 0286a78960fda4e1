import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { RowProblem } from './import-target.js';

/** One problem of one rejected row, as the report lists it. */
export interface RowRejection extends RowProblem {
  readonly row: number;
  readonly line: number;
  /** The row's source record id, when it could be read. */
  readonly sourceId: string;
}

/** How many rejections the summary carries for a first look; the report has them all. */
export const REJECTION_SAMPLE_SIZE = 20;

const HEADER = 'row,line,source_id,field,reason\n';

/**
 * The rejected-rows report: a CSV file (row, line, source_id, field, reason), one line per
 * problem, written as rejections happen with the file's backpressure respected. A report that
 * ends up empty is removed, so an old report never passes for this run's.
 */
export class RejectReport {
  private readonly sample: RowRejection[] = [];
  private rows = 0;

  private constructor(
    private readonly out: Writable | undefined,
    readonly path: string | undefined,
  ) {}

  private failure: unknown;

  /** Opens (and truncates) a report file, or writes to a stream the caller owns, or only counts. */
  static async open(target: string | Writable | undefined): Promise<RejectReport> {
    if (target === undefined) return new RejectReport(undefined, undefined);
    let out: Writable;
    if (typeof target === 'string') {
      const file = createWriteStream(target);
      await once(file, 'open');
      out = file;
    } else {
      out = target;
    }
    const report = new RejectReport(out, typeof target === 'string' ? target : undefined);
    out.on('error', (error) => {
      report.failure ??= error;
    });
    out.write(HEADER);
    return report;
  }

  /** Rows rejected so far. */
  get rowCount(): number {
    return this.rows;
  }

  get firstRejections(): readonly RowRejection[] {
    return this.sample;
  }

  /** Records every problem of one row (the row counts once). */
  async reject(row: number, line: number, sourceId: string, problems: readonly RowProblem[]): Promise<void> {
    if (this.failure) throw this.failure;
    this.rows += 1;
    let writable = true;
    for (const { field, reason } of problems) {
      const rejection = { row, line, sourceId, field, reason };
      if (this.sample.length < REJECTION_SAMPLE_SIZE) this.sample.push(rejection);
      if (this.out) writable = this.out.write(`${row},${line},${cell(sourceId)},${cell(field)},${cell(reason)}\n`);
    }
    if (!writable && this.out) await once(this.out, 'drain');
  }

  /** Flushes and closes a report it opened as a file (removed when no row was rejected); a stream given stays open. */
  async close(): Promise<void> {
    if (!this.out || this.path === undefined) return;
    this.out.end();
    if (!this.out.writableFinished) await once(this.out, 'finish');
    if (this.failure) throw this.failure;
    if (this.rows === 0) await rm(this.path, { force: true });
  }
}

function cell(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
