import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedDatabases, type IsolatedDatabases } from '../../test/support/databases.js';
import { probeDefinition } from '../import/test-support/probe-definition.js';
import { SUBGRAPHS } from '../stack/subgraph-registry.js';
import { runRepublishCommand } from './republish.js';

/* The command's arguments and refusals; test/republish.e2e.ts runs it against the real sectors and hub. */
let databases: IsolatedDatabases;
let home: string;
const definitions = [probeDefinition({ name: 'ngo', sector: 'NGO' }), ...SUBGRAPHS.filter((definition) => definition.kind === 'hub')];

beforeAll(async () => {
  databases = await isolatedDatabases(['ngo']);
  home = await mkdtemp(join(tmpdir(), 'beacon-republish-cli-'));
});
afterAll(async () => {
  await databases?.drop();
  await rm(home, { recursive: true, force: true });
});

async function run(args: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const err: string[] = [];
  stdout.resume();
  stderr.on('data', (chunk: Buffer) => err.push(chunk.toString()));
  const env = { BEACON_HOME: home, BEACON_LINKAGE_SECRET: 'r'.repeat(64), BEACON_NGO_DATABASE_URL: databases.urls.ngo };
  const code = await runRepublishCommand(args, { env, definitions, stdout, stderr });
  return { code, stderr: err.join('') };
}

describe('beacon republish (arguments)', () => {
  it('prints its usage and exits 2 without exactly one subgraph', async () => {
    expect(await run([])).toEqual({ code: 2, stderr: expect.stringMatching(/^Usage: beacon republish <subgraph> \[--dry-run\]/) });
    expect((await run(['ngo', 'financial'])).code).toBe(2);
  });

  it('refuses the hub, which publishes to nobody, naming the sector subgraphs', async () => {
    await expect(run(['linkage'])).rejects.toThrow(/<subgraph> must be a sector subgraph \(ngo\); got "linkage"/);
  });

  it('refuses a batch size that is not a positive whole number', async () => {
    await expect(run(['ngo', '--batch-size', '0'])).rejects.toThrow(/--batch-size must be a positive whole number; got "0"/);
    await expect(run(['ngo', '--batch-size', '2.5'])).rejects.toThrow(/--batch-size/);
  });

  it('says so when the subgraph publishes nothing to the hub', async () => {
    await expect(run(['ngo', '--dry-run'])).rejects.toThrow(/the ngo subgraph publishes nothing to the hub/);
  });
});
