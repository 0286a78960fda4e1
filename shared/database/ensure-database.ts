import pg from 'pg';
import { unavailableErrorFrom } from './database-unavailable-error.js';

const DATABASE_NAME = /^[a-z][a-z0-9_]{0,62}$/;
const DUPLICATE_DATABASE = '42P04';
/** What a racing CREATE DATABASE actually gets: the catalog's unique index fires before the name check. */
const UNIQUE_VIOLATION = '23505';
/** Long enough for a busy CI host, short enough that a wrong DATABASE_URL fails before a test timeout. */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Creates database `name` on the server at `serverUrl` unless it exists. Safe when several
 * processes race to create the same database: the loser's error means success here.
 */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  assertDatabaseName(name);
  await withServer(serverUrl, async (client) => {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount) return;
    try {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    } catch (error) {
      if (!isCreatedByOther(error)) throw error;
    }
  });
}

/** Drops database `name` if it exists, disconnecting anyone still using it. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  assertDatabaseName(name);
  await withServer(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  });
}

/** The URL of database `name` on the same server, with the same credentials and options. */
export function databaseUrl(serverUrl: string, name: string): string {
  assertDatabaseName(name);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function isCreatedByOther(error: unknown): boolean {
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  return code === DUPLICATE_DATABASE || (code === UNIQUE_VIOLATION && constraint === 'pg_database_datname_index');
}

function assertDatabaseName(name: string): void {
  if (!DATABASE_NAME.test(name)) {
    throw new TypeError(
      `Database name ${JSON.stringify(name)} is not allowed: use 1–63 lowercase letters, digits or underscores, starting with a letter.`,
    );
  }
}

async function withServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // A server that goes away mid-session emits 'error' on the client; without a listener Node
  // would crash the process instead of letting the pending query reject.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw unavailableErrorFrom(serverUrl, error) ?? error;
  }
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}
