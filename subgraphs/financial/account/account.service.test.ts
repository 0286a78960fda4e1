import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAS } from '../../../shared/auth/index.js';
import type { RecordPublication } from '../../../shared/linkage-outbox/index.js';
import { SuspiciousActivityTypology } from '../suspicious-activity-report/suspicious-activity-report.enums.js';
import {
  complianceClaims,
  otherBankClaims,
  principalOf,
  startFinancialTestSubgraph,
  testIban,
  type FinancialTestSubgraph,
} from '../test-support/financial-test-subgraph.js';

const compliance = principalOf(complianceClaims);
const otherBank = principalOf(otherBankClaims);
const caseworker = principalOf(PERSONAS['ngo-caseworker']);

const MIRA = {
  givenName: 'Mira',
  familyName: 'Kovač',
  dateOfBirth: '1988-07-21',
  nationalities: ['HR'],
  phones: ['+385 91 234 5678'],
  emails: ['mira.kovac@example.org'],
  documents: [{ type: 'PASSPORT', issuingCountry: 'HR', number: '123456789' }],
  addresses: [{ street: 'Ilica', streetNumber: '12', locality: 'Zagreb', country: 'HR' }],
};

let t: FinancialTestSubgraph;
beforeAll(async () => {
  t = await startFinancialTestSubgraph();
});
afterAll(async () => {
  await t?.close();
});

describe('AccountService.open', () => {
  it('opens an account with a new customer, and queues the customer’s keyed publication in the same transaction', async () => {
    const account = await t.subgraph.services.accounts.open(compliance, {
      sourceRecordId: 'acct-open-1',
      type: 'current',
      iban: testIban(1001).replace(/(.{4})/g, '$1 '),
      openedOn: '2024-02-01',
      holders: [{ ...MIRA, sourceRecordId: 'holder-open-1' }],
    });

    expect(account).toMatchObject({ type: 'CURRENT', iban: testIban(1001), country: 'GB', ownerOrg: 'northbank', openedOn: '2024-02-01' });
    const holder = (await t.subgraph.services.accounts.holdersOf([account.id]))[0]?.[0] as { id: string; emails: string[] };
    expect(holder.emails).toEqual(['mira.kovac@example.org']);
    const [publication] = await t.publications(holder.id);
    expect(publication?.keys.map((key) => key.kind).sort()).toEqual(['DOCUMENT', 'EMAIL', 'NAME_DOB', 'PHONE']);
    expect(JSON.stringify(publication)).not.toMatch(/mira|kova|zagreb|1988/i);
  });

  it('opens it once, however often the same source record is opened', async () => {
    const input = { sourceRecordId: 'acct-twice', type: 'SAVINGS', iban: testIban(1002), holders: [{ ...MIRA, sourceRecordId: 'holder-twice' }] };
    const first = await t.subgraph.services.accounts.open(compliance, input);
    const accountsBefore = await t.count('SELECT 1 FROM account');

    const second = await t.subgraph.services.accounts.open(compliance, input);

    expect(second.id).toBe(first.id);
    expect(await t.count('SELECT 1 FROM account')).toBe(accountsBefore);
    expect(await t.count("SELECT 1 FROM account_holder WHERE source_record_id = 'holder-twice'")).toBe(1);
  });

  it('names every invalid field at once, the new holders’ included, and writes nothing', async () => {
    const holdersBefore = await t.count('SELECT 1 FROM account_holder');
    const outboxBefore = await t.count('SELECT 1 FROM linkage_outbox');

    const refusal = t.subgraph.services.accounts.open(compliance, {
      type: 'GOLD',
      iban: 'GB34BUKB20201555555555',
      country: 'XX',
      openedOn: '2026-02-30',
      holderIds: ['not-an-id'],
      holders: [{ familyName: 'Kovač', dateOfBirth: '31/31/1990', phones: ['call the branch'], nationalities: ['YU'] }],
    });

    await expect(refusal).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    const fields = ((await refusal.catch((error) => error)).details.invalidFields as Array<{ field: string }>).map((problem) => problem.field);
    expect(fields).toEqual(
      expect.arrayContaining(['type', 'iban', 'country', 'openedOn', 'holderIds[0]', 'holders[0].dateOfBirth', 'holders[0].nationalities[0]', 'holders[0].phones[0]']),
    );
    expect(await t.count('SELECT 1 FROM account_holder')).toBe(holdersBefore);
    expect(await t.count('SELECT 1 FROM linkage_outbox')).toBe(outboxBefore);
  });

  it("refuses a country that contradicts the IBAN, and another bank's customer exactly like a missing one", async () => {
    const theirs = await t.subgraph.services.accountHolders.open(otherBank, { ...MIRA, sourceRecordId: 'southbank-holder' });

    const refusal = await t.subgraph.services.accounts
      .open(compliance, { type: 'CURRENT', iban: testIban(1003), country: 'DE', holderIds: [theirs.id, '00000000-0000-4000-8000-000000000000'] })
      .catch((error) => error);

    expect(refusal.details.invalidFields).toEqual([
      { field: 'country', reason: "does not match the IBAN's country GB" },
      { field: 'holderIds[0]', reason: 'not an account holder of your institution' },
      { field: 'holderIds[1]', reason: 'not an account holder of your institution' },
    ]);
  });

  it('refuses an NGO', async () => {
    await expect(t.subgraph.services.accounts.open(caseworker, { type: 'CURRENT', iban: testIban(1004), holders: [MIRA] })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('AccountService.open: the holders of an account are related at the hub', () => {
  const accountKeys = (publication: RecordPublication | undefined) =>
    (publication?.relationshipKeys ?? []).filter((key) => key.kind === 'ACCOUNT').map((key) => key.value).sort();

  it('publishes each new holder of a joint account once, with the same keyed ACCOUNT key, never the account id', async () => {
    const account = await t.subgraph.services.accounts.open(compliance, {
      type: 'CURRENT',
      iban: testIban(1400),
      holders: [
        { ...MIRA, sourceRecordId: 'joint-mira' },
        { givenName: 'Ivan', familyName: 'Kovač', dateOfBirth: '1985-02-11', phones: ['+385 91 111 2222'], sourceRecordId: 'joint-ivan' },
      ],
    });
    const [mira, ivan] = (await t.subgraph.services.accounts.holdersOf([account.id]))[0] as Array<{ id: string }>;

    const [miraPublications, ivanPublications] = [await t.publications(mira!.id), await t.publications(ivan!.id)];
    expect(miraPublications).toHaveLength(1);
    expect(ivanPublications).toHaveLength(1);
    expect(accountKeys(miraPublications[0])).toHaveLength(1);
    expect(accountKeys(miraPublications[0])[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(accountKeys(ivanPublications[0])).toEqual(accountKeys(miraPublications[0]));
    expect(JSON.stringify(miraPublications)).not.toContain(account.id);
  });

  it('re-publishes an existing customer given another account, with an ACCOUNT key for each', async () => {
    const first = await t.subgraph.services.accounts.open(compliance, { type: 'CURRENT', iban: testIban(1410), holders: [{ ...MIRA, sourceRecordId: 'two-accounts' }] });
    const holder = (await t.subgraph.services.accounts.holdersOf([first.id]))[0]?.[0] as { id: string };
    const [withOne] = await t.publications(holder.id);

    await t.subgraph.services.accounts.open(compliance, { type: 'SAVINGS', iban: testIban(1411), holderIds: [holder.id] });
    const publications = await t.publications(holder.id);

    expect(publications).toHaveLength(2);
    expect(accountKeys(publications[1])).toHaveLength(2);
    expect(accountKeys(publications[1])).toEqual(expect.arrayContaining(accountKeys(withOne)));
  });
});

describe('AccountService.pageOwned', () => {
  it("pages through the caller's own accounts with a cursor, filtered by type, never another bank's", async () => {
    await t.subgraph.services.accounts.open(otherBank, { type: 'BUSINESS', iban: testIban(1100), holders: [MIRA] });
    for (let i = 0; i < 3; i++) {
      await t.subgraph.services.accounts.open(compliance, { type: 'BUSINESS', iban: testIban(1101 + i), holders: [{ ...MIRA, sourceRecordId: `biz-${i}` }] });
    }

    const first = await t.subgraph.services.accounts.pageOwned(compliance, 2, null, { type: 'BUSINESS' });
    const second = await t.subgraph.services.accounts.pageOwned(compliance, 2, first.pageInfo.endCursor, { type: 'BUSINESS' });

    expect(first.edges.map((edge) => edge.node.iban)).toEqual([testIban(1101), testIban(1102)]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.edges.map((edge) => edge.node.iban)).toEqual([testIban(1103)]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    await expect(t.subgraph.services.accounts.pageOwned(compliance, 101, null)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('AccountHolderService.update and erase', () => {
  it('re-publishes keys when identifiers change, and not when nothing the hub is told does', async () => {
    const holder = await t.subgraph.services.accountHolders.open(compliance, { ...MIRA, sourceRecordId: 'holder-update' });

    await t.subgraph.services.accountHolders.update(compliance, holder.id, { nationalities: ['HR', 'SI'], retentionUntil: '2040-01-01' });
    expect(await t.publications(holder.id)).toHaveLength(1);

    const updated = await t.subgraph.services.accountHolders.update(compliance, holder.id, { phones: ['+385 98 765 4321'], emails: null });
    const publications = await t.publications(holder.id);

    expect(updated).toMatchObject({ phones: ['+385 98 765 4321'], emails: [], givenName: 'Mira', nationalities: ['HR', 'SI'] });
    expect(publications).toHaveLength(2);
    expect(publications[1]?.keys.map((key) => key.kind).sort()).toEqual(['DOCUMENT', 'NAME_DOB', 'PHONE']);
    expect(publications[1]?.keys).not.toEqual(publications[0]?.keys);
  });

  it('re-publishes a customer whose address alone changed: new ADDRESS key and encoding, same exact keys, its accounts kept', async () => {
    const account = await t.subgraph.services.accounts.open(compliance, { type: 'CURRENT', iban: testIban(1210), holders: [{ ...MIRA, sourceRecordId: 'holder-moves' }] });
    const holder = (await t.subgraph.services.accounts.holdersOf([account.id]))[0]?.[0] as { id: string };
    const [before] = await t.publications(holder.id);

    await t.subgraph.services.accountHolders.update(compliance, holder.id, { addresses: [{ street: 'Vukovarska', streetNumber: '5', locality: 'Split', country: 'HR' }] });
    const publications = await t.publications(holder.id);

    expect(publications).toHaveLength(2);
    const after = publications[1] as RecordPublication;
    expect(after.keys).toEqual(before?.keys);
    expect(after.encoding).not.toEqual(before?.encoding);
    const kinds = (publication: RecordPublication) => (publication.relationshipKeys ?? []).map((key) => key.kind).sort();
    expect(kinds(after)).toEqual(['ACCOUNT', 'ADDRESS']);
    const address = (publication: RecordPublication | undefined) => publication?.relationshipKeys?.find((key) => key.kind === 'ADDRESS')?.value;
    expect(address(after)).not.toEqual(address(before));
    expect(after.relationshipKeys?.find((key) => key.kind === 'ACCOUNT')).toEqual(before?.relationshipKeys?.find((key) => key.kind === 'ACCOUNT'));
  });

  it("refuses to update another bank's customer exactly like a missing one, naming every bad field", async () => {
    const theirs = await t.subgraph.services.accountHolders.open(otherBank, { ...MIRA, sourceRecordId: 'southbank-update' });

    const refusal = await t.subgraph.services.accountHolders.update(compliance, theirs.id, { dateOfBirth: 'tomorrow' }).catch((error) => error);

    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect(refusal.details.invalidFields.map((problem: { field: string }) => problem.field)).toEqual(['id', 'familyName', 'dateOfBirth']);
  });

  it('erases a customer: the record and its holdings and publications go, the hub is told to forget it', async () => {
    const account = await t.subgraph.services.accounts.open(compliance, { type: 'CURRENT', iban: testIban(1200), holders: [{ ...MIRA, sourceRecordId: 'holder-erase' }] });
    const holder = (await t.subgraph.services.accounts.holdersOf([account.id]))[0]?.[0] as { id: string };

    const receipt = await t.subgraph.services.accountHolders.erase(compliance, holder.id);

    expect(receipt).toMatchObject({ id: holder.id, ownerOrg: 'northbank' });
    expect(await t.count('SELECT 1 FROM account_holder WHERE id = $1', [holder.id])).toBe(0);
    expect(await t.count('SELECT 1 FROM account_holding WHERE account_holder_id = $1', [holder.id])).toBe(0);
    expect(await t.publications(holder.id)).toEqual([
      { recordType: 'AccountHolder', recordId: holder.id, category: 'ACCOUNT_HOLDER', discoverableBy: ['FINANCIAL', 'LAW_ENFORCEMENT', 'HUB'], keys: [], erased: true },
    ]);
  });

  it('refuses to erase a customer with a suspicious-activity report, which must be kept', async () => {
    const holder = await t.subgraph.services.accountHolders.open(compliance, { ...MIRA, sourceRecordId: 'holder-with-report' });
    await t.subgraph.services.suspiciousActivityReports.file(compliance, {
      reference: 'NB-SAR-ERASE-1',
      accountHolderId: holder.id,
      filedAt: '2026-03-01T09:00:00Z',
      typology: SuspiciousActivityTypology.STRUCTURING,
      narrative: 'Cash just below the threshold.',
    });

    await expect(t.subgraph.services.accountHolders.erase(compliance, holder.id)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await t.count('SELECT 1 FROM account_holder WHERE id = $1', [holder.id])).toBe(1);
  });
});

describe('retention.purgeExpired', () => {
  it('removes what is past its retention date, and the expired customers’ publications, and keeps the rest', async () => {
    const account = await t.subgraph.services.accounts.open(compliance, {
      type: 'CURRENT',
      iban: testIban(1300),
      holders: [{ ...MIRA, sourceRecordId: 'holder-expiring', retentionUntil: '2030-01-31' }],
      retentionUntil: '2030-01-31',
    });
    const holder = (await t.subgraph.services.accounts.holdersOf([account.id]))[0]?.[0] as { id: string };
    await t.subgraph.services.transactions.record(compliance, [
      { sourceRecordId: 'tx-expiring', toAccountId: account.id, amountMinor: '5000', currency: 'GBP', occurredAt: '2026-01-02T10:00:00Z', channel: 'CASH_DEPOSIT' },
    ]);
    const kept = await t.count('SELECT 1 FROM account_holder');

    expect(await t.subgraph.retention.purgeExpired(new Date('2030-01-31T23:00:00Z'))).toBe(0);
    const removed = await t.subgraph.retention.purgeExpired(new Date('2030-02-01T00:00:00Z'));

    expect(removed).toBe(3);
    expect(await t.count('SELECT 1 FROM account WHERE id = $1', [account.id])).toBe(0);
    expect(await t.count("SELECT 1 FROM account_transaction WHERE source_record_id = 'tx-expiring'")).toBe(0);
    expect(await t.count('SELECT 1 FROM account_holder')).toBe(kept - 1);
    expect((await t.publications(holder.id)).map((publication) => publication.erased)).toEqual([true]);
  });

  it('re-publishes a customer who stays without the ACCOUNT key of an account that expired', async () => {
    const lasting = await t.subgraph.services.accounts.open(compliance, { type: 'CURRENT', iban: testIban(1310), holders: [{ ...MIRA, sourceRecordId: 'holder-outlives' }] });
    const holder = (await t.subgraph.services.accounts.holdersOf([lasting.id]))[0]?.[0] as { id: string };
    await t.subgraph.services.accounts.open(compliance, { type: 'SAVINGS', iban: testIban(1311), holderIds: [holder.id], retentionUntil: '2031-01-31' });
    const withBoth = (await t.publications(holder.id)).at(-1);

    await t.subgraph.retention.purgeExpired(new Date('2031-02-01T00:00:00Z'));
    const after = (await t.publications(holder.id)).at(-1);

    const accountKeys = (publication: RecordPublication | undefined) => (publication?.relationshipKeys ?? []).filter((key) => key.kind === 'ACCOUNT');
    expect(accountKeys(withBoth)).toHaveLength(2);
    expect(after?.erased).toBe(false);
    expect(accountKeys(after)).toHaveLength(1);
    expect(accountKeys(withBoth)).toContainEqual(accountKeys(after)[0]);
  });
});
