import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './support/free-port.js';

/*
 * `npm start` as a newcomer runs it: a child process with no DATABASE_URL, so Beacon starts its own
 * embedded Postgres under BEACON_HOME. This file is what proves the embedded path in CI, where the
 * rest of the suite runs against the machine's Postgres.
 */
const REPO = new URL('..', import.meta.url).pathname;
const START_TIMEOUT_MS = 120_000;

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

let home: string;
let env: NodeJS.ProcessEnv;
let gatewayPort: number;

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'beacon-start-'));
  // mkdtemp makes the folder 0700; as root, the embedded Postgres runs as another user.
  await chmod(home, 0o711);
  gatewayPort = await freePort();
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  env = {
    ...rest,
    BEACON_HOME: join(home, '.beacon'),
    BEACON_GATEWAY_PORT: String(gatewayPort),
    BEACON_LAW_ENFORCEMENT_PORT: String(await freePort()),
    BEACON_NGO_PORT: String(await freePort()),
    BEACON_FINANCIAL_PORT: String(await freePort()),
    BEACON_LINKAGE_PORT: String(await freePort()),
    BEACON_PG_PORT: String(await freePort()),
    BEACON_LOG_LEVEL: 'warn',
  };
});

afterAll(async () => {
  await rm(home, { recursive: true, force: true });
});

function start(extraEnv: NodeJS.ProcessEnv = {}): Started {
  const child = spawn(process.execPath, ['cli/bin.js', 'start'], { cwd: REPO, env: { ...env, ...extraEnv } });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForRunning(started: Started): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!started.output().includes('Beacon is running.')) {
    if (started.child.exitCode !== null) throw new Error(`npm start exited early:\n${started.output()}`);
    if (Date.now() > deadline) throw new Error(`npm start did not come up:\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function tokenFor(output: string, persona: string): string {
  const match = new RegExp(`${persona} \\([^)]*\\):\\n\\s+(\\S+)`).exec(output);
  if (!match?.[1]) throw new Error(`no ${persona} token printed:\n${output}`);
  return match[1];
}

async function linkedPeople(token: string): Promise<Array<{ id: string }>> {
  const response = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-beacon-purpose': 'analysis' },
    body: JSON.stringify({ query: '{ people(minSectors: 3) { id } }' }),
  });
  const body = (await response.json()) as { data: { people: Array<{ id: string }> } };
  return body.data.people;
}

/** Any process still running with this test's BEACON_HOME in its arguments (an orphaned Postgres). */
function processesUsing(folder: string): string[] {
  const { stdout } = spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
  return stdout.split('\n').filter((line) => line.includes(folder) && !line.includes('ps -eo'));
}

describe('npm start with no DATABASE_URL', () => {
  it('starts embedded Postgres, migrates, seeds, serves the gateway and prints URLs and persona tokens', async () => {
    const started = start();
    await waitForRunning(started);
    const output = started.output();
    expect(output).toContain(`http://127.0.0.1:${gatewayPort}/graphql`);
    for (const persona of ['le-investigator', 'ngo-caseworker', 'bank-compliance', 'hub-analyst']) {
      expect(tokenFor(output, persona).split('.')).toHaveLength(3);
    }
    const people = await linkedPeople(tokenFor(output, 'hub-analyst'));
    expect(people).toHaveLength(1);
    expect((await fetch(`http://127.0.0.1:${gatewayPort}/`)).headers.get('content-type')).toContain('text/html');
    // The analyst pages' URL is printed, and it serves the page.
    expect(output).toContain(`http://127.0.0.1:${gatewayPort}/analyst`);
    expect((await fetch(`http://127.0.0.1:${gatewayPort}/analyst`)).headers.get('content-type')).toContain('text/html');

    started.child.kill('SIGTERM');
    expect(await started.exited).toBe(0);
    expect(processesUsing(env.BEACON_HOME as string)).toEqual([]);
  }, START_TIMEOUT_MS * 2);

  it('keeps its data across restarts and does not seed twice', async () => {
    const first = start();
    await waitForRunning(first);
    const before = await linkedPeople(tokenFor(first.output(), 'hub-analyst'));
    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);

    const second = start();
    await waitForRunning(second);
    const after = await linkedPeople(tokenFor(second.output(), 'hub-analyst'));
    expect(after).toEqual(before);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(processesUsing(env.BEACON_HOME as string)).toEqual([]);
  }, START_TIMEOUT_MS * 2);
});

describe('npm start refuses to half-start', () => {
  it('names the port in use and its variable, and leaves no process behind', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(gatewayPort, '127.0.0.1', resolve));
    try {
      const started = start();
      expect(await started.exited).toBe(1);
      expect(started.output()).toContain(`Port ${gatewayPort} is already in use`);
      expect(started.output()).toContain('BEACON_GATEWAY_PORT');
      expect(processesUsing(env.BEACON_HOME as string)).toEqual([]);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  }, START_TIMEOUT_MS * 2);

  it('names an unreachable database server without printing its password', async () => {
    const started = start({ DATABASE_URL: 'postgres://postgres:s3cret@127.0.0.1:1/postgres' });
    expect(await started.exited).toBe(1);
    expect(started.output()).toContain('127.0.0.1:1');
    expect(started.output()).toContain('DATABASE_URL');
    expect(started.output()).not.toContain('s3cret');
  }, START_TIMEOUT_MS * 2);

  it('names a corrupt key folder and says how to recover', async () => {
    const corruptHome = join(home, 'corrupt');
    mkdirSync(join(corruptHome, 'keys'), { recursive: true });
    writeFileSync(join(corruptHome, 'keys', 'dev-issuer.private.json'), '{ not json');
    const started = start({ BEACON_HOME: corruptHome });
    expect(await started.exited).toBe(1);
    expect(started.output()).toContain(join(corruptHome, 'keys'));
    expect(started.output()).toMatch(/Delete that folder/);
    expect(processesUsing(corruptHome)).toEqual([]);
  }, START_TIMEOUT_MS * 2);
});
