import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { AuditLogMissingError, verifyAuditChain, type ChainVerdict } from '../../shared/audit/index.js';
import { ConfigError, readOptional } from '../../shared/config/index.js';
import { databaseUrl, startEmbeddedPostgres, unavailableErrorFrom } from '../../shared/database/index.js';
import { readStackConfig } from '../stack/stack-config.js';
import { databaseNameOf, findSubgraph, SUBGRAPHS } from '../stack/subgraph-registry.js';

const USAGE = 'Usage: beacon audit verify --subgraph <name> [--database-url <url>]';
const CONNECT_TIMEOUT_MS = 10_000;
const PROBE_TIMEOUT_MS = 1_000;

/** Where the audit log to verify lives: a URL, or the dev stack's embedded Postgres. */
export type AuditDatabase =
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'embedded'; readonly dataDir: string; readonly port: number; readonly database: string };

/**
 * `--database-url`, else `BEACON_<PREFIX>_DATABASE_URL`, else `DATABASE_URL`'s server with the
 * subgraph's database (`beacon_<name>`), else the dev stack's embedded Postgres under BEACON_HOME.
 */
export function locateAuditDatabase(subgraph: string, flagUrl: string | undefined, env: NodeJS.ProcessEnv): AuditDatabase {
  const definition = findSubgraph(subgraph);
  if (!definition) throw new ConfigError('--subgraph', `must be one of ${SUBGRAPHS.map((item) => item.name).join(', ')}; got "${subgraph}".`);
  const own = readOptional(env, `BEACON_${definition.envPrefix}_DATABASE_URL`);
  const server = readOptional(env, 'DATABASE_URL');
  const url = flagUrl ?? own ?? (server ? databaseUrl(server, databaseNameOf(definition.name)) : undefined);
  if (url) return { kind: 'url', url };
  const stack = readStackConfig(env);
  return { kind: 'embedded', dataDir: join(stack.home, 'pg'), port: stack.embeddedPostgresPort, database: databaseNameOf(definition.name) };
}

/** `beacon audit verify --subgraph <name> [--database-url <url>]`: exit 0 on an intact chain, 1 otherwise. */
export async function runAudit(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [action, ...rest] = args;
  if (action !== 'verify') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const { values } = parseArgs({ args: rest, options: { subgraph: { type: 'string' }, 'database-url': { type: 'string' } } });
  if (!values.subgraph) throw new ConfigError('--subgraph', `is required. ${USAGE}`);
  const location = locateAuditDatabase(values.subgraph, values['database-url'], env);

  let verdict: ChainVerdict;
  try {
    verdict = await withAuditDatabase(location, (client) => verifyAuditChain(client));
  } catch (error) {
    if (!(error instanceof AuditLogMissingError)) throw error;
    process.stderr.write(`beacon audit: ${values.subgraph}: ${error.message}\n`);
    return 1;
  }
  if (verdict.intact) {
    process.stdout.write(`${verdict.events} events, chain intact\n`);
    // Cutting events off the end leaves a shorter, still valid chain: compare the head with one kept elsewhere.
    if (verdict.head) process.stdout.write(`head: event ${verdict.head.id}, hash ${verdict.head.hash}\n`);
    return 0;
  }
  const { id, problem, explanation } = verdict.broken;
  const what = problem === 'HASH_MISMATCH' ? 'hash mismatch' : 'prev_hash mismatch';
  process.stdout.write(`chain broken at event ${id}: ${what} — ${explanation} (${verdict.events} events checked)\n`);
  return 1;
}

/** Connects to the audit database, starting (and afterwards stopping) the embedded Postgres if it is not running. */
async function withAuditDatabase<T>(location: AuditDatabase, work: (client: pg.Client) => Promise<T>): Promise<T> {
  if (location.kind === 'url') return withClient(location.url, work);
  const { dataDir, port, database } = location;
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    throw new ConfigError(
      '--database-url',
      `is needed: no BEACON_<SUBGRAPH>_DATABASE_URL or DATABASE_URL is set, and there is no embedded Postgres data in ${dataDir} (set BEACON_HOME to the dev stack's folder).`,
    );
  }
  if (await isListening(port)) {
    const passwordFile = `${dataDir}.password`;
    if (!existsSync(passwordFile)) {
      throw new ConfigError('BEACON_HOME', `points at ${dataDir}, whose password file ${passwordFile} is missing.`);
    }
    const password = readFileSync(passwordFile, 'utf8').trim();
    return withClient(`postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`, work);
  }
  const postgres = await startEmbeddedPostgres({ dataDir, port });
  try {
    return await withClient(databaseUrl(postgres.url, database), work);
  } finally {
    await postgres.stop();
  }
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw unavailableErrorFrom(url, error) ?? error;
  }
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
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
