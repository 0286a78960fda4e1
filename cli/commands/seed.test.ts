import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../shared/config/index.js';
import { Account } from '../../subgraphs/financial/account/account.entity.js';
import type { FinancialSubgraph } from '../../subgraphs/financial/index.js';
import { isolatedDatabases, type IsolatedDatabases } from '../../test/support/databases.js';
import { openSectorSubgraph, principalFor } from '../import/open-sector-subgraph.js';
import { MAX_PRIVATE_SENDERS } from '../seed/bank-payees.js';
import { PRIVATE_TRANSFER_SHARE } from '../seed/financial-records.js';
import { generateSeed, type SeedFiles } from '../seed/generate-seed.js';
import { loadSeed } from '../seed/load-seed.js';
import { SECTOR_MIX, type Role } from '../seed/population.js';
import { digestFolder, readCsv, readNdjson } from '../seed/test-support/read-seed-files.js';
import { SUBGRAPHS, type SectorSubgraphDefinition } from '../stack/subgraph-registry.js';
import { runSeed } from './seed.js';

const AS_OF = '2026-06-30';
let folder: string;
let sample: SeedFiles;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'beacon-seed-test-'));
  sample = await generateSeed({ people: 3_000, seed: 11, asOf: AS_OF, out: join(folder, 'sample') });
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function output() {
  const stream = new PassThrough();
  const text: string[] = [];
  stream.on('data', (chunk: Buffer) => text.push(chunk.toString()));
  return { stream, text: () => text.join('') };
}

describe('beacon seed --out', () => {
  it('writes byte-identical files for the same people and seed, and different people for another seed', async () => {
    const stdout = output();
    expect(await runSeed(['--people', '3000', '--seed', '11', '--out', join(folder, 'again')], { stdout: stdout.stream })).toBe(0);
    expect(stdout.text()).toContain('Generated 3,000 people');
    const first = await digestFolder(join(folder, 'sample'));
    expect(Object.keys(first)).toHaveLength(11);
    expect(await digestFolder(join(folder, 'again'))).toEqual(first);

    await generateSeed({ people: 3_000, seed: 12, asOf: AS_OF, out: join(folder, 'other') });
    const other = await digestFolder(join(folder, 'other'));
    for (const file of Object.keys(first).filter((name) => name !== 'manifest.json')) expect(other[file], file).not.toBe(first[file]);
  });

  it('puts people of each role in two or three sectors at the configured shares', async () => {
    const people = await readCsv(sample.groundTruth.people);
    expect(people).toHaveLength(3_000);
    for (const role of ['RECRUITER', 'VICTIM', 'BACKGROUND'] as Role[]) {
      const ofRole = people.filter((person) => person.role === role);
      const mix = Object.entries(SECTOR_MIX[role]);
      const expected = { two: share(mix, 2), three: share(mix, 3) };
      const observed = {
        two: ofRole.filter((person) => person.sectors?.split('+').length === 2).length / ofRole.length,
        three: ofRole.filter((person) => person.sectors?.split('+').length === 3).length / ofRole.length,
      };
      // Four standard errors of a proportion: fails on a wrong share, not on sampling noise.
      for (const size of ['two', 'three'] as const) {
        const p = expected[size];
        expect(Math.abs(observed[size] - p), `${role} in ${size} sectors`).toBeLessThanOrEqual(4 * Math.sqrt((p * (1 - p)) / ofRole.length) + 0.005);
      }
    }
  });

  it('keeps a ground truth naming every generated record once, in exactly the sectors its person is in', async () => {
    const truth = await readCsv(sample.groundTruth.records);
    const people = new Map((await readCsv(sample.groundTruth.people)).map((person) => [person.personId as string, person]));
    const ids = (rows: Array<Record<string, unknown>>, column: string) => rows.map((row) => String(row[column]));
    const bySector = (sector: string, recordType: string) =>
      truth.filter((row) => row.sector === sector && row.recordType === recordType).map((row) => row.sourceRecordId as string);
    expect(bySector('law-enforcement', 'person-record')).toEqual(ids(await readCsv(sample.lawEnforcement.personRecords), 'source_record_id'));
    expect(bySector('ngo', 'survivor')).toEqual(ids(await readCsv(sample.ngo.survivors), 'meta/instanceID'));
    expect(bySector('financial', 'account-holder')).toEqual(ids(await readCsv(sample.financial.accountHolders), 'sourceRecordId'));
    expect(bySector('financial', 'account')).toEqual(ids(await readNdjson(sample.financial.accounts), 'sourceRecordId'));
    expect(new Set(truth.map((row) => `${row.sector}/${row.sourceRecordId}`)).size).toBe(truth.length);

    const sectorsSeen = new Map<string, Set<string>>();
    for (const row of truth) {
      const sector = { 'law-enforcement': 'LE', ngo: 'NGO', financial: 'FIN' }[row.sector as string] as string;
      sectorsSeen.set(row.personId as string, (sectorsSeen.get(row.personId as string) ?? new Set()).add(sector));
    }
    for (const [personId, person] of people) expect([...(sectorsSeen.get(personId) ?? [])].sort().join('+'), personId).toBe(person.sectors?.split('+').sort().join('+'));
  });

  it('plants each red flag on transactions of the flagged account, on every recruiter at the bank', async () => {
    const flags = await readCsv(sample.groundTruth.redFlags);
    const transactions = new Map((await readCsv(sample.financial.transactions)).map((row) => [row.sourceRecordId as string, row]));
    for (const flag of flags) {
      for (const id of (flag.transactionSourceRecordIds as string).split(';')) {
        const transaction = transactions.get(id);
        expect([transaction?.fromAccount, transaction?.toAccount], `${flag.indicator} ${id}`).toContain(flag.accountSourceRecordId);
      }
    }
    const recruitersAtBank = (await readCsv(sample.groundTruth.people)).filter((person) => person.role === 'RECRUITER' && person.sectors?.includes('FIN'));
    const collecting = new Set(flags.filter((flag) => flag.indicator === 'MANY_UNRELATED_SENDERS').map((flag) => flag.personId));
    expect(recruitersAtBank.length).toBeGreaterThan(10);
    for (const recruiter of recruitersAtBank) expect(collecting.has(recruiter.personId as string), recruiter.personId).toBe(true);
    for (const indicator of ['STRUCTURING', 'FUNNEL_ACCOUNT', 'CASH_WITHOUT_PAYROLL', 'CLASSIFIED_AD_PAYMENTS']) {
      expect(flags.some((flag) => flag.indicator === indicator), indicator).toBe(true);
    }
  });

  it('has a share of ordinary customers pay another customer of the bank, account to account, no account paid by more than two of them', async () => {
    const flagged = new Set((await readCsv(sample.groundTruth.redFlags)).map((flag) => flag.accountSourceRecordId));
    const business = new Set((await readNdjson(sample.financial.accounts)).filter((account) => account.type === 'BUSINESS').map((account) => account.sourceRecordId));
    const ordinary = (await readCsv(sample.groundTruth.records))
      .filter((row) => row.recordType === 'account' && row.role === 'BACKGROUND' && !flagged.has(row.sourceRecordId) && !business.has(row.sourceRecordId))
      .map((row) => row.sourceRecordId as string);
    const internal = (await readCsv(sample.financial.transactions)).filter((row) => row.channel === 'INTERNAL');
    const payers = new Set(internal.map((row) => row.fromAccount));
    const payersOf = new Map<string, Set<string>>();
    for (const row of internal) payersOf.set(row.toAccount as string, (payersOf.get(row.toAccount as string) ?? new Set()).add(row.fromAccount as string));

    const share = payers.size / ordinary.length;
    expect(Math.abs(share - PRIVATE_TRANSFER_SHARE)).toBeLessThanOrEqual(4 * Math.sqrt((PRIVATE_TRANSFER_SHARE * (1 - PRIVATE_TRANSFER_SHARE)) / ordinary.length) + 0.01);
    const ordinarySet = new Set(ordinary);
    for (const row of internal) expect(ordinarySet.has(row.fromAccount as string) && ordinarySet.has(row.toAccount as string), row.sourceRecordId).toBe(true);
    expect(Math.max(...[...payersOf.values()].map((set) => set.size))).toBeLessThanOrEqual(MAX_PRIVATE_SENDERS);
  });

  it('refuses a count that is not a whole number, naming the option', async () => {
    await expect(runSeed(['--people', '1e3', '--seed', '1', '--out', join(folder, 'never')])).rejects.toThrow(ConfigError);
    await expect(runSeed(['--people', '10', '--seed', '1', '--out', join(folder, 'never'), '--as-of', '2026-02-30'])).rejects.toThrow(/--as-of/);
  });
});

describe('beacon seed into the sector databases', () => {
  let databases: IsolatedDatabases;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    databases = await isolatedDatabases(['seed_le', 'seed_ngo', 'seed_fin']);
    env = {
      BEACON_HOME: join(folder, 'home'),
      BEACON_LINKAGE_SECRET: 'b'.repeat(64),
      BEACON_LOG_LEVEL: 'silent',
      BEACON_LAW_ENFORCEMENT_DATABASE_URL: databases.urls.seed_le,
      BEACON_NGO_DATABASE_URL: databases.urls.seed_ngo,
      BEACON_FINANCIAL_DATABASE_URL: databases.urls.seed_fin,
    };
  });
  afterAll(async () => {
    await databases?.drop();
  });

  it('imports every generated row through the sectors’ own validation, and the red-flag rules raise exactly the planted flags', { timeout: 600_000 }, async () => {
    const files = await generateSeed({ people: 250, seed: 5, asOf: AS_OF, out: join(folder, 'load') });
    const stdout = output();
    const stderr = output();
    expect(await loadSeed(files, { env, definitions: SUBGRAPHS, stdout: stdout.stream, stderr: stderr.stream }), stdout.text()).toBe(0);

    const counted = async (url: string | undefined, table: string) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return Number((await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n);
      } finally {
        await client.end();
      }
    };
    expect(await counted(databases.urls.seed_le, 'person_record')).toBe(files.counts.personRecords);
    expect(await counted(databases.urls.seed_le, 'journey_leg')).toBe(files.counts.journeyLegs);
    expect(files.counts.journeyLegs).toBeGreaterThan(0);
    expect(await counted(databases.urls.seed_ngo, 'trafficking_event')).toBe(files.counts.traffickingEvents);
    expect(await counted(databases.urls.seed_ngo, 'survivor')).toBe(files.counts.survivors);
    expect(await counted(databases.urls.seed_fin, 'account_holder')).toBe(files.counts.accountHolders);
    expect(await counted(databases.urls.seed_fin, 'account')).toBe(files.counts.accounts);
    expect(await counted(databases.urls.seed_fin, 'account_transaction')).toBe(files.counts.transactions);

    const planted = new Set((await readCsv(files.groundTruth.redFlags)).map((flag) => `${flag.accountSourceRecordId} ${flag.indicator}`));
    expect(planted.size).toBeGreaterThan(5);
    const definition = SUBGRAPHS.find((item) => item.name === 'financial') as SectorSubgraphDefinition;
    const { principal } = principalFor(definition, undefined);
    const subgraph = (await openSectorSubgraph({ definition, databaseUrl: databases.urls.seed_fin as string, org: principal.org, env })) as unknown as FinancialSubgraph;
    try {
      const accounts = await subgraph.dataSource.getRepository(Account).find();
      const flags = await subgraph.services.redFlags.forAccounts(accounts);
      const raised = new Set(accounts.flatMap((account, i) => (flags[i] ?? []).map((flag) => `${account.sourceRecordId} ${flag.indicator}`)));
      expect([...raised].sort()).toEqual([...planted].sort());
    } finally {
      await subgraph.close();
    }
  });
});

/** The share of a role's people whose sector set has `size` sectors. */
function share(mix: Array<[string, number]>, size: number): number {
  return mix.filter(([set]) => set.split('+').length === size).reduce((total, [, weight]) => total + weight, 0);
}
