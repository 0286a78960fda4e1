import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Gender } from '../survivor/survivor.entity.js';
import {
  bankerClaims,
  caseworkerClaims,
  otherNgoClaims,
  principalOf,
  startNgoTestSubgraph,
  type NgoTestSubgraph,
} from '../test-support/ngo-test-subgraph.js';

const caseworker = principalOf(caseworkerClaims);

const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Survivor { id givenName familyName gender citizenship owningOrganisation }
    }
  }
`;
const GRANT = /* GraphQL */ `
  mutation ($input: GrantConsentInput!) {
    grantConsent(input: $input) { id survivorId sector purpose grantedAt validUntil withdrawnAt recordedBy active }
  }
`;
const WITHDRAW = /* GraphQL */ `
  mutation ($consentId: ID!) { withdrawConsent(consentId: $consentId) { id withdrawnAt active } }
`;

let ngo: NgoTestSubgraph;

beforeAll(async () => {
  ngo = await startNgoTestSubgraph();
});
afterAll(async () => {
  await ngo?.close();
});

async function registerSurvivor(sourceRecordId: string): Promise<string> {
  const survivor = await ngo.subgraph.services.survivors.register(caseworker, {
    givenName: 'Văn Minh',
    familyName: 'Trần',
    gender: Gender.MASCULINE,
    citizenship: 'VN',
    sourceRecordId,
  });
  return survivor.id;
}

function codesByPath(body: { errors?: Array<{ path?: unknown[]; extensions?: { code?: string } }> }): Record<string, string> {
  return Object.fromEntries((body.errors ?? []).map((error) => [(error.path ?? []).join('.'), error.extensions?.code ?? '']));
}

describe('survivor fields under consent', () => {
  it("shows the bank officer her non-identifying attributes for the consented purpose, never her name", async () => {
    const survivorId = await registerSurvivor('rule-consented');
    await ngo.subgraph.services.consents.grant(caseworker, { survivorId, sector: 'FINANCIAL', purpose: 'aml-compliance' });

    const { body } = await ngo.graphql(bankerClaims, 'aml-compliance', ENTITIES, {
      representations: [{ __typename: 'Survivor', id: survivorId }],
    });

    expect(body.data._entities).toEqual([
      { id: survivorId, givenName: null, familyName: null, gender: 'MASCULINE', citizenship: 'VN', owningOrganisation: 'safe-passage' },
    ]);
    expect(codesByPath(body)).toEqual({ '_entities.0.givenName': 'FORBIDDEN', '_entities.0.familyName': 'FORBIDDEN' });
  });

  it('withholds them when the bank officer declares a purpose she did not consent to', async () => {
    const survivorId = await registerSurvivor('rule-other-purpose');
    await ngo.subgraph.services.consents.grant(caseworker, { survivorId, sector: 'FINANCIAL', purpose: 'analysis' });

    const aml = await ngo.graphql(bankerClaims, 'aml-compliance', ENTITIES, { representations: [{ __typename: 'Survivor', id: survivorId }] });
    const analysis = await ngo.graphql(bankerClaims, 'analysis', ENTITIES, { representations: [{ __typename: 'Survivor', id: survivorId }] });

    expect(aml.body.data._entities[0]).toMatchObject({ id: survivorId, gender: null, citizenship: null });
    expect(codesByPath(aml.body)['_entities.0.gender']).toBe('FORBIDDEN');
    expect(analysis.body.data._entities[0]).toMatchObject({ gender: 'MASCULINE', givenName: null });
  });

  it('withholds them once the consent lapses, and her existence once no consent to the sector is left', async () => {
    const survivorId = await registerSurvivor('rule-lapsed');
    const consents = ngo.subgraph.services.consents;
    const aml = await consents.grant(caseworker, { survivorId, sector: 'FINANCIAL', purpose: 'aml-compliance', validUntil: '2999-01-01' });
    const analysis = await consents.grant(caseworker, { survivorId, sector: 'FINANCIAL', purpose: 'analysis' });
    const representations = [{ __typename: 'Survivor', id: survivorId }];
    await ngo.db.query(`UPDATE consent SET valid_until = now() - interval '1 minute' WHERE id = $1`, [aml.id]);

    const lapsed = await ngo.graphql(bankerClaims, 'aml-compliance', ENTITIES, { representations });
    expect(lapsed.body.data._entities[0]).toMatchObject({ id: survivorId, gender: null });
    expect(codesByPath(lapsed.body)['_entities.0.gender']).toBe('FORBIDDEN');

    await consents.withdraw(caseworker, analysis.id);
    const gone = await ngo.graphql(bankerClaims, 'aml-compliance', ENTITIES, { representations });
    expect(gone.body.data._entities).toEqual([null]);
    expect(gone.body.errors).toBeUndefined();
  });
});

describe('grantConsent and withdrawConsent', () => {
  it("records and withdraws a consent for the owning NGO's caseworker, with ISO timestamps", async () => {
    const survivorId = await registerSurvivor('mutation-owner');

    const granted = await ngo.graphql(caseworkerClaims, 'victim-support', GRANT, {
      input: { survivorId, sector: 'HUB', purpose: 'analysis', validUntil: '2999-06-30T12:00:00+02:00' },
    });
    expect(granted.body.errors).toBeUndefined();
    const consent = granted.body.data.grantConsent;
    expect(consent).toMatchObject({
      survivorId,
      sector: 'HUB',
      purpose: 'analysis',
      validUntil: '2999-06-30T10:00:00.000Z',
      withdrawnAt: null,
      recordedBy: caseworker.sub,
      active: true,
    });
    expect(Date.parse(consent.grantedAt)).not.toBeNaN();

    const withdrawn = await ngo.graphql(caseworkerClaims, 'victim-support', WITHDRAW, { consentId: consent.id });
    expect(withdrawn.body.data.withdrawConsent).toMatchObject({ id: consent.id, active: false, withdrawnAt: expect.any(String) });
  });

  it('names every invalid field in the GraphQL error, and writes nothing', async () => {
    const survivorId = await registerSurvivor('mutation-invalid');
    const before = await ngo.count('SELECT 1 FROM consent');

    const { body } = await ngo.graphql(caseworkerClaims, 'victim-support', GRANT, {
      input: { survivorId, sector: 'BANKS', purpose: 'marketing', validUntil: 'soon' },
    });

    expect(body.data.grantConsent).toBeNull();
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].extensions.invalidFields.map((field: { field: string }) => field.field)).toEqual([
      'sector',
      'purpose',
      'validUntil',
    ]);
    expect(await ngo.count('SELECT 1 FROM consent')).toBe(before);
  });

  it.each(['ownerOrg', 'orgId', 'role', 'recordedBy'])(
    'refuses a forged %s in the input by schema validation, and writes nothing',
    async (forged) => {
      const survivorId = await registerSurvivor(`mutation-forged-${forged}`);
      const before = await ngo.count('SELECT 1 FROM consent');

      const { status, body } = await ngo.graphql(caseworkerClaims, 'victim-support', GRANT, {
        input: { survivorId, sector: 'HUB', purpose: 'analysis', [forged]: 'other-ngo' },
      });

      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors[0].message).toContain(`"${forged}"`);
      expect(await ngo.count('SELECT 1 FROM consent')).toBe(before);
    },
  );

  it("refuses another NGO's caseworker as if the survivor did not exist, and the bank outright", async () => {
    const survivorId = await registerSurvivor('mutation-strangers');
    const input = { survivorId, sector: 'FINANCIAL', purpose: 'aml-compliance' };

    const otherNgo = await ngo.graphql(otherNgoClaims, 'victim-support', GRANT, { input });
    const missing = await ngo.graphql(otherNgoClaims, 'victim-support', GRANT, {
      input: { ...input, survivorId: '00000000-0000-4000-8000-000000000000' },
    });
    const bank = await ngo.graphql(bankerClaims, 'aml-compliance', GRANT, { input });

    expect(otherNgo.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(otherNgo.body.errors[0].message).toBe(missing.body.errors[0].message);
    expect(bank.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await ngo.count('SELECT 1 FROM consent WHERE survivor_id = $1', [survivorId])).toBe(0);
  });
});

describe('Survivor.consents', () => {
  const CONSENTS = /* GraphQL */ `
    query ($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on Survivor { id consents { sector purpose active } } }
    }
  `;

  it("lists her consents, withdrawn ones included, to the owning NGO's caseworker only", async () => {
    const survivorId = await registerSurvivor('consents-list');
    const first = await ngo.subgraph.services.consents.grant(caseworker, { survivorId, sector: 'NGO', purpose: 'victim-support' });
    await ngo.subgraph.services.consents.grant(caseworker, { survivorId, sector: 'HUB', purpose: 'analysis' });
    await ngo.subgraph.services.consents.withdraw(caseworker, first.id);
    const representations = [{ __typename: 'Survivor', id: survivorId }];

    const owner = await ngo.graphql(caseworkerClaims, 'victim-support', CONSENTS, { representations });
    const otherNgo = await ngo.graphql(otherNgoClaims, 'victim-support', CONSENTS, { representations });

    expect(owner.body.data._entities[0].consents).toEqual([
      { sector: 'NGO', purpose: 'victim-support', active: false },
      { sector: 'HUB', purpose: 'analysis', active: true },
    ]);
    expect(otherNgo.body.data._entities[0]).toEqual({ id: survivorId, consents: null });
    expect(codesByPath(otherNgo.body)).toEqual({ '_entities.0.consents': 'FORBIDDEN' });
  });
});
