import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type GraphQLResponse, type TestStack } from './support/stack.js';

/*
 * The NGO's writes through the gateway, as partners make them: real tokens, real HTTP, the real
 * hub behind the outbox. Survivors, route legs, referrals and incident reports are written by the
 * owning NGO's caseworkers only, validated field by field, published to the hub in the
 * transaction that changed her identifiers, and erased with nothing left but the audit trail.
 */
const REGISTER = /* GraphQL */ `
  mutation ($input: RegisterSurvivorInput!) {
    registerSurvivor(input: $input) {
      id givenName citizenships ageWhenTrafficked typesOfExploitation typesOfSexExploitation forcedLabourIndustries
      methodsOfControl methodsOfRecruitment relationshipToTrafficker traffickingStatus traffickingStatusDeterminedBy retentionUntil
    }
  }
`;
const RECORD_LEG = /* GraphQL */ `
  mutation ($input: RecordTraffickingEventInput!) { recordTraffickingEvent(input: $input) { id stage occurredOn place { code } } }
`;
const RECORD_REFERRAL = /* GraphQL */ `
  mutation ($input: RecordReferralInput!) { recordReferral(input: $input) { id organisationType supportType referredOn status } }
`;
const VALID = {
  sourceRecordId: 'e2e-0001',
  givenName: 'Natalia',
  familyName: 'Lungu',
  dateOfBirth: '1997-02-14',
  ageWhenTrafficked: 26,
  gender: 'Feminine',
  citizenships: ['MD'],
  phones: ['+37369777000'],
  typesOfExploitation: ['SexualExploitation'],
  typesOfSexExploitation: ['Pornography'],
  methodsOfControl: ['DebtBondage', 'PsychologicalAbuse'],
  methodsOfRecruitment: ['ThroughOnlineSocialNetworks'],
  relationshipToTrafficker: 'Familial',
  traffickingStatus: 'ActualVictimOfTrafficking',
  traffickingStatusDeterminedBy: 'Police',
};

let stack: TestStack;
let ngoDb: pg.Client;

beforeAll(async () => {
  stack = await startTestStack();
  ngoDb = new pg.Client({ connectionString: stack.databaseUrls.ngo });
  await ngoDb.connect();
});
afterAll(async () => {
  await ngoDb?.end();
  await stack?.stop();
});

async function count(sql: string, params: unknown[] = []): Promise<number> {
  return Number((await ngoDb.query(`SELECT count(*) AS n FROM (${sql}) AS q`, params)).rows[0].n);
}

function invalidFields(body: GraphQLResponse): string[] {
  const error = body.errors?.find((candidate) => candidate.extensions?.code === 'BAD_USER_INPUT');
  return ((error?.extensions?.invalidFields ?? []) as Array<{ field: string }>).map((item) => item.field);
}

async function register(input: Record<string, unknown>): Promise<string> {
  const { body } = await stack.query('ngo-caseworker', REGISTER, { variables: { input } });
  expect(body.errors).toBeUndefined();
  return (body.data?.registerSurvivor as { id: string }).id;
}

describe('registerSurvivor', () => {
  it('records the HTCDS victim fields for the caseworker and delivers her keys to the hub at once', async () => {
    const { body } = await stack.query('ngo-caseworker', REGISTER, { variables: { input: VALID } });

    expect(body.errors).toBeUndefined();
    expect(body.data?.registerSurvivor).toMatchObject({
      givenName: 'Natalia',
      citizenships: ['MD'],
      ageWhenTrafficked: 26,
      typesOfExploitation: ['SEXUAL_EXPLOITATION'],
      typesOfSexExploitation: ['PORNOGRAPHY'],
      methodsOfControl: ['DEBT_BONDAGE', 'PSYCHOLOGICAL_ABUSE'],
      methodsOfRecruitment: ['THROUGH_ONLINE_SOCIAL_NETWORKS'],
      relationshipToTrafficker: 'FAMILIAL',
      traffickingStatus: 'ACTUAL_VICTIM_OF_TRAFFICKING',
      traffickingStatusDeterminedBy: 'POLICE',
    });
    const id = (body.data?.registerSurvivor as { id: string }).id;
    expect(await count('SELECT 1 FROM linkage_outbox WHERE record_id = $1 AND published_at IS NOT NULL', [id])).toBe(1);
  });

  it('names every invalid field in one BAD_USER_INPUT and writes nothing', async () => {
    const before = await count('SELECT 1 FROM survivor');
    const { body } = await stack.query('ngo-caseworker', REGISTER, {
      variables: {
        input: {
          ...VALID,
          sourceRecordId: 'e2e-bad',
          dateOfBirth: '1997-02-30',
          citizenships: ['MD', 'XY'],
          methodsOfControl: ['Hypnosis'],
          traffickingStatus: 'Maybe',
          phones: ['call me'],
        },
      },
    });

    expect(body.data?.registerSurvivor).toBeNull();
    expect(invalidFields(body).sort()).toEqual(['citizenships[1]', 'dateOfBirth', 'methodsOfControl[0]', 'phones[0]', 'traffickingStatus'].sort());
    expect(await count('SELECT 1 FROM survivor')).toBe(before);
  });

  it.each(['ownerOrg', 'owningOrganisation', 'publishedDiscoverableBy'])('refuses a %s in the input before anything runs', async (forged) => {
    const before = await count('SELECT 1 FROM survivor');
    const { status, body } = await stack.query('ngo-caseworker', REGISTER, { variables: { input: { ...VALID, sourceRecordId: `e2e-${forged}`, [forged]: 'x' } } });
    expect(status).toBe(400);
    expect(body.data ?? null).toBeNull();
    expect(await count('SELECT 1 FROM survivor')).toBe(before);
  });

  it("refuses the bank's compliance officer, writes nothing, and records the denied attempt", async () => {
    const before = await count('SELECT 1 FROM survivor');
    const { body } = await stack.query('bank-compliance', REGISTER, { variables: { input: { ...VALID, sourceRecordId: 'e2e-bank' } } });

    expect(body.data?.registerSurvivor).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count('SELECT 1 FROM survivor')).toBe(before);
    expect(await count(`SELECT 1 FROM audit_event WHERE kind = 'WRITE' AND outcome = 'DENIED' AND 'registerSurvivor' = ANY (fields)`)).toBeGreaterThan(0);
  });
});

describe('route legs and referrals', () => {
  it("records a survivor's route and referrals, and shows her route to the police under her consent, never her referrals", async () => {
    const id = await register({ ...VALID, sourceRecordId: 'e2e-route', phones: ['+37369777001'] });
    await stack.query('ngo-caseworker', `mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`, {
      variables: { input: { survivorId: id, sector: 'LAW_ENFORCEMENT', purpose: 'investigation' } },
    });
    const leg = await stack.query('ngo-caseworker', RECORD_LEG, { variables: { input: { survivorId: id, stage: 'Recruitment', place: 'MD KIV', date: '2024-06-01' } } });
    const referral = await stack.query('ngo-caseworker', RECORD_REFERRAL, {
      variables: { input: { survivorId: id, organisationName: 'Harbour Legal Aid', organisationType: 'LegalService', supportType: 'Legal', referredOn: '2024-07-01' } },
    });
    expect(leg.body.data?.recordTraffickingEvent).toMatchObject({ stage: 'RECRUITMENT', occurredOn: '2024-06-01', place: { code: 'MDKIV' } });
    expect(referral.body.data?.recordReferral).toMatchObject({ organisationType: 'LEGAL_SERVICE', supportType: 'LEGAL', status: 'PENDING' });

    const ROUTE = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Survivor {
      traffickingEvents(first: 5) { edges { node { stage place { code } } } } referrals { edges { node { organisationName } } } } } }`;
    const police = await stack.query('le-investigator', ROUTE, { url: stack.subgraphUrls.ngo, variables: { representations: [{ __typename: 'Survivor', id }] } });
    expect(police.body.data?._entities).toEqual([{ traffickingEvents: { edges: [{ node: { stage: 'RECRUITMENT', place: { code: 'MDKIV' } } }] }, referrals: null }]);
    expect(police.body.errors?.map((error) => `${error.path?.at(-1)} ${error.extensions?.code}`)).toEqual(['referrals FORBIDDEN']);
  });

  it("answers another NGO's survivor as not found", async () => {
    const id = await register({ ...VALID, sourceRecordId: 'e2e-route-stranger', phones: ['+37369777002'] });
    const token = stack.issuer.mint({ sub: 'test:other', org: 'other-ngo', sector: 'NGO', roles: ['caseworker'], purposes: ['victim-support'] });
    const response = await fetch(`${stack.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-beacon-purpose': 'victim-support' },
      body: JSON.stringify({ query: RECORD_LEG, variables: { input: { survivorId: id, stage: 'TRANSIT', place: 'RO' } } }),
    });
    const body = (await response.json()) as GraphQLResponse;
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await count('SELECT 1 FROM trafficking_event WHERE survivor_id = $1', [id])).toBe(0);
  });
});

describe('updateSurvivor and eraseSurvivor', () => {
  it('re-publishes her keys when her phone changes, and nothing when only her attributes do', async () => {
    const id = await register({ ...VALID, sourceRecordId: 'e2e-update', phones: ['+37369777003'] });
    const UPDATE = `mutation ($id: ID!, $input: UpdateSurvivorInput!) { updateSurvivor(id: $id, input: $input) { id phones methodsOfControl } }`;

    const attributes = await stack.query('ngo-caseworker', UPDATE, { variables: { id, input: { methodsOfControl: ['Other'] } } });
    expect(attributes.body.data?.updateSurvivor).toMatchObject({ methodsOfControl: ['OTHER'] });
    expect(await count('SELECT 1 FROM linkage_outbox WHERE record_id = $1', [id])).toBe(1);

    const phone = await stack.query('ngo-caseworker', UPDATE, { variables: { id, input: { phones: ['+37369777004'] } } });
    expect(phone.body.data?.updateSurvivor).toMatchObject({ phones: ['+37369777004'] });
    expect(await count('SELECT 1 FROM linkage_outbox WHERE record_id = $1 AND published_at IS NOT NULL', [id])).toBe(2);
  });

  it('erases her record, consents, route and referrals, tells the hub, and keeps only the audit trail', async () => {
    const id = await register({ ...VALID, sourceRecordId: 'e2e-erase', phones: ['+37369777005'] });
    await stack.query('ngo-caseworker', RECORD_LEG, { variables: { input: { survivorId: id, stage: 'TRANSIT', place: 'RO', date: '2024-06-02' } } });

    const { body } = await stack.query('ngo-caseworker', `mutation ($id: ID!) { eraseSurvivor(id: $id) { id erasedAt } }`, { variables: { id } });

    expect(body.data?.eraseSurvivor).toMatchObject({ id, erasedAt: expect.any(String) });
    expect(await count('SELECT 1 FROM survivor WHERE id = $1', [id])).toBe(0);
    expect(await count('SELECT 1 FROM trafficking_event WHERE survivor_id = $1', [id])).toBe(0);
    const { rows } = await ngoDb.query('SELECT publication, published_at FROM linkage_outbox WHERE record_id = $1', [id]);
    expect(rows).toEqual([{ publication: expect.objectContaining({ erased: true, keys: [] }), published_at: expect.any(Date) }]);
    expect(await count(`SELECT 1 FROM audit_event WHERE kind = 'WRITE' AND outcome = 'ALLOWED' AND $1 = ANY (record_ids) AND 'eraseSurvivor' = ANY (fields)`, [id])).toBe(1);
    const again = await stack.query('ngo-caseworker', 'query ($id: ID!) { survivor(id: $id) { id } }', { variables: { id } });
    expect(again.body.data?.survivor).toBeNull();
  });
});

describe('incident reports', () => {
  it("are written by the NGO's caseworker and read by any member declaring analysis, nothing personal in them", async () => {
    const REPORT = `mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { id source reliability place { code } } }`;
    const written = await stack.query('ngo-caseworker', REPORT, {
      variables: { input: { place: 'ROBUH', occurredOn: '2025-03-03', typeOfExploitation: 'ForcedBegging', source: 'OPEN_SOURCE', reliability: 'C' } },
    });
    expect(written.body.data?.reportIncident).toMatchObject({ source: 'OPEN_SOURCE', reliability: 'C', place: { code: 'ROBUH' } });

    const READ = `query { incidentReports(place: "RO", first: 10) { edges { node { typeOfExploitation occurredOn reportingOrganisation } } pageInfo { hasNextPage } } }`;
    const hub = await stack.query('hub-analyst', READ);
    expect(hub.body.errors).toBeUndefined();
    expect(hub.body.data?.incidentReports).toEqual({
      edges: [{ node: { typeOfExploitation: 'FORCED_BEGGING', occurredOn: '2025-03-03', reportingOrganisation: 'safe-passage' } }],
      pageInfo: { hasNextPage: false },
    });
    const police = await stack.query('le-investigator', READ);
    expect(police.body.data?.incidentReports).toBeNull();
    expect(police.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const bank = await stack.query('bank-compliance', REPORT, {
      variables: { input: { place: 'RO', occurredOn: '2025-03-03', typeOfExploitation: 'OTHER', source: 'HOTLINE', reliability: 'A' } },
    });
    expect(bank.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
