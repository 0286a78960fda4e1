import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createExactKeyDeriver, MAX_IDENTIFIERS_PER_LIST, MAX_RELATIONSHIP_KEYS } from '../../../shared/linkage/index.js';
import { MAX_PUBLISHED_ACCOUNTS, MAX_TRANSACTION_COUNTERPARTS } from './account-holder.holdings.js';
import { accountHolderPublication } from './account-holder.publication.js';
import { checkHolder } from './account-holder.validation.js';

const SECRET = 'x'.repeat(40);
const many = <T>(count: number, item: (i: number) => T): T[] => Array.from({ length: count }, (_, i) => item(i));

describe('the largest customer the bank accepts', () => {
  it(`publishes within the hub's ${MAX_RELATIONSHIP_KEYS} relationship keys, with as many accounts and transaction pairs as it may`, () => {
    const { holder, problems } = checkHolder(
      {
        givenName: 'Radu',
        familyName: 'Cazac',
        aliases: many(MAX_IDENTIFIERS_PER_LIST, (i) => ({ givenName: `Radu${String.fromCharCode(97 + i)}`, familyName: 'Cazac' })),
        dateOfBirth: '1979-10-03',
        phones: many(MAX_IDENTIFIERS_PER_LIST, (i) => `+373 69 100 ${100 + i}`),
        addresses: many(MAX_IDENTIFIERS_PER_LIST, (i) => ({ streetNumber: String(i + 1), street: 'Strada Ismail', locality: 'Chișinău', country: 'MD' })),
      },
      '',
      createExactKeyDeriver(SECRET),
    );
    expect(problems).toEqual([]);
    const accountIds = many(MAX_PUBLISHED_ACCOUNTS, () => randomUUID()).sort();
    const transactionPairs = many(MAX_TRANSACTION_COUNTERPARTS, (i) => ({ own: accountIds[i % accountIds.length] as string, counterpart: randomUUID() }));

    const publication = accountHolderPublication({ id: randomUUID(), ...holder! }, SECRET, { accountIds, transactionPairs });

    const count = (kind: string) => (publication.relationshipKeys ?? []).filter((key) => key.kind === kind).length;
    // Every address, account and pair keyed: this is the most a customer can carry.
    expect([count('ADDRESS'), count('ACCOUNT'), count('TRANSACTION')]).toEqual([MAX_IDENTIFIERS_PER_LIST, MAX_PUBLISHED_ACCOUNTS, MAX_TRANSACTION_COUNTERPARTS]);
    expect(publication.relationshipKeys?.length).toBeLessThanOrEqual(MAX_RELATIONSHIP_KEYS);
  });
});
