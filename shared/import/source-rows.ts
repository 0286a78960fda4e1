import { readCsvRecords } from './csv-records.js';
import { ImportFileError } from './import-file-error.js';
import type { RowProblem } from './import-target.js';
import { readNdjsonRecords } from './ndjson-records.js';

export type ImportFormat = 'csv' | 'ndjson';
export const IMPORT_FORMATS: readonly ImportFormat[] = ['csv', 'ndjson'];

/** One data row of a file, numbered as the rejected-rows report names it. */
export interface SourceRow {
  /** 1 for the first data row (the CSV header and empty lines are not rows). */
  readonly rowNumber: number;
  /** The line on which the row starts in the file. */
  readonly line: number;
  /** The row by column name; absent when the row could not be read at all. */
  readonly values?: Readonly<Record<string, string>>;
  readonly problems?: readonly RowProblem[];
}

/**
 * The rows of a CSV or NDJSON file, in arrays as they arrive. Stops with MISSING_COLUMNS before
 * the first row when the CSV header (or the first NDJSON object) lacks a required column.
 */
export function readSourceRows(
  chunks: AsyncIterable<Buffer | string>,
  format: ImportFormat,
  requiredColumns: readonly string[],
): AsyncGenerator<SourceRow[]> {
  return format === 'csv' ? csvRows(chunks, requiredColumns) : ndjsonRows(chunks, requiredColumns);
}

async function* csvRows(chunks: AsyncIterable<Buffer | string>, requiredColumns: readonly string[]): AsyncGenerator<SourceRow[]> {
  let header: string[] | undefined;
  let rowNumber = 0;
  for await (const records of readCsvRecords(chunks)) {
    const rows: SourceRow[] = [];
    for (const record of records) {
      if (!header) {
        header = checkHeader(record.fields.map((name) => name.trim()), requiredColumns, record.problem);
        continue;
      }
      rowNumber += 1;
      const { fields, line } = record;
      if (record.problem) {
        rows.push({ rowNumber, line, problems: [{ field: '*', reason: record.problem }] });
        continue;
      }
      const extra = fields.slice(header.length);
      if (fields.length < header.length || extra.some((value) => value !== '')) {
        const cut = record.endsFile && fields.length < header.length ? ': the file ends here, it looks truncated' : '';
        const reason = `has ${fields.length} values for ${header.length} columns${cut}`;
        rows.push({ rowNumber, line, problems: [{ field: '*', reason }] });
        continue;
      }
      const values: Record<string, string> = {};
      for (let index = 0; index < header.length; index += 1) {
        const name = header[index] as string;
        if (name !== '') values[name] = fields[index] as string;
      }
      rows.push({ rowNumber, line, values });
    }
    if (rows.length > 0) yield rows;
  }
  if (!header) throw new ImportFileError('EMPTY_FILE', 'The file is empty: a CSV import needs a header line naming its columns.');
}

function checkHeader(names: string[], requiredColumns: readonly string[], problem: string | undefined): string[] {
  if (problem) throw new ImportFileError('EMPTY_FILE', `The header line cannot be read: ${problem}.`);
  const seen = new Set<string>();
  const duplicates = names.filter((name) => name !== '' && (seen.has(name) || !seen.add(name)));
  if (duplicates.length > 0) {
    throw new ImportFileError('DUPLICATE_COLUMNS', `The header names ${[...new Set(duplicates)].join(', ')} more than once.`, {
      columns: [...new Set(duplicates)],
    });
  }
  assertColumns(seen, requiredColumns, 'the header');
  return names;
}

function assertColumns(present: ReadonlySet<string>, requiredColumns: readonly string[], where: string): void {
  const missing = requiredColumns.filter((column) => !present.has(column));
  if (missing.length === 0) return;
  throw new ImportFileError(
    'MISSING_COLUMNS',
    `Missing required column${missing.length > 1 ? 's' : ''} in ${where}: ${missing.join(', ')}. Nothing was imported.`,
    { columns: missing },
  );
}

async function* ndjsonRows(chunks: AsyncIterable<Buffer | string>, requiredColumns: readonly string[]): AsyncGenerator<SourceRow[]> {
  let rowNumber = 0;
  for await (const records of readNdjsonRecords(chunks)) {
    const rows: SourceRow[] = [];
    for (const { values, line, problem } of records) {
      rowNumber += 1;
      if (!values) {
        rows.push({ rowNumber, line, problems: [{ field: '*', reason: problem ?? 'unreadable' }] });
        continue;
      }
      // The first object stands for the file's columns, as a CSV header does; later objects may
      // leave a column out, which rejects that row alone.
      if (rowNumber === 1) assertColumns(new Set(Object.keys(values)), requiredColumns, 'the first object');
      const absent = requiredColumns.filter((column) => !Object.hasOwn(values, column));
      rows.push(
        absent.length === 0
          ? { rowNumber, line, values }
          : { rowNumber, line, problems: absent.map((field) => ({ field, reason: 'is missing' })) },
      );
    }
    if (rows.length > 0) yield rows;
  }
}
