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
import { createDataSource } from '../../../shared/database/index.js';
import { HANDLING_CODES } from '../../../shared/policy/index.js';
import { isolatedDatabases, type IsolatedDatabases } from '../../../test/support/databases.js';
import { HandlingCode } from '../handling-code/handling-code.enum.js';
import { createLawEnforcementSubgraph, type LawEnforcementSubgraph } from '../index.js';
import { PersonRecords1764400000000 } from '../migrations/1764400000000-person-records.js';
import { HandlingCodes1765000000000 } from '../migrations/1765000000000-handling-codes.js';
import { LAW_ENFORCEMENT_DEMO_RECORDS, seedLawEnforcementDemo } from '../seed/demo-data.js';
import { PersonCategory, type PersonRecord } from './person-record.entity.js';

const harbourPolice: Principal = { ...PERSONAS['le-investigator'], issuer: DEV_ISSUER };
const coastalPolice: PersonaClaims = { ...PERSONAS['le-investigator'], sub: 'test:coastal-investigator', org: 'coastal-police' };
const INVESTIGATION = { 'x-beacon-purpose': 'investigation', 'x-beacon-justification': 'CP-2026-0101' };

let databases: IsolatedDatabases;
let keyFolder: string;
let issuer: DevIssuer;
let subgraph: LawEnforcementSubgraph;
let url: string;
/** The demo records by handling code: H0 suspect, H1 victim, H2 suspect, H3 witness. */
let byCode: Record<HandlingCode, PersonRecord>;

beforeAll(async () => {
  databases = await isolatedDatabases(['law-enforcement', 'law-enforcement-legacy']);
  keyFolder = await mkdtemp(join(tmpdir(), 'beacon-le-keys-'));
  issuer = loadOrCreateDevIssuer(keyFolder);
  const config: SectorSubgraphConfig = {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: databases.urls['law-enforcement'] as string,
    issuers: [{ issuer: DEV_ISSUER, jwksFile: issuer.jwksFile }],
    audience: BEACON_AUDIENCE,
    logLevel: 'silent',
    linkage: { url: 'http://127.0.0.1:9/graphql', secret: 'x'.repeat(40), credential: () => 'unused' },
  };
  subgraph = await createLawEnforcementSubgraph(config);
  ({ url } = await subgraph.listen(0, '127.0.0.1'));
  await seedLawEnforcementDemo(subgraph);
  const records = await subgraph.services.personRecords.listOwned(harbourPolice, 100);
  byCode = Object.fromEntries(records.map((record) => [record.handlingCode, record])) as Record<HandlingCode, PersonRecord>;
});

afterAll(async () => {
  await subgraph?.close();
  await databases?.drop();
  if (keyFolder) await rm(keyFolder, { recursive: true, force: true });
});

async function graphql(token: string, headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: { _entities: Array<Record<string, unknown> | null> };
    errors?: Array<{ path: Array<string | number>; extensions: { code: string } }>;
  };
}

const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on PersonRecord { id handlingCode owningAgency category caseReference givenName familyName dateOfBirth nationalities }
    }
  }
`;

/** One record as a caller sees it through `_entities`, with the codes of its denied fields. */
async function seenAs(token: string, headers: Record<string, string>, record: PersonRecord) {
  const body = await graphql(token, headers, ENTITIES, { representations: [{ __typename: 'PersonRecord', id: record.id }] });
  const denied = Object.fromEntries((body.errors ?? []).map((error) => [error.path.at(-1), error.extensions.code]));
  return { fields: body.data?._entities[0] ?? null, denied };
}

describe('PersonRecordService.record', () => {
  it('stores the handling code the owning agency states', async () => {
    expect(Object.keys(byCode).sort()).toEqual([...HANDLING_CODES]);
    expect(byCode.H2).toMatchObject({ givenName: 'Viktor', category: PersonCategory.SUSPECT });
  });

  it('refuses a record without a valid handling code, naming it with every other bad field, and writes nothing', async () => {
    const attempt = subgraph.services.personRecords.record(harbourPolice, {
      sourceRecordId: 'test-no-code',
      caseReference: 'HP-2026-0099',
      category: PersonCategory.SUSPECT,
      handlingCode: 'H5' as HandlingCode,
      givenName: 'Test',
      familyName: 'Person',
      phones: ['not a phone'],
    });

    await expect(attempt).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { invalidFields: expect.arrayContaining([expect.objectContaining({ field: 'handlingCode' })]) },
    });
    const error = (await attempt.catch((caught: unknown) => caught)) as { details: { invalidFields: Array<{ field: string }> } };
    expect(error.details.invalidFields.map((item) => item.field)).toContain('phones[0]');
    const client = new pg.Client({ connectionString: databases.urls['law-enforcement'] });
    await client.connect();
    try {
      const { rows } = await client.query("SELECT count(*)::int AS n FROM person_record WHERE source_record_id = 'test-no-code'");
      expect(rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  });

  it('matches the GraphQL enum to the codes the policy knows', () => {
    expect(Object.values(HandlingCode)).toEqual([...HANDLING_CODES]);
  });
});

describe('the handling-code migration', () => {
  it('codes records written before it as H2 (the owner alone) and makes every later record state its code', async () => {
    const legacyUrl = databases.urls['law-enforcement-legacy'] as string;
    const before = createDataSource({ url: legacyUrl, entities: [], migrations: [PersonRecords1764400000000] });
    await before.initialize();
    await before.runMigrations();
    await before.query(`INSERT INTO person_record (case_reference, category, owner_org) VALUES ('HP-2025-0001', 'SUSPECT', 'harbour-police')`);
    await before.destroy();

    const after = createDataSource({ url: legacyUrl, entities: [], migrations: [PersonRecords1764400000000, HandlingCodes1765000000000] });
    await after.initialize();
    try {
      await after.runMigrations();
      expect(await after.query('SELECT handling_code FROM person_record')).toEqual([{ handling_code: 'H2' }]);
      await expect(
        after.query(`INSERT INTO person_record (case_reference, category, owner_org) VALUES ('HP-2025-0002', 'VICTIM', 'harbour-police')`),
      ).rejects.toThrow(/handling_code/);
    } finally {
      await after.destroy();
    }
  });
});

describe('POST /graphql: handling codes', () => {
  it('shows the owning agency every record in full, whatever its code', async () => {
    const token = issuer.mint(PERSONAS['le-investigator']);
    for (const code of HANDLING_CODES) {
      const { fields, denied } = await seenAs(token, { 'x-beacon-purpose': 'investigation', 'x-beacon-justification': 'HP-2026-0042' }, byCode[code]);
      expect(denied, code).toEqual({});
      expect(fields, code).toMatchObject({ handlingCode: code, givenName: byCode[code].givenName, caseReference: byCode[code].caseReference });
    }
  });

  it("shows another agency's investigator H0 and H1 records, and of H2 and H3 only whose they are and their code", async () => {
    const token = issuer.mint(coastalPolice);

    for (const code of ['H0', 'H1'] as const) {
      const { fields, denied } = await seenAs(token, INVESTIGATION, byCode[code]);
      expect(denied, code).toEqual({});
      expect(fields, code).toMatchObject({ givenName: byCode[code].givenName, category: byCode[code].category });
    }
    for (const code of ['H2', 'H3'] as const) {
      const { fields, denied } = await seenAs(token, INVESTIGATION, byCode[code]);
      expect(fields, code).toEqual({
        id: byCode[code].id,
        handlingCode: code,
        owningAgency: 'harbour-police',
        category: null,
        caseReference: null,
        givenName: null,
        familyName: null,
        dateOfBirth: null,
        nationalities: null,
      });
      expect(Object.values(denied), code).toEqual(Array(6).fill('FORBIDDEN'));
    }
  });

  it("never shows another agency an H1 record for analysis", async () => {
    const token = issuer.mint(coastalPolice);

    const { fields, denied } = await seenAs(token, { 'x-beacon-purpose': 'analysis' }, byCode.H1);

    expect(fields).toMatchObject({ givenName: null, category: null, caseReference: null });
    expect(denied.givenName).toBe('FORBIDDEN');
  });

  it("asks another agency's investigator for a justification before any identity, whatever the code", async () => {
    const token = issuer.mint(coastalPolice);

    const h0 = await seenAs(token, { 'x-beacon-purpose': 'investigation' }, byCode.H0);
    const h2 = await seenAs(token, { 'x-beacon-purpose': 'investigation' }, byCode.H2);

    expect(h0.fields).toMatchObject({ category: 'SUSPECT', givenName: null });
    expect(h0.denied.givenName).toBe('JUSTIFICATION_REQUIRED');
    expect(h2.denied.givenName).toBe('JUSTIFICATION_REQUIRED');
    expect(h2.denied.category).toBe('FORBIDDEN');
  });

  it('shows no other sector more than the id of a record, even an H0 one', async () => {
    for (const persona of ['ngo-caseworker', 'bank-compliance', 'hub-analyst'] as const) {
      const claims = PERSONAS[persona];
      const { fields } = await seenAs(issuer.mint(claims), { 'x-beacon-purpose': claims.purposes[0] as string }, byCode.H0);
      expect(fields, persona).toEqual({
        id: byCode.H0.id,
        handlingCode: null,
        owningAgency: null,
        category: null,
        caseReference: null,
        givenName: null,
        familyName: null,
        dateOfBirth: null,
        nationalities: null,
      });
    }
  });

  it('seeds one demo record per handling code, once however often it runs', async () => {
    expect(LAW_ENFORCEMENT_DEMO_RECORDS.map((record) => record.handlingCode).sort()).toEqual([...HANDLING_CODES]);
    await seedLawEnforcementDemo(subgraph);
    expect(await subgraph.services.personRecords.listOwned(harbourPolice, 100)).toHaveLength(LAW_ENFORCEMENT_DEMO_RECORDS.length);
  });
});
