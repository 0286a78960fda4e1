import { resolve } from 'node:path';
import { catalogue, DEFAULT_HOST, readOptional, readPort, readString, type ConfigVariable } from '../../shared/config/index.js';
import { DEFAULT_GATEWAY_PORT, DEFAULT_SUPERGRAPH_PATH } from '../../gateway/config.js';
import { SUBGRAPHS } from './subgraph-registry.js';

/** The embedded Postgres listens here, beside (not on) a system Postgres's 5432. */
export const DEFAULT_EMBEDDED_PG_PORT = 54329;
export const DEFAULT_HOME = '.beacon';
/** The dev stack runs four services in one terminal: only what needs attention is logged. */
export const DEFAULT_STACK_LOG_LEVEL = 'warn';

export interface StackConfig {
  readonly home: string;
  readonly databaseServerUrl: string | undefined;
  readonly embeddedPostgresPort: number;
  readonly host: string;
  readonly gatewayPort: number;
  readonly subgraphPorts: Readonly<Record<string, number>>;
  readonly supergraphPath: string;
  readonly logLevel: string;
}

/**
 * The dev stack's environment, read in one place: `DATABASE_URL`, `BEACON_HOME`, `BEACON_PG_PORT`,
 * `BEACON_HOST`, `BEACON_GATEWAY_PORT`, `BEACON_<SUBGRAPH>_PORT`, `BEACON_SUPERGRAPH`, `BEACON_LOG_LEVEL`.
 */
export function readStackConfig(env: NodeJS.ProcessEnv = process.env): StackConfig {
  return Object.freeze({
    home: resolve(readString(env, 'BEACON_HOME', DEFAULT_HOME)),
    databaseServerUrl: readOptional(env, 'DATABASE_URL'),
    embeddedPostgresPort: readPort(env, 'BEACON_PG_PORT', DEFAULT_EMBEDDED_PG_PORT),
    host: readString(env, 'BEACON_HOST', '127.0.0.1'),
    gatewayPort: readPort(env, 'BEACON_GATEWAY_PORT', DEFAULT_GATEWAY_PORT),
    subgraphPorts: Object.fromEntries(
      SUBGRAPHS.map((definition) => [definition.name, readPort(env, `BEACON_${definition.envPrefix}_PORT`, definition.defaultPort)]),
    ),
    supergraphPath: resolve(readString(env, 'BEACON_SUPERGRAPH', DEFAULT_SUPERGRAPH_PATH)),
    logLevel: readString(env, 'BEACON_LOG_LEVEL', DEFAULT_STACK_LOG_LEVEL),
  });
}

const stack = ['dev stack'];
/** Batch commands that open a sector's database and derive linkage keys themselves. */
const batch = ['beacon import', 'beacon retention'];

/**
 * Every variable the dev stack and the `beacon` commands read beyond the services' own
 * (docs/configuration.md is generated from it).
 */
export const STACK_VARIABLES: readonly ConfigVariable[] = catalogue([
  {
    name: 'DATABASE_URL',
    readBy: [...stack, 'beacon seed', 'beacon audit', ...batch],
    type: 'URL',
    default: 'an embedded Postgres under `BEACON_HOME`',
    description: 'A Postgres server on which the dev stack creates one database per subgraph (`beacon_<name>`).',
  },
  { name: 'BEACON_HOME', readBy: stack, type: 'path', default: `\`${DEFAULT_HOME}\``, description: 'Dev keys, the dev linkage secret and the embedded Postgres data.' },
  { name: 'BEACON_PG_PORT', readBy: stack, type: 'port', default: String(DEFAULT_EMBEDDED_PG_PORT), description: "The embedded Postgres's port, beside (not on) a system Postgres's 5432." },
  { name: 'BEACON_HOST', readBy: stack, type: 'text', default: `\`${DEFAULT_HOST}\``, description: 'The interface every service of the stack listens on.' },
  { name: 'BEACON_GATEWAY_PORT', readBy: stack, type: 'port', default: String(DEFAULT_GATEWAY_PORT), description: "The gateway's port." },
  ...SUBGRAPHS.map((definition) => ({
    name: `BEACON_${definition.envPrefix}_PORT`,
    // The batch commands find the dev stack's hub on its port when BEACON_LINKAGE_URL is unset.
    readBy: definition.kind === 'hub' ? [...stack, ...batch] : stack,
    type: 'port' as const,
    default: String(definition.defaultPort),
    description: `The ${definition.name} subgraph's port.`,
  })),
  ...SUBGRAPHS.map((definition) => ({
    name: `BEACON_${definition.envPrefix}_DATABASE_URL`,
    readBy: [...stack, 'beacon audit', ...batch],
    type: 'URL' as const,
    default: `\`beacon_${definition.name.replaceAll('-', '_')}\` on \`DATABASE_URL\``,
    description: `The ${definition.name} subgraph's own database, instead of one on \`DATABASE_URL\`.`,
  })),
  { name: 'BEACON_SUPERGRAPH', readBy: stack, type: 'path', default: '`supergraph.graphql` of the checkout', description: 'The supergraph the stack\'s gateway serves.' },
  { name: 'BEACON_LOG_LEVEL', readBy: [...stack, ...batch], type: 'log level', default: `\`${DEFAULT_STACK_LOG_LEVEL}\``, description: 'pino level of every service the stack runs.' },
  { name: 'BEACON_LINKAGE_URL', readBy: batch, type: 'URL', default: 'the dev stack\'s linkage subgraph', description: 'The hub that imported records are published to.' },
  {
    name: 'BEACON_LINKAGE_SECRET',
    readBy: [...batch, 'beacon link'],
    type: 'secret',
    default: 'the dev secret under `BEACON_HOME` (`beacon link`: a random one per run)',
    description: "The federation's linkage secret, so that keys derived here match the rest of the federation.",
  },
  { name: 'BEACON_LINKAGE_TOKEN', readBy: batch, type: 'secret', default: 'a dev service token', description: 'The service token for publishing to the hub.' },
  {
    name: 'BEACON_TRUSTED_ISSUERS',
    readBy: ['beacon token'],
    type: 'JSON',
    default: 'the dev issuer',
    description: '`beacon token` refuses to mint dev tokens when this is set and does not trust the dev issuer.',
  },
]);
