import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import type { PersonaClaims } from './personas.js';

/** The `iss` of tokens minted by the dev stack. Production configuration names other issuers. */
export const DEV_ISSUER = 'urn:beacon:dev-issuer';
/** The `aud` of every Beacon token. */
export const BEACON_AUDIENCE = 'beacon';
/** Demo tokens last a working day; service credentials are re-minted long before they expire. */
export const DEV_TOKEN_TTL_SECONDS = 12 * 3600;

const PRIVATE_KEY_FILE = 'dev-issuer.private.json';
const JWKS_FILE = 'jwks.json';

/** The dev stack's signing key, generated once under `.beacon/keys/` and reused across restarts. */
export interface DevIssuer {
  readonly issuer: string;
  readonly kid: string;
  /** Path of the public JWKS document, to name as a trusted issuer's `jwksFile`. */
  readonly jwksFile: string;
  mint(claims: PersonaClaims, options?: { ttlSeconds?: number }): string;
}

export class CorruptKeyFolderError extends Error {
  constructor(readonly folder: string, cause: unknown) {
    super(
      `The dev signing key in ${folder} is unreadable (${(cause as Error).message}). ` +
        `Delete that folder to generate a new key; tokens minted with the old one stop working.`,
    );
    this.name = 'CorruptKeyFolderError';
  }
}

interface StoredKey {
  kid: string;
  privateJwk: Record<string, unknown>;
}

/** Loads the dev key from `folder`, generating it (and its JWKS) on first use. */
export function loadOrCreateDevIssuer(folder: string): DevIssuer {
  const privatePath = join(folder, PRIVATE_KEY_FILE);
  const jwksPath = join(folder, JWKS_FILE);
  let stored: StoredKey;
  let privateKey: KeyObject;
  if (existsSync(privatePath)) {
    try {
      stored = JSON.parse(readFileSync(privatePath, 'utf8')) as StoredKey;
      privateKey = createPrivateKey({ key: stored.privateJwk as never, format: 'jwk' });
      if (typeof stored.kid !== 'string') throw new Error('no kid');
    } catch (error) {
      throw new CorruptKeyFolderError(folder, error);
    }
  } else {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    privateKey = pair.privateKey;
    stored = { kid: `dev-${randomUUID().slice(0, 8)}`, privateJwk: pair.privateKey.export({ format: 'jwk' }) };
    writeAtomically(privatePath, JSON.stringify(stored), 0o600);
  }
  const publicJwk = { ...createPublicKey(privateKey).export({ format: 'jwk' }), kid: stored.kid, use: 'sig', alg: 'ES256' };
  // The JWKS is derived, so rewrite it every time: a hand-edited or truncated copy heals itself.
  writeAtomically(jwksPath, JSON.stringify({ keys: [publicJwk] }, null, 2), 0o644);

  return {
    issuer: DEV_ISSUER,
    kid: stored.kid,
    jwksFile: jwksPath,
    mint(claims, options = {}) {
      return jwt.sign({ ...claims, roles: [...claims.roles], purposes: [...claims.purposes] }, privateKey, {
        algorithm: 'ES256',
        keyid: stored.kid,
        issuer: DEV_ISSUER,
        audience: BEACON_AUDIENCE,
        expiresIn: options.ttlSeconds ?? DEV_TOKEN_TTL_SECONDS,
      });
    },
  };
}

function writeAtomically(path: string, content: string, mode: number): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content, { mode });
  renameSync(temporary, path);
}
