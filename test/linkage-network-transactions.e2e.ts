import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transactionPartnerKey } from '../shared/linkage/index.js';
import { startTestStack, type GraphQLResponse, type TestStack } from './support/stack.js';
import { eventually } from './support/eventually.js';

/*
 * Money moved between two customers' accounts at one bank relates them in the hub's network: each
 * holder publishes a TRANSACTION key of the pair of accounts, and the hub draws an edge between
 * the two sides of a pair. Joint holders of the paying account are not related by it (they share
 * the ACCOUNT key, nothing more); a payment to an external counterparty relates no one. Law
 * enforcement sees the edge; an NGO learns nothing of either customer. The hub stores no account
 * id, amount or date.
 */
const OPEN_ACCOUNT = /* GraphQL */ `
  mutation Open($input: OpenAccountInput!) { openAccount(input: $input) { id holders { id } } }
`;
const RECORD = /* GraphQL */ `
  mutation Record($transactions: [TransactionInput!]!) { recordTransactions(transactions: $transactions) { id } }
`;
const PEOPLE = /* GraphQL */ `
  query People { people(minSectors: 1, first: 100) { id accountHolders { id } } }
`;
const NETWORK = /* GraphQL */ `
  query Network($id: ID!) {
    network(personId: $id, depth: 1) {
      start { id }
      people { id }
      edges { from { id } to { id } sharedOn strength depth }
    }
  }
`;

/** Amounts and a day that appear nowhere else, to look for in the hub's tables. */
const AMOUNTS = ['7319264058', '5820417733'];
const DAY = '2026-02-11';

let stack: TestStack;
/** The accounts at the bank: the joint one that pays, the one paid, the one paying outside the bank. */
let accounts: { joint: string; paid: string; external: string };
/** Person ids at the hub of the joint account's two holders, the paid account's holder, and the external payer. */
let people: { payer: string; coHolder: string; payee: string; loner: string };

beforeAll(async () => {
  stack = await startTestStack();
  // Four people with nothing in common: no shared name, birth date, phone or address.
  const joint = await open('tx-e2e-joint', '30-91-44 1207', [
    { sourceRecordId: 'tx-e2e-payer', givenName: 'Anatol', familyName: 'Rotaru', dateOfBirth: '1969-05-27', phones: ['+373 68 902 114'] },
    { sourceRecordId: 'tx-e2e-coholder', givenName: 'Marioara', familyName: 'Sandu', dateOfBirth: '1993-10-02', phones: ['+40 722 118 640'] },
  ]);
  const paid = await open('tx-e2e-paid', '30-91-44 3388', [
    { sourceRecordId: 'tx-e2e-payee', givenName: 'Kestutis', familyName: 'Vaitkus', dateOfBirth: '1981-01-30', phones: ['+370 612 40 781'] },
  ]);
  const external = await open('tx-e2e-external', '30-91-44 5519', [
    { sourceRecordId: 'tx-e2e-loner', givenName: 'Halina', familyName: 'Dworak', dateOfBirth: '1977-07-16', phones: ['+48 601 552 903'] },
  ]);
  accounts = { joint: joint.id, paid: paid.id, external: external.id };

  const at = (hour: number) => `${DAY}T${String(hour).padStart(2, '0')}:05:00Z`;
  const recorded = await stack.query('bank-compliance', RECORD, {
    variables: {
      transactions: [
        { sourceRecordId: 'tx-e2e-1', fromAccountId: joint.id, toAccountId: paid.id, amountMinor: AMOUNTS[0], currency: 'EUR', occurredAt: at(9), channel: 'INTERNAL' },
        { sourceRecordId: 'tx-e2e-2', fromAccountId: paid.id, toAccountId: joint.id, amountMinor: AMOUNTS[1], currency: 'EUR', occurredAt: at(15), channel: 'INTERNAL' },
        {
          sourceRecordId: 'tx-e2e-3', fromAccountId: external.id, counterpartyReference: 'TX-E2E-CP-1', counterpartyKind: 'INDIVIDUAL',
          counterpartyCountry: 'MD', amountMinor: '120000', currency: 'EUR', occurredAt: at(11), channel: 'WIRE',
        },
      ],
    },
  });
  expect(recorded.body.errors).toBeUndefined();

  const holders = { payer: joint.holders[0]!, coHolder: joint.holders[1]!, payee: paid.holders[0]!, loner: external.holders[0]! };
  // Publications reach the hub through the bank's outbox, a moment after the write; the
  // transaction's re-publication after the account's.
  const { body } = await eventually(
    () => stack.query('bank-compliance', PEOPLE),
    ({ body: found }) => Object.values(holders).every((holder) => personOf(found, holder) !== undefined),
  );
  people = {
    payer: personOf(body, holders.payer)!,
    coHolder: personOf(body, holders.coHolder)!,
    payee: personOf(body, holders.payee)!,
    loner: personOf(body, holders.loner)!,
  };
  await eventually(
    () => stack.query('le-investigator', NETWORK, { variables: { id: people.payee } }),
    ({ body: found }) => edgesOf(found).length === 2,
  );
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

async function open(sourceRecordId: string, localNumber: string, holders: unknown[]): Promise<{ id: string; holders: string[] }> {
  const { body } = await stack.query('bank-compliance', OPEN_ACCOUNT, {
    variables: { input: { sourceRecordId, type: 'CURRENT', localNumber, country: 'GB', holders } },
  });
  expect(body.errors).toBeUndefined();
  const account = body.data?.openAccount as { id: string; holders: Array<{ id: string }> };
  return { id: account.id, holders: account.holders.map((holder) => holder.id) };
}

function personOf(body: GraphQLResponse, holderId: string): string | undefined {
  const found = (body.data?.people as Array<{ id: string; accountHolders: Array<{ id: string } | null> }> | undefined) ?? [];
  return found.find((person) => person.accountHolders.some((holder) => holder?.id === holderId))?.id;
}

interface Edge {
  from: { id: string };
  to: { id: string };
  sharedOn: string[];
  strength: number;
  depth: number;
}

function edgesOf(body: GraphQLResponse): Edge[] {
  return ((body.data?.network as { edges: Edge[] } | null | undefined)?.edges ?? []).slice().sort((a, b) => (a.to.id < b.to.id ? -1 : 1));
}

describe('transactions in the network', () => {
  it('relates the payee to both holders of the paying account with TRANSACTION as the only evidence, one pair counted once', async () => {
    const { body } = await stack.query('le-investigator', NETWORK, { variables: { id: people.payee } });

    expect(body.errors).toBeUndefined();
    const expected = [people.payer, people.coHolder].map((to) => ({
      from: { id: people.payee }, to: { id: to }, sharedOn: ['TRANSACTION'], strength: 1, depth: 1,
    }));
    expect(edgesOf(body)).toEqual(expected.sort((a, b) => (a.to.id < b.to.id ? -1 : 1)));
  });

  it('relates the two holders of the paying account by the account alone, not by what it paid', async () => {
    const { body } = await stack.query('le-investigator', NETWORK, { variables: { id: people.payer } });

    const coHolder = edgesOf(body).find((edge) => edge.to.id === people.coHolder);
    expect(coHolder).toEqual({ from: { id: people.payer }, to: { id: people.coHolder }, sharedOn: ['ACCOUNT'], strength: 1, depth: 1 });
    expect(edgesOf(body).find((edge) => edge.to.id === people.payee)?.sharedOn).toEqual(['TRANSACTION']);
  });

  it('gives a payment to an external counterparty no edge', async () => {
    const { body } = await stack.query('le-investigator', NETWORK, { variables: { id: people.loner } });

    expect(body.errors).toBeUndefined();
    expect(body.data?.network).toEqual({ start: { id: people.loner }, people: [], edges: [] });
  });

  it('tells an NGO nothing of the payer or payee: their networks answer as for a person that does not exist', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const nobody = await stack.query('ngo-caseworker', NETWORK, { variables: { id: missing } });
    for (const person of [people.payer, people.payee]) {
      const network = await stack.query('ngo-caseworker', NETWORK, { variables: { id: person } });
      expect(network.body).toEqual(nobody.body);
      expect(network.body.data?.network).toBeNull();
    }
  });

  it("keeps no account id, amount or transaction date in the hub's database: one key per side of the pair, each the other's partner", async () => {
    const db = new pg.Client({ connectionString: stack.databaseUrls.linkage });
    await db.connect();
    try {
      const { rows: tables } = await db.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
      let dump = '';
      for (const { tablename } of tables) {
        const { rows } = await db.query(`SELECT to_jsonb(t)::text AS row FROM "${tablename}" t`);
        dump += rows.map((row) => row.row).join('\n');
      }
      for (const raw of [...Object.values(accounts), ...AMOUNTS, DAY, DAY.replace(/-/g, ''), '3091441207', '3091443388']) {
        expect(dump, raw).not.toContain(raw);
      }
      const { rows } = await db.query("SELECT DISTINCT value FROM relationship_key WHERE kind = 'TRANSACTION' ORDER BY value");
      const values = rows.map((row) => (row.value as string).trim());
      expect(values).toHaveLength(2);
      expect(transactionPartnerKey(values[0]!)).toBe(values[1]);
    } finally {
      await db.end();
    }
  });
});
