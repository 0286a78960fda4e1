import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { BEACON_AUDIENCE } from '../../shared/auth/index.js';
import { createLogger } from '../../shared/logging/index.js';
import { SUBGRAPHS } from '../stack/subgraph-registry.js';

/** A subgraph's SDL as composition reads it, with the URL the supergraph will route to. */
export interface SubgraphSdl {
  readonly name: string;
  readonly url: string;
  readonly sdl: string;
}

/**
 * Every subgraph's SDL, built in-process from its resolvers. Nothing is started and no database is
 * touched: the schema is code, so composition can run anywhere (CI, a laptop, a pre-commit hook).
 */
export async function buildSubgraphSdls(host = '127.0.0.1'): Promise<SubgraphSdl[]> {
  const offline = {
    port: 0,
    host,
    databaseUrl: 'postgres://offline@127.0.0.1:1/offline',
    issuers: [{ issuer: 'offline', jwksFile: '/dev/null' }],
    audience: BEACON_AUDIENCE,
    logLevel: 'silent',
  };
  const linkage = { url: 'http://127.0.0.1:1/graphql', secret: 'offline-composition-secret-000000000', credential: () => '' };
  const logger = createLogger('compose', 'silent');
  const sdls: SubgraphSdl[] = [];
  for (const definition of SUBGRAPHS) {
    const subgraph =
      definition.kind === 'sector'
        ? await definition.create({ ...offline, linkage }, logger)
        : await definition.create(offline, logger);
    sdls.push({ name: definition.name, url: `http://${host}:${definition.defaultPort}/graphql`, sdl: subgraph.sdl });
  }
  return sdls;
}

export class CompositionError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The subgraphs do not compose:\n- ${problems.join('\n- ')}`);
    this.name = 'CompositionError';
  }
}

/** Composes the subgraphs' SDL into a supergraph with @theguild/federation-composition. */
export function composeSupergraph(subgraphs: readonly SubgraphSdl[]): string {
  const result = composeServices(
    subgraphs.map((subgraph) => ({ name: subgraph.name, url: subgraph.url, typeDefs: parse(subgraph.sdl) })),
  );
  if (result.errors?.length) throw new CompositionError(result.errors.map((error) => error.message));
  if (!result.supergraphSdl) throw new CompositionError(['composition returned no supergraph']);
  return `${result.supergraphSdl.trim()}\n`;
}
