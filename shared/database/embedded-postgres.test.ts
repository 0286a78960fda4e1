import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../test/support/free-port.js';
import { DatabaseStartupError, startEmbeddedPostgres, type EmbeddedPostgresServer } from './index.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempDataDir(): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'beacon-pg-test-'));
  cleanups.push(() => rm(folder, { recursive: true, force: true }));
  await chmod(folder, 0o711);
  return path.join(folder, 'pg');
}

async function start(dataDir: string, port?: number): Promise<EmbeddedPostgresServer> {
  const server = await startEmbeddedPostgres({ dataDir, port: port ?? (await freePort()) });
  cleanups.push(() => server.stop());
  return server;
}

async function query(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

function processesUsing(dataDir: string): string[] {
  return execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(dataDir));
}

function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  // Orphans of a killed postmaster may linger as zombies when PID 1 does not reap them.
  return readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\)\s*/, '').startsWith('Z');
}

async function failureOf(promise: Promise<unknown>): Promise<DatabaseStartupError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(DatabaseStartupError);
  return error as DatabaseStartupError;
}

describe('startEmbeddedPostgres', () => {
  it('keeps data across a stop and a restart', async () => {
    const dataDir = await tempDataDir();
    const first = await start(dataDir);
    await query(first.url, `CREATE TABLE note (text text); INSERT INTO note VALUES ('kept')`);
    await first.stop();

    const second = await start(dataDir);
    const { rows } = await query(second.url, 'SELECT text FROM note');
    expect(rows).toEqual([{ text: 'kept' }]);
  });

  it('leaves no postgres process behind once stop() resolves', async () => {
    const dataDir = await tempDataDir();
    const server = await start(dataDir);
    expect(processesUsing(dataDir)).not.toEqual([]);
    await server.stop();
    expect(processesUsing(dataDir)).toEqual([]);
  });

  it('refuses a port that is already in use, naming the port and BEACON_PG_PORT', async () => {
    const port = await freePort();
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen({ port, host: '127.0.0.1' }, resolve));
    cleanups.push(() => new Promise((resolve) => squatter.close(() => resolve())));

    const error = await failureOf(startEmbeddedPostgres({ dataDir: await tempDataDir(), port }));
    expect(error.reason).toBe('PORT_IN_USE');
    expect(error.message).toContain(`Port ${port}`);
    expect(error.message).toContain('BEACON_PG_PORT');
  });

  it('refuses a non-empty folder without PG_VERSION, naming it and saying to delete it', async () => {
    const dataDir = await tempDataDir();
    await mkdir(dataDir);
    await writeFile(path.join(dataDir, 'junk.txt'), 'not a cluster');

    const error = await failureOf(startEmbeddedPostgres({ dataDir, port: await freePort() }));
    expect(error.reason).toBe('CORRUPT_DATA_DIR');
    expect(error.message).toContain(dataDir);
    expect(error.message).toMatch(/delete it.*data would be lost/);
  });

  it('reports a folder Postgres will not start from as unusable, with the reason Postgres gave', async () => {
    const dataDir = await tempDataDir();
    const server = await start(dataDir);
    await server.stop();
    await writeFile(path.join(dataDir, 'PG_VERSION'), '9.6\n');

    const error = await failureOf(startEmbeddedPostgres({ dataDir, port: await freePort() }));
    expect(error.reason).toBe('CORRUPT_DATA_DIR');
    expect(error.message).toContain(dataDir);
    expect(error.message).toMatch(/incompatible/);
  });

  it('starts again after the previous run was killed and left a stale postmaster.pid', async () => {
    const dataDir = await tempDataDir();
    const first = await start(dataDir);
    await query(first.url, 'CREATE TABLE survivor (id int)');
    const pidFile = path.join(dataDir, 'postmaster.pid');
    const postmaster = Number.parseInt((await readFile(pidFile, 'utf8')).split('\n')[0] ?? '', 10);
    const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(postmaster)], { encoding: 'utf8' })
      .split('\n')
      .map(Number)
      .filter((pid) => pid > 0);
    for (const pid of [postmaster, ...children]) process.kill(pid, 'SIGKILL');
    await expect.poll(() => [postmaster, ...children].every(isGone)).toBe(true);
    await expect(readFile(pidFile, 'utf8')).resolves.toContain(String(postmaster));

    const second = await start(dataDir);
    const { rows } = await query(second.url, `SELECT to_regclass('survivor') IS NOT NULL AS present`);
    expect(rows).toEqual([{ present: true }]);
  });
});
