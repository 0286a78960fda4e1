import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../../shared/auth/index.js';
import { runImport, type ImportFormat, type ImportTarget } from '../../../shared/import/index.js';
import type { RecordPublication } from '../../../shared/linkage-outbox/index.js';
import { complianceClaims, otherBankClaims, principalOf, startFinancialTestSubgraph, testIban, type FinancialTestSubgraph } from '../test-support/financial-test-subgraph.js';

const compliance = principalOf(complianceClaims);
const otherBank = principalOf(otherBankClaims);

let t: FinancialTestSubgraph;
let accounts: ImportTarget<unknown>;

const HEADER = 'sourceRecordId,type,iban,localNumber,country,openedOn,retentionUntil,holders\n';
const GOOD = [
  `acc-1,CURRENT,${testIban(7001)},,,2024-05-01,,cust-1`,
  `acc-2,BUSINESS,${testIban(7002)},,GB,2023-01-15,,cust-1;cust-2`,
  'acc-3,CRYPTO_WALLET,,wallet-77,MD,,2040-01-01,cust-2',
];

function importText(text: string, options: { format?: ImportFormat; principal?: Principal; target?: ImportTarget<unknown> } = {}) {
  return runImport({
    dataSource: t.subgraph.dataSource,
    target: options.target ?? accounts,
    principal: options.principal ?? compliance,
    input: Readable.from([Buffer.from(text)]),
    format: options.format ?? 'csv',
    batchSize: 100,
  });
}

beforeAll(async () => {
  t = await startFinancialTestSubgraph();
  const byName = new Map(t.subgraph.importTargets.map((target) => [target.name, target]));
  accounts = byName.get('account') as ImportTarget<unknown>;
  const holders = byName.get('account-holder') as ImportTarget<unknown>;
  const customers = 'sourceRecordId,givenName,familyName,dateOfBirth\ncust-1,Irina,Popa,1992-05-30\ncust-2,Andrei,Popa,1990-01-02\n';
  const mine = await importText(customers, { target: holders });
  const theirs = await importText('sourceRecordId,givenName,familyName\ncust-9,Ion,Rusu\n', { target: holders, principal: otherBank });
  expect([mine.inserted, theirs.inserted]).toEqual([2, 1]);
});
afterAll(async () => {
  await t?.close();
});

async function stored(): Promise<Array<Record<string, unknown>>> {
  const { rows } = await t.db.query(
    `SELECT a.source_record_id, a.type, a.iban, a.local_number, a.country, a.opened_on::text, a.retention_until::text, a.owner_org,
            (SELECT string_agg(h.source_record_id, ';' ORDER BY h.source_record_id) FROM account_holding x JOIN account_holder h ON h.id = x.account_holder_id WHERE x.account_id = a.id) AS holders
       FROM account a WHERE a.source_record_id LIKE 'acc-%' ORDER BY a.source_record_id`,
  );
  return rows;
}

async function publicationsOf(customerSourceId: string): Promise<RecordPublication[]> {
  const { rows } = await t.db.query('SELECT id FROM account_holder WHERE source_record_id = $1 AND owner_org = $2', [customerSourceId, compliance.org]);
  return t.publications(rows[0].id);
}

const accountKeys = (publication: RecordPublication | undefined) =>
  (publication?.relationshipKeys ?? []).filter((key) => key.kind === 'ACCOUNT').map((key) => key.value);

describe('the account import target', () => {
  it('opens accounts for customers named by their source ids, and the same file again changes nothing', async () => {
    const first = await importText(HEADER + GOOD.join('\n'));
    const again = await importText(HEADER + GOOD.join('\n'));

    expect(first).toMatchObject({ rowsRead: 3, inserted: 3, updated: 0, unchanged: 0, rejected: 0 });
    expect(again).toMatchObject({ rowsRead: 3, inserted: 0, updated: 0, unchanged: 3, rejected: 0 });
    expect(await stored()).toEqual([
      { source_record_id: 'acc-1', type: 'CURRENT', iban: testIban(7001), local_number: null, country: 'GB', opened_on: '2024-05-01', retention_until: null, owner_org: compliance.org, holders: 'cust-1' },
      { source_record_id: 'acc-2', type: 'BUSINESS', iban: testIban(7002), local_number: null, country: 'GB', opened_on: '2023-01-15', retention_until: null, owner_org: compliance.org, holders: 'cust-1;cust-2' },
      { source_record_id: 'acc-3', type: 'CRYPTO_WALLET', iban: null, local_number: 'wallet-77', country: 'MD', opened_on: null, retention_until: '2040-01-01', owner_org: compliance.org, holders: 'cust-2' },
    ]);
  });

  it('publishes each holder with an ACCOUNT key per account it holds, a joint account the same key for both, and nothing for an unchanged file', async () => {
    const [irina, andrei] = [await publicationsOf('cust-1'), await publicationsOf('cust-2')];

    // Published once by the customer import, once by the account batch (not once per account).
    expect([irina.length, andrei.length]).toEqual([2, 2]);
    const [irinaKeys, andreiKeys] = [accountKeys(irina.at(-1)), accountKeys(andrei.at(-1))];
    expect(irinaKeys).toHaveLength(2);
    expect(andreiKeys).toHaveLength(2);
    expect(irinaKeys.filter((key) => andreiKeys.includes(key))).toHaveLength(1);
  });

  it('updates an account whose row changed, its holders included, from NDJSON with a JSON array of holders', async () => {
    const ndjson = [
      { sourceRecordId: 'acc-1', type: 'CURRENT', iban: testIban(7001), openedOn: '2024-05-01', holders: ['cust-1'] },
      { sourceRecordId: 'acc-2', type: 'BUSINESS', iban: testIban(7002), country: 'GB', openedOn: '2023-01-15', holders: ['cust-2'] },
    ].map((row) => JSON.stringify(row)).join('\n');
    const summary = await importText(ndjson, { format: 'ndjson' });

    expect(summary).toMatchObject({ inserted: 0, updated: 1, unchanged: 1, rejected: 0 });
    expect((await stored())[1]).toMatchObject({ source_record_id: 'acc-2', holders: 'cust-2' });
  });

  it('re-publishes the customer taken off an account without its key, and not the customer whose holdings stayed', async () => {
    const [irina, andrei] = [await publicationsOf('cust-1'), await publicationsOf('cust-2')];

    expect([irina.length, andrei.length]).toEqual([3, 2]);
    expect(accountKeys(irina.at(-1))).toHaveLength(1);
    expect(accountKeys(andrei.at(-1))).not.toContain(accountKeys(irina.at(-1))[0]);
  });

  it('gives an account opened through the API without a source id the source id of the row with its IBAN', async () => {
    const holder = await t.subgraph.services.accountHolders.open(compliance, { givenName: 'Ana', familyName: 'Popa' });
    const opened = await t.subgraph.services.accounts.open(compliance, { type: 'SAVINGS', iban: testIban(7010), holderIds: [holder.id] });
    const summary = await importText(`${HEADER}acc-10,SAVINGS,${testIban(7010)},,,,,cust-1`);

    expect(summary).toMatchObject({ inserted: 0, updated: 1, rejected: 0 });
    expect(await t.count("SELECT 1 FROM account WHERE source_record_id = 'acc-10' AND id = $1", [opened.id])).toBe(1);
  });

  it('names every bad field of a row by its column, as openAccount would, and refuses owner columns', async () => {
    const summary = await importText(
      'sourceRecordId,type,iban,country,openedOn,holders,ownerOrg\n' +
        'acc-20,PIGGY_BANK,GB00BUKB00000000007020,FR,2099-01-01,cust-1,southbank\n' +
        'acc-21,CURRENT,,,,,\n',
    );

    expect(summary).toMatchObject({ inserted: 0, rejected: 2 });
    const byRow = (row: number) => summary.firstRejections.filter((rejection) => rejection.row === row).map(({ field }) => field);
    expect(byRow(1)).toEqual(['ownerOrg', 'type', 'iban', 'openedOn']);
    expect(byRow(2)).toEqual(['ownerOrg', 'iban', 'country', 'holders']);
  });

  it('refuses only the rows whose holder is not the institution’s or whose IBAN another account has, and writes the others', async () => {
    const before = await t.count('SELECT 1 FROM account');
    const summary = await importText(
      `${HEADER}acc-30,CURRENT,${testIban(7030)},,,,,cust-1\n` +
        `acc-31,CURRENT,${testIban(7031)},,,,,cust-1;cust-9\n` +
        `acc-32,CURRENT,${testIban(7001)},,,,,cust-2\n`,
    );

    expect(summary).toMatchObject({ inserted: 1, rejected: 2, failedBatches: 0 });
    expect(summary.firstRejections.map(({ row, field, reason }) => ({ row, field, reason }))).toEqual([
      { row: 2, field: 'holders', reason: 'names a customer your institution does not have (import the customers first)' },
      { row: 3, field: 'iban', reason: 'already the IBAN of another account of your institution' },
    ]);
    expect(await t.count('SELECT 1 FROM account')).toBe(before + 1);
  });

  it('imports the rows before a cut-off last line and names that line as truncated', async () => {
    const csv = await importText(`${HEADER}acc-40,CURRENT,${testIban(7040)},,,,,cust-1\nacc-41,CURRENT,${testIban(7041)}`);
    const ndjson = await importText(`{"sourceRecordId":"acc-42","type":"CURRENT","localNumber":"42","country":"DE","holders":"cust-1"}\n{"sourceRecordId":"acc-43","ty`, { format: 'ndjson' });

    expect(csv).toMatchObject({ inserted: 1, rejected: 1 });
    expect(csv.firstRejections[0]).toMatchObject({ row: 2, field: '*', reason: 'has 3 values for 8 columns: the file ends here, it looks truncated' });
    expect(ndjson).toMatchObject({ inserted: 1, rejected: 1 });
    expect(ndjson.firstRejections[0]?.reason).toMatch(/the file looks truncated$/);
  });

  it('lets transactions name an imported account by its source id', async () => {
    const transactions = t.subgraph.importTargets.find((target) => target.name === 'transaction') as ImportTarget<unknown>;
    const summary = await importText('sourceRecordId,fromAccount,toAccount,amountMinor,currency,occurredAt,channel\ntx-acc-1,acc-1,acc-3,1500,EUR,2026-01-02T10:00:00Z,WIRE\n', { target: transactions });
    expect(summary.firstRejections).toEqual([]);
    expect(summary).toMatchObject({ inserted: 1, rejected: 0 });
  });
});
