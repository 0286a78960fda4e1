import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { ConfigError, readOptional } from '../../shared/config/index.js';
import { databaseUrl, startEmbeddedPostgres } from '../../shared/database/index.js';
import { readStackConfig } from './stack-config.js';
import { databaseNameOf, findSubgraph, SUBGRAPHS, type SubgraphDefinition } from './subgraph-registry.js';

const PROBE_TIMEOUT_MS = 1_000;

/** Where a subgraph's database lives for a batch command: a URL, or the dev stack's embedded Postgres. */
export type SubgraphDatabase =
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'embedded'; readonly dataDir: string; readonly port: number; readonly database: string };

export interface LocateOptions {
  /** The option or argument that named the subgraph, for the error. Default `--subgraph`. */
  readonly argument?: string;
  /** The subgraphs to choose from. Default: the registry's. */
  readonly definitions?: readonly SubgraphDefinition[];
}

/**
 * `--database-url`, else `BEACON_<PREFIX>_DATABASE_URL`, else `DATABASE_URL`'s server with the
 * subgraph's database (`beacon_<name>`), else the dev stack's embedded Postgres under BEACON_HOME.
 */
export function locateSubgraphDatabase(
  subgraph: string,
  flagUrl: string | undefined,
  env: NodeJS.ProcessEnv,
  { argument = '--subgraph', definitions = SUBGRAPHS }: LocateOptions = {},
): SubgraphDatabase {
  const definition = findSubgraph(subgraph, definitions);
  if (!definition) throw new ConfigError(argument, `must be one of ${definitions.map((item) => item.name).join(', ')}; got "${subgraph}".`);
  const own = readOptional(env, `BEACON_${definition.envPrefix}_DATABASE_URL`);
  const server = readOptional(env, 'DATABASE_URL');
  const url = flagUrl ?? own ?? (server ? databaseUrl(server, databaseNameOf(definition.name)) : undefined);
  if (url) return { kind: 'url', url };
  const stack = readStackConfig(env);
  return { kind: 'embedded', dataDir: join(stack.home, 'pg'), port: stack.embeddedPostgresPort, database: databaseNameOf(definition.name) };
}

/** Runs `work` with the database's URL, starting (and afterwards stopping) the embedded Postgres if it is not running. */
export async function withSubgraphDatabase<T>(location: SubgraphDatabase, work: (url: string) => Promise<T>): Promise<T> {
  return withSubgraphDatabases([location], ([url]) => work(url as string));
}

/**
 * Runs `work` with each database's URL, in order. The embedded Postgres is used where it runs
 * (the dev stack's), else started once for all of them and stopped afterwards.
 */
export async function withSubgraphDatabases<T>(
  locations: readonly SubgraphDatabase[],
  work: (urls: string[]) => Promise<T>,
): Promise<T> {
  const embedded = locations.find((location) => location.kind === 'embedded');
  if (!embedded || embedded.kind !== 'embedded') return work(locations.map((location) => (location.kind === 'url' ? location.url : '')));
  const { dataDir, port } = embedded;
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    throw new ConfigError(
      '--database-url',
      `is needed: no BEACON_<SUBGRAPH>_DATABASE_URL or DATABASE_URL is set, and there is no embedded Postgres data in ${dataDir} (set BEACON_HOME to the dev stack's folder, or run \`npm start\` once).`,
    );
  }
  const urlsOn = (serverUrl: string) =>
    locations.map((location) => (location.kind === 'url' ? location.url : databaseUrl(serverUrl, location.database)));
  if (await isListening(port)) {
    const passwordFile = `${dataDir}.password`;
    if (!existsSync(passwordFile)) {
      throw new ConfigError('BEACON_HOME', `points at ${dataDir}, whose password file ${passwordFile} is missing.`);
    }
    const password = readFileSync(passwordFile, 'utf8').trim();
    return work(urlsOn(`postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`));
  }
  const postgres = await startEmbeddedPostgres({ dataDir, port });
  try {
    return await work(urlsOn(postgres.url));
  } finally {
    await postgres.stop();
  }
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    const done = (listening: boolean) => {
      socket.destroy();
      resolve(listening);
    };
    socket.setTimeout(PROBE_TIMEOUT_MS, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
