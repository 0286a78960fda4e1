import type { IssuerKeysSource } from '../auth/index.js';
import { BEACON_AUDIENCE } from '../auth/index.js';
import { catalogue, SUBGRAPH_ENV_PREFIXES, type ConfigVariable, type SubgraphEnvName } from './catalogue.js';
import { ConfigError, readPort, readString, readTrustedIssuers, readUrl } from './env.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The linkage secret is an HMAC key: shorter than this, it can be brute-forced offline. */
export const MIN_LINKAGE_SECRET_BYTES = 32;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_LOG_LEVEL = 'info';

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
    logLevel: readString(env, 'BEACON_LOG_LEVEL', DEFAULT_LOG_LEVEL),
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

/** What {@link readSubgraphConfig} reads for one subgraph. */
export function subgraphVariables(subgraph: SubgraphEnvName, defaultPort: number): readonly ConfigVariable[] {
  const prefix = SUBGRAPH_ENV_PREFIXES[subgraph];
  const readBy = [subgraph];
  return catalogue([
    { name: `BEACON_${prefix}_PORT`, readBy, type: 'port', default: String(defaultPort), description: `The ${subgraph} subgraph's HTTP port.` },
    {
      name: `BEACON_${prefix}_DATABASE_URL`,
      readBy,
      type: 'URL',
      default: '`DATABASE_URL`',
      description: `The ${subgraph} subgraph's own Postgres database; never shared with another subgraph.`,
    },
    {
      name: 'DATABASE_URL',
      readBy,
      type: 'URL',
      description: 'The database of a subgraph that has no `BEACON_<SUBGRAPH>_DATABASE_URL`; one of the two is required.',
    },
    { name: 'BEACON_HOST', readBy, type: 'text', default: `\`${DEFAULT_HOST}\``, description: 'The interface to listen on; `0.0.0.0` behind a load balancer or in a container.' },
    {
      name: 'BEACON_TRUSTED_ISSUERS',
      readBy,
      type: 'JSON',
      description:
        'The token issuers to trust: `[{"issuer": "…", "jwksUrl": "…"}]` (or `"jwksFile"`); an optional `"sectors"` and `"orgs"` limit whom an issuer may speak for.',
    },
    { name: 'BEACON_AUDIENCE', readBy, type: 'text', default: `\`${BEACON_AUDIENCE}\``, description: 'The `aud` claim every token must carry.' },
    { name: 'BEACON_LOG_LEVEL', readBy, type: 'log level', default: `\`${DEFAULT_LOG_LEVEL}\``, description: 'pino level of the JSON logs on stdout (`debug`, `info`, `warn`, `error`).' },
  ]);
}

/** What {@link readSectorSubgraphConfig} reads for a sector: the subgraph's variables and the hub connection. */
export function sectorSubgraphVariables(subgraph: SubgraphEnvName, defaultPort: number): readonly ConfigVariable[] {
  const readBy = [subgraph];
  return [
    ...subgraphVariables(subgraph, defaultPort),
    ...catalogue([
      { name: 'BEACON_LINKAGE_URL', readBy, type: 'URL', description: "The hub's (linkage subgraph's) GraphQL URL, where this sector publishes its keyed encodings." },
      {
        name: 'BEACON_LINKAGE_SECRET',
        readBy,
        type: 'secret',
        description: `The federation's linkage secret (at least ${MIN_LINKAGE_SECRET_BYTES} bytes, e.g. \`openssl rand -hex 32\`): held by the data owners, never by the hub.`,
      },
      { name: 'BEACON_LINKAGE_TOKEN', readBy, type: 'secret', description: "This institution's service token (role `linkage-publisher`) for publishing to the hub." },
    ]),
  ];
}
