import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../../../shared/database/index.js';
import type { ImportTarget } from '../../../shared/import/index.js';
import { MAX_IDENTIFIERS_PER_LIST } from '../../../shared/linkage/index.js';
import type { RecordPublication } from '../../../shared/linkage-outbox/index.js';
import type { Account } from '../account/account.entity.js';
import { FINANCIAL_ENTITIES } from '../index.js';
import { complianceClaims, principalOf, startFinancialTestSubgraph, testIban, type FinancialTestSubgraph } from '../test-support/financial-test-subgraph.js';

const compliance = principalOf(complianceClaims);

let t: FinancialTestSubgraph;
let dataSource: DataSource;
let holders: ImportTarget<unknown>;
let transactions: ImportTarget<unknown>;
let account: Account;

beforeAll(async () => {
  t = await startFinancialTestSubgraph();
  dataSource = await createDataSource({ url: t.databaseUrl, entities: FINANCIAL_ENTITIES, migrations: [] }).initialize();
  holders = t.subgraph.importTargets.find((target) => target.name === 'account-holder') as ImportTarget<unknown>;
  transactions = t.subgraph.importTargets.find((target) => target.name === 'transaction') as ImportTarget<unknown>;
  account = await t.subgraph.services.accounts.open(compliance, {
    sourceRecordId: 'CORE-ACC-1',
    type: 'CURRENT',
    iban: testIban(3001),
    holders: [{ givenName: 'Irina', familyName: 'Popa', sourceRecordId: 'CORE-CUST-0' }],
  });
});
afterAll(async () => {
  await dataSource?.destroy();
  await t?.close();
});

/** Parses rows and writes the valid ones in one transaction, as the import engine does. */
async function importRows(target: ImportTarget<unknown>, rows: Array<Record<string, string>>) {
  const parsed = rows.map((row, i) => target.parseRow(row, i + 1));
  const valid = parsed.flatMap((result) => (result.ok ? [result.value] : []));
  const counts = await dataSource.transaction((manager) => target.writeBatch(manager, compliance, valid));
  return { parsed, counts };
}

const IRINA = {
  sourceRecordId: 'CORE-CUST-1',
  givenName: 'Irina',
  familyName: 'Popa',
  aliases: 'Ирина|Попа',
  dateOfBirth: '1992-05-30',
  nationalities: 'MD;RO',
  documents: 'PASSPORT/MD/AB7654321',
  phones: '+373 69 765 432',
  emails: '',
  addressLocality: 'Chișinău',
  addressCountry: 'MD',
};

describe('the account-holder import target', () => {
  it('imports a customer with the same keys as the mutation, once, and updates and re-publishes when the file changes', async () => {
    const first = await importRows(holders, [IRINA]);
    const again = await importRows(holders, [IRINA]);
    const changed = await importRows(holders, [{ ...IRINA, phones: '+373 69 000 111' }]);

    expect([first.counts, again.counts, changed.counts]).toEqual([
      { inserted: 1, updated: 0, unchanged: 0 },
      { inserted: 0, updated: 0, unchanged: 1 },
      { inserted: 0, updated: 1, unchanged: 0 },
    ]);
    const { rows } = await t.db.query("SELECT id, nationalities, aliases, addresses FROM account_holder WHERE source_record_id = 'CORE-CUST-1'");
    expect(rows[0]).toMatchObject({ nationalities: ['MD', 'RO'], aliases: [{ givenName: 'Ирина', familyName: 'Попа' }], addresses: [{ locality: 'Chișinău', country: 'MD' }] });
    const publications = await t.publications(rows[0].id);
    // The Cyrillic alias transliterates to the recorded name: one NAME_DOB key, not two.
    expect(publications.map((publication) => publication.keys.map((key) => key.kind).sort())).toEqual([
      ['DOCUMENT', 'NAME_DOB', 'PHONE'],
      ['DOCUMENT', 'NAME_DOB', 'PHONE'],
    ]);
    expect(publications[1]?.keys).not.toEqual(publications[0]?.keys);
  });

  it("re-publishes a customer whose address alone changed in the file, with the accounts it holds", async () => {
    const { rows } = await t.db.query("SELECT id FROM account_holder WHERE source_record_id = 'CORE-CUST-0'");
    const before = await t.publications(rows[0].id);
    const customer = { sourceRecordId: 'CORE-CUST-0', givenName: 'Irina', familyName: 'Popa', addressStreet: 'Strada Florilor', addressStreetNumber: '3', addressLocality: 'Chișinău', addressCountry: 'MD' };
    await importRows(holders, [customer]);
    const moved = await importRows(holders, [{ ...customer, addressStreetNumber: '5' }]);

    expect(moved.counts).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    const publications = await t.publications(rows[0].id);
    expect(publications).toHaveLength(before.length + 2);
    const [placed, after] = publications.slice(-2) as RecordPublication[];
    const ofKind = (publication: RecordPublication | undefined, kind: string) => (publication?.relationshipKeys ?? []).filter((key) => key.kind === kind);
    expect(ofKind(after, 'ADDRESS')).toHaveLength(1);
    expect(ofKind(after, 'ADDRESS')).not.toEqual(ofKind(placed, 'ADDRESS'));
    // The account opened with the customer: its key stays through the customer's updates.
    expect(ofKind(after, 'ACCOUNT')).toHaveLength(1);
    expect(ofKind(after, 'ACCOUNT')).toEqual(ofKind(before.at(-1), 'ACCOUNT'));
  });

  it('reports every problem of a row against its column, and refuses owner or id columns', () => {
    const result = holders.parseRow(
      { ...IRINA, dateOfBirth: '1992-02-30', nationalities: 'MD;YU', documents: 'PASSPORT/ZZ/AB7654321', addressCountry: 'Moldova?', ownerOrg: 'southbank' },
      7,
    );

    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((problem) => problem.field)).toEqual(['ownerOrg', 'dateOfBirth', 'nationalities', 'documents', 'addressCountry']);
    expect(!result.ok && result.problems[2]?.reason).toMatch(/^nationalities\[1\]: /);
  });

  it(`names each list column of a row listing more than ${MAX_IDENTIFIERS_PER_LIST}, as the mutations refuse them`, () => {
    const many = (count: number, item: (i: number) => string) => Array.from({ length: count }, (_, i) => item(i)).join(';');
    const over = MAX_IDENTIFIERS_PER_LIST + 1;
    const result = holders.parseRow(
      {
        ...IRINA,
        aliases: many(over, (i) => `Ira${String.fromCharCode(97 + i)}|Popa`),
        nationalities: many(over, () => 'MD'),
        documents: many(over, (i) => `PASSPORT/MD/AB${7654300 + i}`),
        phones: many(over, (i) => `+373 69 100 ${100 + i}`),
        emails: many(over, (i) => `irina${i}@example.org`),
      },
      8,
    );

    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual(
      ['aliases', 'nationalities', 'documents', 'phones', 'emails'].map((field) => ({ field, reason: `at most ${MAX_IDENTIFIERS_PER_LIST}` })),
    );
    expect(holders.parseRow({ ...IRINA, phones: many(MAX_IDENTIFIERS_PER_LIST, (i) => `+373 69 100 ${100 + i}`) }, 9).ok).toBe(true);
  });
});

describe('the transaction import target', () => {
  const row = (source: string, overrides: Record<string, string> = {}) => ({
    sourceRecordId: source,
    toAccount: 'CORE-ACC-1',
    amountMinor: '40000',
    currency: 'EUR',
    occurredAt: '2026-05-04T11:00:00Z',
    channel: 'CASH_DEPOSIT',
    locationCode: 'MDKIV',
    ...overrides,
  });

  it('names accounts by the core system’s account id, and records each transaction once', async () => {
    const first = await importRows(transactions, [row('CORE-TX-1'), row('CORE-TX-2', { amountMinor: '15000' })]);
    const again = await importRows(transactions, [row('CORE-TX-1')]);

    expect(first.counts).toEqual({ inserted: 2, updated: 0, unchanged: 0 });
    expect(again.counts).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
    expect(await t.count('SELECT 1 FROM account_transaction WHERE to_account_id = $1', [account.id])).toBe(2);
  });

  it('reports negative and fractional amounts, unknown currencies and impossible dates by column', () => {
    const result = transactions.parseRow(row('CORE-TX-3', { amountMinor: '-10', currency: 'EUX', occurredAt: '2026-13-01T00:00:00Z', channel: 'TELEPORT' }), 3);
    expect(!result.ok && result.problems.map((problem) => problem.field)).toEqual(['amountMinor', 'currency', 'occurredAt', 'channel']);
    const fractional = transactions.parseRow(row('CORE-TX-4', { amountMinor: '400.50' }), 4);
    expect(!fractional.ok && fractional.problems).toEqual([{ field: 'amountMinor', reason: 'not a whole number of minor units (no decimal point, no fraction)' }]);
  });

  it('refuses, before writing anything, the rows that name an account the importer does not have, by source id and column', async () => {
    const before = await t.count('SELECT 1 FROM account_transaction');
    await expect(importRows(transactions, [row('CORE-TX-5'), row('CORE-TX-6', { toAccount: 'NO-SUCH-ACCOUNT' })])).rejects.toMatchObject({
      name: 'RowsRefused',
      bySourceId: new Map([['CORE-TX-6', [{ field: 'toAccount', reason: 'not an account of your institution' }]]]),
    });
    expect(await t.count('SELECT 1 FROM account_transaction')).toBe(before);
  });
});
