import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { PersonaName } from '../../shared/auth/index.js';
import { databaseUrl, dropDatabase } from '../../shared/database/index.js';
import { startDevStack, type DevStack } from '../../cli/stack/dev-stack.js';
import { databaseNameOf, SUBGRAPHS } from '../../cli/stack/subgraph-registry.js';

export const SUPERGRAPH_PATH = new URL('../../supergraph.graphql', import.meta.url);

/** What each persona declares by default: its everyday purpose (and, for police, a case). */
export const DEFAULT_HEADERS: Readonly<Record<PersonaName, Readonly<Record<string, string>>>> = {
  'le-investigator': { 'x-beacon-purpose': 'investigation', 'x-beacon-justification': 'HP-2026-0042' },
  'ngo-caseworker': { 'x-beacon-purpose': 'victim-support' },
  'bank-compliance': { 'x-beacon-purpose': 'aml-compliance' },
  'hub-analyst': { 'x-beacon-purpose': 'analysis' },
};

export interface TestStack extends DevStack {
  /** POSTs a GraphQL operation to the gateway (or `url`) with a persona's token, or none. */
  query(
    as: PersonaName | null,
    query: string,
    /** `headers` replace the persona's default purpose and justification headers entirely. */
    options?: { variables?: Record<string, unknown>; url?: string; headers?: Record<string, string> },
  ): Promise<{ status: number; body: GraphQLResponse }>;
  /** Each subgraph's own database, to inspect what it stores. */
  readonly databaseUrls: Readonly<Record<string, string>>;
  stop(): Promise<void>;
}

export interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

/**
 * The real dev stack, as `npm start` runs it, on the suite's Postgres server: databases with a
 * unique prefix, ports chosen by the OS, keys in a throwaway folder.
 */
export async function startTestStack(): Promise<TestStack> {
  const home = await mkdtemp(join(tmpdir(), 'beacon-stack-'));
  const serverUrl = inject('databaseServerUrl');
  const databasePrefix = `t_${randomBytes(4).toString('hex')}`;
  const stack = await startDevStack({
    home,
    databaseServerUrl: serverUrl,
    databasePrefix,
    embeddedPostgresPort: 0,
    host: '127.0.0.1',
    gatewayPort: 0,
    subgraphPorts: Object.fromEntries(SUBGRAPHS.map((definition) => [definition.name, 0])),
    supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
    logLevel: 'silent',
  });
  return {
    ...stack,
    databaseUrls: Object.fromEntries(
      SUBGRAPHS.map((definition) => [definition.name, databaseUrl(serverUrl, databaseNameOf(definition.name, databasePrefix))]),
    ),
    async query(as, query, options = {}) {
      const response = await fetch(options.url ?? `${stack.gatewayUrl}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(as ? { authorization: `Bearer ${stack.tokens[as]}` } : {}),
          ...(options.headers ?? (as ? DEFAULT_HEADERS[as] : {})),
        },
        body: JSON.stringify({ query, variables: options.variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse };
    },
    async stop() {
      await stack.close();
      await Promise.all(SUBGRAPHS.map((definition) => dropDatabase(serverUrl, databaseNameOf(definition.name, databasePrefix))));
      await rm(home, { recursive: true, force: true });
    },
  };
}
