import { parseArgs } from 'node:util';
import pg from 'pg';
import { AuditLogMissingError, verifyAuditChain, type ChainVerdict } from '../../shared/audit/index.js';
import { ConfigError } from '../../shared/config/index.js';
import { unavailableErrorFrom } from '../../shared/database/index.js';
import { locateSubgraphDatabase, withSubgraphDatabase, type SubgraphDatabase } from '../stack/database-resolution.js';

const USAGE = 'Usage: beacon audit verify --subgraph <name> [--database-url <url>]';
const CONNECT_TIMEOUT_MS = 10_000;

/** Where the audit log to verify lives: a URL, or the dev stack's embedded Postgres. */
export type AuditDatabase = SubgraphDatabase;

/** See locateSubgraphDatabase: the audit command resolves a database as every batch command does. */
export const locateAuditDatabase = locateSubgraphDatabase;

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

function withAuditDatabase<T>(location: AuditDatabase, work: (client: pg.Client) => Promise<T>): Promise<T> {
  return withSubgraphDatabase(location, (url) => withClient(url, work));
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
