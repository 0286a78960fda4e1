import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRepublishCommand } from '../cli/commands/republish.js';
import { DEMO_ORGS, linkagePublisherClaims, type Principal, type Sector } from '../shared/auth/index.js';
import { LinkageLookup } from '../shared/linkage-outbox/index.js';
import { startTestStack, type TestStack } from './support/stack.js';

/*
 * A new linkage secret, end to end: the dev stack runs and has published its demo data under the
 * old secret; `beacon republish <sector>` runs beside it with the new one, and the real hub then
 * holds, for every record of that sector, exactly the keys and blocking keys the new secret
 * derives, and none of the old ones.
 */
const NEW_SECRET = 'a-new-federation-secret-after-rotation-0123456789abcdef';
/** Elena Petrova, a victim in the police demo data, as an NGO caseworker would look her up. */
const ELENA = { names: [{ given: 'Elena', family: 'Petrova' }], dateOfBirth: '1994-03-12', documents: [{ type: 'PASSPORT' as const, issuingCountry: 'MD', number: 'AB1234567' }] };
const NGO_CALLER = { sector: 'NGO' } as Principal;

let stack: TestStack;
let hub: pg.Client;
let home: string;

beforeAll(async () => {
  stack = await startTestStack();
  hub = new pg.Client({ connectionString: stack.databaseUrls.linkage });
  await hub.connect();
  home = await mkdtemp(join(tmpdir(), 'beacon-republish-'));
});
afterAll(async () => {
  await hub?.end();
  await stack?.stop();
  if (home) await rm(home, { recursive: true, force: true });
});

async function republish(name: string, sector: Sector, ...flags: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString()));
  stderr.resume();
  const env = {
    BEACON_HOME: home,
    BEACON_LINKAGE_SECRET: NEW_SECRET,
    BEACON_LINKAGE_URL: stack.subgraphUrls.linkage,
    BEACON_LINKAGE_TOKEN: stack.issuer.mint(linkagePublisherClaims(sector, DEMO_ORGS[sector])),
    BEACON_LOG_LEVEL: 'silent',
  };
  const code = await runRepublishCommand([name, '--database-url', stack.databaseUrls[name] as string, '--batch-size', '2', ...flags], { env, stdout, stderr });
  return { code, stdout: out.join('') };
}

/** What the hub holds of one sector: each record's exact keys and blocking keys, by record id. */
async function heldBy(sector: Sector): Promise<Map<string, { keys: string[]; blockingKeys: string[]; relationshipKeys: string[] }>> {
  const { rows } = await hub.query(
    `SELECT r.record_id, r.blocking_keys::text[] AS blocking_keys,
            ARRAY(SELECT k.kind || ':' || k.value FROM linkage_key k WHERE k.linked_record_id = r.id ORDER BY 1) AS keys,
            ARRAY(SELECT k.kind || ':' || k.value FROM relationship_key k WHERE k.linked_record_id = r.id ORDER BY 1) AS relationship_keys
       FROM linked_record r WHERE r.sector = $1`,
    [sector],
  );
  return new Map(rows.map((row) => [row.record_id, { keys: row.keys, blockingKeys: [...row.blocking_keys].sort(), relationshipKeys: row.relationship_keys }]));
}

async function outboxCount(name: string, where = 'true'): Promise<number> {
  const client = new pg.Client({ connectionString: stack.databaseUrls[name] });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM linkage_outbox WHERE ${where}`);
    return rows[0].n as number;
  } finally {
    await client.end();
  }
}

/** Until the sector's outbox holds nothing undelivered: a delivery is marked only once the hub applied it. */
async function drained(name: string): Promise<void> {
  await expect.poll(() => outboxCount(name, 'published_at IS NULL'), { timeout: 15_000, interval: 100 }).toBe(0);
}

function lookupWith(secret: string): LinkageLookup {
  return new LinkageLookup({
    linkageUrl: stack.subgraphUrls.linkage as string,
    secret,
    credential: () => stack.issuer.mint(linkagePublisherClaims('NGO', DEMO_ORGS.NGO)),
    sector: 'NGO',
  });
}

describe('beacon republish after a new linkage secret (real stack, real hub)', () => {
  it('counts with --dry-run and queues nothing', async () => {
    const before = await outboxCount('law-enforcement');
    const result = await republish('law-enforcement', 'LAW_ENFORCEMENT', '--dry-run');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Would publish \d+ person records of law-enforcement to the hub again \(dry run: nothing was queued\)\.\n$/);
    expect(await outboxCount('law-enforcement')).toBe(before);
  });

  it("replaces every police record's keys at the hub with the new secret's, so a lookup under the new secret finds Elena", async () => {
    expect((await lookupWith(NEW_SECRET).lookup(NGO_CALLER, ELENA)).sectors).not.toContain('LAW_ENFORCEMENT');
    await expectRepublished('law-enforcement', 'LAW_ENFORCEMENT');
    expect((await lookupWith(NEW_SECRET).lookup(NGO_CALLER, ELENA)).sectors).toContain('LAW_ENFORCEMENT');
  });

  it("replaces every survivor's keys at the hub with the new secret's", async () => {
    await expectRepublished('ngo', 'NGO');
  });

  it("replaces every account holder's keys, account and transaction keys at the hub with the new secret's", async () => {
    await expectRepublished('financial', 'FINANCIAL');
  });
});

/**
 * Runs the command for one sector and checks the hub holds the same records with none of their
 * old exact, relationship or blocking keys (a new secret changes every HMAC); then that a second
 * run leaves the hub exactly as the first did.
 */
async function expectRepublished(name: string, sector: Sector): Promise<void> {
  const before = await heldBy(sector);
  expect(before.size).toBeGreaterThan(2);
  const result = await republish(name, sector);
  expect(result.code).toBe(0);
  expect(result.stdout).toContain(`Queued ${before.size} `);
  // The running subgraph's own outbox timer may deliver part of the batch first.
  expect(result.stdout).toMatch(/\d+ linkage publications delivered to the hub\.|No linkage publications were pending\./);
  await drained(name);

  const after = await heldBy(sector);
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  const oldKeys = new Set([...before.values()].flatMap((held) => [...held.keys, ...held.relationshipKeys]));
  const oldBlocks = new Set([...before.values()].flatMap((held) => held.blockingKeys));
  for (const held of after.values()) {
    expect(held.keys.filter((key) => oldKeys.has(key))).toEqual([]);
    expect(held.relationshipKeys.filter((key) => oldKeys.has(key))).toEqual([]);
    expect(held.blockingKeys.filter((key) => oldBlocks.has(key))).toEqual([]);
  }
  expect([...after.values()].some((held) => held.keys.length > 0)).toBe(true);

  expect((await republish(name, sector)).code).toBe(0);
  await drained(name);
  expect(await heldBy(sector)).toEqual(after);
}
