import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = 'cli/linkage/fixtures';
const CLI_TIMEOUT_MS = 60_000;
const SECRET = 'beacon-link-test-secret-0123456789abcdef';
const MAP_A = 'id=ref,given_name=first,surname=last,date_of_birth=born,street_number=house,street=street,address_2=line2,locality=town,postcode=postcode,region=state';
const MAP_B = 'id=id,given_name=given,surname=family,date_of_birth=dob,street_number=number,street=street,address_2=line2,locality=suburb,postcode=pc,region=region';

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'beacon-link-cli-'));
});

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** Runs the real `beacon` binary with no BEACON_* setting from the developer's shell. */
function beacon(args: string[], env: Record<string, string> = {}) {
  const clean: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!name.startsWith('BEACON_')) clean[name] = value;
  return spawnSync(process.execPath, ['cli/bin.js', 'link', ...args], {
    cwd: REPO_ROOT,
    env: { ...clean, ...env },
    encoding: 'utf8',
    timeout: CLI_TIMEOUT_MS,
  });
}

/** record_id,cluster_id rows as sorted groups of ids, whatever the cluster numbers. */
async function clustersOf(file: string): Promise<string[][]> {
  const [header, ...rows] = (await readFile(file, 'utf8')).trim().split('\n');
  expect(header).toBe('record_id,cluster_id');
  const byCluster = new Map<string, string[]>();
  for (const row of rows) {
    const [id, cluster] = row.split(',') as [string, string];
    byCluster.set(cluster, [...(byCluster.get(cluster) ?? []), id]);
  }
  return [...byCluster.values()].map((ids) => ids.sort()).sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}

async function expectedClusters(): Promise<string[][]> {
  const expected = JSON.parse(await readFile(path.join(REPO_ROOT, FIXTURES, 'expected-clusters.json'), 'utf8')) as string[][];
  return expected.map((ids) => [...ids].sort()).sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}

describe('beacon link', () => {
  it('links two inputs with their own column names into the expected clusters and prints a summary', async () => {
    const out = path.join(folder, 'clusters.csv');
    const result = beacon(
      ['--input', `${FIXTURES}/agency-a.csv`, '--input', `${FIXTURES}/agency-b.csv`, '--map', MAP_A, '--map', MAP_B,
        '--date-format', 'YYYYMMDD', '--strict', '--out', out],
      { BEACON_LINKAGE_SECRET: SECRET },
    );
    expect(result.stderr).not.toMatch(/random secret/);
    expect(result.status).toBe(0);
    expect(await clustersOf(out)).toEqual(await expectedClusters());
    expect(result.stdout).toMatch(/records read: 16 from 2 inputs/);
    expect(result.stdout).toMatch(/clusters: 9 \(7 with more than one record; largest 2\)/);
    expect(result.stdout).toMatch(/comparisons: \d+ \(\d+ at or above the threshold, \d+ linked\)/);
    expect(result.stdout).toMatch(/time: [\d.]+ s/);
  });

  it('finds every expected duplicate with the default (not strict) weak links too', async () => {
    const out = path.join(folder, 'lenient.csv');
    const result = beacon(
      ['--input', `${FIXTURES}/agency-a.csv`, '--input', `${FIXTURES}/agency-b.csv`, '--map', MAP_A, '--map', MAP_B,
        '--date-format', 'YYYYMMDD', '--out', out, '--secret', SECRET],
    );
    expect(result.status).toBe(0);
    const found = await clustersOf(out);
    // The sibling a-07 (same surname and flat, another first name and birthday) may join his
    // brother's cluster here: that is what --strict is for (docs/linkage.md).
    for (const ids of (await expectedClusters()).filter((cluster) => cluster.length > 1)) {
      expect(found.some((cluster) => ids.every((id) => cluster.includes(id)))).toBe(true);
    }
  });

  it('reports a date that does not normalise with its column and line, and still links the record', async () => {
    const out = path.join(folder, 'bad-date.csv');
    const result = beacon(['--input', `${FIXTURES}/agency-a.csv`, '--map', MAP_A, '--date-format', 'YYYYMMDD', '--out', out, '--secret', SECRET]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/identifiers that did not normalise[^\n]*: 1\n\s+1 × born: not a past calendar date/);
    expect(result.stdout).toMatch(/first at agency-a\.csv:9/);
    expect(result.stdout).not.toContain('1979-13-01');
    expect(await readFile(out, 'utf8')).toMatch(/^a-08,\d+$/m);
  });

  it('names a missing mapped column and the columns the file has, and exits 2', () => {
    const result = beacon(['--input', `${FIXTURES}/agency-b.csv`, '--map', MAP_A, '--out', path.join(folder, 'never.csv'), '--secret', SECRET]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/agency-b\.csv has no column "ref" \(for id\)/);
    expect(result.stderr).toMatch(/its columns are: "id", "given"/);
  });

  it('reports rows without an id or with a repeated id instead of dropping them silently', async () => {
    const input = path.join(folder, 'messy.csv');
    await writeFile(input, 'ref, first, last\nr1, Ann, Lee\n, Bo, Kim\nr1, Ann, Lee\nr2, "Cy, Jr", Park\nr3, only-two-fields\n');
    const out = path.join(folder, 'messy-out.csv');
    const result = beacon(['--input', input, '--map', 'id=ref,given_name=first,surname=last', '--out', out, '--secret', SECRET]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/rows rejected \(not linked, not written\): 3/);
    expect(result.stdout).toMatch(/row has no ref \(record id\)\n\s+first at messy\.csv:3/);
    expect(result.stdout).toMatch(/repeats a record id[^\n]*\n\s+first at messy\.csv:4 \(first at messy\.csv:2\)/);
    expect(result.stdout).toMatch(/has 2 fields; the header has 3/);
    expect((await readFile(out, 'utf8')).trim().split('\n')).toHaveLength(3);
  });

  it('refuses a bad option, a bad map and a short secret with a message naming it', { timeout: 120_000 }, () => {
    const base = ['--input', `${FIXTURES}/agency-a.csv`, '--out', path.join(folder, 'never.csv')];
    expect(beacon([...base, '--map', MAP_A, '--date-format', 'DDMMYY']).stderr).toMatch(/--date-format must be one of/);
    expect(beacon([...base, '--map', MAP_A, '--threshold', '1.5']).stderr).toMatch(/--threshold must be a number in \(0, 1\]/);
    expect(beacon([...base, '--map', 'id=ref,eye_colour=eyes']).stderr).toMatch(/"eye_colour", which is not one of/);
    const shortSecret = beacon([...base, '--map', MAP_A, '--secret', 'short']);
    expect(shortSecret.stderr).toMatch(/5 bytes; at least 32/);
    expect(shortSecret.status).toBe(2);
  });

  it('uses a random secret, with a note, when none is given', () => {
    const result = beacon(['--input', `${FIXTURES}/agency-a.csv`, '--map', MAP_A, '--out', path.join(folder, 'random.csv')]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/using a random secret for this run/);
  });
});
