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
import type { RecordPublication } from '../../../shared/linkage-outbox/index.js';
import { isolatedDatabases, type IsolatedDatabases } from '../../../test/support/databases.js';
import type { FinancialConfig } from '../config.js';
import { createFinancialSubgraph, type FinancialSubgraph } from '../index.js';

export const complianceClaims: PersonaClaims = PERSONAS['bank-compliance'];
export const otherBankClaims: PersonaClaims = { ...PERSONAS['bank-compliance'], sub: 'test:southbank-compliance', org: 'southbank' };

export function principalOf(claims: PersonaClaims): Principal {
  return { ...claims, issuer: DEV_ISSUER };
}

/**
 * A valid IBAN for test account `n` (GB, bank BUKB): ISO 7064 mod-97 check digits computed, so
 * every test account can have its own.
 */
export function testIban(n: number): string {
  const bban = `BUKB${String(n).padStart(14, '0')}`;
  const digits = `${bban}GB00`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return `GB${String(98 - remainder).padStart(2, '0')}${bban}`;
}

export interface FinancialTestSubgraph {
  readonly subgraph: FinancialSubgraph;
  readonly issuer: DevIssuer;
  /** A direct connection to the subgraph's own database, to inspect it. */
  readonly db: pg.Client;
  /** The subgraph's database URL, for a second DataSource (the import engine's, say). */
  readonly databaseUrl: string;
  count(sql: string, params?: unknown[]): Promise<number>;
  /** A record's outbox rows, oldest first, delivered or not. */
  publications(recordId: string): Promise<RecordPublication[]>;
  /** POSTs to the subgraph itself, as `claims` declaring `purpose` (and a case reference). */
  graphql(claims: PersonaClaims, purpose: string, query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

/**
 * One financial subgraph on its own database, listening, with no hub behind it: publications
 * stay queued in the outbox, which is what these tests inspect.
 */
export async function startFinancialTestSubgraph(overrides: Partial<FinancialConfig> = {}): Promise<FinancialTestSubgraph> {
  const databases: IsolatedDatabases = await isolatedDatabases(['financial']);
  const keyFolder = await mkdtemp(join(tmpdir(), 'beacon-financial-keys-'));
  const issuer = loadOrCreateDevIssuer(keyFolder);
  const subgraph = await createFinancialSubgraph({
    port: 0,
    host: '127.0.0.1',
    databaseUrl: databases.urls.financial as string,
    issuers: [{ issuer: DEV_ISSUER, jwksFile: issuer.jwksFile }],
    audience: BEACON_AUDIENCE,
    logLevel: 'silent',
    linkage: { url: 'http://127.0.0.1:9/graphql', secret: 'x'.repeat(40), credential: () => 'unused' },
    ...overrides,
  });
  const { url } = await subgraph.listen(0, '127.0.0.1');
  const db = new pg.Client({ connectionString: databases.urls.financial });
  await db.connect();
  return {
    subgraph,
    issuer,
    db,
    databaseUrl: databases.urls.financial as string,
    async count(sql, params = []) {
      const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM (${sql}) AS q`, params);
      return Number(rows[0]?.n);
    },
    async publications(recordId) {
      const { rows } = await db.query<{ publication: RecordPublication }>('SELECT publication FROM linkage_outbox WHERE record_id = $1 ORDER BY id', [recordId]);
      return rows.map((row) => row.publication);
    },
    async graphql(claims, purpose, query, variables = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${issuer.mint(claims)}`,
          'x-beacon-purpose': purpose,
          'x-beacon-justification': 'HP-2026-0042',
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
