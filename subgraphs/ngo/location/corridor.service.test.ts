import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAS } from '../../../shared/auth/index.js';
import { caseworkerClaims, bankerClaims, principalOf, startNgoTestSubgraph, type NgoTestSubgraph } from '../test-support/ngo-test-subgraph.js';

const caseworker = principalOf(caseworkerClaims);
const ALONG = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Corridor { origin destination ngoSurvivors(first: 10) { edges { node { id givenName gender } } } } }
  }
`;

let ngo: NgoTestSubgraph;
const ids: Record<string, string> = {};
beforeAll(async () => {
  ngo = await startNgoTestSubgraph();
  const { survivors, traffickingEvents } = ngo.subgraph.services;
  const route = async (key: string, legs: Array<[string, string]>, consents: Array<{ sector: string; purpose: string }> = []) => {
    const { id } = await survivors.register(caseworker, { givenName: key, gender: 'FEMININE', sourceRecordId: `corridor-${key}`, consents });
    for (const [place, date] of legs) await traffickingEvents.record(caseworker, { survivorId: id, stage: 'TRANSIT', place, date });
    ids[key] = id;
  };
  await route('along', [['MDKIV', '2024-01-01'], ['GBLON', '2024-02-01']], [{ sector: 'FINANCIAL', purpose: 'aml-compliance' }]);
  await route('backwards', [['GBLON', '2024-01-01'], ['MDKIV', '2024-02-01']], [{ sector: 'FINANCIAL', purpose: 'aml-compliance' }]);
  await route('private', [['MD', '2024-01-01'], ['GB', '2024-02-01']]);
});
afterAll(async () => {
  await ngo?.close();
});

describe('Corridor.ngoSurvivors', () => {
  it('lists the survivors whose route runs from origin to destination, a country covering its places', async () => {
    const { body } = await ngo.graphql(caseworkerClaims, 'victim-support', ALONG, { representations: [{ __typename: 'Corridor', origin: 'MD', destination: 'GB' }] });
    expect(body.data._entities[0].ngoSurvivors.edges.map((edge: any) => edge.node.givenName)).toEqual(['along', 'private']);
    const exact = await ngo.graphql(caseworkerClaims, 'victim-support', ALONG, { representations: [{ __typename: 'Corridor', origin: 'MDKIV', destination: 'GBLON' }] });
    expect(exact.body.data._entities[0].ngoSurvivors.edges.map((edge: any) => edge.node.id)).toEqual([ids.along]);
  });

  it("selects for another sector only survivors whose consent covers its purpose — no hidden entry, no count", async () => {
    const representations = [{ __typename: 'Corridor', origin: 'MD', destination: 'GB' }];
    const bank = await ngo.graphql(bankerClaims, 'aml-compliance', ALONG, { representations });
    const hub = await ngo.graphql(PERSONAS['hub-analyst'], 'analysis', ALONG, { representations });

    expect(bank.body.data._entities[0].ngoSurvivors.edges.map((edge: any) => edge.node)).toEqual([{ id: ids.along, givenName: null, gender: 'FEMININE' }]);
    expect(hub.body.data._entities[0].ngoSurvivors.edges).toEqual([]);
  });
});
