import { generateKeyPairSync, randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BEACON_AUDIENCE, DEMO_ORGS, SERVICE_ROLES, type PersonaName } from '../../shared/auth/index.js';
import { DEFAULT_HEADERS, startTestStack, type TestStack } from '../support/stack.js';

/*
 * Each subgraph called directly, past the gateway (issue 6, item 2; DESIGN principle 6): its
 * schema (`_service { sdl }`) goes only to the federation gateway's own service identity, and
 * `_entities` answers a record the caller may not know of exactly as it answers a missing id.
 */

let stack: TestStack;
const SUBGRAPH_NAMES = ['law-enforcement', 'ngo', 'financial', 'linkage'] as const;
const SDL_QUERY = '{ _service { sdl } }';

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

async function post(url: string, headers: Record<string, string>, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, text: text.replace(/"requestId":"[^"]*"/g, '"requestId":"-"') };
}

const asPersona = (persona: PersonaName) => ({ authorization: `Bearer ${stack.tokens[persona]}`, ...DEFAULT_HEADERS[persona] });

describe.each(SUBGRAPH_NAMES)('_service { sdl } at the %s subgraph', (name) => {
  const url = () => stack.subgraphUrls[name] as string;

  it("is answered to the federation gateway's service identity", async () => {
    const gatewayToken = stack.issuer.mint({
      sub: 'service:federation-gateway',
      org: DEMO_ORGS.HUB,
      sector: 'HUB',
      roles: [SERVICE_ROLES.gateway],
      purposes: ['analysis'],
    });
    const { status, text } = await post(url(), { authorization: `Bearer ${gatewayToken}`, 'x-beacon-purpose': 'analysis' }, SDL_QUERY);
    expect(status).toBe(200);
    expect(JSON.parse(text).data._service.sdl).toContain('type Query');
  });

  it.each(['le-investigator', 'ngo-caseworker', 'bank-compliance', 'hub-analyst'] as const)(
    "is refused to a member's token (%s): no SDL",
    async (persona) => {
      const { text } = await post(url(), asPersona(persona), SDL_QUERY);
      const body = JSON.parse(text);
      expect(body.data?._service ?? null).toBeNull();
      expect(text).not.toContain('type Query');
    },
  );

  it("is refused to a member claiming the gateway's role in a token the federation did not sign", async () => {
    const stranger = jwt.sign(
      { sub: 'x', org: DEMO_ORGS.HUB, sector: 'HUB', roles: [SERVICE_ROLES.gateway], purposes: ['analysis'] },
      generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey,
      { algorithm: 'ES256', keyid: 'dev-stranger', issuer: stack.issuer.issuer, audience: BEACON_AUDIENCE, expiresIn: 300 },
    );
    const { status, text } = await post(url(), { authorization: `Bearer ${stranger}`, 'x-beacon-purpose': 'analysis' }, SDL_QUERY);
    expect(status).toBe(401);
    expect(text).not.toContain('type Query');
  });

  it('is refused without a token: 401 and no SDL', async () => {
    const { status, text } = await post(url(), { 'x-beacon-purpose': 'analysis' }, SDL_QUERY);
    expect(status).toBe(401);
    expect(text).not.toContain('type Query');
  });
});

describe('_entities at the ngo subgraph, for survivors a bank may not know of', () => {
  const SURVIVOR_ENTITY = /* GraphQL */ `
    query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Survivor { id givenName } } }
  `;

  it('answers byte for byte as for a survivor that does not exist', async () => {
    const owned = await stack.query('ngo-caseworker', '{ survivors { id consents { sector } } }');
    const survivors = owned.body.data?.survivors as Array<{ id: string; consents: Array<{ sector: string }> }>;
    // Survivors who never consented to the financial sector: a bank may not learn they exist.
    const hidden = survivors.filter((survivor) => !survivor.consents.some((consent) => consent.sector === 'FINANCIAL'));
    expect(hidden.length).toBeGreaterThan(0);
    const ngo = stack.subgraphUrls.ngo as string;
    const entity = (id: string) => post(ngo, asPersona('bank-compliance'), SURVIVOR_ENTITY, { representations: [{ __typename: 'Survivor', id }] });

    const missing = await entity(randomUUID());
    expect(JSON.parse(missing.text)).toEqual({ data: { _entities: [null] } });
    for (const survivor of hidden) expect(await entity(survivor.id)).toEqual(missing);
  });
});

describe('_entities at the law-enforcement subgraph, for cases outside law enforcement', () => {
  const CASE_ENTITY = /* GraphQL */ `
    query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Case { id reference } } }
  `;

  it.each(['bank-compliance', 'ngo-caseworker', 'hub-analyst'] as const)(
    'answers an existing case to %s byte for byte as a case that does not exist',
    async (persona) => {
      const cases = await stack.query('le-investigator', '{ cases(first: 5) { edges { node { id } } } }');
      const ids = (cases.body.data?.cases as { edges: Array<{ node: { id: string } }> }).edges.map((edge) => edge.node.id);
      expect(ids.length).toBeGreaterThan(0);
      const le = stack.subgraphUrls['law-enforcement'] as string;
      const entity = (id: string) => post(le, asPersona(persona), CASE_ENTITY, { representations: [{ __typename: 'Case', id }] });

      const missing = await entity(randomUUID());
      expect(JSON.parse(missing.text)).toEqual({ data: { _entities: [null] } });
      for (const id of ids) expect(await entity(id)).toEqual(missing);
    },
  );

  it('still resolves the case for an investigator', async () => {
    const cases = await stack.query('le-investigator', '{ cases(first: 1) { edges { node { id reference } } } }');
    const [first] = (cases.body.data?.cases as { edges: Array<{ node: { id: string; reference: string } }> }).edges;
    const le = stack.subgraphUrls['law-enforcement'] as string;
    const { text } = await post(le, asPersona('le-investigator'), CASE_ENTITY, { representations: [{ __typename: 'Case', id: first?.node.id }] });
    expect(JSON.parse(text).data._entities[0]).toMatchObject({ id: first?.node.id });
  });
});
