import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import jwt from 'jsonwebtoken';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTokenVerifier } from '../shared/auth/index.js';
import { createGateway, type Gateway } from './index.js';

const ISSUER = 'test-issuer';
const KID = 'test-key';
const THINGS_QUERY = '{ things { id name score } }';

const ALPHA_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { things: [Thing] }
  type Thing @key(fields: "id") { id: ID! name: String }
`;
const BETA_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Thing @key(fields: "id") { id: ID! score: Int }
`;

/** A real Apollo subgraph on an ephemeral port that remembers the headers of every request. */
async function startSubgraph(sdl: string, resolvers: Record<string, unknown>) {
  const received: IncomingHttpHeaders[] = [];
  const server = new ApolloServer({ schema: buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: resolvers as never }) });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => {
      received.push(req.headers);
      return {};
    },
  });
  return { url, received, stop: () => server.stop() };
}

type Subgraph = Awaited<ReturnType<typeof startSubgraph>>;

let alpha: Subgraph;
let beta: Subgraph;
let supergraphSdl: string;
let keyDir: string;
let signingKey: KeyObject;
let verifier: ReturnType<typeof createTokenVerifier>;
let logLines: string[];

function tokenSignedWith(key: KeyObject, claims: Record<string, unknown> = {}): string {
  return jwt.sign(
    { sub: 'analyst-1', org: 'hub', sector: 'HUB', roles: ['analyst'], purposes: ['analysis'], ...claims },
    key,
    { algorithm: 'ES256', keyid: KID, issuer: ISSUER, audience: 'beacon', expiresIn: 300 },
  );
}

function startGateway(options: { subgraphUrls?: Record<string, string>; subgraphTimeoutMs?: number } = {}) {
  const logger = pino({ level: 'warn' }, { write: (line: string) => void logLines.push(line) });
  return createGateway({ supergraphSdl, verifier, logger, jwks: { keys: [] }, ...options });
}

async function post(url: string, headers: Record<string, string>, query = THINGS_QUERY) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { response, body: (await response.json()) as { data?: any; errors?: any[] } };
}

beforeAll(async () => {
  alpha = await startSubgraph(ALPHA_SDL, {
    Query: { things: () => [{ id: '1', name: 'one' }, { id: '2', name: 'two' }] },
    Thing: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, name: `name-${ref.id}` }) },
  });
  beta = await startSubgraph(BETA_SDL, {
    Thing: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, score: Number(ref.id) * 10 }) },
  });
  const composed = composeServices([
    { name: 'alpha', typeDefs: parse(ALPHA_SDL), url: alpha.url },
    { name: 'beta', typeDefs: parse(BETA_SDL), url: beta.url },
  ]);
  if (!composed.supergraphSdl) throw new Error(`composition failed: ${composed.errors.map((e) => e.message).join('; ')}`);
  supergraphSdl = composed.supergraphSdl;

  const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  signingKey = pair.privateKey;
  keyDir = await mkdtemp(path.join(os.tmpdir(), 'beacon-gateway-test-'));
  const jwksFile = path.join(keyDir, 'jwks.json');
  const jwk = { ...pair.publicKey.export({ format: 'jwk' }), kid: KID, use: 'sig', alg: 'ES256' };
  await writeFile(jwksFile, JSON.stringify({ keys: [jwk] }));
  verifier = createTokenVerifier({ issuers: [{ issuer: ISSUER, jwksFile }], audience: 'beacon' });
});

afterAll(async () => {
  await alpha?.stop();
  await beta?.stop();
  if (keyDir) await rm(keyDir, { recursive: true, force: true });
});

beforeEach(() => {
  logLines = [];
  alpha.received.length = 0;
  beta.received.length = 0;
});

describe('gateway with both subgraphs up', () => {
  let gateway: Gateway;
  let url: string;

  beforeAll(async () => {
    gateway = startGateway();
    ({ url } = await gateway.listen(0, '127.0.0.1'));
  });
  afterAll(() => gateway?.close());

  it('answers 401 UNAUTHENTICATED without a token and never calls a subgraph', async () => {
    const { response, body } = await post(url, {});
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(body.errors).toEqual([{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }]);
    expect(body.data).toBeUndefined();
    expect(alpha.received).toHaveLength(0);
    expect(beta.received).toHaveLength(0);
  });

  it('answers 401 to a token signed by an untrusted key, logging the reason but not sending it', async () => {
    const forged = tokenSignedWith(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey);
    const { response, body } = await post(url, { authorization: `Bearer ${forged}` });
    expect(response.status).toBe(401);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(JSON.stringify(body)).not.toMatch(/signature/i);
    expect(logLines.join('')).toMatch(/signature/i);
    expect(alpha.received).toHaveLength(0);
  });

  it('joins both subgraphs for a valid token and forwards its Authorization header to each', async () => {
    const token = tokenSignedWith(signingKey);
    const { response, body } = await post(url, {
      authorization: `Bearer ${token}`,
      'x-beacon-purpose': 'analysis',
      'x-beacon-justification': 'case 42',
    });
    expect(response.status).toBe(200);
    expect(body).toEqual({
      data: { things: [{ id: '1', name: 'one', score: 10 }, { id: '2', name: 'two', score: 20 }] },
    });
    for (const subgraph of [alpha, beta]) {
      expect(subgraph.received).toHaveLength(1);
      expect(subgraph.received[0]).toMatchObject({
        authorization: `Bearer ${token}`,
        'x-beacon-purpose': 'analysis',
        'x-beacon-justification': 'case 42',
      });
    }
  });

  it('generates a request id when the client sends none, echoes it and passes it to subgraphs', async () => {
    const { response } = await post(url, { authorization: `Bearer ${tokenSignedWith(signingKey)}` });
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(alpha.received[0]?.['x-request-id']).toBe(requestId);
    expect(beta.received[0]?.['x-request-id']).toBe(requestId);
  });

  it("keeps a well-formed client request id and replaces one that is not", async () => {
    const token = tokenSignedWith(signingKey);
    const kept = await post(url, { authorization: `Bearer ${token}`, 'x-request-id': 'client-id-1' });
    expect(kept.response.headers.get('x-request-id')).toBe('client-id-1');
    expect(alpha.received[0]?.['x-request-id']).toBe('client-id-1');
    const replaced = await post(url, { authorization: `Bearer ${token}`, 'x-request-id': 'a b'.repeat(100) });
    expect(replaced.response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves a self-contained explorer that loads no script or style from another host', async () => {
    const response = await fetch(`${url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('"endpoint":"/graphql"');
    expect(html).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/<link[^>]+href=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import\s+(url\()?["']?(https?:)?\/\//i);
  });

  it('reports health and readiness, publishes the JWKS and answers 404 JSON elsewhere', async () => {
    const health = await fetch(`${url}/health`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    expect((await fetch(`${url}/ready`)).status).toBe(200);
    expect(await (await fetch(`${url}/.well-known/jwks.json`)).json()).toEqual({ keys: [] });
    const missing = await fetch(`${url}/nope`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await fetch(`${url}/graphql`)).status).toBe(404);
  });
});

/** Asserts the error names the subgraph but says nothing about where it lives. */
function expectMaskedUnavailable(errors: any[] | undefined, port: number) {
  expect(errors).toHaveLength(1);
  expect(errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'beta' });
  const text = JSON.stringify(errors);
  for (const leak of ['http', 'localhost', '127.0.0.1', String(port), 'ECONNREFUSED', 'stack']) {
    expect(text).not.toContain(leak);
  }
}

describe('gateway with a subgraph down', () => {
  it("returns the other subgraph's data and a masked SUBGRAPH_UNAVAILABLE error once a subgraph stops", async () => {
    const betaReplica = await startSubgraph(BETA_SDL, {
      Thing: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, score: 7 }) },
    });
    const port = Number(new URL(betaReplica.url).port);
    const gateway = startGateway({ subgraphUrls: { beta: betaReplica.url } });
    try {
      const { url } = await gateway.listen(0, '127.0.0.1');
      const headers = { authorization: `Bearer ${tokenSignedWith(signingKey)}` };
      const before = await post(url, headers);
      expect(before.body.data?.things?.[0]).toEqual({ id: '1', name: 'one', score: 7 });
      expect(beta.received).toHaveLength(0);

      await betaReplica.stop();
      const { response, body } = await post(url, headers);
      expect(response.status).toBe(200);
      expect(body.data).toEqual({ things: [{ id: '1', name: 'one', score: null }, { id: '2', name: 'two', score: null }] });
      expectMaskedUnavailable(body.errors, port);
    } finally {
      await gateway.close();
      await betaReplica.stop();
    }
  });

  it('gives up on a subgraph that hangs after the timeout, with the same masked error', async () => {
    const hanging: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const port = (hanging.address() as AddressInfo).port;
    const gateway = startGateway({ subgraphUrls: { beta: `http://127.0.0.1:${port}/graphql` }, subgraphTimeoutMs: 300 });
    try {
      const { url } = await gateway.listen(0, '127.0.0.1');
      const { body } = await post(url, { authorization: `Bearer ${tokenSignedWith(signingKey)}` });
      expect(body.data?.things?.[0]).toEqual({ id: '1', name: 'one', score: null });
      expectMaskedUnavailable(body.errors, port);
    } finally {
      await gateway.close();
      hanging.closeAllConnections();
      await new Promise((resolve) => hanging.close(resolve));
    }
  });

  it('rejects a URL override for a subgraph the supergraph does not have', () => {
    expect(() => startGateway({ subgraphUrls: { gamma: 'http://127.0.0.1:1/graphql' } })).toThrow(/gamma/);
  });
});
