import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complianceClaims, principalOf, startFinancialTestSubgraph, testIban, type FinancialTestSubgraph } from '../test-support/financial-test-subgraph.js';
import { MAX_PUBLISHED_ACCOUNTS } from './account-holder.holdings.js';

const compliance = principalOf(complianceClaims);

let t: FinancialTestSubgraph;
beforeAll(async () => {
  t = await startFinancialTestSubgraph();
});
afterAll(async () => {
  await t?.close();
});

const accountKeys = (publication: { relationshipKeys?: ReadonlyArray<{ kind: string; value: string }> } | undefined) =>
  (publication?.relationshipKeys ?? []).filter((key) => key.kind === 'ACCOUNT').map((key) => key.value);

describe('a customer holding more accounts than it may publish', () => {
  it(`publishes the ${MAX_PUBLISHED_ACCOUNTS} accounts it opened most recently, whatever order the bank recorded them in`, async () => {
    const day = (n: number) => `2024-01-${String(n).padStart(2, '0')}`;
    const first = await t.subgraph.services.accounts.open(compliance, {
      type: 'CURRENT',
      iban: testIban(7000),
      openedOn: day(2),
      holders: [{ givenName: 'Radu', familyName: 'Cazac', dateOfBirth: '1979-10-03', sourceRecordId: 'holdings-radu' }],
    });
    const holder = (await t.subgraph.services.accounts.holdersOf([first.id]))[0]?.[0] as { id: string };
    const [firstKey] = accountKeys((await t.publications(holder.id)).at(-1));
    for (let n = 3; n < MAX_PUBLISHED_ACCOUNTS + 2; n += 1) {
      await t.subgraph.services.accounts.open(compliance, { type: 'SAVINGS', iban: testIban(7000 + n), openedOn: day(n), holderIds: [holder.id] });
    }
    const full = accountKeys((await t.publications(holder.id)).at(-1));
    expect(full).toHaveLength(MAX_PUBLISHED_ACCOUNTS);
    expect(full).toContain(firstKey);

    // Opened before all the others, though recorded after them: re-published, and not among the keys.
    const publishedBefore = (await t.publications(holder.id)).length;
    await t.subgraph.services.accounts.open(compliance, { type: 'SAVINGS', iban: testIban(7101), openedOn: day(1), holderIds: [holder.id] });
    expect(await t.publications(holder.id)).toHaveLength(publishedBefore + 1);
    expect(accountKeys((await t.publications(holder.id)).at(-1)).sort()).toEqual([...full].sort());

    // Opened after all the others: in, and the earliest of the published ones out.
    await t.subgraph.services.accounts.open(compliance, { type: 'SAVINGS', iban: testIban(7102), openedOn: day(28), holderIds: [holder.id] });
    const newest = accountKeys((await t.publications(holder.id)).at(-1));
    expect(newest).toHaveLength(MAX_PUBLISHED_ACCOUNTS);
    expect(newest).not.toContain(firstKey);
    expect(newest.filter((key) => !full.includes(key))).toHaveLength(1);
    expect(await t.count('SELECT 1 FROM account_holding WHERE account_holder_id = $1', [holder.id])).toBe(MAX_PUBLISHED_ACCOUNTS + 2);
  });
});
