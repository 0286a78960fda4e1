import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { IncomingHttpHeaders } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import jwt from 'jsonwebtoken';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { createTokenVerifier, type TokenVerifier } from '../shared/auth/index.js';
import { createGateway, type Gateway, type GatewayOptions } from './index.js';

/** Real pieces for the gateway's tests: Apollo subgraphs, composition, an ES256 issuer. */

export const ALPHA_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { things: [Thing] }
  type Thing @key(fields: "id") { id: ID! name: String }
`;
export const BETA_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Thing @key(fields: "id") { id: ID! score: Int }
`;

export interface TestSubgraph {
  readonly url: string;
  /** Headers of every GraphQL request the subgraph received, oldest first. */
  readonly received: IncomingHttpHeaders[];
  stop(): Promise<void>;
}

/** A real Apollo subgraph on an ephemeral port. */
export async function startSubgraph(sdl: string, resolvers: Record<string, unknown>): Promise<TestSubgraph> {
  const received: IncomingHttpHeaders[] = [];
  const schema = buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: resolvers as never });
  const server = new ApolloServer({ schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => {
      received.push(req.headers);
      return {};
    },
  });
  return { url, received, stop: () => server.stop() };
}

export function composeSupergraph(subgraphs: Array<{ name: string; sdl: string; url: string }>): string {
  const composed = composeServices(subgraphs.map(({ name, sdl, url }) => ({ name, typeDefs: parse(sdl), url })));
  if (!composed.supergraphSdl) {
    throw new Error(`composition failed: ${composed.errors?.map((error) => error.message).join('; ')}`);
  }
  return composed.supergraphSdl;
}

export interface TestIssuer {
  readonly verifier: TokenVerifier;
  /** The issuer's JWKS document on disk, as `BEACON_TRUSTED_ISSUERS` would name it. */
  readonly jwksFile: string;
  /** A valid token for an analyst at the hub, or for the caller `claims` describe instead. */
  token(claims?: { sub?: string; org?: string }): string;
  /** A well-formed token, same kid and claims, signed by a key the issuer does not publish. */
  forgedToken(): string;
  dispose(): Promise<void>;
}

const ISSUER = 'test-issuer';
const KID = 'test-key';

/** An ES256 issuer whose JWKS sits in a temp folder, as an institution's issuer file would. */
export async function createTestIssuer(): Promise<TestIssuer> {
  const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const folder = await mkdtemp(path.join(os.tmpdir(), 'beacon-gateway-test-'));
  const jwksFile = path.join(folder, 'jwks.json');
  const jwk = { ...pair.publicKey.export({ format: 'jwk' }), kid: KID, use: 'sig', alg: 'ES256' };
  await writeFile(jwksFile, JSON.stringify({ keys: [jwk] }));
  return {
    verifier: createTokenVerifier({ issuers: [{ issuer: ISSUER, jwksFile }], audience: 'beacon' }),
    jwksFile,
    token: (claims) => sign(pair.privateKey, claims),
    forgedToken: () => sign(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey),
    dispose: () => rm(folder, { recursive: true, force: true }),
  };
}

function sign(key: KeyObject, claims: { sub?: string; org?: string } = {}): string {
  return jwt.sign(
    { sub: 'analyst-1', org: 'hub', sector: 'HUB', roles: ['analyst'], purposes: ['analysis'], ...claims },
    key,
    { algorithm: 'ES256', keyid: KID, issuer: ISSUER, audience: 'beacon', expiresIn: 300 },
  );
}

export interface GraphQLBody {
  data?: any;
  errors?: any[];
}

export async function postGraphQL(
  baseUrl: string,
  headers: Record<string, string>,
  query: string,
  variables?: Record<string, unknown>,
) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { response, body: (await response.json()) as GraphQLBody };
}

/** Asserts the error names the subgraph but says nothing about where it lives. */
export function expectMaskedUnavailable(errors: any[] | undefined, port: number) {
  // One failed entity call reports once per entity; identical copies are collapsed into one.
  expect(errors).toHaveLength(1);
  expect(errors?.[0]?.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'beta' });
  const text = JSON.stringify(errors);
  for (const leak of ['http', 'localhost', '127.0.0.1', String(port), 'ECONNREFUSED', 'stack']) {
    expect(text).not.toContain(leak);
  }
}

export const THINGS_QUERY = '{ things { id name score } }';

export type TestGatewayOptions = Pick<
  GatewayOptions,
  | 'subgraphUrls'
  | 'subgraphTimeoutMs'
  | 'subgraphTimeouts'
  | 'breaker'
  | 'limits'
  | 'rateLimit'
  | 'redisUrl'
  | 'queryPlanner'
  | 'rateLimitKeyPrefix'
  | 'metricsServer'
  | 'drainTimeoutMs'
> & {
  /** Another supergraph than alpha + beta's. */
  readonly supergraphSdl?: string;
  /** Level of the captured log (default `warn`). */
  readonly logLevel?: string;
};

export interface GatewayTestBed {
  /** Serves `Query.things` and `Thing.name`. */
  readonly alpha: TestSubgraph;
  /** Contributes `Thing.score` (id × 10). */
  readonly beta: TestSubgraph;
  readonly issuer: TestIssuer;
  /** alpha + beta composed, with their real URLs. */
  readonly supergraphSdl: string;
  /** The gateway's log lines of the current test. */
  readonly logLines: string[];
  /** A gateway over the test supergraph, logging into {@link logLines}; the test closes it. */
  startGateway(options?: TestGatewayOptions): Gateway;
  /** POSTs {@link THINGS_QUERY}. */
  postThings(baseUrl: string, headers: Record<string, string>): ReturnType<typeof postGraphQL>;
  /** An Authorization header with a valid token, or with the token given. */
  bearer(token?: string): { authorization: string; 'x-beacon-purpose': string };
}

/**
 * Registers hooks that boot alpha, beta and an issuer once per file and reset what the
 * subgraphs and the log saw before each test. Read the fields inside tests, not at load time.
 */
export function useGatewayTestBed(): GatewayTestBed {
  const state = { logLines: [] as string[] } as {
    alpha: TestSubgraph;
    beta: TestSubgraph;
    issuer: TestIssuer;
    supergraphSdl: string;
    logLines: string[];
  };

  beforeAll(async () => {
    state.alpha = await startSubgraph(ALPHA_SDL, {
      Query: { things: () => [{ id: '1', name: 'one' }, { id: '2', name: 'two' }] },
      Thing: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, name: `name-${ref.id}` }) },
    });
    state.beta = await startSubgraph(BETA_SDL, {
      Thing: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, score: Number(ref.id) * 10 }) },
    });
    state.supergraphSdl = composeSupergraph([
      { name: 'alpha', sdl: ALPHA_SDL, url: state.alpha.url },
      { name: 'beta', sdl: BETA_SDL, url: state.beta.url },
    ]);
    state.issuer = await createTestIssuer();
  });
  afterAll(async () => {
    await state.alpha?.stop();
    await state.beta?.stop();
    await state.issuer?.dispose();
  });
  beforeEach(() => {
    state.logLines.length = 0;
    state.alpha.received.length = 0;
    state.beta.received.length = 0;
  });

  return {
    get alpha() { return state.alpha; },
    get beta() { return state.beta; },
    get issuer() { return state.issuer; },
    get supergraphSdl() { return state.supergraphSdl; },
    get logLines() { return state.logLines; },
    startGateway({ logLevel = 'warn', supergraphSdl = state.supergraphSdl, ...options } = {}) {
      const logger = pino({ level: logLevel }, { write: (line: string) => void state.logLines.push(line) });
      const verifier = state.issuer.verifier;
      return createGateway({ supergraphSdl, verifier, logger, jwks: { keys: [] }, ...options });
    },
    postThings: (baseUrl, headers) => postGraphQL(baseUrl, headers, THINGS_QUERY),
    bearer: (token = state.issuer.token()) => ({ authorization: `Bearer ${token}`, 'x-beacon-purpose': 'analysis' }),
  };
}
