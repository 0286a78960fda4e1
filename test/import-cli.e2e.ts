import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedDatabases, type IsolatedDatabases } from './support/databases.js';

const BIN = new URL('../cli/bin.js', import.meta.url).pathname;
const run = promisify(execFile);

const HEADER =
  'source_record_id,case_reference,case_jurisdiction,case_opened_on,case_handling_code,case_source_reliability,' +
  'case_information_accuracy,case_retention_until,category,given_name,family_name,date_of_birth,phones\n';
const FILE =
  HEADER +
  'hp-1,HP-2026-0001,GB,2025-01-15,H1,B,2,2040-01-01,VICTIM,Elena,Petrova,1994-03-12,+37369123456\n' +
  'hp-2,HP-2026-0001,GB,2025-01-15,H1,B,2,2040-01-01,WITNESS,"Smith, Jr.",Jones,1980-07-01,\n' +
  'hp-3,HP-2026-0002,GB,2025-01-15,H9,B,2,2040-01-01,VICTIM,Ana,Lee,1990-01-01,\n';

let databases: IsolatedDatabases;
let folder: string;

beforeAll(async () => {
  databases = await isolatedDatabases(['law-enforcement']);
  folder = await mkdtemp(join(tmpdir(), 'beacon-import-e2e-'));
});
afterAll(async () => {
  await databases?.drop();
  await rm(folder, { recursive: true, force: true });
});

async function beacon(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    PATH: process.env.PATH,
    BEACON_HOME: join(folder, 'home'),
    BEACON_LAW_ENFORCEMENT_DATABASE_URL: databases.urls['law-enforcement'],
    BEACON_LINKAGE_SECRET: 'c'.repeat(64),
    // Nothing listens there: the publications stay queued in the outbox.
    BEACON_LINKAGE_URL: 'http://127.0.0.1:1/graphql',
    BEACON_LOG_LEVEL: 'silent',
  };
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npx beacon import (the real command, a real sector target)', () => {
  it('imports a law-enforcement CSV as the agency, reports the bad row, queues publications, and a rerun changes nothing', async () => {
    const file = join(folder, 'person-records.csv');
    await writeFile(file, FILE);

    const first = await beacon(['import', 'law-enforcement', file, '--kind', 'person-record']);
    expect(first.stderr).toMatch(/^import: 100%, 3 rows/);
    expect(first.code).toBe(3);
    expect(first.stdout).toContain('into law-enforcement (person-record) as harbour-police (le-investigator)');
    expect(first.stdout).toMatch(/inserted {3}2\n/);
    expect(first.stdout).toMatch(/rejected {3}1 \(report: .*person-records\.rejects\.csv\)/);
    expect(first.stdout).toMatch(/The linkage hub is not reachable: \d+ publications are queued in the outbox/);
    const report = await readFile(join(folder, 'person-records.rejects.csv'), 'utf8');
    expect(report).toMatch(/^row,line,source_id,field,reason\n3,4,,case_handling_code,/);

    const second = await beacon(['import', 'law-enforcement', file, '--kind', 'person-record']);
    expect(second.stdout).toMatch(/inserted {3}0\n {2}updated {4}0\n {2}unchanged {2}2\n/);
  });

  it('exits 1 naming the missing columns, before any row', async () => {
    const file = join(folder, 'short.csv');
    await writeFile(file, 'source_record_id,category\nx-1,VICTIM\n');
    const result = await beacon(['import', 'law-enforcement', file, '--kind', 'person-record']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('beacon import: Missing required columns in the header: case_reference, case_jurisdiction');
  });
});
