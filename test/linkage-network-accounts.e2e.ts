import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type GraphQLResponse, type TestStack } from './support/stack.js';
import { eventually } from './support/eventually.js';

/*
 * A joint bank account relates its holders in the hub's network: the bank publishes each holder
 * with a keyed ACCOUNT key per account, and the hub draws an edge where two people share one.
 * Law enforcement may learn of bank customers and sees the edge; an NGO may not, and learns
 * nothing of either customer, exactly as of a person who does not exist.
 */
const OPEN_JOINT_ACCOUNT = /* GraphQL */ `
  mutation Open($input: OpenAccountInput!) { openAccount(input: $input) { id holders { id } } }
`;
const PEOPLE = /* GraphQL */ `
  query People { people(minSectors: 1, first: 100) { id accountHolders { id } } }
`;
const NETWORK = /* GraphQL */ `
  query Network($id: ID!) {
    network(personId: $id, depth: 1) {
      start { id }
      people { id accountHolders { id } }
      edges { from { id } to { id } sharedOn strength depth }
    }
  }
`;
const PERSON = /* GraphQL */ `
  query Person($id: ID!) { person(id: $id) { id accountHolders { id } } }
`;

let stack: TestStack;
/** The two holders' person ids at the hub, in the order the account names them. */
let people: [string, string];
/** The two holders' record ids at the bank. */
let holders: [string, string];

beforeAll(async () => {
  stack = await startTestStack();
  const opened = await stack.query('bank-compliance', OPEN_JOINT_ACCOUNT, {
    variables: {
      input: {
        sourceRecordId: 'joint-e2e-1',
        type: 'CURRENT',
        iban: 'NL91ABNA0417164300',
        // Two people with nothing in common but the account: no shared name, birth date, phone or address.
        holders: [
          { sourceRecordId: 'joint-e2e-a', givenName: 'Tudor', familyName: 'Ciobanu', dateOfBirth: '1971-08-03', phones: ['+373 69 411 022'] },
          { sourceRecordId: 'joint-e2e-b', givenName: 'Svetlana', familyName: 'Lungu', dateOfBirth: '1996-12-19', phones: ['+40 744 310 877'] },
        ],
      },
    },
  });
  expect(opened.body.errors).toBeUndefined();
  const account = opened.body.data?.openAccount as { holders: Array<{ id: string }> };
  holders = [account.holders[0]!.id, account.holders[1]!.id];
  // Publications reach the hub through the bank's outbox, a moment after the write.
  const { body } = await eventually(
    () => stack.query('bank-compliance', PEOPLE),
    ({ body: found }) => holders.every((holder) => personOf(found, holder) !== undefined),
  );
  people = [personOf(body, holders[0])!, personOf(body, holders[1])!];
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

function personOf(body: GraphQLResponse, holderId: string): string | undefined {
  const found = (body.data?.people as Array<{ id: string; accountHolders: Array<{ id: string } | null> }> | undefined) ?? [];
  return found.find((person) => person.accountHolders.some((holder) => holder?.id === holderId))?.id;
}

describe('a joint account in the network', () => {
  it('keeps its two holders two people, and relates them with ACCOUNT as the only evidence', async () => {
    expect(people[0]).not.toBe(people[1]);
    const { body } = await stack.query('le-investigator', NETWORK, { variables: { id: people[0] } });

    expect(body.errors).toBeUndefined();
    expect(body.data?.network).toEqual({
      start: { id: people[0] },
      people: [{ id: people[1], accountHolders: [{ id: holders[1] }] }],
      edges: [{ from: { id: people[0] }, to: { id: people[1] }, sharedOn: ['ACCOUNT'], strength: 1, depth: 1 }],
    });
  });

  it('tells an NGO nothing of either customer: the network and the person answer as for one that does not exist', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const person of people) {
      const network = await stack.query('ngo-caseworker', NETWORK, { variables: { id: person } });
      const nobody = await stack.query('ngo-caseworker', NETWORK, { variables: { id: missing } });
      expect(network.body).toEqual(nobody.body);
      expect(network.body.data?.network).toBeNull();

      const record = await stack.query('ngo-caseworker', PERSON, { variables: { id: person } });
      expect(record.body.data?.person).toBeNull();
    }
    const everyone = await stack.query('ngo-caseworker', PEOPLE);
    expect(JSON.stringify(everyone.body)).not.toContain(people[0]);
    expect(JSON.stringify(everyone.body)).not.toContain(people[1]);
  });
});
