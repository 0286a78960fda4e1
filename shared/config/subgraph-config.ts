import type { IssuerKeysSource } from '../auth/index.js';
import { BEACON_AUDIENCE } from '../auth/index.js';
import { ConfigError, readPort, readString, readTrustedIssuers, readUrl } from './env.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The linkage secret is an HMAC key: shorter than this, it can be brute-forced offline. */
export const MIN_LINKAGE_SECRET_BYTES = 32;
export const DEFAULT_HOST = '127.0.0.1';

/** Configuration every subgraph has. */
export interface SubgraphConfig {
  readonly port: number;
  readonly host: string;
  /** This subgraph's own database: never shared with another subgraph. */
  readonly databaseUrl: string;
  readonly issuers: readonly IssuerKeysSource[];
  readonly audience: string;
  readonly logLevel: string;
}

/** How a sector subgraph reaches the hub. */
export interface LinkageClientConfig {
  readonly url: string;
  /** The federation's linkage secret: held by the data owners, never by the hub. */
  readonly secret: string;
  /** A service token with role `linkage-publisher`, fresh for each call. */
  readonly credential: () => string;
}

export interface SectorSubgraphConfig extends SubgraphConfig {
  readonly linkage: LinkageClientConfig;
}

/**
 * Reads `BEACON_<SECTOR>_PORT`, `BEACON_<SECTOR>_DATABASE_URL` (else `DATABASE_URL`),
 * `BEACON_TRUSTED_ISSUERS`, `BEACON_AUDIENCE` and `BEACON_LOG_LEVEL`.
 */
export function readSubgraphConfig(env: Env, prefix: string, defaultPort: number): SubgraphConfig {
  const databaseVariable = env[`BEACON_${prefix}_DATABASE_URL`] ? `BEACON_${prefix}_DATABASE_URL` : 'DATABASE_URL';
  return Object.freeze({
    port: readPort(env, `BEACON_${prefix}_PORT`, defaultPort),
    host: readString(env, 'BEACON_HOST', DEFAULT_HOST),
    databaseUrl: readUrl(env, databaseVariable),
    issuers: readTrustedIssuers(env),
    audience: readString(env, 'BEACON_AUDIENCE', BEACON_AUDIENCE),
    logLevel: readString(env, 'BEACON_LOG_LEVEL', 'info'),
  });
}

/** Adds the hub connection: `BEACON_LINKAGE_URL`, `BEACON_LINKAGE_SECRET`, `BEACON_LINKAGE_TOKEN`. */
export function readSectorSubgraphConfig(env: Env, prefix: string, defaultPort: number): SectorSubgraphConfig {
  const base = readSubgraphConfig(env, prefix, defaultPort);
  const token = readString(env, 'BEACON_LINKAGE_TOKEN');
  return Object.freeze({
    ...base,
    linkage: Object.freeze({
      url: readUrl(env, 'BEACON_LINKAGE_URL'),
      secret: checkLinkageSecret(readString(env, 'BEACON_LINKAGE_SECRET')),
      credential: () => token,
    }),
  });
}

export function checkLinkageSecret(secret: string, variable = 'BEACON_LINKAGE_SECRET'): string {
  if (Buffer.byteLength(secret, 'utf8') < MIN_LINKAGE_SECRET_BYTES) {
    throw new ConfigError(variable, `must be at least ${MIN_LINKAGE_SECRET_BYTES} bytes (e.g. \`openssl rand -hex 32\`).`);
  }
  return secret;
}
