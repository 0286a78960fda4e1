import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../account/account.entity.js';
import { RedFlagIndicator } from '../red-flag/red-flag.indicator.js';
import { FINANCIAL_DEMO_TRANSACTIONS, seedFinancialDemo } from '../seed/demo-data.js';
import {
  complianceClaims,
  otherBankClaims,
  principalOf,
  startFinancialTestSubgraph,
  testIban,
  type FinancialTestSubgraph,
} from '../test-support/financial-test-subgraph.js';
import type { TransactionRequest } from './transaction.validation.js';

const compliance = principalOf(complianceClaims);
const otherBank = principalOf(otherBankClaims);

let t: FinancialTestSubgraph;
let mine: Account;
let mySecond: Account;
let theirs: Account;

const deposit = (source: string, overrides: Partial<TransactionRequest> = {}): TransactionRequest => ({
  sourceRecordId: source,
  toAccountId: mine.id,
  amountMinor: '25000',
  currency: 'GBP',
  occurredAt: '2026-03-02T09:30:00+01:00',
  channel: 'CASH_DEPOSIT',
  locationCode: 'GB LON',
  branchReference: 'NB-LON-012',
  ...overrides,
});

beforeAll(async () => {
  t = await startFinancialTestSubgraph();
  const holder = { givenName: 'Tomas', familyName: 'Novak', dateOfBirth: '1985-01-15' };
  mine = await t.subgraph.services.accounts.open(compliance, { type: 'CURRENT', iban: testIban(2001), holders: [{ ...holder, sourceRecordId: 'tx-holder' }] });
  mySecond = await t.subgraph.services.accounts.open(compliance, { type: 'SAVINGS', localNumber: '40-11-22 7788', country: 'GB', holders: [{ ...holder, sourceRecordId: 'tx-holder' }] });
  theirs = await t.subgraph.services.accounts.open(otherBank, { type: 'CURRENT', iban: testIban(2002), holders: [holder] });
});
afterAll(async () => {
  await t?.close();
});

describe('TransactionService.record', () => {
  it('records a batch with exact minor-unit amounts and the corridor the money travelled', async () => {
    const [cash, wire] = await t.subgraph.services.transactions.record(compliance, [
      deposit('rec-1', { amountMinor: '9007199254740991' }),
      {
        sourceRecordId: 'rec-2',
        fromAccountId: mine.id,
        counterpartyReference: 'CP-1',
        counterpartyKind: 'individual',
        counterpartyCountry: 'md',
        amountMinor: '24000',
        currency: 'gbp',
        occurredAt: '2026-03-02T20:00:00Z',
        channel: 'wire',
      },
    ]);

    expect(cash).toMatchObject({ amountMinor: 9007199254740991, locationCode: 'GBLON', toAccountId: mine.id, originCountry: 'GB', destinationCountry: 'GB' });
    expect(wire).toMatchObject({ channel: 'WIRE', currency: 'GBP', counterpartyKind: 'INDIVIDUAL', originCountry: 'GB', destinationCountry: 'MD', retentionUntil: '2031-03-02' });
  });

  it('records a transaction once, however often the batch is sent', async () => {
    const [first] = await t.subgraph.services.transactions.record(compliance, [deposit('rec-twice')]);
    const [second] = await t.subgraph.services.transactions.record(compliance, [deposit('rec-twice', { amountMinor: '1' })]);

    expect(second?.id).toBe(first?.id);
    expect(second?.amountMinor).toBe(25000);
    expect(await t.count("SELECT 1 FROM account_transaction WHERE source_record_id = 'rec-twice'")).toBe(1);
  });

  it('names every bad field of every transaction of the batch at once, and writes none of them', async () => {
    const before = await t.count('SELECT 1 FROM account_transaction');

    const refusal = await t.subgraph.services.transactions
      .record(compliance, [
        deposit('bad-0'),
        deposit('bad-1', { amountMinor: '-500' }),
        deposit('bad-2', { amountMinor: '12.5', currency: 'XYZ' }),
        deposit('bad-3', { channel: 'CHEQUE-ISH', occurredAt: '2026-02-30T10:00:00Z' }),
        deposit('bad-4', { toAccountId: theirs.id }),
        deposit('bad-0', { counterpartyCountry: 'ZZ', locationCode: 'Atlantis' }),
        { ...deposit('bad-6'), toAccountId: null, fromAccountId: mine.id, channel: 'WIRE' },
      ])
      .catch((error) => error);

    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect(refusal.details.invalidFields.map((problem: { field: string }) => problem.field)).toEqual([
      'transactions[1].amountMinor',
      'transactions[2].amountMinor',
      'transactions[2].currency',
      'transactions[3].occurredAt',
      'transactions[3].channel',
      'transactions[5].counterpartyCountry',
      'transactions[5].locationCode',
      'transactions[5].sourceRecordId',
      'transactions[6].counterpartyReference',
      'transactions[6].counterpartyKind',
      'transactions[6].counterpartyCountry',
      'transactions[4].toAccountId',
    ]);
    expect(refusal.details.invalidFields[0].reason).toMatch(/negative/);
    expect(refusal.details.invalidFields[1].reason).toMatch(/whole number/);
    expect(refusal.details.invalidFields.at(-1).reason).toBe('not an account of your institution');
    expect(await t.count('SELECT 1 FROM account_transaction')).toBe(before);
  });
});

describe('the transaction lists', () => {
  it("pages an account's transactions in both directions, newest first, without repeats", async () => {
    const batch = Array.from({ length: 5 }, (_, i) => ({
      sourceRecordId: `page-${i}`,
      fromAccountId: i % 2 ? mine.id : mySecond.id,
      toAccountId: i % 2 ? mySecond.id : mine.id,
      amountMinor: String(100 + i),
      currency: 'GBP',
      occurredAt: `2026-04-0${i + 1}T12:00:00Z`,
      channel: 'INTERNAL',
    }));
    await t.subgraph.services.transactions.record(compliance, batch);

    const range = { occurredFrom: '2026-04-01T00:00:00Z' };
    const first = await t.subgraph.services.transactions.pageForAccount(mySecond.id, 3, null, range);
    const second = await t.subgraph.services.transactions.pageForAccount(mySecond.id, 3, first.pageInfo.endCursor, range);

    expect([...first.edges, ...second.edges].map((edge) => edge.node.sourceRecordId)).toEqual(['page-4', 'page-3', 'page-2', 'page-1', 'page-0']);
    expect([first.pageInfo.hasNextPage, second.pageInfo.hasNextPage]).toEqual([true, false]);
  });

  it("lists the caller's own transactions at a place and along a corridor, never another bank's", async () => {
    await t.subgraph.services.transactions.record(otherBank, [
      { sourceRecordId: 'theirs-1', toAccountId: theirs.id, amountMinor: '100', currency: 'GBP', occurredAt: '2026-03-01T10:00:00Z', channel: 'CASH_DEPOSIT', locationCode: 'GBLON' },
    ]);

    const atLondon = await t.subgraph.services.transactions.pageAtLocation(compliance, 'GBLON', 100, null);
    const inBritain = await t.subgraph.services.transactions.pageAtLocation(compliance, 'GB', 100, null);
    const toMoldova = await t.subgraph.services.transactions.pageAlongCorridor(compliance, 'GB', 'MD', 100, null);

    expect(atLondon.edges.map((edge) => edge.node.ownerOrg)).not.toContain('southbank');
    expect(atLondon.edges.map((edge) => edge.node.sourceRecordId)).toContain('rec-1');
    expect(inBritain.edges.length).toBe(atLondon.edges.length);
    expect(toMoldova.edges.map((edge) => edge.node.sourceRecordId)).toEqual(['rec-2']);
  });
});

describe('the queries behind the lists use their indexes', () => {
  /** The plan Postgres picks with sequential scans ruled out, as it would on a table with rows. */
  async function planOf(sql: string, parameters: unknown[]): Promise<string> {
    await t.db.query('SET enable_seqscan = off');
    try {
      const { rows } = await t.db.query(`EXPLAIN ${sql}`, parameters);
      return rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
    } finally {
      await t.db.query('RESET enable_seqscan');
    }
  }

  it("reads an account's transactions by time through the (account, occurred_at) indexes, one per side, without sorting", async () => {
    const keyset = { at: '2026-04-03T12:00:00.000Z', id: '00000000-0000-4000-8000-000000000000' };
    for (const [side, index] of [['from', 'account_transaction_from_time'], ['to', 'account_transaction_to_time']] as const) {
      const [sql, parameters] = t.subgraph.services.transactions.sideQuery(side, mine.id, 21, keyset, { occurredFrom: '2026-01-01T00:00:00Z' }).getQueryAndParameters();
      const plan = await planOf(sql, parameters);
      expect(plan).toContain(`Index Scan Backward using ${index}`);
      expect(plan).not.toContain('Sort');
    }
  });

  it('reads places, corridors and the account list through their indexes', async () => {
    const services = t.subgraph.services;
    const location = services.transactions.ownerQuery(compliance, 21).andWhere('t.location_code = :code', { code: 'GBLON' }).getQueryAndParameters();
    const corridor = services.transactions
      .ownerQuery(compliance, 21)
      .andWhere('t.origin_country = :o', { o: 'GB' })
      .andWhere('t.destination_country = :d', { d: 'MD' })
      .getQueryAndParameters();
    expect(await planOf(...location)).toContain('account_transaction_owner_place_time');
    expect(await planOf(...corridor)).toContain('account_transaction_owner_corridor_time');
    expect(await planOf('SELECT * FROM account WHERE owner_org = $1 AND type = $2 ORDER BY created_at, id LIMIT 21', ['northbank', 'BUSINESS'])).toContain(
      'account_owner_type_created',
    );
    expect(await planOf('SELECT * FROM account_holding WHERE account_holder_id = $1', ['00000000-0000-4000-8000-000000000000'])).toContain('account_holding_holder');
  });
});

describe('red flags over the demo data', () => {
  it("raise FUNNEL_ACCOUNT on Elena's account, naming the numbers, and nothing on Jonas's", async () => {
    await seedFinancialDemo(t.subgraph);
    await seedFinancialDemo(t.subgraph);
    expect(await t.count("SELECT 1 FROM account_transaction WHERE source_record_id LIKE 'nb-tx-%'")).toBe(FINANCIAL_DEMO_TRANSACTIONS.length);

    const page = await t.subgraph.services.accounts.pageOwned(compliance, 100, null);
    const byIban = (iban: string) => page.edges.map((edge) => edge.node).find((account) => account.iban === iban) as Account;
    const [elena, jonas] = await t.subgraph.services.redFlags.forAccounts([byIban('GB33BUKB20201555555555'), byIban('DE89370400440532013000')]);

    expect(elena?.map((flag) => flag.indicator)).toEqual([RedFlagIndicator.FUNNEL_ACCOUNT]);
    expect(elena?.[0]?.explanation).toMatch(/^11 cash deposits totalling GBP [\d,]+\.\d\d at 4 different places .* left the account in 11 payments by WIRE within 72 hours of the last deposit, to MD\.$/);
    expect(jonas).toEqual([]);
  });
});
