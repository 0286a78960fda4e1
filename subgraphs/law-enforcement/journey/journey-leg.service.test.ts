import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  caseInput,
  caseworkerClaims,
  coastalClaims,
  harbourClaims,
  harbourPolice,
  INVESTIGATION,
  startLawEnforcementTestSubgraph,
  type LawEnforcementTestSubgraph,
} from '../test-support/law-enforcement-test-subgraph.js';

let le: LawEnforcementTestSubgraph;
const caseIds: Record<'H1' | 'H2', string> = { H1: '', H2: '' };

beforeAll(async () => {
  le = await startLawEnforcementTestSubgraph();
  for (const code of ['H1', 'H2'] as const) {
    caseIds[code] = (await le.subgraph.services.cases.open(harbourPolice, caseInput(`HP-LEG-${code}`, { handlingCode: code }))).id;
    await le.subgraph.services.journeyLegs.record(harbourPolice, { caseId: caseIds[code], from: 'md kiv', to: 'ROBUH', date: '2025-09-14', mode: 'ROAD' });
  }
});
afterAll(async () => {
  await le?.close();
});

describe('JourneyLegService.record', () => {
  it('stores canonical Location codes and infers a border crossing between countries', async () => {
    const leg = await le.subgraph.services.journeyLegs.record(harbourPolice, { caseId: caseIds.H1, from: 'ro buh', to: 'GB', mode: 'AIR' });
    expect(leg).toMatchObject({ fromCode: 'ROBUH', toCode: 'GB', borderCrossing: true, travelledOn: null, mode: 'AIR' });
  });

  it('names every bad field at once and writes nothing', async () => {
    const before = await le.count('SELECT count(*)::int AS n FROM journey_leg');
    const attempt = le.subgraph.services.journeyLegs.record(harbourPolice, {
      caseId: caseIds.H1,
      from: 'XX',
      to: 'Narnia',
      date: '2026-13-01',
      mode: 'BOAT',
      borderCrossing: false,
      crossingPoint: 'somewhere',
    });
    await expect(attempt).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: {
        invalidFields: [
          { field: 'from', reason: 'not an ISO 3166-1 alpha-2 country code or a UN/LOCODE' },
          { field: 'to', reason: 'not an ISO 3166-1 alpha-2 country code or a UN/LOCODE' },
          { field: 'date', reason: 'not a calendar date YYYY-MM-DD (from 1900)' },
          { field: 'mode', reason: expect.stringContaining('ROAD') },
          { field: 'crossingPoint', reason: 'only for a leg that crosses a border' },
        ],
      },
    });
    expect(await le.count('SELECT count(*)::int AS n FROM journey_leg')).toBe(before);
  });

  it('refuses a traveller who is not on the case', async () => {
    const other = await le.subgraph.services.personRecords.record(harbourPolice, { caseId: caseIds.H2, category: 'VICTIM', names: [{ given: 'A', family: 'B' }] });
    await expect(
      le.subgraph.services.journeyLegs.record(harbourPolice, { caseId: caseIds.H1, personRecordId: other.id, from: 'MD', to: 'RO', mode: 'ROAD' }),
    ).rejects.toMatchObject({ details: { invalidFields: [{ field: 'personRecordId', reason: 'not a person recorded on this case' }] } });
  });
});

const LEGS_FROM = /* GraphQL */ `
  query ($code: String!) {
    _entities(representations: [{ __typename: "Location", code: $code }]) {
      ... on Location { code lawEnforcementJourneyLegsFrom(first: 10) { edges { node { id owningAgency mode to { code } } } pageInfo { hasNextPage } } }
    }
  }
`;

describe('Location.lawEnforcementJourneyLegsFrom', () => {
  it("lists the owner's legs whatever their code, and another agency's only where the code allows", async () => {
    const own = await le.graphql(harbourClaims, INVESTIGATION, LEGS_FROM, { code: 'MDKIV' });
    const other = await le.graphql(coastalClaims, INVESTIGATION, LEGS_FROM, { code: 'MDKIV' });

    expect(own.body.errors).toBeUndefined();
    expect(own.body.data._entities[0].lawEnforcementJourneyLegsFrom.edges).toHaveLength(2);
    const seen = other.body.data._entities[0].lawEnforcementJourneyLegsFrom.edges;
    expect(seen).toEqual([{ node: { id: expect.any(String), owningAgency: 'harbour-police', mode: 'ROAD', to: { code: 'ROBUH' } } }]);
  });

  it("gives another sector the place's code and nothing of the legs", async () => {
    const { body } = await le.graphql(caseworkerClaims, { 'x-beacon-purpose': 'victim-support' }, LEGS_FROM, { code: 'MDKIV' });
    expect(body.data._entities[0]).toEqual({ code: 'MDKIV', lawEnforcementJourneyLegsFrom: null });
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('resolves a corridor by its two codes', async () => {
    const { body } = await le.graphql(
      harbourClaims,
      INVESTIGATION,
      `{ _entities(representations: [{ __typename: "Corridor", origin: "MDKIV", destination: "ROBUH" }]) {
          ... on Corridor { origin destination lawEnforcementJourneyLegs { edges { node { from { code } } } } } } }`,
    );
    expect(body.data._entities[0]).toMatchObject({ origin: 'MDKIV', destination: 'ROBUH' });
    expect(body.data._entities[0].lawEnforcementJourneyLegs.edges).toHaveLength(2);
  });
});
