import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../../../shared/database/index.js';
import type { ImportTarget } from '../../../shared/import/index.js';
import { transactionPartnerKey } from '../../../shared/linkage/index.js';
import { MAX_TRANSACTION_COUNTERPARTS } from '../account-holder/account-holder.holdings.js';
import { FINANCIAL_ENTITIES } from '../index.js';
import { complianceClaims, principalOf, startFinancialTestSubgraph, type FinancialTestSubgraph } from '../test-support/financial-test-subgraph.js';
import type { TransactionRequest } from './transaction.validation.js';

/*
 * A customer's TRANSACTION keys, as the bank's outbox holds them for the hub: which writes
 * re-publish a customer, and what the keys are.
 */
const compliance = principalOf(complianceClaims);

let t: FinancialTestSubgraph;
let dataSource: DataSource;
let accountNumber = 0;

beforeAll(async () => {
  t = await startFinancialTestSubgraph();
  dataSource = await createDataSource({ url: t.databaseUrl, entities: FINANCIAL_ENTITIES, migrations: [] }).initialize();
});
afterAll(async () => {
  await dataSource?.destroy();
  await t?.close();
});

/** A new customer with one new account. */
async function customer(tag: string): Promise<{ holder: string; account: string; accountSource: string }> {
  accountNumber += 1;
  const accountSource = `acc-${tag}`;
  const account = await t.subgraph.services.accounts.open(compliance, {
    sourceRecordId: accountSource,
    type: 'CURRENT',
    localNumber: `77-00-${String(accountNumber).padStart(2, '0')} 1000`,
    country: 'GB',
    holders: [{ sourceRecordId: `holder-${tag}`, givenName: 'Test', familyName: `Holder ${tag}` }],
  });
  const { rows } = await t.db.query<{ id: string }>('SELECT account_holder_id AS id FROM account_holding WHERE account_id = $1', [account.id]);
  return { holder: rows[0]!.id, account: account.id, accountSource };
}

let transactionNumber = 0;
function payment(from: string | null, to: string | null, overrides: Partial<TransactionRequest> = {}): TransactionRequest {
  transactionNumber += 1;
  return {
    sourceRecordId: `pair-tx-${transactionNumber}`,
    fromAccountId: from,
    toAccountId: to,
    ...(from && to ? {} : { counterpartyReference: 'EXT-1', counterpartyKind: 'INDIVIDUAL', counterpartyCountry: 'DE' }),
    amountMinor: '1500',
    currency: 'GBP',
    occurredAt: '2026-03-01T10:00:00Z',
    channel: from && to ? 'INTERNAL' : 'WIRE',
    ...overrides,
  };
}

async function publicationCount(holder: string): Promise<number> {
  return (await t.publications(holder)).length;
}

/** The TRANSACTION keys of a customer's latest publication. */
async function transactionKeys(holder: string): Promise<string[]> {
  const latest = (await t.publications(holder)).at(-1);
  return (latest?.relationshipKeys ?? []).filter((key) => key.kind === 'TRANSACTION').map((key) => key.value);
}

describe('TRANSACTION keys of a customer', () => {
  it("re-publishes both holders once when their accounts first transact, each with the other's partner key beside its ACCOUNT key", async () => {
    const payer = await customer('first-payer');
    const payee = await customer('first-payee');
    const before = [await publicationCount(payer.holder), await publicationCount(payee.holder)];

    await t.subgraph.services.transactions.record(compliance, [payment(payer.account, payee.account), payment(payee.account, payer.account)]);

    expect([await publicationCount(payer.holder), await publicationCount(payee.holder)]).toEqual(before.map((n) => n + 1));
    const [payerKey] = await transactionKeys(payer.holder);
    expect(await transactionKeys(payer.holder)).toHaveLength(1);
    expect(await transactionKeys(payee.holder)).toEqual([transactionPartnerKey(payerKey as string)]);
    const kinds = (await t.publications(payer.holder)).at(-1)?.relationshipKeys?.map((key) => key.kind);
    expect(kinds).toEqual(['ACCOUNT', 'TRANSACTION']);
  });

  it('does not re-publish for a replay, a further transaction of a known pair, a payment outside the bank or cash', async () => {
    const payer = await customer('known-payer');
    const payee = await customer('known-payee');
    const first = payment(payer.account, payee.account);
    await t.subgraph.services.transactions.record(compliance, [first]);
    const before = [await publicationCount(payer.holder), await publicationCount(payee.holder)];

    await t.subgraph.services.transactions.record(compliance, [
      first,
      payment(payee.account, payer.account),
      payment(payer.account, null),
      payment(null, payee.account, { channel: 'CASH_DEPOSIT', counterpartyReference: null, counterpartyKind: null, counterpartyCountry: null }),
    ]);

    expect([await publicationCount(payer.holder), await publicationCount(payee.holder)]).toEqual(before);
  });

  it('gives a transfer between two accounts of one customer no key', async () => {
    const saver = await customer('saver');
    const savings = await t.subgraph.services.accounts.open(compliance, { type: 'SAVINGS', localNumber: '77-99-01 2000', country: 'GB', holderIds: [saver.holder] });

    await t.subgraph.services.transactions.record(compliance, [payment(saver.account, savings.id)]);

    expect(await transactionKeys(saver.holder)).toEqual([]);
  });

  it(`publishes a busy customer's ${MAX_TRANSACTION_COUNTERPARTS} most frequent pairs, and a rarer new counterpart re-publishes only its own holder`, async () => {
    const busy = await customer('busy');
    const regulars = [];
    for (let i = 0; i < MAX_TRANSACTION_COUNTERPARTS; i += 1) regulars.push(await customer(`regular-${i}`));
    await t.subgraph.services.transactions.record(
      compliance,
      regulars.flatMap((regular) => [payment(busy.account, regular.account), payment(regular.account, busy.account)]),
    );
    expect(await transactionKeys(busy.holder)).toHaveLength(MAX_TRANSACTION_COUNTERPARTS);
    const busyPublications = await publicationCount(busy.holder);

    const rare = await customer('rare');
    await t.subgraph.services.transactions.record(compliance, [payment(busy.account, rare.account)]);

    expect(await publicationCount(busy.holder)).toBe(busyPublications);
    expect(await transactionKeys(rare.holder)).toHaveLength(1);
    expect(await transactionKeys(busy.holder)).not.toContain(transactionPartnerKey((await transactionKeys(rare.holder))[0] as string));
  });

  it('re-publishes from the transaction import as from the mutation, naming accounts by their source ids', async () => {
    const payer = await customer('import-payer');
    const payee = await customer('import-payee');
    const target = t.subgraph.importTargets.find((candidate) => candidate.name === 'transaction') as ImportTarget<unknown>;
    const row = { sourceRecordId: 'pair-import-1', fromAccount: payer.accountSource, toAccount: payee.accountSource, amountMinor: '900', currency: 'GBP', occurredAt: '2026-03-04T08:00:00Z', channel: 'INTERNAL' };
    const parsed = target.parseRow(row, 1);
    expect(parsed.ok).toBe(true);

    await dataSource.transaction((manager) => target.writeBatch(manager, compliance, [(parsed as { value: unknown }).value]));

    const [payerKey] = await transactionKeys(payer.holder);
    expect(await transactionKeys(payee.holder)).toEqual([transactionPartnerKey(payerKey as string)]);
  });

  it("keeps a customer's TRANSACTION keys when its identifiers change, by the API or by the customer import", async () => {
    const payer = await customer('changing-payer');
    const payee = await customer('changing-payee');
    await t.subgraph.services.transactions.record(compliance, [payment(payer.account, payee.account)]);
    const keys = await transactionKeys(payer.holder);
    expect(keys).toHaveLength(1);

    await t.subgraph.services.accountHolders.update(compliance, payer.holder, { phones: ['+44 20 7946 0018'] });
    expect(await transactionKeys(payer.holder)).toEqual(keys);

    const target = t.subgraph.importTargets.find((candidate) => candidate.name === 'account-holder') as ImportTarget<unknown>;
    const parsed = target.parseRow({ sourceRecordId: 'holder-changing-payer', givenName: 'Test', familyName: 'Renamed' }, 1);
    const before = await publicationCount(payer.holder);
    await dataSource.transaction((manager) => target.writeBatch(manager, compliance, [(parsed as { value: unknown }).value]));
    expect(await publicationCount(payer.holder)).toBe(before + 1);
    expect(await transactionKeys(payer.holder)).toEqual(keys);
  });

  it("re-publishes both holders without the key when the pair's last transaction passes its retention date", async () => {
    const payer = await customer('expiring-payer');
    const payee = await customer('expiring-payee');
    const day = 86_400_000;
    const lastDay = new Date(Date.now() + day).toISOString().slice(0, 10);
    await t.subgraph.services.transactions.record(compliance, [payment(payer.account, payee.account, { retentionUntil: lastDay })]);
    expect(await transactionKeys(payer.holder)).toHaveLength(1);

    // Every other record of this file is kept for years, or for ever.
    await t.subgraph.retention.purgeExpired(new Date(Date.now() + 3 * day));

    expect(await transactionKeys(payer.holder)).toEqual([]);
    expect(await transactionKeys(payee.holder)).toEqual([]);
  });
});
