import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { BEACON_AUDIENCE, DEV_ISSUER, loadOrCreateDevIssuer, type DevIssuer } from '../../../shared/auth/index.js';
import { isolatedDatabases, type IsolatedDatabases } from '../../../test/support/databases.js';
import { createLinkageSubgraph, type LinkageSubgraph } from '../index.js';

/** A linkage hub on its own database and a random port, trusting a dev issuer of its own. */
export interface HubUnderTest {
  readonly hub: LinkageSubgraph;
  readonly url: string;
  /** Signs the sectors' service credentials the hub accepts. */
  readonly issuer: DevIssuer;
  /** A direct connection to the hub's database, to read what it stored. */
  readonly db: pg.Client;
  /** What the hub logged, one JSON object a line. */
  readonly logged: string[];
  close(): Promise<void>;
}

/**
 * Starts the hub as a test's `beforeAll` needs it: the publication tests read its database and its
 * log beside its HTTP answers, so both are handed back.
 */
export async function startHubUnderTest(databaseName: string): Promise<HubUnderTest> {
  const databases: IsolatedDatabases = await isolatedDatabases([databaseName]);
  const keyFolder = await mkdtemp(join(tmpdir(), 'beacon-hub-keys-'));
  const issuer = loadOrCreateDevIssuer(keyFolder);
  const logged: string[] = [];
  const databaseUrl = databases.urls[databaseName] as string;
  const hub = await createLinkageSubgraph(
    {
      port: 0,
      host: '127.0.0.1',
      databaseUrl,
      issuers: [{ issuer: DEV_ISSUER, jwksFile: issuer.jwksFile }],
      audience: BEACON_AUDIENCE,
      logLevel: 'warn',
    },
    pino({ level: 'warn' }, { write: (line: string) => void logged.push(line) }),
  );
  const { url } = await hub.listen(0, '127.0.0.1');
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  return {
    hub,
    url,
    issuer,
    db,
    logged,
    async close() {
      await db.end().catch(() => undefined);
      await hub.close();
      await databases.drop();
      await rm(keyFolder, { recursive: true, force: true });
    },
  };
}
