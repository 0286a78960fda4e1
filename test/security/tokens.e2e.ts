import { createHmac, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import jwt from 'jsonwebtoken';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { composeSupergraph } from '../../gateway/gateway.harness.js';
import { createGateway, type Gateway } from '../../gateway/index.js';
import { createTokenVerifier, type IssuerKeysSource } from '../../shared/auth/index.js';
import { createSubgraphServer, type SubgraphServer } from '../../shared/subgraph-kit/index.js';

/*
 * Trusted issuers, attacked (issue 6, item 1). Two issuers as two institutions would run them: one
 * publishes RSA keys at a JWKS URL this test serves (and rotates), the other ES256 keys in a file.
 * Every forged or broken token gets 401, no data and a log line, at the gateway and at a subgraph
 * (built by Beacon's kit) called directly; real signatures and real HTTP throughout.
 */

const AUDIENCE = 'beacon';
const ISSUER_URL = 'https://idp.north-police.example';
const ISSUER_FILE = 'urn:safe-passage:issuer';
const HELLO_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { hello: String }
`;
const QUERY = '{ hello }';

interface Jwk extends Record<string, unknown> {
  kid: string;
}

/** A JWKS endpoint this test controls: what it publishes, and how often it was asked. */
interface JwksEndpoint {
  readonly url: string;
  keys: Jwk[];
  fetches: number;
  close(): Promise<void>;
}

async function serveJwks(keys: Jwk[]): Promise<JwksEndpoint> {
  const server: Server = createServer((_req, res) => {
    endpoint.fetches += 1;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: endpoint.keys }));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const endpoint: JwksEndpoint = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`,
    keys,
    fetches: 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return endpoint;
}

const rsa = () => generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });
const publicJwk = (key: KeyObject, kid: string, alg: string): Jwk => ({ ...key.export({ format: 'jwk' }), kid, use: 'sig', alg });

const rsaKey = rsa();
const rotatedRsaKey = rsa();
const ecKey = ec();
const attackerKey = rsa();

function claims(overrides: Record<string, unknown> = {}) {
  const now = Math.floor(Date.now() / 1000);
  return {
    sub: 'officer-7',
    org: 'north-police',
    sector: 'LAW_ENFORCEMENT',
    roles: ['investigator'],
    purposes: ['investigation'],
    iss: ISSUER_URL,
    aud: AUDIENCE,
    iat: now,
    exp: now + 300,
    ...overrides,
  };
}

function signRs(payload: object, kid = 'north-1', key = rsaKey.privateKey, header: Record<string, unknown> = {}): string {
  return jwt.sign(payload, key, { algorithm: 'RS256', keyid: kid, header: { alg: 'RS256', kid, ...header } });
}

const b64 = (value: object | string) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

let jwks: JwksEndpoint;
let attackerJwks: JwksEndpoint;
let folder: string;
let subgraph: SubgraphServer;
let subgraphUrl: string;
let gateway: Gateway;
let gatewayUrl: string;
const gatewayLog: string[] = [];
const subgraphLog: string[] = [];

beforeAll(async () => {
  jwks = await serveJwks([publicJwk(rsaKey.publicKey, 'north-1', 'RS256')]);
  attackerJwks = await serveJwks([publicJwk(attackerKey.publicKey, 'north-1', 'RS256')]);
  folder = await mkdtemp(path.join(os.tmpdir(), 'beacon-issuers-'));
  const jwksFile = path.join(folder, 'safe-passage.jwks.json');
  await writeFile(jwksFile, JSON.stringify({ keys: [publicJwk(ecKey.publicKey, 'sp-1', 'ES256')] }));
  const issuers: IssuerKeysSource[] = [
    { issuer: ISSUER_URL, jwksUrl: jwks.url },
    // An NGO's own issuer: it speaks for its NGO only.
    { issuer: ISSUER_FILE, jwksFile, sectors: ['NGO'], orgs: ['safe-passage'] },
  ];
  // Each service verifies with its own verifier and key cache, as separate processes would.
  const verifier = () => createTokenVerifier({ issuers, audience: AUDIENCE, unknownKidRefreshMs: 300 });
  subgraph = createSubgraphServer({
    name: 'hello',
    schema: buildSubgraphSchema({ typeDefs: parse(HELLO_SDL), resolvers: { Query: { hello: () => 'world' } } }),
    verifier: verifier(),
    logger: pino({ level: 'info' }, { write: (line: string) => void subgraphLog.push(line) }),
    isReady: async () => true,
  });
  ({ url: subgraphUrl } = await subgraph.listen(0));
  gateway = createGateway({
    supergraphSdl: composeSupergraph([{ name: 'hello', sdl: HELLO_SDL, url: subgraphUrl }]),
    verifier: verifier(),
    logger: pino({ level: 'info' }, { write: (line: string) => void gatewayLog.push(line) }),
    rateLimit: false,
  });
  ({ url: gatewayUrl } = await gateway.listen(0, '127.0.0.1'));
});
afterAll(async () => {
  await gateway?.close();
  await subgraph?.close();
  await jwks?.close();
  await attackerJwks?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});
beforeEach(() => {
  jwks.keys = [publicJwk(rsaKey.publicKey, 'north-1', 'RS256')];
});

type Target = 'gateway' | 'subgraph';
const TARGETS: Target[] = ['gateway', 'subgraph'];

async function call(target: Target, token: string, requestId = `t-${randomUUID()}`) {
  const url = target === 'gateway' ? `${gatewayUrl}/graphql` : subgraphUrl;
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      'x-beacon-purpose': 'investigation',
      'x-request-id': requestId,
    },
    body: JSON.stringify({ query: QUERY }),
  });
  return { status: response.status, text: await response.text(), requestId };
}

/** The refusal log line of `requestId` at `target`, parsed. */
function refusalLogged(target: Target, requestId: string): Record<string, unknown> | undefined {
  const [log, msg] = target === 'gateway' ? [gatewayLog, 'rejected a request before planning'] : [subgraphLog, 'request refused: unauthenticated'];
  return log
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .find((line) => line.requestId === requestId && line.msg === msg);
}

const ATTACKS: ReadonlyArray<[string, () => string, RegExp]> = [
  ['alg "none"', () => `${b64({ alg: 'none', typ: 'JWT', kid: 'north-1' })}.${b64(claims())}.`, /algorithm/],
  [
    'HS256 signed with the issuer\'s RSA public key as the secret',
    () => {
      const unsigned = `${b64({ alg: 'HS256', typ: 'JWT', kid: 'north-1' })}.${b64(claims())}`;
      const secret = rsaKey.publicKey.export({ format: 'pem', type: 'spki' });
      return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
    },
    /algorithm/,
  ],
  ['an expired token', () => signRs(claims({ iat: Math.floor(Date.now() / 1000) - 600, exp: Math.floor(Date.now() / 1000) - 60 })), /expired/],
  ['a token not valid yet (nbf in an hour)', () => signRs(claims({ nbf: Math.floor(Date.now() / 1000) + 3600 })), /not valid yet/],
  [
    'a token without exp',
    () => {
      const { exp: _exp, ...withoutExp } = claims();
      return signRs(withoutExp);
    },
    /expiry/,
  ],
  ['a token for another audience', () => signRs(claims({ aud: 'another-api' })), /aud/],
  ["a token of one trusted issuer naming the other as iss", () => signRs(claims({ iss: ISSUER_FILE })), /key/],
  ['a kid the issuer does not publish', () => signRs(claims(), 'north-9'), /key/],
  ['a kid of "../x"', () => signRs(claims(), '../x'), /kid/],
  [
    "a jku pointing at the attacker's JWKS, signed by the attacker's key",
    () => signRs(claims(), 'north-1', attackerKey.privateKey, { jku: attackerJwks.url }),
    /jku/,
  ],
  [
    "an x5u pointing at the attacker's certificate",
    () => signRs(claims(), 'north-1', attackerKey.privateKey, { x5u: attackerJwks.url }),
    /x5u/,
  ],
  [
    'a valid token whose payload was changed after signing (roles raised)',
    () => {
      const [header, , signature] = signRs(claims()).split('.');
      return `${header}.${b64(claims({ roles: ['investigator', 'federation-gateway'], sector: 'HUB' }))}.${signature}`;
    },
    /signature/,
  ],
  [
    "a trusted NGO issuer's token claiming the hub's gateway identity",
    () =>
      jwt.sign(
        claims({ iss: ISSUER_FILE, org: 'beacon-hub', sector: 'HUB', roles: ['federation-gateway'] }),
        ecKey.privateKey,
        { algorithm: 'ES256', keyid: 'sp-1' },
      ),
    /may not speak for the HUB sector/,
  ],
  [
    "a trusted NGO issuer's token for another NGO",
    () =>
      jwt.sign(claims({ iss: ISSUER_FILE, org: 'other-ngo', sector: 'NGO' }), ecKey.privateKey, { algorithm: 'ES256', keyid: 'sp-1' }),
    /organisation/,
  ],
  [
    'a token from an issuer Beacon does not trust',
    () => signRs(claims({ iss: 'https://idp.attacker.example' }), 'north-1', attackerKey.privateKey),
    /issuer/,
  ],
];

describe('valid tokens from each trusted issuer', () => {
  it.each(TARGETS)('are answered at the %s: RS256 from the JWKS URL, ES256 from the JWKS file', async (target) => {
    const fromUrl = await call(target, signRs(claims()));
    expect(fromUrl.status).toBe(200);
    expect(JSON.parse(fromUrl.text)).toEqual({ data: { hello: 'world' } });
    const fromFile = await call(
      target,
      jwt.sign(claims({ iss: ISSUER_FILE, org: 'safe-passage', sector: 'NGO', purposes: ['investigation'] }), ecKey.privateKey, {
        algorithm: 'ES256',
        keyid: 'sp-1',
      }),
    );
    expect(JSON.parse(fromFile.text)).toEqual({ data: { hello: 'world' } });
  });
});

describe.each(TARGETS)('at the %s', (target) => {
  it.each(ATTACKS)('%s gets 401, no data, and a logged reason', async (_attack, tokenOf, reason) => {
    const { status, text, requestId } = await call(target, tokenOf());
    expect(status).toBe(401);
    const body = JSON.parse(text) as { data?: unknown; errors: Array<{ extensions: { code: string } }> };
    expect(body.data ?? null).toBeNull();
    expect(text).not.toContain('world');
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const line = refusalLogged(target, requestId);
    expect(line?.reason).toMatch(reason);
    // The reason stays in the log: the caller learns only that the token was refused.
    expect(text).not.toContain(line?.reason as string);
  });
});

describe("keys at the issuer's JWKS URL", () => {
  it("are never fetched from a token's jku or x5u", () => {
    expect(attackerJwks.fetches).toBe(0);
  });

  it('rotate: a new kid is fetched on first sight, and the retired key stops verifying', async () => {
    const before = jwks.fetches;
    jwks.keys = [publicJwk(rotatedRsaKey.publicKey, 'north-2', 'RS256')];
    // Past the pacing of unknown-kid refreshes (300 ms here; 30 s by default).
    await new Promise((resolve) => setTimeout(resolve, 350));
    const rotated = await call('gateway', signRs(claims(), 'north-2', rotatedRsaKey.privateKey));
    expect(JSON.parse(rotated.text)).toEqual({ data: { hello: 'world' } });
    // Both the gateway and the subgraph refreshed their own cache, once each.
    expect(jwks.fetches).toBe(before + 2);

    await new Promise((resolve) => setTimeout(resolve, 350));
    for (const target of TARGETS) expect((await call(target, signRs(claims(), 'north-1'))).status).toBe(401);
  });

  it('are refetched at most once per interval however many unknown kids are sent', async () => {
    await new Promise((resolve) => setTimeout(resolve, 350));
    const before = jwks.fetches;
    const started = performance.now();
    const forged = Array.from({ length: 25 }, (_, index) => signRs(claims(), `forged-${index}`, attackerKey.privateKey));
    // One after the other: concurrent verifications would share one fetch even without pacing.
    for (const token of forged) expect((await call('subgraph', token)).status).toBe(401);
    // One refetch per 300 ms interval at most (unpaced, it would be one per forged kid).
    const intervals = Math.floor((performance.now() - started) / 300) + 1;
    expect(jwks.fetches - before).toBeLessThanOrEqual(intervals);
  });
});
