import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../shared/config/index.js';
import { ImportFileError } from '../../shared/import/index.js';
import { isolatedDatabases, type IsolatedDatabases } from '../../test/support/databases.js';
import { probeDefinition } from '../import/test-support/probe-definition.js';
import { EXIT_ROWS_REJECTED, runImportCommand } from './import.js';

const HEADER = 'source_id,given_name,family_name,born,amount_minor,notes\n';
const definitions = [probeDefinition({ name: 'ngo', sector: 'NGO' }), probeDefinition({ name: 'financial', sector: 'FINANCIAL', importTargets: [] })];

let databases: IsolatedDatabases;
let folder: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  databases = await isolatedDatabases(['import_cli']);
  folder = await mkdtemp(join(tmpdir(), 'beacon-import-cli-'));
  env = { BEACON_HOME: join(folder, 'home'), BEACON_LINKAGE_SECRET: 'a'.repeat(64), BEACON_LOG_LEVEL: 'silent' };
});
afterAll(async () => {
  await databases?.drop();
  await rm(folder, { recursive: true, force: true });
});
beforeEach(async () => {
  const client = new pg.Client({ connectionString: databases.urls.import_cli });
  await client.connect();
  await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
  await client.end();
});

async function run(args: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString()));
  stderr.on('data', (chunk: Buffer) => err.push(chunk.toString()));
  const code = await runImportCommand([...args, '--database-url', databases.urls.import_cli as string], { env, definitions, stdout, stderr });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

async function file(name: string, text: string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, text);
  return path;
}

describe('beacon import', () => {
  it('imports a file as the sector’s demo persona, prints the summary, and changes nothing when run again', async () => {
    const path = await file('people.csv', HEADER + 'a-1,Ana,,1990-01-01,,\na-2,Bo,,,,\n');
    const first = await run(['ngo', path]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Imported ${path} into ngo (probe) as safe-passage (ngo-caseworker):`);
    expect(first.stdout).toMatch(/rows read {2}2\n {2}inserted {3}2\n {2}updated {4}0\n {2}unchanged {2}0\n {2}rejected {3}0\n/);
    expect(first.stdout).toContain('No linkage publications were pending.');
    // Not a terminal: one plain progress line, never a redrawn bar.
    expect(first.stderr).toMatch(/^import: 100%, 2 rows, [\d,]+ rows\/s, ETA 0:00\n$/);

    const second = await run(['ngo', path]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/inserted {3}0\n {2}updated {4}0\n {2}unchanged {2}2\n/);
  });

  it('exits 3 with the rejected rows in a report beside the file, and shows the first problems', async () => {
    const path = await file('mixed.csv', HEADER + 'b-1,Ana,,,,\nb-2,,,1990-13-01,,\n');
    const result = await run(['ngo', path]);
    expect(result.code).toBe(EXIT_ROWS_REJECTED);
    const reportPath = join(folder, 'mixed.rejects.csv');
    expect(result.stdout).toContain(`rejected   1 (report: ${reportPath})`);
    expect(result.stdout).toContain('row 2 (line 3) given_name: is required');
    expect(await readFile(reportPath, 'utf8')).toBe(
      'row,line,source_id,field,reason\n2,3,b-2,given_name,is required\n2,3,b-2,born,"""1990-13-01"" is not a date (YYYY-MM-DD)"\n',
    );
  });

  it('reads NDJSON by extension and writes the report where --rejects says', async () => {
    const path = await file('people.ndjson', '{"source_id":"c-1","given_name":"","family_name":"","born":"","amount_minor":""}\n');
    const rejects = join(folder, 'elsewhere.csv');
    const result = await run(['ngo', path, '--rejects', rejects, '--batch-size', '10']);
    expect(result.code).toBe(EXIT_ROWS_REJECTED);
    expect(await readFile(rejects, 'utf8')).toContain('1,1,c-1,given_name,is required');
  });

  it('stops before any row when the file lacks required columns, naming them', async () => {
    const path = await file('short.csv', 'source_id,given_name\nd-1,Ana\n');
    await expect(run(['ngo', path])).rejects.toThrow(ImportFileError);
    await expect(run(['ngo', path])).rejects.toThrow(/Missing required columns in the header: family_name, born, amount_minor/);
  });

  it('names what is wrong with the subgraph, the kind, the persona, the format and the file', async () => {
    const path = await file('ok.csv', HEADER);
    await expect(run(['linkage', path])).rejects.toThrow(/<subgraph> must be a sector subgraph \(ngo, financial\); got "linkage"/);
    await expect(run(['financial', path])).rejects.toThrow(/the financial subgraph offers no import yet/);
    await expect(run(['ngo', path, '--kind', 'cases'])).rejects.toThrow(/--kind must be one of probe; got "cases"/);
    await expect(run(['ngo', path, '--as', 'bank-compliance'])).rejects.toThrow(/--as must be a persona of the NGO sector \(ngo-caseworker\)/);
    await expect(run(['ngo', await file('data.txt', '')])).rejects.toThrow(/--format is needed/);
    await expect(run(['ngo', join(folder, 'absent.csv')])).rejects.toThrow(ConfigError);
    await expect(run(['ngo', path, '--batch-size', 'lots'])).rejects.toThrow(/batch size must be a whole number/);
  });

  it('prints usage and exits 2 without a file', async () => {
    const stderr = new PassThrough();
    const chunks: string[] = [];
    stderr.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
    expect(await runImportCommand(['ngo'], { env, definitions, stderr })).toBe(2);
    expect(chunks.join('')).toMatch(/^Usage: beacon import <subgraph> <file>/);
  });
});
