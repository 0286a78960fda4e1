import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAS, type PersonaName } from '../shared/auth/index.js';
import type { NgoSubgraph } from '../subgraphs/ngo/index.js';
import { startTestStack, type GraphQLResponse, type TestStack } from './support/stack.js';

/*
 * A survivor's consent, end to end: the NGO records it through the gateway, the hub learns which
 * sectors may discover her, and each sector's view of her follows her consent for its purpose.
 * Demo consents: Elena → police (investigation), bank (aml-compliance), hub (analysis);
 * Amina → hub (analysis); Trần → none.
 */
const SURVIVORS_SEEN = /* GraphQL */ `
  query { people(first: 100) { id survivors { id givenName familyName gender citizenship } } }
`;
const MY_SURVIVORS = /* GraphQL */ `
  query { survivors(first: 100) { id givenName } }
`;
const GRANT = /* GraphQL */ `
  mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { id sector purpose active } }
`;
const WITHDRAW = /* GraphQL */ `
  mutation Withdraw($consentId: ID!) { withdrawConsent(consentId: $consentId) { id active withdrawnAt } }
`;

interface SurvivorView {
  id: string;
  givenName: string | null;
  familyName: string | null;
  gender: string | null;
  citizenship: string | null;
}

let stack: TestStack;
let ngoDb: pg.Client;
const ids: Record<'elena' | 'amina' | 'tran', string> = { elena: '', amina: '', tran: '' };

beforeAll(async () => {
  stack = await startTestStack();
  ngoDb = new pg.Client({ connectionString: stack.databaseUrls.ngo });
  await ngoDb.connect();
  const { body } = await stack.query('ngo-caseworker', MY_SURVIVORS);
  const byName = new Map((body.data?.survivors as Array<{ id: string; givenName: string }>).map((s) => [s.givenName, s.id]));
  ids.elena = byName.get('Елена') as string;
  ids.amina = byName.get('Amina') as string;
  ids.tran = byName.get('Văn Minh') as string;
});
afterAll(async () => {
  await ngoDb?.end();
  await stack?.stop();
});

/** Every survivor reference a persona is handed through `people`, and the errors that came with them. */
async function survivorsSeenBy(as: PersonaName, purpose?: string): Promise<{ survivors: Array<SurvivorView | null>; body: GraphQLResponse }> {
  const headers = purpose ? { 'x-beacon-purpose': purpose } : undefined;
  const { status, body } = await stack.query(as, SURVIVORS_SEEN, { headers });
  expect(status).toBe(200);
  const people = (body.data?.people ?? []) as Array<{ survivors: Array<SurvivorView | null> | null }>;
  return { survivors: people.flatMap((person) => person.survivors ?? []), body };
}

function seen(survivors: Array<SurvivorView | null>, id: string): SurvivorView | undefined {
  return survivors.find((survivor) => survivor?.id === id) ?? undefined;
}

function forbiddenFields(body: GraphQLResponse): string[] {
  return (body.errors ?? []).filter((error) => error.extensions?.code === 'FORBIDDEN').map((error) => String(error.path?.at(-1)));
}

async function grant(input: Record<string, unknown>): Promise<{ id: string }> {
  const { body } = await stack.query('ngo-caseworker', GRANT, { variables: { input } });
  expect(body.errors).toBeUndefined();
  return body.data?.grantConsent as { id: string };
}

async function consentRows(): Promise<number> {
  return Number((await ngoDb.query('SELECT count(*) AS n FROM consent')).rows[0].n);
}

/** POSTs to the gateway as a caseworker of another NGO, a caller no demo persona plays. */
async function asOtherNgo(query: string, variables: Record<string, unknown>): Promise<GraphQLResponse> {
  const token = stack.issuer.mint({ ...PERSONAS['ngo-caseworker'], sub: 'test:other-caseworker', org: 'other-ngo' });
  const response = await fetch(`${stack.gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-beacon-purpose': 'victim-support' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse;
}

describe('consent given', () => {
  it("shows the bank officer (aml-compliance) Elena's gender and citizenship under her consent, never her name", async () => {
    const { survivors, body } = await survivorsSeenBy('bank-compliance');

    expect(seen(survivors, ids.elena)).toEqual({ id: ids.elena, givenName: null, familyName: null, gender: 'FEMININE', citizenship: 'MD' });
    expect(forbiddenFields(body)).toEqual(expect.arrayContaining(['givenName', 'familyName']));
    expect(JSON.stringify(body)).not.toContain('Елена');
  });

  it("shows the owning NGO's caseworker everything about her, her consents included", async () => {
    const { body } = await stack.query('ngo-caseworker', /* GraphQL */ `
      query ($id: ID!) {
        survivor(id: $id) { givenName familyName dateOfBirth gender citizenship consents { sector purpose active } }
      }`, { variables: { id: ids.elena } });

    expect(body.errors).toBeUndefined();
    expect(body.data?.survivor).toEqual({
      givenName: 'Елена',
      familyName: 'Петрова',
      dateOfBirth: '1994-03-12',
      gender: 'FEMININE',
      citizenship: 'MD',
      consents: expect.arrayContaining([
        { sector: 'LAW_ENFORCEMENT', purpose: 'investigation', active: true },
        { sector: 'FINANCIAL', purpose: 'aml-compliance', active: true },
        { sector: 'HUB', purpose: 'analysis', active: true },
      ]),
    });
  });
});

describe('consent for another purpose only', () => {
  it("lets the bank discover Amina but not see her gender for aml-compliance when she consented to analysis only", async () => {
    await grant({ survivorId: ids.amina, sector: 'FINANCIAL', purpose: 'analysis' });

    const aml = await survivorsSeenBy('bank-compliance');
    expect(seen(aml.survivors, ids.amina)).toMatchObject({ id: ids.amina, gender: null, citizenship: null });
    expect(forbiddenFields(aml.body)).toContain('gender');

    const analysis = await survivorsSeenBy('bank-compliance', 'analysis');
    expect(seen(analysis.survivors, ids.amina)).toMatchObject({ gender: 'FEMININE', givenName: null });
  });
});

describe('consent expired', () => {
  it("withholds Trần's gender from the bank as soon as his consent lapses, and his reference after the sweep", async () => {
    await grant({ survivorId: ids.tran, sector: 'FINANCIAL', purpose: 'aml-compliance', validUntil: '2999-12-31' });
    expect(seen((await survivorsSeenBy('bank-compliance')).survivors, ids.tran)?.gender).toBe('MASCULINE');

    await ngoDb.query(`UPDATE consent SET valid_until = now() - interval '1 minute' WHERE survivor_id = $1`, [ids.tran]);

    // Before the sweep the hub may still hand out the reference, but the NGO resolves nothing for it.
    const lapsed = await survivorsSeenBy('bank-compliance');
    expect(seen(lapsed.survivors, ids.tran)?.gender ?? null).toBeNull();
    expect(JSON.stringify(lapsed.body)).not.toContain('MASCULINE');

    await (stack.subgraphs.get('ngo') as NgoSubgraph).consentExpiry.run();
    const swept = await survivorsSeenBy('bank-compliance');
    expect(seen(swept.survivors, ids.tran)).toBeUndefined();
    expect(swept.survivors).not.toContain(null);
  });
});

describe('bad consent input', () => {
  it("refuses a grant for a missing survivor exactly as for another NGO's survivor, and writes nothing", async () => {
    const before = await consentRows();
    const input = { sector: 'FINANCIAL', purpose: 'aml-compliance' };

    const missing = await asOtherNgo(GRANT, { input: { ...input, survivorId: '00000000-0000-4000-8000-000000000000' } });
    const someoneElses = await asOtherNgo(GRANT, { input: { ...input, survivorId: ids.elena } });

    expect(missing.data?.grantConsent).toBeNull();
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(someoneElses.errors?.map(({ message, extensions }) => ({ message, code: extensions?.code }))).toEqual(
      missing.errors?.map(({ message, extensions }) => ({ message, code: extensions?.code })),
    );
    expect(await consentRows()).toBe(before);
  });

  it('names every invalid field at once, and writes nothing', async () => {
    const before = await consentRows();

    const { body } = await stack.query('ngo-caseworker', GRANT, {
      variables: { input: { survivorId: ids.tran, sector: 'PRESS', purpose: 'curiosity', validUntil: '2001-01-01' } },
    });

    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((body.errors?.[0]?.extensions?.invalidFields as Array<{ field: string }>).map(({ field }) => field)).toEqual([
      'sector',
      'purpose',
      'validUntil',
    ]);
    expect(await consentRows()).toBe(before);
  });

  it('refuses an input that claims its own organisation or role, by schema validation, and writes nothing', async () => {
    const before = await consentRows();

    const { status, body } = await stack.query('ngo-caseworker', GRANT, {
      variables: { input: { survivorId: ids.tran, sector: 'HUB', purpose: 'analysis', ownerOrg: 'other-ngo', role: 'admin' } },
    });

    expect(status).toBe(400);
    expect(body.data ?? null).toBeNull();
    expect(JSON.stringify(body.errors)).toContain('ownerOrg');
    expect(await consentRows()).toBe(before);
  });

  it('refuses the bank officer recording consent for a survivor', async () => {
    const before = await consentRows();
    const { body } = await stack.query('bank-compliance', GRANT, {
      variables: { input: { survivorId: ids.elena, sector: 'FINANCIAL', purpose: 'aml-compliance' } },
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await consentRows()).toBe(before);
  });
});

describe('consent withdrawn', () => {
  it("hides Elena's gender and her survivor reference from the bank at once, and from no other sector", async () => {
    const { body } = await stack.query('ngo-caseworker', `query ($id: ID!) { survivor(id: $id) { consents { id sector active } } }`, {
      variables: { id: ids.elena },
    });
    const consents = (body.data?.survivor as { consents: Array<{ id: string; sector: string; active: boolean }> }).consents;
    const bank = consents.find((consent) => consent.sector === 'FINANCIAL' && consent.active);
    expect(seen((await survivorsSeenBy('bank-compliance')).survivors, ids.elena)).toBeDefined();

    const withdrawn = await stack.query('ngo-caseworker', WITHDRAW, { variables: { consentId: bank?.id } });
    expect(withdrawn.body.data?.withdrawConsent).toMatchObject({ id: bank?.id, active: false });

    const after = await survivorsSeenBy('bank-compliance');
    expect(seen(after.survivors, ids.elena)).toBeUndefined();
    expect(after.survivors).not.toContain(null);
    expect(JSON.stringify(after.body)).not.toContain('FEMININE');
    // The hub no longer hands the bank her reference: linkage itself has forgotten it for FINANCIAL.
    const linkage = await stack.query('bank-compliance', '{ people(first: 100) { survivors { id } } }', {
      url: stack.subgraphUrls.linkage,
    });
    expect(JSON.stringify(linkage.body)).not.toContain(ids.elena);
    // Her consent to the police is untouched.
    expect(seen((await survivorsSeenBy('le-investigator')).survivors, ids.elena)).toMatchObject({ gender: 'FEMININE', givenName: null });
  });
});
