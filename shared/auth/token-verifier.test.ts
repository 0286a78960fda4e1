import { createHmac, generateKeyPairSync, randomUUID, sign as cryptoSign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import jwt from 'jsonwebtoken';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BeaconError } from '../errors/index.js';
import { DEFAULT_JWKS_TTL_MS, DEFAULT_UNKNOWN_KID_REFRESH_MS } from './key-store.js';
import { CLOCK_TOLERANCE_SECONDS, createTokenVerifier, type TokenVerifier } from './token-verifier.js';

const AUDIENCE = 'beacon';
const ISSUER_A = 'https://idp-a.example.org';
const ISSUER_B = 'https://idp-b.example.org';
const ISSUER_URL = 'https://idp-url.example.org';

type Alg = 'ES256' | 'RS256';

interface SigningKey {
  readonly kid: string;
  readonly alg: Alg;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
}

function makeKey(kid: string, alg: Alg = 'ES256'): SigningKey {
  const pair =
    alg === 'ES256'
      ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
      : generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, alg, ...pair };
}

function jwksOf(...keys: SigningKey[]) {
  return { keys: keys.map((key) => ({ ...key.publicKey.export({ format: 'jwk' }), kid: key.kid, use: 'sig', alg: key.alg })) };
}

const BEACON_CLAIMS = {
  sub: 'demo:le-investigator',
  org: 'harbour-police',
  sector: 'LAW_ENFORCEMENT',
  roles: ['investigator'],
  purposes: ['investigation', 'analysis'],
};

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A complete, valid payload for `iss`; each attack overrides or deletes one part of it. */
function payloadFor(iss: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...BEACON_CLAIMS, iss, aud: AUDIENCE, exp: nowSeconds() + 300, ...overrides };
}

function without(payload: Record<string, unknown>, ...fields: string[]): Record<string, unknown> {
  const copy = { ...payload };
  for (const field of fields) delete copy[field];
  return copy;
}

/** A real signature by `key`, with `kid` in the header unless overridden. */
function sign(key: SigningKey, payload: Record<string, unknown>, header: Record<string, unknown> = {}): string {
  return jwt.sign(payload, key.privateKey, { algorithm: key.alg, keyid: key.kid, header: { alg: key.alg, ...header } });
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** `header.payload.signature`, assembled by hand so no library can refuse to produce an attack. */
function handcraft(header: Record<string, unknown>, payload: Record<string, unknown>, signer?: (input: string) => string): string {
  const input = `${b64url(header)}.${b64url(payload)}`;
  return `${input}.${signer ? signer(input) : ''}`;
}

/** A real ES256 signature over a payload jsonwebtoken would refuse to sign (e.g. a string exp). */
function signRawEs256(key: SigningKey, payload: Record<string, unknown>): string {
  return handcraft({ alg: 'ES256', typ: 'JWT', kid: key.kid }, payload, (input) =>
    cryptoSign('sha256', Buffer.from(input), { key: key.privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url'),
  );
}

async function rejectionOf(promise: Promise<unknown>): Promise<BeaconError> {
  const outcome = await promise.then(
    (value) => ({ resolved: value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error(`expected a rejection, got ${JSON.stringify(outcome.resolved)}`);
  expect(outcome.error).toBeInstanceOf(BeaconError);
  expect((outcome.error as BeaconError).code).toBe('UNAUTHENTICATED');
  return outcome.error as BeaconError;
}

/** Asserts an UNAUTHENTICATED refusal, and (when given) that the right check refused it. */
async function expectRefused(promise: Promise<unknown>, reason?: RegExp): Promise<void> {
  const error = await rejectionOf(promise);
  if (reason) expect(error.message).toMatch(reason);
}

let folder: string;
const keyA = makeKey('a-es-1');
const keyA2 = makeKey('a-rs-1', 'RS256');
const keyB = makeKey('b-es-1');
const attacker = makeKey('attacker-1');
let verifier: TokenVerifier;

// An HTTP JWKS endpoint of a trusted issuer, and an attacker's endpoint beside it.
let server: Server;
let baseUrl: string;
let served: { keys: unknown[] } = { keys: [] };
let servedStatus = 200;
const hits = { jwks: 0, attacker: 0 };

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'beacon-verifier-'));
  await writeFile(path.join(folder, 'a.json'), JSON.stringify(jwksOf(keyA, keyA2)));
  await writeFile(path.join(folder, 'b.json'), JSON.stringify(jwksOf(keyB)));
  verifier = createTokenVerifier({
    issuers: [
      { issuer: ISSUER_A, jwksFile: path.join(folder, 'a.json') },
      { issuer: ISSUER_B, jwksFile: path.join(folder, 'b.json') },
    ],
    audience: AUDIENCE,
  });

  server = createServer((request, response) => {
    if (request.url === '/jwks') {
      hits.jwks += 1;
      response.writeHead(servedStatus, { 'content-type': 'application/json' });
      response.end(JSON.stringify(served));
    } else if (request.url === '/attacker/jwks') {
      hits.attacker += 1;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(jwksOf(attacker)));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('createTokenVerifier: accepted tokens', () => {
  it('turns a valid ES256 token into a frozen Principal with sub, org, sector, roles, purposes and issuer', async () => {
    const principal = await verifier.verify(sign(keyA, payloadFor(ISSUER_A)));
    expect(principal).toEqual({ ...BEACON_CLAIMS, issuer: ISSUER_A });
    expect(Object.isFrozen(principal)).toBe(true);
    expect(Object.isFrozen(principal.roles)).toBe(true);
  });

  it('accepts an RS256 token signed with an RSA key its issuer publishes', async () => {
    const principal = await verifier.verify(sign(keyA2, payloadFor(ISSUER_A, { sector: 'HUB', org: 'beacon-hub' })));
    expect(principal).toMatchObject({ sector: 'HUB', org: 'beacon-hub', issuer: ISSUER_A });
  });

  it('verifies each of two trusted issuers with its own keys', async () => {
    await expect(verifier.verify(sign(keyA, payloadFor(ISSUER_A)))).resolves.toMatchObject({ issuer: ISSUER_A });
    await expect(verifier.verify(sign(keyB, payloadFor(ISSUER_B)))).resolves.toMatchObject({ issuer: ISSUER_B });
  });

  it('tolerates a few seconds of clock skew on exp and nbf', async () => {
    const skew = CLOCK_TOLERANCE_SECONDS - 3;
    await expect(verifier.verify(sign(keyA, payloadFor(ISSUER_A, { exp: nowSeconds() - skew })))).resolves.toBeDefined();
    await expect(verifier.verify(sign(keyA, payloadFor(ISSUER_A, { nbf: nowSeconds() + skew })))).resolves.toBeDefined();
  });

  it('reads Authorization: Bearer <token>', async () => {
    const token = sign(keyA, payloadFor(ISSUER_A));
    await expect(verifier.verifyAuthorization(`Bearer ${token}`)).resolves.toMatchObject({ sub: BEACON_CLAIMS.sub });
  });
});

describe('createTokenVerifier: algorithm attacks', () => {
  it('refuses an unsigned token with alg "none"', async () => {
    const token = handcraft({ alg: 'none', typ: 'JWT', kid: keyA.kid }, payloadFor(ISSUER_A));
    expect(token.endsWith('.')).toBe(true);
    await expectRefused(verifier.verify(token), /algorithm "none"/);
  });

  it('refuses alg "None" and "NONE" spelled differently', async () => {
    for (const alg of ['None', 'NONE']) {
      await expectRefused(verifier.verify(handcraft({ alg, kid: keyA.kid }, payloadFor(ISSUER_A))), /algorithm/);
    }
  });

  it('refuses a token signed with HS256 using the public key as secret', async () => {
    const publicPem = keyA.publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const token = handcraft({ alg: 'HS256', typ: 'JWT', kid: keyA.kid }, payloadFor(ISSUER_A), (input) =>
      createHmac('sha256', publicPem).update(input).digest('base64url'),
    );
    await expectRefused(verifier.verify(token), /algorithm "HS256"/);
  });

  it('refuses HS256 keyed with the public key in JWK form too', async () => {
    const publicJwk = JSON.stringify(jwksOf(keyA).keys[0]);
    const token = handcraft({ alg: 'HS256', kid: keyA.kid }, payloadFor(ISSUER_A), (input) =>
      createHmac('sha256', publicJwk).update(input).digest('base64url'),
    );
    await expectRefused(verifier.verify(token), /algorithm/);
  });

  it('refuses a valid header and payload whose signature was stripped', async () => {
    const [header, payload] = sign(keyA, payloadFor(ISSUER_A)).split('.');
    await expectRefused(verifier.verify(`${header}.${payload}.`), /signature/);
  });

  it('refuses an ES256 signature presented as RS256', async () => {
    const token = sign(keyA, payloadFor(ISSUER_A));
    const [, payload, signature] = token.split('.');
    await expectRefused(verifier.verify(`${b64url({ alg: 'RS256', typ: 'JWT', kid: keyA.kid })}.${payload}.${signature}`));
  });

  it('refuses strings that are not JWTs at all', async () => {
    for (const junk of ['', 'not-a-jwt', 'a.b.c', `${b64url({ alg: 'ES256' })}.${Buffer.from('plain').toString('base64url')}.x`]) {
      await expectRefused(verifier.verify(junk));
    }
  });
});

describe('createTokenVerifier: time and audience', () => {
  it('refuses an expired token', async () => {
    await expectRefused(verifier.verify(sign(keyA, payloadFor(ISSUER_A, { exp: nowSeconds() - 60 }))), /expired/);
  });

  it('refuses a token whose nbf lies beyond the clock tolerance', async () => {
    const nbf = nowSeconds() + CLOCK_TOLERANCE_SECONDS + 30;
    await expectRefused(verifier.verify(sign(keyA, payloadFor(ISSUER_A, { nbf }))), /not valid yet/);
  });

  it('refuses a token with no exp', async () => {
    await expectRefused(verifier.verify(sign(keyA, without(payloadFor(ISSUER_A), 'exp'))), /expiry/);
  });

  it('refuses a token with a non-numeric exp', async () => {
    // The same raw signer yields a token that verifies, so the refusal is about exp alone.
    await expect(verifier.verify(signRawEs256(keyA, payloadFor(ISSUER_A)))).resolves.toBeDefined();
    await expectRefused(verifier.verify(signRawEs256(keyA, payloadFor(ISSUER_A, { exp: String(nowSeconds() + 300) }))));
  });

  it('refuses a token meant for another audience', async () => {
    await expectRefused(verifier.verify(sign(keyA, payloadFor(ISSUER_A, { aud: 'some-other-api' }))), /aud/);
  });

  it('refuses a token with no audience', async () => {
    await expectRefused(verifier.verify(sign(keyA, without(payloadFor(ISSUER_A), 'aud'))), /aud/);
  });
});

describe('createTokenVerifier: issuers and keys', () => {
  it('refuses a token from an issuer that is not trusted', async () => {
    const token = sign(attacker, payloadFor('https://evil.example.org'));
    await expectRefused(verifier.verify(token), /issuer Beacon does not trust/);
  });

  it('refuses a token with no iss', async () => {
    await expectRefused(verifier.verify(sign(keyA, without(payloadFor(ISSUER_A), 'iss'))), /issuer/);
  });

  it('refuses a token signed with a trusted key but naming an untrusted iss', async () => {
    await expectRefused(verifier.verify(sign(keyA, payloadFor('https://idp-a.example.org/other'))), /issuer Beacon does not trust/);
  });

  it('refuses a kid the issuer does not publish', async () => {
    const token = sign(keyA, payloadFor(ISSUER_A), { kid: 'not-published' });
    await expectRefused(verifier.verify(token), /key its issuer does not publish/);
  });

  it('refuses a token with no kid', async () => {
    const token = jwt.sign(payloadFor(ISSUER_A), keyA.privateKey, { algorithm: 'ES256' });
    await expectRefused(verifier.verify(token), /kid/);
  });

  it('refuses a kid of "../x" (and other path-like kids) before any lookup', async () => {
    for (const kid of ['../x', '../../etc/passwd', 'a/b', 'kid with spaces', 'x'.repeat(129)]) {
      await expectRefused(verifier.verify(sign(keyA, payloadFor(ISSUER_A), { kid })), /kid/);
    }
  });

  it("refuses a token signed by an untrusted key that claims a trusted iss and the issuer's kid", async () => {
    const token = sign({ ...attacker, kid: keyA.kid }, payloadFor(ISSUER_A));
    await expectRefused(verifier.verify(token), /signature/);
  });

  it('refuses a token signed by an untrusted key that claims a trusted iss with its own kid', async () => {
    await expectRefused(verifier.verify(sign(attacker, payloadFor(ISSUER_A))), /does not publish/);
  });

  it("refuses a token of issuer A carrying a kid of issuer B (and signed by B's key)", async () => {
    await expectRefused(verifier.verify(sign(keyB, payloadFor(ISSUER_A))), /does not publish/);
    await expectRefused(verifier.verify(sign(keyA, payloadFor(ISSUER_B))), /does not publish/);
  });

  it('refuses a valid token whose payload was tampered with after signing', async () => {
    const [header, , signature] = sign(keyA, payloadFor(ISSUER_A)).split('.');
    const escalated = b64url(payloadFor(ISSUER_A, { roles: ['investigator', 'admin'] }));
    await expectRefused(verifier.verify(`${header}.${escalated}.${signature}`), /signature/);
    const otherSector = b64url(payloadFor(ISSUER_A, { sector: 'HUB' }));
    await expectRefused(verifier.verify(`${header}.${otherSector}.${signature}`), /signature/);
  });

  it('refuses a token that embeds its own key in the header (jwk, x5c)', async () => {
    const embedded = jwksOf({ ...attacker, kid: keyA.kid }).keys[0];
    await expectRefused(verifier.verify(sign({ ...attacker, kid: keyA.kid }, payloadFor(ISSUER_A), { jwk: embedded })), /"jwk"/);
    await expectRefused(verifier.verify(sign({ ...attacker, kid: keyA.kid }, payloadFor(ISSUER_A), { x5c: ['MIIB'] })), /"x5c"/);
  });
});

describe('createTokenVerifier: Beacon claims', () => {
  it('refuses a token with no sector rather than defaulting one', async () => {
    await expectRefused(verifier.verify(sign(keyA, without(payloadFor(ISSUER_A), 'sector'))), /sector/);
  });

  it('refuses a sector outside the four Beacon knows (e.g. ADMIN)', async () => {
    await expectRefused(verifier.verify(sign(keyA, payloadFor(ISSUER_A, { sector: 'ADMIN' }))), /sector/);
    await expectRefused(verifier.verify(sign(keyA, payloadFor(ISSUER_A, { sector: 'law_enforcement' }))), /sector/);
  });

  it('refuses roles or purposes that are not arrays of strings', async () => {
    await expectRefused(verifier.verify(sign(keyA, payloadFor(ISSUER_A, { roles: 'investigator' }))), /roles/);
    await expectRefused(verifier.verify(sign(keyA, payloadFor(ISSUER_A, { roles: [1, 2] }))), /roles/);
    await expectRefused(verifier.verify(sign(keyA, payloadFor(ISSUER_A, { purposes: { 0: 'analysis' } }))), /purposes/);
  });

  it('refuses a token with no sub or no org', async () => {
    await expectRefused(verifier.verify(sign(keyA, without(payloadFor(ISSUER_A), 'sub'))), /sub/);
    await expectRefused(verifier.verify(sign(keyA, payloadFor(ISSUER_A, { org: '' }))), /org/);
  });
});

describe('verifyAuthorization', () => {
  it('refuses a missing header', async () => {
    await expectRefused(verifier.verifyAuthorization(undefined), /bearer token is required/);
    await expectRefused(verifier.verifyAuthorization(null), /bearer token is required/);
    await expectRefused(verifier.verifyAuthorization(''), /bearer token is required/);
  });

  it('refuses Basic credentials', async () => {
    const basic = `Basic ${Buffer.from('user:password').toString('base64')}`;
    await expectRefused(verifier.verifyAuthorization(basic), /bearer token is required/);
  });

  it('refuses "Bearer" with nothing after it', async () => {
    await expectRefused(verifier.verifyAuthorization('Bearer'), /bearer token is required/);
    await expectRefused(verifier.verifyAuthorization('Bearer '), /bearer token is required/);
    await expectRefused(verifier.verifyAuthorization('Bearer    '), /bearer token is required/);
  });

  it('refuses two tokens in one header', async () => {
    const token = sign(keyA, payloadFor(ISSUER_A));
    await expectRefused(verifier.verifyAuthorization(`Bearer ${token} ${token}`), /bearer token is required/);
  });

  it('still verifies the bearer token it extracts', async () => {
    const expired = sign(keyA, payloadFor(ISSUER_A, { exp: nowSeconds() - 60 }));
    await expectRefused(verifier.verifyAuthorization(`Bearer ${expired}`), /expired/);
  });
});

describe('createTokenVerifier: an issuer served over HTTP (jwksUrl)', () => {
  const current = makeKey('url-key-1');
  const next = makeKey('url-key-2');
  let urlVerifier: TokenVerifier;

  beforeEach(() => {
    served = jwksOf(current);
    servedStatus = 200;
    hits.jwks = 0;
    hits.attacker = 0;
    // A fresh verifier per test: each starts with an empty key cache.
    urlVerifier = createTokenVerifier({ issuers: [{ issuer: ISSUER_URL, jwksUrl: `${baseUrl}/jwks` }], audience: AUDIENCE });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('fetches the JWKS once and serves later tokens from its cache', async () => {
    await expect(urlVerifier.verify(sign(current, payloadFor(ISSUER_URL)))).resolves.toMatchObject({ issuer: ISSUER_URL });
    await expect(urlVerifier.verify(sign(current, payloadFor(ISSUER_URL)))).resolves.toBeDefined();
    expect(hits.jwks).toBe(1);
  });

  it('shares one fetch between concurrent first verifications', async () => {
    const tokens = Array.from({ length: 8 }, () => sign(current, payloadFor(ISSUER_URL)));
    await Promise.all(tokens.map((token) => urlVerifier.verify(token)));
    expect(hits.jwks).toBe(1);
  });

  it('refetches on an unknown kid and picks up a rotated key; the retired key stops verifying', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    await urlVerifier.verify(sign(current, payloadFor(ISSUER_URL)));
    expect(hits.jwks).toBe(1);

    served = jwksOf(next); // the issuer rotates: new key published, old one withdrawn
    vi.setSystemTime(Date.now() + DEFAULT_UNKNOWN_KID_REFRESH_MS + 1_000);
    await expect(urlVerifier.verify(sign(next, payloadFor(ISSUER_URL)))).resolves.toMatchObject({ issuer: ISSUER_URL });
    expect(hits.jwks).toBe(2);

    await expectRefused(urlVerifier.verify(sign(current, payloadFor(ISSUER_URL))), /does not publish/);
  });

  it('refetches for an unknown kid at most once per refresh interval, so forged kids cannot flood the issuer', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    await urlVerifier.verify(sign(current, payloadFor(ISSUER_URL)));
    vi.setSystemTime(Date.now() + DEFAULT_UNKNOWN_KID_REFRESH_MS + 1_000);
    for (let attempt = 0; attempt < 20; attempt += 1) {
      await expectRefused(urlVerifier.verify(sign(current, payloadFor(ISSUER_URL), { kid: `forged-${randomUUID()}` })), /does not publish/);
    }
    expect(hits.jwks).toBe(2);
  });

  it('refetches known keys once the cache TTL has passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    await urlVerifier.verify(sign(current, payloadFor(ISSUER_URL)));
    vi.setSystemTime(Date.now() + DEFAULT_JWKS_TTL_MS + 1_000);
    await urlVerifier.verify(sign(current, payloadFor(ISSUER_URL)));
    expect(hits.jwks).toBe(2);
  });

  it('refuses (UNAUTHENTICATED, not a crash) while the JWKS endpoint fails', async () => {
    servedStatus = 500;
    await expectRefused(urlVerifier.verify(sign(current, payloadFor(ISSUER_URL))), /does not publish/);
  });

  it('ignores a published key that carries private material (d)', async () => {
    served = { keys: [{ ...current.privateKey.export({ format: 'jwk' }), kid: current.kid, use: 'sig' }] };
    await expectRefused(urlVerifier.verify(sign(current, payloadFor(ISSUER_URL))), /does not publish/);
  });

  it('still verifies with the good keys when the JWKS also holds a key it cannot import', async () => {
    const symmetric = { kty: 'oct', k: Buffer.from('shared-secret').toString('base64url'), kid: 'hmac-1', use: 'sig' };
    served = { keys: [symmetric, ...jwksOf(current).keys] };
    await expect(urlVerifier.verify(sign(current, payloadFor(ISSUER_URL)))).resolves.toMatchObject({ issuer: ISSUER_URL });
    // …and the symmetric key is not usable for an HS256 token either.
    const token = handcraft({ alg: 'HS256', kid: 'hmac-1' }, payloadFor(ISSUER_URL), (input) =>
      createHmac('sha256', 'shared-secret').update(input).digest('base64url'),
    );
    await expectRefused(urlVerifier.verify(token), /algorithm/);
  });

  it("refuses a token whose jku points at the attacker's JWKS, without fetching it", async () => {
    for (const kid of [attacker.kid, current.kid]) {
      const token = sign({ ...attacker, kid }, payloadFor(ISSUER_URL), { jku: `${baseUrl}/attacker/jwks` });
      await expectRefused(urlVerifier.verify(token), /"jku"/);
    }
    expect(hits.attacker).toBe(0);
  });

  it("refuses a token whose x5u points at the attacker's keys, without fetching them", async () => {
    const token = sign({ ...attacker, kid: current.kid }, payloadFor(ISSUER_URL), { x5u: `${baseUrl}/attacker/jwks` });
    await expectRefused(urlVerifier.verify(token), /"x5u"/);
    expect(hits.attacker).toBe(0);
  });
});
