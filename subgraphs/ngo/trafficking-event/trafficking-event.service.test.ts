import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bankerClaims,
  caseworkerClaims,
  otherNgoClaims,
  principalOf,
  startNgoTestSubgraph,
  type NgoTestSubgraph,
} from '../test-support/ngo-test-subgraph.js';

const caseworker = principalOf(caseworkerClaims);

let ngo: NgoTestSubgraph;
let survivorId: string;
beforeAll(async () => {
  ngo = await startNgoTestSubgraph();
  ({ id: survivorId } = await ngo.subgraph.services.survivors.register(caseworker, {
    givenName: 'Route',
    familyName: 'Walker',
    dateOfBirth: '2000-01-01',
    sourceRecordId: 'route-walker',
    consents: [{ sector: 'FINANCIAL', purpose: 'aml-compliance' }],
  }));
});
afterAll(async () => {
  await ngo?.close();
});

describe('TraffickingEventService.record', () => {
  it('stores a leg at a UN/LOCODE or a country, on a day or over a period', async () => {
    const events = ngo.subgraph.services.traffickingEvents;
    const leg = await events.record(caseworker, { survivorId, stage: 'Recruitment', place: 'md kiv', date: '2021-05-01' });
    const stay = await events.record(caseworker, { survivorId, stage: 'EXPLOITATION', place: 'gb', periodStart: '2021-06-01', periodEnd: '2021-09-30' });

    expect(leg).toMatchObject({ stage: 'RECRUITMENT', placeCode: 'MDKIV', occurredOn: '2021-05-01', periodStart: null, ownerOrg: 'safe-passage' });
    expect(stay).toMatchObject({ stage: 'EXPLOITATION', placeCode: 'GB', occurredOn: null, periodStart: '2021-06-01', periodEnd: '2021-09-30' });
  });

  it('names every invalid field at once and writes nothing', async () => {
    const before = await ngo.count('SELECT 1 FROM trafficking_event');
    await expect(
      ngo.subgraph.services.traffickingEvents.record(caseworker, {
        survivorId,
        stage: 'SMUGGLING',
        place: 'Atlantis',
        date: '2021-02-30',
        periodStart: '2999-01-01',
        periodEnd: '2021-01-01',
      }),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: {
        invalidFields: [
          { field: 'stage', reason: expect.any(String) },
          { field: 'place', reason: expect.any(String) },
          { field: 'date', reason: expect.stringMatching(/calendar date/) },
          { field: 'periodStart', reason: 'in the future' },
          { field: 'date', reason: 'either a day or a period, not both' },
        ],
      },
    });
    await expect(
      ngo.subgraph.services.traffickingEvents.record(caseworker, { survivorId, stage: 'TRANSIT', place: 'RO', date: '1999-12-31' }),
    ).rejects.toMatchObject({ details: { invalidFields: [{ field: 'date', reason: 'before her date of birth' }] } });
    expect(await ngo.count('SELECT 1 FROM trafficking_event')).toBe(before);
  });

  it("refuses another NGO's survivor as not found", async () => {
    await expect(
      ngo.subgraph.services.traffickingEvents.record(principalOf(otherNgoClaims), { survivorId, stage: 'TRANSIT', place: 'RO' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('TraffickingEventService.pageOfSurvivor', () => {
  it('pages her route in the order it happened, undated legs last, with cursors that continue exactly', async () => {
    const { survivors, traffickingEvents } = ngo.subgraph.services;
    const { id } = await survivors.register(caseworker, { givenName: 'Many', familyName: 'Legs', sourceRecordId: 'many-legs' });
    for (const [place, date] of [['RO', '2020-03-01'], ['MD', '2020-01-01'], ['GB', undefined], ['IT', '2020-02-01']] as const) {
      await traffickingEvents.record(caseworker, { survivorId: id, stage: 'TRANSIT', place, date });
    }
    const first = await traffickingEvents.pageOfSurvivor(id, 3, null);
    const second = await traffickingEvents.pageOfSurvivor(id, 3, first.pageInfo.endCursor);

    expect(first.edges.map((edge) => edge.node.placeCode)).toEqual(['MD', 'IT', 'RO']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(second.edges.map((edge) => edge.node.placeCode)).toEqual(['GB']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    await expect(traffickingEvents.pageOfSurvivor(id, 0, null)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(traffickingEvents.pageOfSurvivor(id, 3, 'forged')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await traffickingEvents.pageOfSurvivor(id, 1000, null)).edges).toHaveLength(4);
  });
});

describe('route legs over HTTP', () => {
  const LEGS = /* GraphQL */ `
    query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Survivor { id traffickingEvents(first: 10) { edges { node { id stage occurredOn place { code } } } } }
      }
    }
  `;

  it('shows a consented sector her route for the purpose she consented to, and withholds it for any other', async () => {
    const representations = [{ __typename: 'Survivor', id: survivorId }];
    const bank = await ngo.graphql(bankerClaims, 'aml-compliance', LEGS, { representations });
    const bankOtherPurpose = await ngo.graphql(bankerClaims, 'analysis', LEGS, { representations });

    expect(bank.body.errors).toBeUndefined();
    expect(bank.body.data._entities[0].traffickingEvents.edges.map((edge: any) => edge.node.place.code)).toEqual(['MDKIV', 'GB']);
    // Analysis is not covered by her consent: her record is there (the bank may discover her), her route is not.
    expect(bankOtherPurpose.body.data._entities[0].traffickingEvents).toBeNull();
    expect(bankOtherPurpose.body.errors.map((error: any) => error.extensions.code)).toEqual(['FORBIDDEN']);
  });
});
