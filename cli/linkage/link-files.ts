import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import {
  createFuzzyEncoder,
  EncodingStore,
  linkRecords,
  type DateFormat,
  type LinkStats,
} from '../../shared/linkage/index.js';
import { readCsvRows, type CsvRow } from './csv-reader.js';
import { columnOfRejection, resolveColumns, rowIdentifiers, type FieldMap } from './field-map.js';
import { IssueReport } from './issue-report.js';
import { LinkInputError } from './link-input-error.js';
import { Progress } from './progress.js';

/** What `beacon link` links, and how. */
export interface LinkFilesOptions {
  readonly inputs: readonly string[];
  /** One map for all inputs, or one per input in the same order. */
  readonly maps: readonly FieldMap[];
  readonly dateFormat?: DateFormat;
  readonly threshold?: number;
  /** Weak similarities link only when a name or birth-date key also agrees. */
  readonly strict?: boolean;
  readonly secret: Buffer | string;
  readonly out: string;
  readonly progress?: Progress;
}

/** Everything the summary reports. */
export interface LinkFilesResult {
  readonly inputs: ReadonlyArray<{ readonly file: string; readonly rows: number; readonly records: number }>;
  readonly records: number;
  /** Rows not linked and not written (no id, repeated id, malformed). */
  readonly rejectedRows: IssueReport;
  /** Identifiers that did not normalise; their records are linked on the rest. */
  readonly fieldIssues: IssueReport;
  /** Records with no identifier left to link on: each is a cluster of its own. */
  readonly recordsWithoutIdentifiers: number;
  readonly stats: LinkStats;
  readonly multiRecordClusters: number;
  readonly largestCluster: number;
  readonly timings: { readonly readMs: number; readonly linkMs: number; readonly writeMs: number };
}

const OUTPUT_BATCH = 10_000;

/**
 * Reads every input as a stream, normalising and encoding each row as it arrives (raw values
 * are not kept), links all records together — across inputs and within each — and writes
 * `record_id,cluster_id`, one row per record, in input order.
 *
 * @throws LinkInputError when an input cannot be read, is empty, or lacks a mapped column.
 */
export async function linkFiles(options: LinkFilesOptions): Promise<LinkFilesResult> {
  const progress = options.progress ?? new Progress(process.stderr, false);
  const encoder = createFuzzyEncoder(options.secret);
  const store = new EncodingStore({ bytes: encoder.bytes });
  const blockingKeys: Array<readonly number[]> = [];
  const identityKeys: Array<readonly number[]> = [];
  const ids: string[] = [];
  const firstSeen = new Map<string, string>();
  const rejectedRows = new IssueReport();
  const fieldIssues = new IssueReport();
  const inputs: Array<{ file: string; rows: number; records: number }> = [];
  let recordsWithoutIdentifiers = 0;
  const startedAt = performance.now();

  for (const [inputIndex, file] of options.inputs.entries()) {
    const name = path.basename(file);
    const map = (options.maps[inputIndex] ?? options.maps[0]) as FieldMap;
    let header: string[] | undefined;
    let columns: ReturnType<typeof resolveColumns> | undefined;
    let rows = 0;
    const before = ids.length;
    for await (const row of readRows(file)) {
      if (!header) {
        header = row.fields;
        columns = resolveColumns(map, header, file);
        continue;
      }
      rows += 1;
      const where = `${name}:${row.line}`;
      const problem = row.problem ?? (row.fields.length !== header.length ? `has ${row.fields.length} fields; the header has ${header.length}` : undefined);
      if (problem !== undefined) {
        rejectedRows.add(`row ${problem}`, where);
        continue;
      }
      const id = (row.fields[columns?.get('id') as number] ?? '').trim();
      if (id === '') {
        rejectedRows.add(`row has no ${map.get('id')} (record id)`, where);
        continue;
      }
      const earlier = firstSeen.get(id);
      if (earlier !== undefined) {
        rejectedRows.add(`row repeats a record id used earlier (ids must be unique across inputs)`, `${where} (first at ${earlier})`);
        continue;
      }
      firstSeen.set(id, where);
      const { identifiers, nameColumns } = rowIdentifiers(row.fields, columns as NonNullable<typeof columns>, map, options.dateFormat);
      const encoded = encoder.encode(identifiers);
      for (const rejection of encoded.rejected) {
        fieldIssues.add(`${columnOfRejection(rejection.field, map, nameColumns)}: ${rejection.reason.replace('dateOfBirthFormat', '--date-format')}`, where);
      }
      const index = store.add(encoded.encoding);
      if (store.popcount(index) === 0) recordsWithoutIdentifiers += 1;
      blockingKeys.push(encoded.blockingKeys);
      identityKeys.push(encoded.identityKeys);
      ids.push(id);
      progress.update(`reading ${name}`, rows);
    }
    if (!header) throw new LinkInputError('EMPTY_INPUT', `${file} is empty: it needs a header row naming its columns.`);
    inputs.push({ file, rows, records: ids.length - before });
    progress.done(`read ${name}: ${rows.toLocaleString('en')} rows, ${(ids.length - before).toLocaleString('en')} records`);
  }
  const readAt = performance.now();

  const result = linkRecords(store, blockingKeys, {
    threshold: options.threshold,
    identityKeys,
    strict: options.strict === true,
    onProgress: (done, total) => progress.update('comparing', done, total),
  });
  progress.done(`compared: ${result.stats.comparisons.toLocaleString('en')} pairs`);
  const linkedAt = performance.now();

  const sizes = new Int32Array(result.clusters);
  for (const cluster of result.clusterOf) sizes[cluster] = (sizes[cluster] as number) + 1;
  await writeClusters(options.out, ids, result.clusterOf);
  const writtenAt = performance.now();

  return {
    inputs,
    records: ids.length,
    rejectedRows,
    fieldIssues,
    recordsWithoutIdentifiers,
    stats: result.stats,
    multiRecordClusters: sizes.filter((size) => size > 1).length,
    largestCluster: sizes.reduce((largest, size) => Math.max(largest, size), 0),
    timings: { readMs: readAt - startedAt, linkMs: linkedAt - readAt, writeMs: writtenAt - linkedAt },
  };
}

async function* readRows(file: string): AsyncGenerator<CsvRow> {
  try {
    yield* readCsvRows(createReadStream(file, 'utf8'));
  } catch (error) {
    if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('E')) {
      throw new LinkInputError('UNREADABLE_INPUT', `cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}.`);
    }
    throw error;
  }
}

/** Quotes a CSV field when it needs it (RFC 4180). */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replaceAll('"', '""')}"` : value;
}

async function writeClusters(file: string, ids: readonly string[], clusterOf: Int32Array): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.write('record_id,cluster_id\n');
    for (let start = 0; start < ids.length; start += OUTPUT_BATCH) {
      const lines: string[] = [];
      for (let i = start; i < Math.min(ids.length, start + OUTPUT_BATCH); i += 1) {
        lines.push(`${csvField(ids[i] as string)},${(clusterOf[i] as number) + 1}\n`);
      }
      await handle.write(lines.join(''));
    }
  } finally {
    await handle.close();
  }
}
