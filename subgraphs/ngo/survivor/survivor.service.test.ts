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
import { deriveExactKeys } from '../../../shared/linkage/index.js';
import type { RecordPublication } from '../../../shared/linkage-outbox/index.js';
import { isolatedDatabases, type IsolatedDatabases } from '../../../test/support/databases.js';
import { createNgoSubgraph, type NgoSubgraph } from '../index.js';
import { NGO_DEMO_RECORDS, seedNgoDemo } from '../seed/demo-data.js';
import { Gender } from './survivor.entity.js';

/** Keyed binary fields are random base64 that may spell any short value; their shape is checked instead. */
const KEYED_BYTES = { encoding: 'encoding', blockingKeys: [], identityKeys: [], relationshipKeys: [] };

const SECRET = 'x'.repeat(40);
const caseworker: Principal = { ...PERSONAS['ngo-caseworker'], issuer: DEV_ISSUER };
const otherNgoClaims: PersonaClaims = { ...PERSONAS['ngo-caseworker'], sub: 'test:other-caseworker', org: 'other-ngo' };
const banker: Principal = { ...PERSONAS['bank-compliance'], issuer: DEV_ISSUER };

const elena = {
  givenName: 'Елена',
  familyName: 'Петрова',
  dateOfBirth: '1994-03-12',
  gender: Gender.FEMININE,
  citizenship: 'MD',
  phones: ['+37369123456'],
  consents: [
    { sector: 'LAW_ENFORCEMENT', purpose: 'investigation' },
    { sector: 'HUB', purpose: 'analysis' },
  ],
};

let databases: IsolatedDatabases;
let keyFolder: string;
let issuer: DevIssuer;
let subgraph: NgoSubgraph;
let url: string;
let db: pg.Client;

beforeAll(async () => {
  databases = await isolatedDatabases(['ngo']);
  keyFolder = await mkdtemp(join(tmpdir(), 'beacon-ngo-keys-'));
  issuer = loadOrCreateDevIssuer(keyFolder);
  const config: SectorSubgraphConfig = {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: databases.urls.ngo as string,
    issuers: [{ issuer: DEV_ISSUER, jwksFile: issuer.jwksFile }],
    audience: BEACON_AUDIENCE,
    logLevel: 'silent',
    // Nothing listens there: publications stay queued, which is what these tests inspect.
    linkage: { url: 'http://127.0.0.1:9/graphql', secret: SECRET, credential: () => 'unused' },
  };
  subgraph = await createNgoSubgraph(config);
  ({ url } = await subgraph.listen(0, '127.0.0.1'));
  db = new pg.Client({ connectionString: databases.urls.ngo });
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

describe('SurvivorService.register', () => {
  it('writes the survivor and exactly one pending publication of keyed identifiers, never raw ones', async () => {
    const survivor = await subgraph.services.survivors.register(caseworker, {
      ...elena,
      sourceRecordId: 'test-elena',
    });

    expect(survivor).toMatchObject({ givenName: 'Елена', dateOfBirth: '1994-03-12', ownerOrg: 'safe-passage' });
    const { publication, published_at } = await onlyOutboxRow(survivor.id);
    expect(published_at).toBeNull();
    expect(publication).toEqual({
      recordType: 'Survivor',
      recordId: survivor.id,
      category: 'SURVIVOR',
      discoverableBy: ['HUB', 'LAW_ENFORCEMENT', 'NGO'],
      keys: expect.any(Array),
      relationshipKeys: expect.any(Array),
      encoding: expect.stringMatching(/^[A-Za-z0-9+/]{171}=$/),
      blockingKeys: expect.arrayContaining([expect.stringMatching(/^[A-Za-z0-9+/]{8}$/)]),
      identityKeys: expect.any(Array),
      erased: false,
    });
    expect(publication.keys.map((key) => key.kind).sort()).toEqual(['NAME_DOB', 'PHONE']);
    for (const key of publication.keys) expect(key.value).toMatch(/^[0-9a-f]{64}$/);
    // Key values and the record id are random hex and may contain any digit run (a uuid with "373"
    // in it failed this once); everything else must be free of raw values.
    const withoutKeyValues = JSON.stringify({ ...publication, recordId: 'id', keys: publication.keys.map((key) => key.kind), ...KEYED_BYTES });
    for (const raw of ['Елена', 'Петрова', 'elena', 'petrova', '1994', '373', '69123456', 'MD', 'FEMININE']) {
      expect(withoutKeyValues.toLowerCase()).not.toContain(raw.toLowerCase());
    }
  });

  it('derives the same keys from the Cyrillic record as from the Latin spelling other sectors use', async () => {
    const survivor = await subgraph.services.survivors.register(caseworker, {
      ...elena,
      consents: [],
      sourceRecordId: 'test-elena-script',
    });
    const { publication } = await onlyOutboxRow(survivor.id);
    const latin = deriveExactKeys(
      { names: [{ given: 'Elena', family: 'PETROVA' }], dateOfBirth: '1994-03-12', phones: ['+373 69 123 456'] },
      SECRET,
    );
    expect(publication.keys).toEqual(expect.arrayContaining(latin.keys.map(({ kind, value }) => ({ kind, value }))));
  });

  it('returns the first record and writes nothing when the same source record is registered again', async () => {
    const input = { givenName: 'Amina', familyName: 'Yusuf', dateOfBirth: '2001-06-30', sourceRecordId: 'test-twice' };
    const first = await subgraph.services.survivors.register(caseworker, input);
    const survivorsBefore = await count('SELECT 1 FROM survivor');
    const outboxBefore = await count('SELECT 1 FROM linkage_outbox');

    const second = await subgraph.services.survivors.register(caseworker, { ...input, givenName: 'Changed' });

    expect(second.id).toBe(first.id);
    expect(second.givenName).toBe('Amina');
    expect(await count('SELECT 1 FROM survivor')).toBe(survivorsBefore);
    expect(await count('SELECT 1 FROM linkage_outbox')).toBe(outboxBefore);
  });

  it('refuses a phone that is not a number with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const outboxBefore = await count('SELECT 1 FROM linkage_outbox');

    await expect(
      subgraph.services.survivors.register(caseworker, {
        givenName: 'Bad',
        familyName: 'Phone',
        phones: ['+37369123456', 'call the shelter'],
        sourceRecordId: 'test-bad-phone',
      }),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { invalidFields: [{ field: 'phones[1]', reason: expect.any(String) }] },
    });
    expect(await count("SELECT 1 FROM survivor WHERE source_record_id = 'test-bad-phone'")).toBe(0);
    expect(await count('SELECT 1 FROM linkage_outbox')).toBe(outboxBefore);
  });

  it('records the consents she gave at intake with her record, recorded by the caseworker', async () => {
    const survivor = await subgraph.services.survivors.register(caseworker, { ...elena, sourceRecordId: 'test-intake-consents' });

    const { rows } = await db.query(
      'SELECT sector, purpose, recorded_by, owner_org FROM consent WHERE survivor_id = $1 ORDER BY sector',
      [survivor.id],
    );
    expect(rows).toEqual([
      { sector: 'HUB', purpose: 'analysis', recorded_by: caseworker.sub, owner_org: 'safe-passage' },
      { sector: 'LAW_ENFORCEMENT', purpose: 'investigation', recorded_by: caseworker.sub, owner_org: 'safe-passage' },
    ]);
  });

  it('names each invalid intake consent by its position, and writes nothing', async () => {
    await expect(
      subgraph.services.survivors.register(caseworker, {
        ...elena,
        consents: [
          { sector: 'FINANCIAL', purpose: 'aml-compliance' },
          { sector: 'BANKS', purpose: 'marketing', validUntil: 'never' },
        ],
        sourceRecordId: 'test-intake-invalid',
      }),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: {
        invalidFields: [
          { field: 'consents[1].sector', reason: expect.any(String) },
          { field: 'consents[1].purpose', reason: expect.any(String) },
          { field: 'consents[1].validUntil', reason: expect.any(String) },
        ],
      },
    });
    expect(await count("SELECT 1 FROM survivor WHERE source_record_id = 'test-intake-invalid'")).toBe(0);
  });

  it('refuses a financial institution, and writes nothing', async () => {
    await expect(
      subgraph.services.survivors.register(banker, { ...elena, consents: [], sourceRecordId: 'test-by-bank' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await count("SELECT 1 FROM survivor WHERE source_record_id = 'test-by-bank'")).toBe(0);
  });

  it('seeds the demo survivors once, however often it runs', async () => {
    await seedNgoDemo(subgraph);
    await seedNgoDemo(subgraph);

    expect(await count("SELECT 1 FROM survivor WHERE source_record_id LIKE 'sp-survivor-%'")).toBe(NGO_DEMO_RECORDS.length);
    expect(
      await count(
        "SELECT 1 FROM linkage_outbox o JOIN survivor s ON s.id::text = o.record_id WHERE s.source_record_id LIKE 'sp-%'",
      ),
    ).toBe(NGO_DEMO_RECORDS.length);
  });
});

describe('SurvivorService.loadByIds', () => {
  it('answers a sector the survivor did not consent to exactly as for a survivor that does not exist', async () => {
    const hidden = await subgraph.services.survivors.register(caseworker, {
      givenName: 'Hidden',
      familyName: 'Person',
      consents: [{ sector: 'LAW_ENFORCEMENT', purpose: 'investigation' }],
      sourceRecordId: 'test-hidden',
    });
    const missing = '00000000-0000-4000-8000-000000000000';
    const investigator: Principal = { ...PERSONAS['le-investigator'], issuer: DEV_ISSUER };

    expect(await subgraph.services.survivors.loadByIds(banker, [hidden.id, missing])).toEqual([null, null]);
    expect((await subgraph.services.survivors.loadByIds(investigator, [hidden.id]))[0]?.id).toBe(hidden.id);
  });
});

describe('POST /graphql', () => {
  const entitiesQuery = /* GraphQL */ `
    query ($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on Survivor { id givenName gender } }
    }
  `;

  it('answers 401 without a bearer token', async () => {
    const { status, body } = await graphql(undefined, '{ survivors { id } }');

    expect(status).toBe(401);
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it("shows another NGO's caseworker a survivor's id, never her name, and her gender only if she consented to NGOs", async () => {
    const notConsented = await subgraph.services.survivors.register(caseworker, {
      ...elena,
      consents: [{ sector: 'HUB', purpose: 'analysis' }],
      sourceRecordId: 'test-http-private',
    });
    const consented = await subgraph.services.survivors.register(caseworker, {
      ...elena,
      consents: [{ sector: 'NGO', purpose: 'victim-support' }],
      sourceRecordId: 'test-http-shared',
    });

    const { status, body } = await graphql(issuer.mint(otherNgoClaims), entitiesQuery, {
      representations: [
        { __typename: 'Survivor', id: notConsented.id },
        { __typename: 'Survivor', id: consented.id },
      ],
    });

    expect(status).toBe(200);
    expect(body.data._entities).toEqual([
      { id: notConsented.id, givenName: null, gender: null },
      { id: consented.id, givenName: null, gender: 'FEMININE' },
    ]);
    const denied = body.errors.map((error: any) => ({ path: error.path, code: error.extensions.code }));
    expect(denied).toEqual(
      expect.arrayContaining([
        { path: ['_entities', 0, 'givenName'], code: 'FORBIDDEN' },
        { path: ['_entities', 0, 'gender'], code: 'FORBIDDEN' },
        { path: ['_entities', 1, 'givenName'], code: 'FORBIDDEN' },
      ]),
    );
    expect(denied).toHaveLength(3);
  });

  it('shows the owning caseworker who the survivor is', async () => {
    const survivor = await subgraph.services.survivors.register(caseworker, {
      ...elena,
      consents: [],
      sourceRecordId: 'test-http-owner',
    });

    const { body } = await graphql(issuer.mint(PERSONAS['ngo-caseworker']), entitiesQuery, {
      representations: [{ __typename: 'Survivor', id: survivor.id }],
    });

    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual([{ id: survivor.id, givenName: 'Елена', gender: 'FEMININE' }]);
  });
});
