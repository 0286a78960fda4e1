import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAS } from '../../../shared/auth/index.js';
import { bankerClaims, caseworkerClaims, principalOf, startNgoTestSubgraph, type NgoTestSubgraph } from '../test-support/ngo-test-subgraph.js';

const caseworker = principalOf(caseworkerClaims);

let ngo: NgoTestSubgraph;
beforeAll(async () => {
  ngo = await startNgoTestSubgraph();
  for (const [id, place, occurredOn] of [['r1', 'GBLON', '2025-01-03'], ['r2', 'GB', '2025-01-02'], ['r3', 'MDKIV', '2025-01-01'], ['r4', 'GBMNC', '2025-01-04']]) {
    await ngo.subgraph.services.incidentReports.report(caseworker, {
      sourceRecordId: id as string,
      place: place as string,
      occurredOn: occurredOn as string,
      typeOfExploitation: 'ForcedLabour',
      source: 'hotline',
      reliability: 'b',
    });
  }
});
afterAll(async () => {
  await ngo?.close();
});

describe('IncidentReportService', () => {
  it('names every invalid field at once and writes nothing', async () => {
    const before = await ngo.count('SELECT 1 FROM incident_report');
    await expect(
      ngo.subgraph.services.incidentReports.report(caseworker, {
        place: 'Nowhere',
        occurredOn: '2999-01-01',
        typeOfExploitation: 'Smuggling',
        source: 'RUMOUR',
        reliability: 'Z',
        retentionUntil: '2001-01-01',
      }),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: {
        invalidFields: ['place', 'occurredOn', 'typeOfExploitation', 'source', 'reliability', 'retentionUntil'].map((field) => ({
          field,
          reason: expect.any(String),
        })),
      },
    });
    expect(await ngo.count('SELECT 1 FROM incident_report')).toBe(before);
  });

  it('returns the first report and writes nothing when the same source record is reported again', async () => {
    const before = await ngo.count('SELECT 1 FROM incident_report');
    const again = await ngo.subgraph.services.incidentReports.report(caseworker, {
      sourceRecordId: 'r1',
      place: 'FR',
      occurredOn: '2025-02-01',
      typeOfExploitation: 'OTHER',
      source: 'PARTNER',
      reliability: 'A',
    });
    expect(again).toMatchObject({ sourceRecordId: 'r1', placeCode: 'GBLON' });
    expect(await ngo.count('SELECT 1 FROM incident_report')).toBe(before);
  });

  it('lists newest first, a country with its places, a UN/LOCODE alone', async () => {
    const places = async (place: string | null) =>
      (await ngo.subgraph.services.incidentReports.page(place, 10, null)).edges.map((edge) => edge.node.placeCode);
    expect(await places('GB')).toEqual(['GBMNC', 'GBLON', 'GB']);
    expect(await places('GB LON')).toEqual(['GBLON']);
    expect(await places(null)).toEqual(['GBMNC', 'GBLON', 'GB', 'MDKIV']);
    const first = await ngo.subgraph.services.incidentReports.page(null, 2, null);
    const rest = await ngo.subgraph.services.incidentReports.page(null, 2, first.pageInfo.endCursor);
    expect(rest.edges.map((edge) => edge.node.placeCode)).toEqual(['GB', 'MDKIV']);
  });
});

describe('incident reports over HTTP', () => {
  const REPORTS = /* GraphQL */ `
    query { incidentReports(place: "GB", first: 5) { edges { node { id occurredOn typeOfExploitation source reliability reportingOrganisation retentionUntil place { code } } } } }
  `;
  const AT_LOCATION = /* GraphQL */ `
    query ($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on Location { code ngoIncidentReports(first: 1) { edges { node { place { code } } } } } }
    }
  `;

  it('lets any member declaring analysis read them — they hold no personal data — but not their retention date', async () => {
    const { body } = await ngo.graphql(bankerClaims, 'analysis', REPORTS);
    expect(body.data.incidentReports.edges[0].node).toMatchObject({
      typeOfExploitation: 'FORCED_LABOUR',
      source: 'HOTLINE',
      reliability: 'B',
      reportingOrganisation: 'safe-passage',
      retentionUntil: null,
      place: { code: 'GBMNC' },
    });
    expect(new Set(body.errors.map((error: any) => `${error.path.at(-1)} ${error.extensions.code}`))).toEqual(new Set(['retentionUntil FORBIDDEN']));
  });

  it('refuses them for any other purpose, and through the shared Location too', async () => {
    const aml = await ngo.graphql(bankerClaims, 'aml-compliance', REPORTS);
    expect(aml.body.data.incidentReports).toBeNull();
    expect(aml.body.errors[0].extensions.code).toBe('FORBIDDEN');

    const representations = [{ __typename: 'Location', code: 'MD' }];
    const hub = await ngo.graphql(PERSONAS['hub-analyst'], 'analysis', AT_LOCATION, { representations });
    const caseworkerView = await ngo.graphql(caseworkerClaims, 'victim-support', AT_LOCATION, { representations });
    expect(hub.body.data._entities).toEqual([{ code: 'MD', ngoIncidentReports: { edges: [{ node: { place: { code: 'MDKIV' } } }] } }]);
    expect(caseworkerView.body.data._entities).toEqual([{ code: 'MD', ngoIncidentReports: null }]);
  });
});
