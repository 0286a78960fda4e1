import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkagePublisherClaims, type DevIssuer, type Sector } from '../../shared/auth/index.js';
import { MIN_LINKAGE_SECRET_BYTES } from '../../shared/config/index.js';
import { StackStartError } from './ports.js';

/** Service tokens are short-lived and re-minted before they expire. */
const SERVICE_TOKEN_TTL_SECONDS = 3600;
const REMINT_MARGIN_MS = 5 * 60_000;

/**
 * The dev stack's linkage secret, generated once under `.beacon/`. In production each data owner
 * is given the federation's secret out of band; the hub never has it.
 */
export function loadOrCreateLinkageSecret(home: string): string {
  const path = join(home, 'linkage-secret');
  if (!existsSync(path)) {
    mkdirSync(home, { recursive: true });
    writeFileSync(path, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  const secret = readFileSync(path, 'utf8').trim();
  if (Buffer.byteLength(secret) < MIN_LINKAGE_SECRET_BYTES) {
    throw new StackStartError(`The linkage secret in ${path} is too short or empty; delete the file to generate a new one.`);
  }
  return secret;
}

/** A publisher credential for one sector, minted by the dev issuer and cached until near expiry. */
export function devServiceCredential(issuer: DevIssuer, sector: Sector, org: string): () => string {
  let token = '';
  let expiresAt = 0;
  return () => {
    if (Date.now() > expiresAt - REMINT_MARGIN_MS) {
      token = issuer.mint(linkagePublisherClaims(sector, org), { ttlSeconds: SERVICE_TOKEN_TTL_SECONDS });
      expiresAt = Date.now() + SERVICE_TOKEN_TTL_SECONDS * 1000;
    }
    return token;
  };
}
