import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BEACON_AUDIENCE,
  DEV_ISSUER,
  PERSONAS,
  loadOrCreateDevIssuer,
  type DevIssuer,
  type PersonaClaims,
  type Principal,
} from '../../../shared/auth/index.js';
import type { SectorSubgraphConfig } from '../../../shared/config/index.js';
import { MAX_IDENTIFIERS_PER_LIST } from '../../../shared/linkage/index.js';
import type { RecordPublication } from '../../../shared/linkage-outbox/index.js';
import { isolatedDatabases, type IsolatedDatabases } from '../../../test/support/databases.js';
import { createFinancialSubgraph, type FinancialSubgraph } from '../index.js';
import { FINANCIAL_DEMO_ACCOUNTS, FINANCIAL_DEMO_RECORDS, seedFinancialDemo } from '../seed/demo-data.js';
import type { OpenAccountHolderInput } from './account-holder.service.js';

/** Keyed binary fields are random base64 that may spell any short value; their shape is checked instead. */
const KEYED_BYTES = { encoding: 'encoding', blockingKeys: [], identityKeys: [], relationshipKeys: [] };

const compliance: Principal = { ...PERSONAS['bank-compliance'], issuer: DEV_ISSUER };
const otherBankClaims: PersonaClaims = { ...PERSONAS['bank-compliance'], sub: 'test:other-compliance', org: 'other-bank' };
const caseworker: Principal = { ...PERSONAS['ngo-caseworker'], issuer: DEV_ISSUER };

const elena: OpenAccountHolderInput = {
  givenName: 'Elena',
  familyName: 'PETROVA',
  dateOfBirth: '1994-03-12',
  nationalities: ['MD'],
  phones: ['+373 69 123 456'],
  documents: [{ type: 'PASSPORT', issuingCountry: 'MD', number: 'AB1234567' }],
};

let databases: IsolatedDatabases;
let keyFolder: string;
let issuer: DevIssuer;
let subgraph: FinancialSubgraph;
let url: string;
let db: pg.Client;

beforeAll(async () => {
  databases = await isolatedDatabases(['financial']);
  keyFolder = await mkdtemp(join(tmpdir(), 'beacon-financial-keys-'));
  issuer = loadOrCreateDevIssuer(keyFolder);
  const config: SectorSubgraphConfig = {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: databases.urls.financial as string,
    issuers: [{ issuer: DEV_ISSUER, jwksFile: issuer.jwksFile }],
    audience: BEACON_AUDIENCE,
    logLevel: 'silent',
    // Nothing listens there: publications stay queued, which is what these tests inspect.
    linkage: { url: 'http://127.0.0.1:9/graphql', secret: 'x'.repeat(40), credential: () => 'unused' },
  };
  subgraph = await createFinancialSubgraph(config);
  ({ url } = await subgraph.listen(0, '127.0.0.1'));
  db = new pg.Client({ connectionString: databases.urls.financial });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await subgraph?.close();
  await databases?.drop();
  if (keyFolder) await rm(keyFolder, { recursive: true, force: true });
});

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM (${sql}) AS q`, params);
  return Number(rows[0]?.n);
}

/** The outbox row of a record, asserting there is exactly one. */
async function onlyOutboxRow(recordId: string): Promise<{ publication: RecordPublication; published_at: Date | null }> {
  const { rows } = await db.query('SELECT publication, published_at FROM linkage_outbox WHERE record_id = $1', [recordId]);
  expect(rows).toHaveLength(1);
  return rows[0];
}

/** Declares the token's first purpose, and a case reference (asked of police callers only). */
function purposeHeaders(token: string): Record<string, string> {
  const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { purposes: string[] };
  return { 'x-beacon-purpose': claims.purposes[0] ?? '', 'x-beacon-justification': 'HP-2026-0042' };
}

async function graphql(token: string | undefined, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}`, ...purposeHeaders(token) } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe('AccountHolderService.open', () => {
  it('writes the account holder and exactly one pending publication of keyed identifiers, never raw ones', async () => {
    const holder = await subgraph.services.accountHolders.open(compliance, { ...elena, sourceRecordId: 'test-elena' });

    expect(holder).toMatchObject({
      givenName: 'Elena',
      dateOfBirth: '1994-03-12',
      nationalities: ['MD'],
      ownerOrg: 'northbank',
    });
    const { publication, published_at } = await onlyOutboxRow(holder.id);
    expect(published_at).toBeNull();
    expect(publication).toEqual({
      recordType: 'AccountHolder',
      recordId: holder.id,
      category: 'ACCOUNT_HOLDER',
      discoverableBy: ['FINANCIAL', 'LAW_ENFORCEMENT', 'HUB'],
      keys: expect.any(Array),
      relationshipKeys: expect.any(Array),
      encoding: expect.stringMatching(/^[A-Za-z0-9+/]{171}=$/),
      blockingKeys: expect.arrayContaining([expect.stringMatching(/^[A-Za-z0-9+/]{8}$/)]),
      identityKeys: expect.any(Array),
      erased: false,
    });
    expect(publication.keys.map((key) => key.kind).sort()).toEqual(['DOCUMENT', 'NAME_DOB', 'PHONE']);
    for (const key of publication.keys) expect(key.value).toMatch(/^[0-9a-f]{64}$/);
    // Key values and the record's id are random hex and may contain any digit run; everything else must be free of raw values.
    const withoutKeyValues = JSON.stringify({ ...publication, recordId: 'id', keys: publication.keys.map((key) => key.kind), ...KEYED_BYTES });
    for (const raw of ['elena', 'petrova', '1994', '373', '69123456', 'AB1234567', 'GB33', 'BUKB', '"MD"']) {
      expect(withoutKeyValues.toLowerCase()).not.toContain(raw.toLowerCase());
    }
  });

  it('returns the first record and writes nothing when the same source record is opened again', async () => {
    const input = { ...elena, givenName: 'Jonas', familyName: 'Berg', sourceRecordId: 'test-twice' };
    const first = await subgraph.services.accountHolders.open(compliance, input);
    const holdersBefore = await count('SELECT 1 FROM account_holder');
    const outboxBefore = await count('SELECT 1 FROM linkage_outbox');

    const second = await subgraph.services.accountHolders.open(compliance, { ...input, givenName: 'Changed' });

    expect(second.id).toBe(first.id);
    expect(second.givenName).toBe('Jonas');
    expect(await count('SELECT 1 FROM account_holder')).toBe(holdersBefore);
    expect(await count('SELECT 1 FROM linkage_outbox')).toBe(outboxBefore);
  });

  it('refuses a phone that is not a number with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const outboxBefore = await count('SELECT 1 FROM linkage_outbox');

    await expect(
      subgraph.services.accountHolders.open(compliance, {
        ...elena,
        phones: ['ask at branch'],
        sourceRecordId: 'test-bad-phone',
      }),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { invalidFields: [{ field: 'phones[0]', reason: expect.any(String) }] },
    });
    expect(await count("SELECT 1 FROM account_holder WHERE source_record_id = 'test-bad-phone'")).toBe(0);
    expect(await count('SELECT 1 FROM linkage_outbox')).toBe(outboxBefore);
  });

  it('refuses an NGO, and writes nothing', async () => {
    await expect(
      subgraph.services.accountHolders.open(caseworker, { ...elena, sourceRecordId: 'test-by-ngo' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await count("SELECT 1 FROM account_holder WHERE source_record_id = 'test-by-ngo'")).toBe(0);
  });

  it('seeds the demo account holders once, however often it runs: published when opened, and again with their account', async () => {
    await seedFinancialDemo(subgraph);
    await seedFinancialDemo(subgraph);

    expect(await count("SELECT 1 FROM account_holder WHERE source_record_id LIKE 'nb-holder-%'")).toBe(
      FINANCIAL_DEMO_RECORDS.length,
    );
    expect(
      await count(
        "SELECT 1 FROM linkage_outbox o JOIN account_holder h ON h.id::text = o.record_id WHERE h.source_record_id LIKE 'nb-%'",
      ),
    ).toBe(FINANCIAL_DEMO_RECORDS.length + FINANCIAL_DEMO_ACCOUNTS.length);
  });
});

describe('POST /graphql', () => {
  const entitiesQuery = /* GraphQL */ `
    query ($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on AccountHolder { id givenName accountNumber } }
    }
  `;

  it('answers 401 without a bearer token', async () => {
    const { status, body } = await graphql(undefined, '{ accountHolders { id } }');

    expect(status).toBe(401);
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it("shows another bank's compliance officer an account holder's id and nothing else", async () => {
    const holder = await subgraph.services.accountHolders.open(compliance, { ...elena, sourceRecordId: 'test-http-a' });

    const { status, body } = await graphql(issuer.mint(otherBankClaims), entitiesQuery, {
      representations: [{ __typename: 'AccountHolder', id: holder.id }],
    });

    expect(status).toBe(200);
    expect(body.data._entities).toEqual([{ id: holder.id, givenName: null, accountNumber: null }]);
    expect(body.errors.map((error: any) => [error.path.join('.'), error.extensions.code]).sort()).toEqual([
      ['_entities.0.accountNumber', 'FORBIDDEN'],
      ['_entities.0.givenName', 'FORBIDDEN'],
    ]);
  });

  it("shows a law-enforcement investigator the customer's identity but not the account", async () => {
    const holder = await subgraph.services.accountHolders.open(compliance, { ...elena, sourceRecordId: 'test-http-b' });

    const { body } = await graphql(issuer.mint(PERSONAS['le-investigator']), entitiesQuery, {
      representations: [{ __typename: 'AccountHolder', id: holder.id }],
    });

    expect(body.data._entities).toEqual([{ id: holder.id, givenName: 'Elena', accountNumber: null }]);
    expect(body.errors.map((error: any) => [error.path.join('.'), error.extensions.code])).toEqual([
      ['_entities.0.accountNumber', 'FORBIDDEN'],
    ]);
  });

  it('answers an NGO about an account holder exactly as about one that does not exist', async () => {
    const holder = await subgraph.services.accountHolders.open(compliance, { ...elena, sourceRecordId: 'test-http-c' });
    const token = issuer.mint(PERSONAS['ngo-caseworker']);

    const existing = await graphql(token, entitiesQuery, {
      representations: [{ __typename: 'AccountHolder', id: holder.id }],
    });
    const missing = await graphql(token, entitiesQuery, {
      representations: [{ __typename: 'AccountHolder', id: '00000000-0000-4000-8000-000000000000' }],
    });

    expect(existing.body).toEqual({ data: { _entities: [null] } });
    expect(missing.body).toEqual(existing.body);
  });

  it(`refuses updateAccountHolder with more than ${MAX_IDENTIFIERS_PER_LIST} of a list, naming each list, and changes nothing`, async () => {
    const holder = await subgraph.services.accountHolders.open(compliance, { ...elena, sourceRecordId: 'test-http-lists' });
    const outboxBefore = await count('SELECT 1 FROM linkage_outbox');
    const over = MAX_IDENTIFIERS_PER_LIST + 1;

    const { body } = await graphql(
      issuer.mint(PERSONAS['bank-compliance']),
      /* GraphQL */ `mutation ($id: ID!, $input: UpdateAccountHolderInput!) { updateAccountHolder(id: $id, input: $input) { id } }`,
      {
        id: holder.id,
        input: {
          aliases: Array.from({ length: over }, (_, i) => ({ givenName: `Lena${String.fromCharCode(97 + i)}`, familyName: 'Petrova' })),
          emails: Array.from({ length: over }, (_, i) => `elena${i}@example.org`),
          addresses: Array.from({ length: over }, (_, i) => ({ streetNumber: String(i + 1), street: 'Strada Ismail', locality: 'Chișinău', country: 'MD' })),
        },
      },
    );

    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].extensions.invalidFields).toEqual(
      ['aliases', 'emails', 'addresses'].map((field) => ({ field, reason: `at most ${MAX_IDENTIFIERS_PER_LIST}` })),
    );
    expect(await count('SELECT 1 FROM account_holder WHERE id = $1 AND addresses = $2', [holder.id, '[]'])).toBe(1);
    expect(await count('SELECT 1 FROM linkage_outbox')).toBe(outboxBefore);
  });

  it('shows the owning compliance officer the account holder and the account', async () => {
    const account = await subgraph.services.accounts.open(compliance, {
      type: 'CURRENT',
      iban: 'GB33 BUKB 2020 1555 5555 55',
      holders: [{ ...elena, sourceRecordId: 'test-http-d' }],
    });
    const holder = (await subgraph.services.accounts.holdersOf([account.id]))[0]?.[0] as { id: string };

    const { body } = await graphql(
      issuer.mint(PERSONAS['bank-compliance']),
      /* GraphQL */ `query ($id: ID!) { accountHolder(id: $id) { id givenName accountNumber owningInstitution } }`,
      { id: holder.id },
    );

    expect(body.errors).toBeUndefined();
    expect(body.data.accountHolder).toEqual({
      id: holder.id,
      givenName: 'Elena',
      accountNumber: 'GB33BUKB20201555555555',
      owningInstitution: 'northbank',
    });
  });
});
