import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { dropDatabase } from '../shared/database/index.js';
import { freePort } from './support/free-port.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GUIDE = readFileSync(new URL('../docs/hosting.md', import.meta.url), 'utf8');
/** How long the `serve` block may take to say it is serving (migrations on a busy machine). */
const SERVE_TIMEOUT_MS = 180_000;

interface ShellBlock {
  readonly line: number;
  readonly script: string;
  /** ```sh serve: a server the reader leaves running; the next blocks talk to it. */
  readonly serves: boolean;
}

/** The guide's ```sh blocks, in order; other blocks (```json…) are configuration, not commands. */
function shellBlocks(markdown: string): ShellBlock[] {
  const blocks: ShellBlock[] = [];
  const fence = /^```sh( serve)?\n([\s\S]*?)^```$/gm;
  for (let match = fence.exec(markdown); match; match = fence.exec(markdown)) {
    blocks.push({ line: markdown.slice(0, match.index).split('\n').length, script: match[2]!, serves: match[1] !== undefined });
  }
  return blocks;
}

let site: string;
let stateFile: string;
let databases: string[];
let server: ChildProcess | undefined;
let serverOutput = '';

/** Runs a script to its end without blocking the loop: the server's output keeps draining meanwhile. */
function bash(script: string, timeoutMs = 240_000): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Each block runs in a fresh bash that first loads the variables the earlier blocks exported. */
function wrapped(block: ShellBlock): string {
  return `set -euo pipefail\nsource "${stateFile}"\n${block.script}\nexport -p > "${stateFile}"\n`;
}

beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'beacon-hosting-'));
  stateFile = join(site, '.guide-state');
  const database = `t_hosting_${randomBytes(4).toString('hex')}`;
  databases = [database, `${database}_restore`];
  // What a reader brings along: their Postgres, a folder, a port, and what the hub operator sent.
  const given: Record<string, string> = {
    SITE: join(site, 'ngo-site'),
    POSTGRES_URL: inject('databaseServerUrl'),
    NGO_DATABASE: database,
    BEACON_NGO_PORT: String(await freePort()),
    // No hub in this test: publications wait in the outbox, as the guide says.
    BEACON_LINKAGE_URL: `http://127.0.0.1:${await freePort()}/graphql`,
    BEACON_LINKAGE_TOKEN: 'hub-issued-publisher-token',
    BEACON_LOG_LEVEL: 'warn',
  };
  writeFileSync(stateFile, Object.entries(given).map(([name, value]) => `export ${name}=${JSON.stringify(value)}\n`).join(''));
});

afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  await new Promise((resolve) => (server && server.exitCode === null ? server.once('exit', resolve) : resolve(undefined)));
  const serverUrl = inject('databaseServerUrl');
  for (const name of databases ?? []) await dropDatabase(serverUrl, name).catch(() => undefined);
  await rm(site, { recursive: true, force: true });
}, 60_000);

describe('docs/hosting.md', () => {
  const blocks = shellBlocks(GUIDE);

  it('has commands to run, one of them the subgraph itself', () => {
    expect(blocks.length).toBeGreaterThan(5);
    expect(blocks.filter((block) => block.serves)).toHaveLength(1);
  });

  for (const block of blocks) {
    it(`runs the block at line ${block.line}: ${block.script.split('\n').find((line) => line.trim())!.slice(0, 60)}`, async () => {
      if (block.serves) {
        // Its own process group, so stopping it stops npx and the node process under it.
        server = spawn('bash', ['-c', wrapped(block)], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
        server.stdout!.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));
        server.stderr!.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));
        const started = Date.now();
        while (!serverOutput.includes('is serving')) {
          expect(server.exitCode, `the server stopped:\n${serverOutput}`).toBeNull();
          expect(Date.now() - started, `not serving after ${SERVE_TIMEOUT_MS} ms:\n${serverOutput}`).toBeLessThan(SERVE_TIMEOUT_MS);
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
        // The exports before the long-running command are needed by the blocks after it.
        const exports = block.script.split('\n').filter((line) => line.startsWith('export '));
        const saved = await bash(`set -euo pipefail\nsource "${stateFile}"\n${exports.join('\n')}\nexport -p > "${stateFile}"\n`);
        expect(saved.status).toBe(0);
        return;
      }
      const result = await bash(wrapped(block));
      expect(result.status, `exit ${result.status}\n${result.stdout}\n${result.stderr}\nserver:\n${serverOutput}`).toBe(0);
      if (block.script.includes('curl')) expect(JSON.parse(result.stdout)).toEqual({ data: { survivors: [] } });
    }, 300_000);
  }
});
