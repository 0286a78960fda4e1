import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { Arg, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BEACON_AUDIENCE,
  createTokenVerifier,
  loadOrCreateDevIssuer,
  SERVICE_ROLES,
  type DevIssuer,
  type PersonaClaims,
} from '../auth/index.js';
import {
  federationQueryRules,
  federationServiceRules,
  isAuthenticated,
  sameOrganisationAsOwner,
  type PolicyMap,
} from '../policy/index.js';
import { buildBeaconSubgraphSchema } from './build-subgraph-schema.js';
import { createSubgraphServer, type SubgraphServer } from './http-server.js';

@ObjectType({ description: 'A test entity owned by an organisation.' })
@Directive('@key(fields: "id")')
class Parcel {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  label: string | null;

  @Field(() => String, { nullable: true })
  contents: string | null;

  ownerOrg: string;
}

@Resolver(() => Parcel)
class ParcelResolver {
  @Query(() => Parcel, { nullable: true })
  parcel(@Arg('id', () => ID) id: string): Parcel {
    return { id, label: 'L', contents: 'secret', ownerOrg: 'org-a' };
  }

  @Query(() => String, { nullable: true })
  explode(): string {
    throw new Error('SELECT secret FROM vault WHERE host = db.internal:5432');
  }
}

const policy: PolicyMap = {
  Query: { ...federationQueryRules, parcel: isAuthenticated, explode: isAuthenticated },
  _Service: federationServiceRules,
  Parcel: { id: isAuthenticated, label: isAuthenticated, contents: sameOrganisationAsOwner },
};

const resolvedReferences: string[] = [];
const schemaOptions = {
  name: 'kit-test',
  resolvers: [ParcelResolver] as [typeof ParcelResolver],
  container: { get: () => new ParcelResolver() },
  references: {
    Parcel: (reference: { id: string }) => {
      resolvedReferences.push(reference.id);
      return { id: reference.id, label: 'L', contents: 'secret', ownerOrg: 'org-a' };
    },
  },
};

const member = (org: string): PersonaClaims => ({ sub: `user@${org}`, org, sector: 'NGO', roles: ['caseworker'], purposes: ['victim-support'] });

let home: string;
let issuer: DevIssuer;
let server: SubgraphServer;
let url: string;
let ready = true;

async function post(claims: PersonaClaims | null, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(claims ? { authorization: `Bearer ${issuer.mint(claims)}`, 'x-beacon-purpose': claims.purposes[0] as string } : {}),
      ...headers,
    },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'beacon-kit-'));
  issuer = loadOrCreateDevIssuer(join(home, 'keys'));
  const { schema } = await buildBeaconSubgraphSchema({ ...schemaOptions, policy });
  server = createSubgraphServer({
    name: 'kit-test',
    schema,
    logger: pino({ level: 'silent' }),
    verifier: createTokenVerifier({ issuers: [{ issuer: issuer.issuer, jwksFile: issuer.jwksFile }], audience: BEACON_AUDIENCE }),
    isReady: async () => ready,
  });
  ({ url } = await server.listen(0));
});

afterAll(async () => {
  await server?.close();
  await rm(home, { recursive: true, force: true });
});

describe('the subgraph kit', () => {
  it('runs __resolveReference under the shield: _entities returns the entity, and each field is still guarded', async () => {
    const query = '{ _entities(representations: [{ __typename: "Parcel", id: "p-1" }]) { ... on Parcel { id label contents } } }';
    const stranger = await post(member('org-b'), query);
    expect(resolvedReferences).toContain('p-1');
    expect(stranger.body.data._entities[0]).toEqual({ id: 'p-1', label: 'L', contents: null });
    expect(stranger.body.errors).toHaveLength(1);
    expect(stranger.body.errors[0]).toMatchObject({ path: ['_entities', 0, 'contents'], extensions: { code: 'FORBIDDEN' } });

    const owner = await post(member('org-a'), query);
    expect(owner.body.data._entities[0].contents).toBe('secret');
    expect(owner.body.errors).toBeUndefined();
  });

  it('answers 401 before GraphQL runs when the token is missing', async () => {
    const before = resolvedReferences.length;
    const { status, body } = await post(null, '{ _entities(representations: [{ __typename: "Parcel", id: "p-2" }]) { __typename } }');
    expect(status).toBe(401);
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(resolvedReferences).toHaveLength(before);
  });

  it('masks an internal error: no SQL or host in the answer, a code and the request id instead', async () => {
    const { body, headers } = await post(member('org-a'), '{ explode }', { 'x-request-id': 'req-0123456789' });
    expect(headers.get('x-request-id')).toBe('req-0123456789');
    expect(body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-0123456789' });
    expect(JSON.stringify(body)).not.toMatch(/SELECT|vault|db\.internal|5432|stack/);
  });

  it("gives a subgraph's SDL only to the gateway's service identity", async () => {
    const memberAnswer = await post(member('org-a'), '{ _service { sdl } }');
    expect(memberAnswer.body.data?._service ?? null).toBeNull();
    expect(memberAnswer.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const gateway: PersonaClaims = { sub: 'service:gateway', org: 'hub', sector: 'HUB', roles: [SERVICE_ROLES.gateway], purposes: ['federation'] };
    const gatewayAnswer = await post(gateway, '{ _service { sdl } }');
    expect(gatewayAnswer.body.data._service.sdl).toContain('type Parcel');
  });

  it('reports live on /health and database readiness on /ready', async () => {
    const base = url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    ready = false;
    expect((await fetch(`${base}/ready`)).status).toBe(503);
    ready = true;
  });
});

describe('default deny', () => {
  it('refuses to build a subgraph with a field that has no rule, naming the field', async () => {
    const { contents: _dropped, ...withoutContents } = policy.Parcel as Record<string, never>;
    await expect(buildBeaconSubgraphSchema({ ...schemaOptions, policy: { ...policy, Parcel: withoutContents } })).rejects.toThrow(
      /fields without a rule: Parcel\.contents/,
    );
  });

  it('refuses a rule for a field that does not exist (a rule left behind by a rename)', async () => {
    await expect(
      buildBeaconSubgraphSchema({ ...schemaOptions, policy: { ...policy, Parcel: { ...policy.Parcel, weight: isAuthenticated } } }),
    ).rejects.toThrow(/rules for fields that do not exist: Parcel\.weight/);
  });
});

describe('declared purpose at a subgraph', () => {
  it('refuses a verified caller that declares no purpose, or one its token does not grant, before GraphQL runs', async () => {
    const query = '{ _entities(representations: [{ __typename: "Parcel", id: "p-3" }]) { __typename } }';
    const missing = await post(member('org-a'), query, { 'x-beacon-purpose': '' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].extensions.code).toBe('PURPOSE_REQUIRED');
    const notGranted = await post(member('org-a'), query, { 'x-beacon-purpose': 'investigation' });
    expect(notGranted.status).toBe(403);
    expect(notGranted.body.errors[0].extensions.code).toBe('PURPOSE_NOT_GRANTED');
    expect(resolvedReferences).not.toContain('p-3');
  });
});
