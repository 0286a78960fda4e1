import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkagePublisherClaims, type DevIssuer, type Sector } from '../../../shared/auth/index.js';
import { createLinkageMaterialDeriver, createTransactionKeyDeriver } from '../../../shared/linkage/index.js';
import { publicationFields, PUBLISH_RECORDS_MUTATION } from '../../../shared/linkage-outbox/index.js';
import { startHubUnderTest, type HubUnderTest } from '../test-support/hub-under-test.js';
import { MAX_RELATIONSHIP_KEYS } from './publication.validation.js';

/*
 * The hub's intake of relationship keys, over HTTP with a sector's signed service credential: a
 * sector may publish only the kinds its records really share (a case is law enforcement's; an
 * account and a transaction the bank's; an address anyone's), and a bounded number per record.
 * A batch breaking either is refused whole, named field by field, and logged without its values.
 */
const SECRET = 'intake-test-secret-of-at-least-32-bytes!!';
const derive = createLinkageMaterialDeriver(SECRET);
const transactionKey = createTransactionKeyDeriver(SECRET);
const RECORD: Record<Exclude<Sector, 'HUB'>, { recordType: string; category: string; org: string }> = {
  LAW_ENFORCEMENT: { recordType: 'PersonRecord', category: 'SUSPECT', org: 'nca-uk' },
  NGO: { recordType: 'Survivor', category: 'SURVIVOR', org: 'safe-passage' },
  FINANCIAL: { recordType: 'AccountHolder', category: 'ACCOUNT_HOLDER', org: 'northbank' },
};

let hubUnderTest: HubUnderTest;
let issuer: DevIssuer;
let url: string;
let db: pg.Client;
/** What the hub logged, one JSON object a line. */
let logged: string[];

beforeAll(async () => {
  hubUnderTest = await startHubUnderTest('linkage_intake');
  ({ issuer, url, db, logged } = hubUnderTest);
});
afterAll(async () => {
  await hubUnderTest?.close();
});

/** A sector's publication of one record with an address, and `relationshipKeys` besides. */
function publication(sector: keyof typeof RECORD, recordId: string, relationshipKeys: Array<{ kind: string; value: string }> = []) {
  const fields = publicationFields(
    derive({ names: [{ given: 'Dorin', family: 'Ciobanu' }], dateOfBirth: '1984-03-09', addresses: [{ street: 'Strada Lunga', streetNumber: '3', locality: 'Chisinau', country: 'MD' }] }),
  );
  const { recordType, category } = RECORD[sector];
  return { recordType, recordId, category, discoverableBy: [sector], ...fields, relationshipKeys: [...(fields.relationshipKeys ?? []), ...relationshipKeys], erased: false };
}

async function publish(sector: keyof typeof RECORD, publications: unknown[]): Promise<{ status: number; body: any }> {
  const credential = issuer.mint(linkagePublisherClaims(sector, RECORD[sector].org));
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${credential}`, 'x-beacon-purpose': 'linkage' },
    body: JSON.stringify({ query: PUBLISH_RECORDS_MUTATION, variables: { publications } }),
  });
  return { status: response.status, body: await response.json() };
}

async function stored(recordIds: string[]): Promise<number> {
  const { rows } = await db.query('SELECT count(*)::int AS n FROM linked_record WHERE record_id = ANY ($1::text[])', [recordIds]);
  return rows[0].n as number;
}

const key = (kind: string, seed: string) => ({ kind, value: derive({ emails: [`${seed}@example.org`] }).keys[0]!.value });
const invalidFields = (body: any) => (body.errors?.[0]?.extensions?.invalidFields as Array<{ field: string; reason: string }> | undefined) ?? [];
const refusals = () => logged.map((line) => JSON.parse(line)).filter((entry) => entry.code === 'PUBLICATION_MALFORMED');

describe('relationship keys the hub accepts from each sector', () => {
  it('accepts addresses and cases from law enforcement, addresses from an NGO, and addresses, accounts and transactions from a bank', async () => {
    const accepted = [
      await publish('LAW_ENFORCEMENT', [publication('LAW_ENFORCEMENT', 'intake-le', [key('CASE', 'case-1')])]),
      await publish('NGO', [publication('NGO', 'intake-ngo')]),
      await publish('FINANCIAL', [publication('FINANCIAL', 'intake-fin', [key('ACCOUNT', 'acct-1'), { kind: 'TRANSACTION', value: transactionKey('acct-1', 'acct-2') }])]),
    ];
    for (const { body } of accepted) expect(body.errors).toBeUndefined();
    const { rows } = await db.query(
      `SELECT r.record_id, array_agg(DISTINCT k.kind ORDER BY k.kind) AS kinds
         FROM linked_record r JOIN relationship_key k ON k.linked_record_id = r.id
        WHERE r.record_id LIKE 'intake-%' GROUP BY r.record_id ORDER BY r.record_id`,
    );
    expect(rows).toEqual([
      { record_id: 'intake-fin', kinds: ['ACCOUNT', 'ADDRESS', 'TRANSACTION'] },
      { record_id: 'intake-le', kinds: ['ADDRESS', 'CASE'] },
      { record_id: 'intake-ngo', kinds: ['ADDRESS'] },
    ]);
  });

  it('refuses a case from a bank, an account from law enforcement and a transaction or a case from an NGO, naming each key and storing none of the batch', async () => {
    const before = refusals().length;
    const transaction = { kind: 'TRANSACTION', value: transactionKey('acct-3', 'acct-4') };
    const attempts = [
      { sector: 'FINANCIAL', batch: [publication('FINANCIAL', 'intake-fin-ok'), publication('FINANCIAL', 'intake-fin-case', [key('CASE', 'case-2')])] },
      { sector: 'LAW_ENFORCEMENT', batch: [publication('LAW_ENFORCEMENT', 'intake-le-account', [key('ACCOUNT', 'acct-5')])] },
      { sector: 'NGO', batch: [publication('NGO', 'intake-ngo-money', [transaction, key('CASE', 'case-3')])] },
    ] as const;
    const addressKeys = publication('NGO', 'any').relationshipKeys.length;
    const answers = [];
    for (const { sector, batch } of attempts) answers.push(await publish(sector, [...batch]));
    for (const { body } of answers) expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(invalidFields(answers[0]!.body)).toEqual([{ field: `publications[1].relationshipKeys[${addressKeys}].kind`, reason: 'FINANCIAL does not publish CASE keys' }]);
    expect(invalidFields(answers[1]!.body)).toEqual([{ field: `publications[0].relationshipKeys[${addressKeys}].kind`, reason: 'LAW_ENFORCEMENT does not publish ACCOUNT keys' }]);
    expect(invalidFields(answers[2]!.body).map((item) => item.reason)).toEqual(['NGO does not publish TRANSACTION keys', 'NGO does not publish CASE keys']);
    expect(await stored(['intake-fin-ok', 'intake-fin-case', 'intake-le-account', 'intake-ngo-money'])).toBe(0);

    const logs = refusals().slice(before);
    expect(logs.map((entry) => entry.sector)).toEqual(['FINANCIAL', 'LAW_ENFORCEMENT', 'NGO']);
    expect(logs[2]).toMatchObject({ org: 'safe-passage', invalidFields: [{ field: `publications[0].relationshipKeys[${addressKeys}].kind` }, {}] });
    expect(logged.join('\n')).not.toContain(transaction.value);
  });
});

describe('relationship keys per record', () => {
  const accounts = (count: number) => Array.from({ length: count }, (_, i) => key('ACCOUNT', `bounded-${i}`));

  it(`accepts ${MAX_RELATIONSHIP_KEYS} relationship keys on one record and refuses one more, logged as malformed`, async () => {
    const addressKeys = publication('FINANCIAL', 'any').relationshipKeys.length;
    const atBound = await publish('FINANCIAL', [publication('FINANCIAL', 'intake-bound', accounts(MAX_RELATIONSHIP_KEYS - addressKeys))]);
    expect(atBound.body.errors).toBeUndefined();
    expect(await stored(['intake-bound'])).toBe(1);

    const before = refusals().length;
    const over = await publish('FINANCIAL', [publication('FINANCIAL', 'intake-over', accounts(MAX_RELATIONSHIP_KEYS - addressKeys + 1))]);
    expect(over.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(invalidFields(over.body)).toEqual([{ field: 'publications[0].relationshipKeys', reason: `at most ${MAX_RELATIONSHIP_KEYS}` }]);
    expect(await stored(['intake-over'])).toBe(0);
    expect(refusals().slice(before)).toMatchObject([{ sector: 'FINANCIAL', org: 'northbank', invalidFields: [{ field: 'publications[0].relationshipKeys' }] }]);
  });
});
