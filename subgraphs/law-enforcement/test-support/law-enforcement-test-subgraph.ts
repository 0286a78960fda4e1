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
import { createLawEnforcementSubgraph, type LawEnforcementSubgraph } from '../index.js';

export const harbourClaims: PersonaClaims = PERSONAS['le-investigator'];
export const coastalClaims: PersonaClaims = { ...PERSONAS['le-investigator'], sub: 'test:coastal-investigator', org: 'coastal-police' };
export const caseworkerClaims: PersonaClaims = PERSONAS['ngo-caseworker'];

export function principalOf(claims: PersonaClaims): Principal {
  return { ...claims, issuer: DEV_ISSUER };
}

export const harbourPolice = principalOf(harbourClaims);
export const coastalPolice = principalOf(coastalClaims);

/** What an investigator declares: purpose investigation, with a case as justification. */
export const INVESTIGATION = { 'x-beacon-purpose': 'investigation', 'x-beacon-justification': 'HP-2026-0042' };

/** A valid new case; tests override what they exercise. */
export function caseInput(reference: string, overrides: Record<string, unknown> = {}) {
  return {
    reference,
    jurisdiction: 'GB',
    openedOn: '2026-01-05',
    typesOfExploitation: ['FORCED_LABOUR'],
    handlingCode: 'H1',
    sourceReliability: 'B',
    informationAccuracy: 'CORROBORATED',
    retentionUntil: '2035-01-01',
    ...overrides,
  };
}

export interface LawEnforcementTestSubgraph {
  readonly subgraph: LawEnforcementSubgraph;
  readonly issuer: DevIssuer;
  /** The subgraph's own database, to inspect what it stores. */
  readonly databaseUrl: string;
  readonly url: string;
  readonly db: pg.Client;
  count(sql: string, params?: unknown[]): Promise<number>;
  /** A record's publications still in the outbox, oldest first, delivered or not. */
  publications(recordId: string): Promise<RecordPublication[]>;
  /** POSTs to the subgraph itself with `claims`' token and the given headers. */
  graphql(claims: PersonaClaims, headers: Record<string, string>, query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

/**
 * One law-enforcement subgraph on its own database, listening, with no hub behind it:
 * publications stay queued in the outbox, which is what these tests inspect.
 */
export async function startLawEnforcementTestSubgraph(extraDatabases: string[] = []): Promise<LawEnforcementTestSubgraph & { databases: IsolatedDatabases }> {
  const databases = await isolatedDatabases(['law-enforcement', ...extraDatabases]);
  const keyFolder = await mkdtemp(join(tmpdir(), 'beacon-le-keys-'));
  const issuer = loadOrCreateDevIssuer(keyFolder);
  const databaseUrl = databases.urls['law-enforcement'] as string;
  const config: SectorSubgraphConfig = {
    port: 0,
    host: '127.0.0.1',
    databaseUrl,
    issuers: [{ issuer: DEV_ISSUER, jwksFile: issuer.jwksFile }],
    audience: BEACON_AUDIENCE,
    logLevel: 'silent',
    linkage: { url: 'http://127.0.0.1:9/graphql', secret: 'x'.repeat(40), credential: () => 'unused' },
  };
  const subgraph = await createLawEnforcementSubgraph(config);
  const { url } = await subgraph.listen(0, '127.0.0.1');
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  return {
    subgraph,
    issuer,
    databaseUrl,
    url,
    db,
    databases,
    async count(sql, params = []) {
      const { rows } = await db.query(sql, params);
      return Number(rows[0]?.n ?? rows[0]?.count ?? 0);
    },
    async publications(recordId) {
      const { rows } = await db.query('SELECT publication FROM linkage_outbox WHERE record_id = $1 ORDER BY id', [recordId]);
      return rows.map((row: { publication: RecordPublication }) => row.publication);
    },
    async graphql(claims, headers, query, variables = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${issuer.mint(claims)}`, ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: await response.json() };
    },
    async close() {
      await db.end();
      await subgraph.close();
      await databases.drop();
      await rm(keyFolder, { recursive: true, force: true });
    },
  };
}
