import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../shared/config/index.js';
import { isolatedDatabases, type IsolatedDatabases } from '../../test/support/databases.js';
import { probeDefinition } from '../import/test-support/probe-definition.js';
import { runRetentionCommand } from './retention.js';

let databases: IsolatedDatabases;
let home: string;
const purgedAt: Array<{ subgraph: string; now: Date }> = [];
const definitions = [
  probeDefinition({
    name: 'law-enforcement',
    sector: 'LAW_ENFORCEMENT',
    retention: {
      purgeExpired: async (now) => {
        purgedAt.push({ subgraph: 'law-enforcement', now });
        return 3;
      },
    },
  }),
  probeDefinition({ name: 'ngo', sector: 'NGO' }),
];

beforeAll(async () => {
  databases = await isolatedDatabases(['law-enforcement', 'ngo']);
  home = await mkdtemp(join(tmpdir(), 'beacon-retention-cli-'));
});
afterAll(async () => {
  await databases?.drop();
  await rm(home, { recursive: true, force: true });
});

async function run(args: string[]) {
  const stdout = new PassThrough();
  const out: string[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString()));
  const env = {
    BEACON_HOME: home,
    BEACON_LINKAGE_SECRET: 'b'.repeat(64),
    BEACON_LAW_ENFORCEMENT_DATABASE_URL: databases.urls['law-enforcement'],
    BEACON_NGO_DATABASE_URL: databases.urls.ngo,
  };
  const code = await runRetentionCommand(args, { env, definitions, stdout });
  return { code, stdout: out.join('') };
}

describe('beacon retention', () => {
  it('purges every sector as of --now, prints the counts and skips a subgraph without retention', async () => {
    const result = await run(['--now', '2030-01-01T00:00:00Z']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'Removing records past their retention date as of 2030-01-01T00:00:00.000Z:\n' +
        '  law-enforcement: 3 removed\n' +
        '  No linkage publications were pending.\n' +
        '  ngo: offers no retention yet; skipped\n',
    );
    expect(purgedAt.at(-1)).toEqual({ subgraph: 'law-enforcement', now: new Date('2030-01-01T00:00:00Z') });
  });

  it('purges one subgraph with --subgraph, as of now by default', async () => {
    const before = Date.now();
    const result = await run(['--subgraph', 'ngo']);
    expect(result.stdout).toContain('ngo: offers no retention yet; skipped');
    expect(result.stdout).not.toContain('law-enforcement');
    expect((await run(['--subgraph', 'law-enforcement'])).code).toBe(0);
    expect(purgedAt.at(-1)?.now.getTime()).toBeGreaterThanOrEqual(before);
  });

  it('refuses an unknown subgraph, a bad --now and --database-url without --subgraph', async () => {
    await expect(run(['--subgraph', 'linkage'])).rejects.toThrow(/--subgraph must be a sector subgraph \(law-enforcement, ngo\)/);
    await expect(run(['--now', 'tomorrow'])).rejects.toThrow(ConfigError);
    await expect(run(['--database-url', 'postgres://x@y/z'])).rejects.toThrow(/--database-url needs --subgraph/);
  });
});
