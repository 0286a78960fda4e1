import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import {
  BEACON_AUDIENCE,
  DEV_ISSUER,
  PERSONAS,
  loadOrCreateDevIssuer,
  type DevIssuer,
  type PersonaClaims,
  type Principal,
} from '../../../shared/auth/index.js';
import type { SectorSubgraphConfig } from '../../../shared/config/index.js';
import type { RecordPublication } from '../../../shared/linkage-outbox/index.js';
import { isolatedDatabases, type IsolatedDatabases } from '../../../test/support/databases.js';
import { createNgoSubgraph, type NgoSubgraph } from '../index.js';

export const caseworkerClaims: PersonaClaims = PERSONAS['ngo-caseworker'];
export const otherNgoClaims: PersonaClaims = { ...PERSONAS['ngo-caseworker'], sub: 'test:other-caseworker', org: 'other-ngo' };
export const bankerClaims: PersonaClaims = PERSONAS['bank-compliance'];

export function principalOf(claims: PersonaClaims): Principal {
  return { ...claims, issuer: DEV_ISSUER };
}

export interface NgoTestSubgraph {
  readonly subgraph: NgoSubgraph;
  readonly issuer: DevIssuer;
  /** A direct connection to the subgraph's own database, to inspect and to age records. */
  readonly db: pg.Client;
  count(sql: string, params?: unknown[]): Promise<number>;
  /** A record's publications, oldest first, delivered or not. */
  publications(recordId: string): Promise<RecordPublication[]>;
  /** POSTs to the subgraph itself, as `claims` declaring `purpose`. */
  graphql(
    claims: PersonaClaims,
    purpose: string,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

/**
 * One NGO subgraph on its own database, listening, with no hub behind it: publications stay
 * queued in the outbox, which is what these tests inspect.
 */
export async function startNgoTestSubgraph(): Promise<NgoTestSubgraph> {
  const databases: IsolatedDatabases = await isolatedDatabases(['ngo']);
  const keyFolder = await mkdtemp(join(tmpdir(), 'beacon-ngo-keys-'));
  const issuer = loadOrCreateDevIssuer(keyFolder);
  const config: SectorSubgraphConfig = {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: databases.urls.ngo as string,
    issuers: [{ issuer: DEV_ISSUER, jwksFile: issuer.jwksFile }],
    audience: BEACON_AUDIENCE,
    logLevel: 'silent',
    linkage: { url: 'http://127.0.0.1:9/graphql', secret: 'x'.repeat(40), credential: () => 'unused' },
  };
  const subgraph = await createNgoSubgraph(config);
  const { url } = await subgraph.listen(0, '127.0.0.1');
  const db = new pg.Client({ connectionString: databases.urls.ngo });
  await db.connect();

  return {
    subgraph,
    issuer,
    db,
    async count(sql, params = []) {
      const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM (${sql}) AS q`, params);
      return Number(rows[0]?.n);
    },
    async publications(recordId) {
      const { rows } = await db.query<{ publication: RecordPublication }>(
        'SELECT publication FROM linkage_outbox WHERE record_id = $1 ORDER BY id',
        [recordId],
      );
      return rows.map((row) => row.publication);
    },
    async graphql(claims, purpose, query, variables = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${issuer.mint(claims)}`,
          'x-beacon-purpose': purpose,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: await response.json() };
    },
    async close() {
      await db.end().catch(() => undefined);
      await subgraph.close();
      await databases.drop();
      await rm(keyFolder, { recursive: true, force: true });
    },
  };
}
