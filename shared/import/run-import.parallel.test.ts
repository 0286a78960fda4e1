import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isolatedDatabases, type IsolatedDatabases } from '../../test/support/databases.js';
import type { Principal } from '../auth/index.js';
import { closeDataSource, openDataSource } from '../database/index.js';
import { runImport, type ImportOptions } from './run-import.js';
import { PROBE_RECIPE } from './test-support/probe-recipe.js';
import { FAILING_NAME, ImportProbe1700000000000, probeTarget, type ProbeRecord } from './test-support/probe-target.js';

const principal: Principal = { sub: 'test:importer', org: 'probe-org', sector: 'NGO', roles: ['caseworker'], purposes: ['victim-support'], issuer: 'test' };
const HEADER = 'source_id,given_name,family_name,born,amount_minor,notes\n';

/**
 * 1,200 rows with every kind of refusal spread through them: bad dates and amounts, a missing
 * name, a source id repeated far from its first row, a short row, and one batch that fails.
 */
function mixedFile(): string {
  const lines = [HEADER];
  for (let i = 1; i <= 1200; i += 1) {
    if (i % 97 === 0) lines.push(`p-${i},Ann,Lee,1990-02-30,12,\n`);
    else if (i % 89 === 0) lines.push(`p-${i},,Lee,1990-01-01,x,\n`);
    else if (i % 83 === 0) lines.push(`p-${i - 500},Repeat,Lee,,,\n`);
    else if (i === 611) lines.push(`p-${i},${FAILING_NAME},Lee,,,\n`);
    else if (i === 1000) lines.push(`p-${i},Short\n`);
    else lines.push(`p-${i},Name ${i},"Family, ${i}",19${String(50 + (i % 50))}-01-0${(i % 9) + 1},${i},"notes ${i}"\n`);
  }
  return lines.join('');
}

let databases: IsolatedDatabases;
let dataSource: DataSource;
let folder: string;

beforeAll(async () => {
  databases = await isolatedDatabases(['parallel']);
  dataSource = await openDataSource({ url: databases.urls.parallel as string, entities: [], migrations: [ImportProbe1700000000000] });
  folder = await mkdtemp(join(tmpdir(), 'beacon-import-parallel-'));
});
afterEach(async () => {
  await dataSource.query('TRUNCATE import_probe');
});
afterAll(async () => {
  await closeDataSource(dataSource);
  await databases?.drop();
  await rm(folder, { recursive: true, force: true });
});

async function importOnce(name: string, options: Partial<ImportOptions<ProbeRecord>>) {
  const report = join(folder, `${name}.rejects.csv`);
  const summary = await runImport({
    dataSource,
    target: probeTarget,
    principal,
    // Small input chunks, so rows reach the workers in many messages; slowly, so the workers
    // are ready before the file ends.
    input: Readable.from(slowly(chunksOf(mixedFile(), 1024), options.parallel ? 100 : 0)),
    format: 'csv',
    batchSize: 100,
    rejectReport: report,
    ...options,
  });
  const rows = await dataSource.query('SELECT source_id, given_name, family_name, born::text, amount_minor, notes FROM import_probe ORDER BY source_id');
  await dataSource.query('TRUNCATE import_probe');
  // Refused rows are reported as they are read, repeats as their batch is written: the lines
  // interleave by timing, with or without workers, so they are compared as a set.
  const [header, ...lines] = (await readFile(report, 'utf8')).trimEnd().split('\n');
  return { summary, rows, report: [header, ...lines.sort()] };
}

async function* slowly(chunks: Buffer[], delayMs: number): AsyncGenerator<Buffer> {
  for (const chunk of chunks) {
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    yield chunk;
  }
}

function chunksOf(text: string, size: number): Buffer[] {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let from = 0; from < bytes.length; from += size) chunks.push(bytes.subarray(from, from + size));
  return chunks;
}

describe('runImport with parse workers', () => {
  it('writes the same rows and the same reject report, in file order, as checking on the importing thread', async () => {
    const here = await importOnce('here', {});
    const workers = await importOnce('workers', { parallel: { recipe: PROBE_RECIPE, threads: 2, afterRows: 10 } });
    expect(workers.summary.parseThreads).toBeGreaterThan(0);
    expect(here.summary.parseThreads).toBe(0);
    expect(workers.rows).toEqual(here.rows);
    expect(workers.report).toEqual(here.report);
    const counts = ({ rowsRead, inserted, updated, unchanged, rejected, failedBatches }: typeof here.summary) => ({ rowsRead, inserted, updated, unchanged, rejected, failedBatches });
    expect(counts(workers.summary)).toEqual(counts(here.summary));
    expect(here.summary.rejected).toBeGreaterThan(100);
  }, 120_000);

  it('checks a file smaller than afterRows on the importing thread alone', async () => {
    const { summary } = await importOnce('small', { parallel: { recipe: PROBE_RECIPE, threads: 2, afterRows: 10_000 } });
    expect(summary.parseThreads).toBe(0);
    expect(summary.inserted).toBeGreaterThan(1000);
  });

  it('imports everything on the importing thread when the workers cannot build the target', async () => {
    const broken = { ...PROBE_RECIPE, exportName: 'noSuchExport' };
    const here = await importOnce('here-again', {});
    const fallback = await importOnce('broken', { parallel: { recipe: broken, threads: 2, afterRows: 0 } });
    expect(fallback.summary.parseThreads).toBe(0);
    expect(fallback.rows).toEqual(here.rows);
    expect(fallback.report).toEqual(here.report);
  }, 120_000);

  it('refuses a thread count that is not a whole number from 0, before reading', async () => {
    await expect(importOnce('bad', { parallel: { recipe: PROBE_RECIPE, threads: -1 } })).rejects.toThrow(/parse threads/);
  });
});
