import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImportCommand } from '../cli/commands/import.js';
import { DEFAULT_AS_OF } from '../cli/commands/seed.js';
import { generateSeed, type SeedFiles } from '../cli/seed/generate-seed.js';
import { importSteps } from '../cli/seed/import-steps.js';
import { readCsv, readNdjson } from '../cli/seed/test-support/read-seed-files.js';
import { SUBGRAPHS } from '../cli/stack/subgraph-registry.js';
import { DEMO_ORGS, linkagePublisherClaims } from '../shared/auth/index.js';
import { startTestStack, type GraphQLResponse, type TestStack } from './support/stack.js';

/*
 * The demo data's money shows in the hub's network: `beacon seed`'s bank files, imported into a
 * running stack, publish TRANSACTION keys for the accounts that paid each other, and a person's
 * network through the gateway has an edge to whoever they paid — an ordinary customer paying
 * another (rent, family), and a victim paying her recruiter.
 */
const NETWORK = /* GraphQL */ `
  query Network($id: ID!) {
    network(personId: $id, depth: 1) { edges { from { id } to { id } sharedOn } }
  }
`;

let stack: TestStack;
let folder: string;
let files: SeedFiles;
let hub: pg.Client;
let bank: pg.Client;

beforeAll(async () => {
  stack = await startTestStack();
  folder = await mkdtemp(join(tmpdir(), 'beacon-seed-network-'));
  files = await generateSeed({ people: 400, seed: 3, asOf: DEFAULT_AS_OF, out: join(folder, 'seed') });
  const env = {
    BEACON_HOME: join(folder, 'home'),
    BEACON_LOG_LEVEL: 'silent',
    BEACON_LINKAGE_SECRET: 'seed-network-secret-of-at-least-32-bytes',
    BEACON_FINANCIAL_DATABASE_URL: stack.databaseUrls.financial,
    BEACON_LINKAGE_URL: stack.subgraphUrls.linkage,
    BEACON_LINKAGE_TOKEN: stack.issuer.mint(linkagePublisherClaims('FINANCIAL', DEMO_ORGS.FINANCIAL)),
  };
  const out = new PassThrough().resume();
  for (const step of importSteps(files).filter((item) => item.subgraph === 'financial')) {
    expect(await runImportCommand([step.subgraph, step.file, '--kind', step.kind], { env, definitions: SUBGRAPHS, stdout: out, stderr: out })).toBe(0);
  }
  hub = new pg.Client({ connectionString: stack.databaseUrls.linkage });
  bank = new pg.Client({ connectionString: stack.databaseUrls.financial });
  await Promise.all([hub.connect(), bank.connect()]);
}, 300_000);
afterAll(async () => {
  await Promise.all([hub?.end(), bank?.end()].map((closing) => closing?.catch(() => undefined)));
  await stack?.stop();
  await rm(folder, { recursive: true, force: true });
});

/** The hub's person of the customer holding the generated account `accountSourceId`. */
async function personHolding(accountSourceId: string, accounts: Array<Record<string, unknown>>): Promise<string> {
  const holder = (accounts.find((account) => account.sourceRecordId === accountSourceId)?.holders as string[])[0];
  const { rows } = await bank.query('SELECT id::text FROM account_holder WHERE source_record_id = $1', [holder]);
  const found = await hub.query("SELECT person_id::text FROM linked_record WHERE record_type = 'AccountHolder' AND record_id = $1", [rows[0]?.id]);
  return found.rows[0]?.person_id as string;
}

async function neighboursOnTransactions(personId: string): Promise<string[]> {
  const { body } = await stack.query('le-investigator', NETWORK, { variables: { id: personId } });
  expect(body.errors).toBeUndefined();
  const edges = (body.data?.network as { edges: Array<{ from: { id: string }; to: { id: string }; sharedOn: string[] }> }).edges;
  return edges.filter((edge) => edge.sharedOn.includes('TRANSACTION')).map((edge) => (edge.from.id === personId ? edge.to.id : edge.from.id));
}

describe("the seeded bank's transactions in the hub's network", () => {
  it('relates an ordinary customer to the customer it pays every month, and a victim to the recruiter she pays', async () => {
    const transactions = await readCsv(files.financial.transactions);
    const accounts = await readNdjson(files.financial.accounts);
    const collecting = new Set((await readCsv(files.groundTruth.redFlags)).filter((flag) => flag.indicator === 'MANY_UNRELATED_SENDERS').map((flag) => flag.accountSourceRecordId));
    const ordinary = transactions.find((row) => row.channel === 'INTERNAL');
    const toRecruiter = transactions.find((row) => row.fromAccount && collecting.has(row.toAccount));
    expect(ordinary, 'an internal transfer between two ordinary customers').toBeDefined();
    expect(toRecruiter, "a victim's payment to her recruiter's account").toBeDefined();

    for (const { fromAccount, toAccount } of [ordinary!, toRecruiter!]) {
      const payer = await personHolding(fromAccount as string, accounts);
      const payee = await personHolding(toAccount as string, accounts);
      expect(payer).toBeDefined();
      expect(payee).not.toBe(payer);
      expect(await neighboursOnTransactions(payer), `${fromAccount} → ${toAccount}`).toContain(payee);
    }
  });
});
