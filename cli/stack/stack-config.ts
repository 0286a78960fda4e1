import { resolve } from 'node:path';
import { readOptional, readPort, readString } from '../../shared/config/index.js';
import { DEFAULT_GATEWAY_PORT, DEFAULT_SUPERGRAPH_PATH } from '../../gateway/config.js';
import { SUBGRAPHS } from './subgraph-registry.js';

/** The embedded Postgres listens here, beside (not on) a system Postgres's 5432. */
export const DEFAULT_EMBEDDED_PG_PORT = 54329;
export const DEFAULT_HOME = '.beacon';

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
    logLevel: readString(env, 'BEACON_LOG_LEVEL', 'warn'),
  });
}
