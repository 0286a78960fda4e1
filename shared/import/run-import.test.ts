import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isolatedDatabases, type IsolatedDatabases } from '../../test/support/databases.js';
import type { Principal } from '../auth/index.js';
import { closeDataSource, openDataSource } from '../database/index.js';
import { readCsvRecords } from './csv-records.js';
import { ImportFileError } from './import-file-error.js';
import { runImport, type ImportOptions } from './run-import.js';
import { FAILING_NAME, ImportProbe1700000000000, probeTarget, UNKNOWN_FAMILY, type ProbeRecord } from './test-support/probe-target.js';

const principal: Principal = {
  sub: 'test:importer',
  org: 'probe-org',
  sector: 'NGO',
  roles: ['caseworker'],
  purposes: ['victim-support'],
  issuer: 'test',
};
const HEADER = 'source_id,given_name,family_name,born,amount_minor,notes\n';

let databases: IsolatedDatabases;
let dataSource: DataSource;
let folder: string;

beforeAll(async () => {
  databases = await isolatedDatabases(['import']);
  dataSource = await openDataSource({ url: databases.urls.import as string, entities: [], migrations: [ImportProbe1700000000000] });
  folder = await mkdtemp(join(tmpdir(), 'beacon-import-test-'));
});
afterEach(async () => {
  await dataSource.query('TRUNCATE import_probe');
});
afterAll(async () => {
  await closeDataSource(dataSource);
  await databases?.drop();
  await rm(folder, { recursive: true, force: true });
});

function importText(text: string, options: Partial<ImportOptions<ProbeRecord>> = {}) {
  return runImport({
    dataSource,
    target: probeTarget,
    principal,
    input: Readable.from([Buffer.from(text, 'utf8')]),
    format: 'csv',
    batchSize: 2,
    ...options,
  });
}

async function stored(): Promise<Array<Record<string, unknown>>> {
  return dataSource.query(
    `SELECT source_id, org, given_name, family_name, to_char(born, 'YYYY-MM-DD') AS born, amount_minor, notes
     FROM import_probe ORDER BY source_id`,
  );
}

async function reportRows(path: string): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const records of readCsvRecords(Readable.from([await readFile(path)]))) rows.push(...records.map((record) => record.fields));
  return rows;
}

describe('runImport', () => {
  it('imports CSV with quotes, line breaks in values, a BOM, CRLF and blanks after commas, as the owner', async () => {
    const text =
      '\ufeffsource_id, given_name, family_name, born, amount_minor, notes\r\n' +
      's-1, "Smith, Jane", "O\'Neil", 1990-02-03, 1250, "said ""hello""\r\nthen left"\r\n' +
      's-2, Елена, Петрова, , , \r\n' +
      's-3, Minh, "Trần", 2001-12-31, 0,\r\n';
    const summary = await importText(text);
    expect(summary).toMatchObject({ rowsRead: 3, inserted: 3, updated: 0, unchanged: 0, rejected: 0, failedBatches: 0 });
    expect(summary.bytesRead).toBe(Buffer.byteLength(text));
    expect(await stored()).toEqual([
      { source_id: 's-1', org: 'probe-org', given_name: 'Smith, Jane', family_name: "O'Neil", born: '1990-02-03', amount_minor: '1250', notes: 'said "hello"\r\nthen left' },
      { source_id: 's-2', org: 'probe-org', given_name: 'Елена', family_name: 'Петрова', born: null, amount_minor: null, notes: null },
      { source_id: 's-3', org: 'probe-org', given_name: 'Minh', family_name: 'Trần', born: '2001-12-31', amount_minor: '0', notes: null },
    ]);
  });

  it('imports NDJSON, reading numbers, nulls and absent optional keys', async () => {
    const text =
      '{"source_id":"n-1","given_name":"Amina","family_name":"Yusuf","born":"2001-06-30","amount_minor":500}\n' +
      '\n' +
      '{"source_id":"n-2","given_name":"Li","family_name":null,"born":null,"amount_minor":null,"notes":"x"}\n';
    const summary = await importText(text, { format: 'ndjson' });
    expect(summary).toMatchObject({ rowsRead: 2, inserted: 2, rejected: 0 });
    expect((await stored()).map((row) => [row.source_id, row.amount_minor, row.notes])).toEqual([
      ['n-1', '500', null],
      ['n-2', null, 'x'],
    ]);
  });

  it('reports every problem of each rejected row with its row, line, field and reason, and imports the rest', async () => {
    const path = join(folder, 'rejects.csv');
    const text = HEADER + 'ok-1,Ana,,,,\n' + 'bad-1,,,1990-02-30,-5,\n' + '"bad-2","Bo","multi\nline",31/12/1990,,\n' + 'ok-2,Cy,,,7,\n';
    const summary = await importText(text, { rejectReport: path });
    expect(summary).toMatchObject({ rowsRead: 4, inserted: 2, rejected: 2, rejectReportPath: path });
    expect(await reportRows(path)).toEqual([
      ['row', 'line', 'source_id', 'field', 'reason'],
      ['2', '3', 'bad-1', 'given_name', 'is required'],
      ['2', '3', 'bad-1', 'born', '"1990-02-30" is not a date (YYYY-MM-DD)'],
      ['2', '3', 'bad-1', 'amount_minor', '"-5" is not a whole non-negative number of minor units'],
      ['3', '4', 'bad-2', 'born', '"31/12/1990" is not a date (YYYY-MM-DD)'],
    ]);
    expect(summary.firstRejections[0]).toEqual({ row: 2, line: 3, sourceId: 'bad-1', field: 'given_name', reason: 'is required' });
    expect((await stored()).map((row) => row.source_id)).toEqual(['ok-1', 'ok-2']);
  });

  it('rejects a row with the wrong number of values', async () => {
    const summary = await importText(HEADER + 'a,Ana,,,,\nb,Bo,,\n');
    expect(summary.firstRejections).toEqual([{ row: 2, line: 3, sourceId: '', field: '*', reason: 'has 4 values for 6 columns' }]);
  });

  it('rejects later rows that repeat a source id, naming the first row, within a batch and across batches', async () => {
    const text = HEADER + 'd-1,Ana,,,,\n' + 'd-2,Bo,,,,\n' + 'd-1,Ana again,,,,\n' + 'd-3,Cy,,,,\n' + 'd-2,Bo again,,,,\n' + 'd-3,Cy again,,,,\n';
    const summary = await importText(text, { batchSize: 3 });
    expect(summary).toMatchObject({ rowsRead: 6, inserted: 3, rejected: 3 });
    expect(summary.firstRejections).toEqual([
      { row: 3, line: 4, sourceId: 'd-1', field: 'source_id', reason: 'repeats source id "d-1" of row 1' },
      { row: 5, line: 6, sourceId: 'd-2', field: 'source_id', reason: 'repeats source id "d-2" of row 2' },
      { row: 6, line: 7, sourceId: 'd-3', field: 'source_id', reason: 'repeats source id "d-3" of row 4' },
    ]);
    expect((await stored()).map((row) => row.given_name)).toEqual(['Ana', 'Bo', 'Cy']);
  });

  it('names a CSV cut off inside a quoted value as the last row’s problem, keeping the rows before it', async () => {
    const summary = await importText(HEADER + 't-1,Ana,,,,\n' + 't-2,Bo,,,,"a note that was cu');
    expect(summary).toMatchObject({ rowsRead: 2, inserted: 1, rejected: 1 });
    expect(summary.firstRejections).toEqual([
      { row: 2, line: 3, sourceId: '', field: '*', reason: 'the file ends inside the quoted value of column 6, opened on line 3: the file looks truncated' },
    ]);
  });

  it('names a CSV cut off mid-row as truncated', async () => {
    const summary = await importText(HEADER + 't-1,Ana,,,,\n' + 't-2,Bo,Sm');
    expect(summary.firstRejections[0]?.reason).toBe('has 3 values for 6 columns: the file ends here, it looks truncated');
  });

  it('names an NDJSON file whose last line was cut as truncated', async () => {
    const summary = await importText('{"source_id":"j-1","given_name":"Ana","family_name":"","born":"","amount_minor":""}\n{"source_id":"j-2","giv', {
      format: 'ndjson',
    });
    expect(summary).toMatchObject({ rowsRead: 2, inserted: 1, rejected: 1 });
    expect(summary.firstRejections[0]).toMatchObject({ row: 2, line: 2, field: '*' });
    expect(summary.firstRejections[0]?.reason).toMatch(/^the last line is not complete JSON \(.*\): the file looks truncated$/);
  });

  it('stops before any row when required columns are missing, naming them', async () => {
    const attempt = importText('source_id,given_name,notes\nm-1,Ana,\n');
    await expect(attempt).rejects.toThrow(ImportFileError);
    await expect(importText('source_id,given_name,notes\nm-1,Ana,\n')).rejects.toThrow(
      'Missing required columns in the header: family_name, born, amount_minor. Nothing was imported.',
    );
    await expect(importText('{"source_id":"m-1","given_name":"Ana"}\n', { format: 'ndjson' })).rejects.toThrow(/in the first object: family_name, born, amount_minor/);
    expect(await stored()).toEqual([]);
  });

  it('changes nothing when the same file is imported twice, and updates only rows that changed', async () => {
    const text = HEADER + 'i-1,Ana,,1990-01-01,,\n' + 'i-2,Bo,,,,\n' + 'i-3,Cy,,,,\n';
    expect(await importText(text)).toMatchObject({ inserted: 3, updated: 0, unchanged: 0 });
    const before = await dataSource.query('SELECT id, xmin::text FROM import_probe ORDER BY id');
    expect(await importText(text)).toMatchObject({ rowsRead: 3, inserted: 0, updated: 0, unchanged: 3, rejected: 0 });
    expect(await dataSource.query('SELECT id, xmin::text FROM import_probe ORDER BY id')).toEqual(before);
    expect(await importText(text.replace('Bo', 'Bob'))).toMatchObject({ inserted: 0, updated: 1, unchanged: 2 });
  });

  it('rolls a failing batch back whole, reports its rows and commits the other batches', async () => {
    const path = join(folder, 'failed.csv');
    const text = HEADER + 'f-1,Ana,,,,\n' + 'f-2,Bo,,,,\n' + `f-3,Cy,,,,\n` + `f-4,${FAILING_NAME},,,,\n` + 'f-5,Di,,,,\n';
    const summary = await importText(text, { rejectReport: path });
    expect(summary).toMatchObject({ rowsRead: 5, inserted: 3, rejected: 2, failedBatches: 1 });
    expect((await stored()).map((row) => row.source_id)).toEqual(['f-1', 'f-2', 'f-5']);
    const report = await reportRows(path);
    expect(report.slice(1).map((row) => [row[0], row[2], row[3]])).toEqual([
      ['3', 'f-3', '*'],
      ['4', 'f-4', '*'],
    ]);
    expect(report[1]?.[4]).toBe('rolled back with its batch (rows 3–4): the probe refuses this batch');
  });

  it('reports only the rows a target refuses before writing, with their column, and writes the rest of their batch', async () => {
    const path = join(folder, 'refused.csv');
    const text = HEADER + 'r-1,Ana,,,,\n' + `r-2,Bo,${UNKNOWN_FAMILY},,,\n` + 'r-3,Cy,,,,\n' + `r-4,Di,${UNKNOWN_FAMILY},,,\n`;
    const summary = await importText(text, { rejectReport: path, batchSize: 4 });
    expect(summary).toMatchObject({ rowsRead: 4, inserted: 2, rejected: 2, failedBatches: 0 });
    expect((await stored()).map((row) => row.source_id)).toEqual(['r-1', 'r-3']);
    const report = await reportRows(path);
    expect(report.slice(1).map((row) => [row[0], row[2], row[3], row[4]])).toEqual([
      ['2', 'r-2', 'family_name', 'no such family'],
      ['4', 'r-4', 'family_name', 'no such family'],
    ]);
  });

  it('rolls a batch back whole when its rest fails after the refused rows are taken out', async () => {
    const text = HEADER + `q-1,${FAILING_NAME},,,,\n` + `q-2,Bo,${UNKNOWN_FAMILY},,,\n`;
    const summary = await importText(text, { batchSize: 2 });
    expect(summary).toMatchObject({ inserted: 0, rejected: 2, failedBatches: 1 });
    expect(summary.firstRejections.map(({ row, field }) => [row, field])).toEqual([
      [2, 'family_name'],
      [1, '*'],
    ]);
    expect(await stored()).toEqual([]);
  });

  it('leaves no report file when no row is rejected', async () => {
    const path = join(folder, 'clean.csv');
    const summary = await importText(HEADER + 'c-1,Ana,,,,\n', { rejectReport: path });
    expect(summary.rejectReportPath).toBeUndefined();
    await expect(readFile(path)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses a batch size out of range before reading', async () => {
    await expect(importText(HEADER, { batchSize: 0 })).rejects.toThrow(/batch size must be a whole number from 1/);
  });

  it('calls onProgress after each batch with rising counts', async () => {
    const seen: number[] = [];
    await importText(HEADER + 'p-1,A,,,,\np-2,B,,,,\np-3,C,,,,\n', { onProgress: (progress) => seen.push(progress.inserted) });
    expect(seen).toEqual([2, 3]);
  });
});
