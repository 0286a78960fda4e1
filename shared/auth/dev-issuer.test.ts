import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import jwt, { type JwtPayload } from 'jsonwebtoken';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BEACON_AUDIENCE,
  CorruptKeyFolderError,
  DEV_ISSUER,
  DEV_TOKEN_TTL_SECONDS,
  loadOrCreateDevIssuer,
} from './dev-issuer.js';
import { PERSONAS } from './personas.js';
import { createTokenVerifier } from './token-verifier.js';

let home: string;
let folder: string;

beforeEach(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'beacon-dev-issuer-'));
  folder = path.join(home, 'keys');
});

afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

const verifierFor = (jwksFile: string) =>
  createTokenVerifier({ issuers: [{ issuer: DEV_ISSUER, jwksFile }], audience: BEACON_AUDIENCE });

async function readJwks(file: string): Promise<{ keys: Array<Record<string, unknown>> }> {
  return JSON.parse(await readFile(file, 'utf8')) as { keys: Array<Record<string, unknown>> };
}

describe('loadOrCreateDevIssuer', () => {
  it('generates the key once and reuses it on later loads: same kid, earlier tokens still verify', async () => {
    const first = loadOrCreateDevIssuer(folder);
    const earlierToken = first.mint(PERSONAS['le-investigator']);
    const second = loadOrCreateDevIssuer(folder);
    expect(second.kid).toBe(first.kid);
    expect(second.jwksFile).toBe(first.jwksFile);

    // A fresh verifier reads the JWKS as the second load left it.
    const verifier = verifierFor(second.jwksFile);
    await expect(verifier.verify(earlierToken)).resolves.toMatchObject({ sub: 'demo:le-investigator', issuer: DEV_ISSUER });
    await expect(verifier.verify(second.mint(PERSONAS['ngo-caseworker']))).resolves.toMatchObject({ sector: 'NGO' });
  });

  it('creates the folder if missing and keeps the private key owner-only', async () => {
    const nested = path.join(home, 'a', 'b', 'keys');
    loadOrCreateDevIssuer(nested);
    const privateFile = path.join(nested, 'dev-issuer.private.json');
    if (process.platform !== 'win32') {
      expect((await stat(privateFile)).mode & 0o077).toBe(0);
    }
  });

  it('publishes a JWKS with one public signing key and no private member d', async () => {
    const issuer = loadOrCreateDevIssuer(folder);
    const jwks = await readJwks(issuer.jwksFile);
    expect(jwks.keys).toHaveLength(1);
    const [key] = jwks.keys;
    expect(key).toMatchObject({ kid: issuer.kid, use: 'sig', alg: 'ES256', kty: 'EC', crv: 'P-256' });
    expect(key).not.toHaveProperty('d');
    expect(JSON.stringify(jwks)).not.toMatch(/"d"\s*:/);
  });

  it('rewrites a damaged JWKS from the private key on the next load', async () => {
    const issuer = loadOrCreateDevIssuer(folder);
    const token = issuer.mint(PERSONAS['hub-analyst']);
    await writeFile(issuer.jwksFile, '{"keys": [');
    loadOrCreateDevIssuer(folder);
    await expect(verifierFor(issuer.jwksFile).verify(token)).resolves.toMatchObject({ sector: 'HUB' });
  });

  it.each<[string, (stored: Record<string, unknown>) => string]>([
    ['not JSON', () => 'this is not json'],
    ['an empty file', () => ''],
    ['a key that is not a private JWK', (stored) => JSON.stringify({ ...stored, privateJwk: { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' } })],
    ['a key without a kid', ({ kid: _kid, ...rest }) => JSON.stringify(rest)],
  ])('refuses a corrupt private key file (%s) with CorruptKeyFolderError naming the folder and saying to delete it', async (_label, corrupt) => {
    loadOrCreateDevIssuer(folder);
    const privateFile = path.join(folder, 'dev-issuer.private.json');
    const stored = JSON.parse(await readFile(privateFile, 'utf8')) as Record<string, unknown>;
    await writeFile(privateFile, corrupt(stored));

    let caught: unknown;
    try {
      loadOrCreateDevIssuer(folder);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CorruptKeyFolderError);
    const error = caught as CorruptKeyFolderError;
    expect(error.folder).toBe(folder);
    expect(error.message).toContain(folder);
    expect(error.message).toMatch(/delete that folder/i);
  });

  it('mints tokens with iss DEV_ISSUER, aud beacon, the key id and an exp DEV_TOKEN_TTL_SECONDS ahead', () => {
    const issuer = loadOrCreateDevIssuer(folder);
    const before = Math.floor(Date.now() / 1000);
    const token = issuer.mint(PERSONAS['bank-compliance']);
    const decoded = jwt.decode(token, { complete: true });
    expect(decoded?.header).toMatchObject({ alg: 'ES256', kid: issuer.kid });
    const payload = decoded?.payload as JwtPayload;
    expect(payload.iss).toBe(DEV_ISSUER);
    expect(payload.aud).toBe(BEACON_AUDIENCE);
    expect(payload.aud).toBe('beacon');
    expect(typeof payload.exp).toBe('number');
    expect(payload.exp! - payload.iat!).toBe(DEV_TOKEN_TTL_SECONDS);
    expect(payload.exp!).toBeGreaterThanOrEqual(before + DEV_TOKEN_TTL_SECONDS);
    expect(payload).toMatchObject({ ...PERSONAS['bank-compliance'] });
  });

  it('honours a custom ttlSeconds', () => {
    const issuer = loadOrCreateDevIssuer(folder);
    const payload = jwt.decode(issuer.mint(PERSONAS['hub-analyst'], { ttlSeconds: 90 })) as JwtPayload;
    expect(payload.exp! - payload.iat!).toBe(90);
  });

  it('does not let one folder verify tokens of another folder\'s key', async () => {
    const other = loadOrCreateDevIssuer(path.join(home, 'other-keys'));
    const issuer = loadOrCreateDevIssuer(folder);
    expect(other.kid).not.toBe(issuer.kid);
    await expect(verifierFor(issuer.jwksFile).verify(other.mint(PERSONAS['hub-analyst']))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});
