import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordPublication } from '../shared/linkage-outbox/index.js';
import { startTestStack, type GraphQLResponse, type TestStack } from './support/stack.js';

/*
 * The financial subgraph's writes and money reads through the gateway, with real tokens: a bank
 * opens an account, records a funnel pattern, sees the red flag and files a report; police follow
 * a linked person's money; everyone else is refused; bad input is named field by field.
 */

let stack: TestStack;
let db: pg.Client;

/** A valid GB IBAN (ISO 7064 mod-97 check digits) for test account `n`. */
function iban(n: number): string {
  const bban = `NWBK${String(n).padStart(14, '0')}`;
  const digits = `${bban}GB00`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return `GB${String(98 - remainder).padStart(2, '0')}${bban}`;
}

const OPEN_ACCOUNT = /* GraphQL */ `
  mutation Open($input: OpenAccountInput!) {
    openAccount(input: $input) { id iban type country institution holders { id givenName nationalities } }
  }
`;
const RECORD = /* GraphQL */ `
  mutation Record($transactions: [TransactionInput!]!) {
    recordTransactions(transactions: $transactions) { id amountMinor currency channel }
  }
`;
const ACCOUNT_MONEY = /* GraphQL */ `
  query Money($id: ID!) {
    account(id: $id) {
      redFlags { indicator explanation transactionIds }
      transactions(first: 2) { edges { node { amountMinor channel occurredAt } } pageInfo { hasNextPage endCursor } }
    }
  }
`;

function invalidFields(body: GraphQLResponse): string[] {
  const error = body.errors?.find((candidate) => candidate.extensions?.code === 'BAD_USER_INPUT');
  return ((error?.extensions?.invalidFields ?? []) as Array<{ field: string }>).map((item) => item.field);
}

/** Twelve cash deposits at four branches, each wired to Moldova the same evening. */
function funnelBatch(accountId: string) {
  const branches = ['GBLON', 'GBMNC', 'GBBHM', 'GBLIV'];
  return Array.from({ length: 8 }, (_, i) => {
    const day = String(3 + 3 * i).padStart(2, '0');
    return [
      { sourceRecordId: `e2e-dep-${i}`, toAccountId: accountId, amountMinor: String(40_000 + 1_000 * i), currency: 'GBP', occurredAt: `2026-06-${day}T10:00:00Z`, channel: 'CASH_DEPOSIT', locationCode: branches[i % 4] },
      { sourceRecordId: `e2e-out-${i}`, fromAccountId: accountId, counterpartyReference: 'CP-E2E-1', counterpartyKind: 'INDIVIDUAL', counterpartyCountry: 'MD', amountMinor: String(40_000 + 1_000 * i), currency: 'GBP', occurredAt: `2026-06-${day}T19:00:00Z`, channel: 'WIRE' },
    ];
  }).flat();
}

let accountId: string;
let holderId: string;

beforeAll(async () => {
  stack = await startTestStack();
  db = new pg.Client({ connectionString: stack.databaseUrls.financial });
  await db.connect();
  const { body } = await stack.query('bank-compliance', OPEN_ACCOUNT, {
    variables: {
      input: {
        sourceRecordId: 'e2e-account-1',
        type: 'CURRENT',
        iban: iban(1),
        openedOn: '2026-05-20',
        holders: [{ sourceRecordId: 'e2e-holder-1', givenName: 'Daria', familyName: 'Lungu', dateOfBirth: '1999-02-11', nationalities: ['MD'], phones: ['+373 68 111 222'] }],
      },
    },
  });
  expect(body.errors).toBeUndefined();
  const opened = body.data?.openAccount as { id: string; holders: Array<{ id: string }> };
  accountId = opened.id;
  holderId = opened.holders[0]?.id as string;
});
afterAll(async () => {
  await db?.end();
  await stack?.stop();
});

async function publicationsOf(recordId: string): Promise<RecordPublication[]> {
  const { rows } = await db.query('SELECT publication FROM linkage_outbox WHERE record_id = $1 ORDER BY id', [recordId]);
  return rows.map((row: { publication: RecordPublication }) => row.publication);
}

describe("a bank's compliance officer, through the gateway", () => {
  it('opens an account with a new customer, whose keys are queued for the hub', async () => {
    const { body } = await stack.query('bank-compliance', '{ account(id: "' + accountId + '") { iban type country institution holders { givenName nationalities } } }');

    expect(body.data?.account).toEqual({ iban: iban(1), type: 'CURRENT', country: 'GB', institution: 'northbank', holders: [{ givenName: 'Daria', nationalities: ['MD'] }] });
    expect((await publicationsOf(holderId)).map((publication) => publication.keys.length)).toEqual([2]);
  });

  it('records a funnel pattern and sees the FUNNEL_ACCOUNT red flag explained with its numbers, and the transactions a page at a time', async () => {
    const recorded = await stack.query('bank-compliance', RECORD, { variables: { transactions: funnelBatch(accountId) } });
    expect(recorded.body.errors).toBeUndefined();
    expect(recorded.body.data?.recordTransactions).toHaveLength(16);

    const { body } = await stack.query('bank-compliance', ACCOUNT_MONEY, { variables: { id: accountId } });
    const account = body.data?.account as {
      redFlags: Array<{ indicator: string; explanation: string; transactionIds: string[] }>;
      transactions: { edges: Array<{ node: { amountMinor: string; channel: string } }>; pageInfo: { hasNextPage: boolean } };
    };

    expect(body.errors).toBeUndefined();
    expect(account.redFlags.map((flag) => flag.indicator)).toEqual(['FUNNEL_ACCOUNT']);
    expect(account.redFlags[0]?.explanation).toContain('8 cash deposits totalling GBP 3,480.00 at 4 different places (GBLON, GBMNC, GBBHM, GBLIV)');
    expect(account.redFlags[0]?.transactionIds).toHaveLength(16);
    expect(account.transactions.edges.map((edge) => edge.node)).toEqual([
      { amountMinor: '47000', channel: 'WIRE', occurredAt: '2026-06-24T19:00:00.000Z' },
      { amountMinor: '47000', channel: 'CASH_DEPOSIT', occurredAt: '2026-06-24T10:00:00.000Z' },
    ]);
    expect(account.transactions.pageInfo.hasNextPage).toBe(true);
  });

  it('is told every bad field of a batch at once, transactions[3].amountMinor included, and nothing is written', async () => {
    const before = await db.query('SELECT count(*)::int AS n FROM account_transaction');
    const batch: Array<Record<string, unknown>> = funnelBatch(accountId).slice(0, 5).map((transaction, i) => ({ ...transaction, sourceRecordId: `e2e-bad-${i}` }));
    batch[1] = { ...batch[1]!, currency: 'GBX' };
    batch[3] = { ...batch[3]!, amountMinor: '-4000' };
    batch[4] = { ...batch[4]!, amountMinor: '12.50', locationCode: 'NOWHERE' };

    const { body } = await stack.query('bank-compliance', RECORD, { variables: { transactions: batch } });

    expect(body.data?.recordTransactions ?? null).toBeNull();
    expect(invalidFields(body)).toEqual(['transactions[1].currency', 'transactions[3].amountMinor', 'transactions[4].amountMinor', 'transactions[4].locationCode']);
    expect((await db.query('SELECT count(*)::int AS n FROM account_transaction')).rows[0].n).toBe(before.rows[0].n);
  });

  it('cannot set the owning institution through the input: GraphQL refuses the field and nothing is written', async () => {
    const { body } = await stack.query('bank-compliance', OPEN_ACCOUNT, {
      variables: { input: { type: 'CURRENT', iban: iban(2), holderIds: [holderId], ownerOrg: 'southbank' } },
    });

    expect(body.data ?? null).toBeNull();
    expect(JSON.stringify(body.errors)).toContain('ownerOrg');
    expect((await db.query('SELECT count(*)::int AS n FROM account WHERE iban = $1', [iban(2)])).rows[0].n).toBe(0);
  });

  it('updates a customer, re-publishing the changed keys, files a report, and cannot then erase the customer', async () => {
    const updated = await stack.query('bank-compliance', 'mutation ($id: ID!, $input: UpdateAccountHolderInput!) { updateAccountHolder(id: $id, input: $input) { phones emails } }', {
      variables: { id: holderId, input: { phones: ['+373 68 999 000'], emails: ['daria@example.org'] } },
    });
    expect(updated.body.data?.updateAccountHolder).toEqual({ phones: ['+373 68 999 000'], emails: ['daria@example.org'] });
    expect((await publicationsOf(holderId)).map((publication) => publication.keys.map((key) => key.kind).sort())).toEqual([
      ['NAME_DOB', 'PHONE'],
      ['EMAIL', 'NAME_DOB', 'PHONE'],
    ]);

    const filed = await stack.query(
      'bank-compliance',
      'mutation ($input: FileSuspiciousActivityReportInput!) { fileSuspiciousActivityReport(input: $input) { reference typology status subject { id } } }',
      { variables: { input: { reference: 'NB-SAR-E2E-1', accountHolderId: holderId, filedAt: '2026-06-30T09:00:00Z', typology: 'FUNNEL_ACCOUNT', narrative: 'Red flag FUNNEL_ACCOUNT confirmed on review.' } } },
    );
    expect(filed.body.data?.fileSuspiciousActivityReport).toEqual({ reference: 'NB-SAR-E2E-1', typology: 'FUNNEL_ACCOUNT', status: 'FILED', subject: { id: holderId } });

    const erase = await stack.query('bank-compliance', 'mutation ($id: ID!) { eraseAccountHolder(id: $id) { id } }', { variables: { id: holderId } });
    expect(erase.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('erases a customer on request: the record and its publications go, the hub is told, the audit event stays', async () => {
    const opened = await stack.query('bank-compliance', OPEN_ACCOUNT, {
      variables: { input: { type: 'SAVINGS', iban: iban(3), holders: [{ givenName: 'Ion', familyName: 'Ceban', dateOfBirth: '1990-01-01', phones: ['+373 69 555 444'] }] } },
    });
    const id = (opened.body.data?.openAccount as { holders: Array<{ id: string }> }).holders[0]?.id as string;

    const { body } = await stack.query('bank-compliance', 'mutation ($id: ID!) { eraseAccountHolder(id: $id) { id erasedAt } }', { variables: { id } });

    expect(body.data?.eraseAccountHolder).toMatchObject({ id, erasedAt: expect.any(String) });
    expect((await stack.query('bank-compliance', `{ accountHolder(id: "${id}") { id } }`)).body.data).toEqual({ accountHolder: null });
    expect((await publicationsOf(id)).map((publication) => [publication.erased, publication.keys.length])).toEqual([[true, 0]]);
    const audit = await db.query("SELECT kind, record_ids FROM audit_event WHERE kind = 'WRITE' AND $1 = ANY(record_ids)", [id]);
    expect(audit.rows.map((row: { kind: string }) => row.kind)).toContain('WRITE');
  });
});

describe("a linked person's money, through the gateway", () => {
  const LINKED_MONEY = /* GraphQL */ `
    { people(minSectors: 3, first: 1) { accountHolders { accounts { iban type redFlags { indicator } transactions(first: 1) { edges { node { amountMinor currency } } } } } } }
  `;

  it('shows a justified investigator the demo funnel and its flag, not the IBAN', async () => {
    const { body } = await stack.query('le-investigator', LINKED_MONEY);
    const [elena] = body.data?.people as Array<{ accountHolders: Array<{ accounts: Array<Record<string, unknown>> }> }>;
    const account = elena?.accountHolders[0]?.accounts[0];

    expect(account).toMatchObject({ iban: null, type: 'CURRENT', redFlags: [{ indicator: 'FUNNEL_ACCOUNT' }] });
    expect((account?.transactions as { edges: unknown[] }).edges).toEqual([{ node: { amountMinor: '88000', currency: 'GBP' } }]);
    expect(body.errors?.map((error) => [error.path?.at(-1), error.extensions?.code])).toEqual([['iban', 'FORBIDDEN']]);
  });

  it('asks an investigator without a justification for one, and refuses the hub analyst', async () => {
    const unjustified = await stack.query('le-investigator', LINKED_MONEY, { headers: { 'x-beacon-purpose': 'investigation' } });
    const analyst = await stack.query('hub-analyst', LINKED_MONEY);

    expect(unjustified.body.errors?.map((error) => error.extensions?.code)).toContain('JUSTIFICATION_REQUIRED');
    expect(JSON.stringify(unjustified.body.data)).not.toContain('FUNNEL_ACCOUNT');
    expect(analyst.body.errors?.map((error) => error.extensions?.code)).toContain('FORBIDDEN');
    expect(JSON.stringify(analyst.body.data)).not.toContain('FUNNEL_ACCOUNT');
  });

  it('refuses an NGO caseworker and the hub analyst every write, and writes nothing', async () => {
    for (const persona of ['ngo-caseworker', 'hub-analyst'] as const) {
      const { body } = await stack.query(persona, RECORD, { variables: { transactions: funnelBatch(accountId).slice(0, 1).map((t) => ({ ...t, sourceRecordId: `e2e-forbidden-${persona}` })) } });
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await db.query("SELECT count(*)::int AS n FROM account_transaction WHERE source_record_id LIKE 'e2e-forbidden-%'")).rows[0].n).toBe(0);
  });

  it("raises nothing on the demo's ordinary account", async () => {
    const { body } = await stack.query('bank-compliance', '{ accounts(first: 100, type: "CURRENT") { edges { node { iban redFlags { indicator } } } } }');
    const accounts = (body.data?.accounts as { edges: Array<{ node: { iban: string; redFlags: unknown[] } }> }).edges.map((edge) => edge.node);

    expect(accounts.find((account) => account.iban === 'DE89370400440532013000')?.redFlags).toEqual([]);
    expect(accounts.find((account) => account.iban === 'GB33BUKB20201555555555')?.redFlags).toEqual([{ indicator: 'FUNNEL_ACCOUNT' }]);
  });
});
