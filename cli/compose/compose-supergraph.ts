import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { BEACON_AUDIENCE } from '../../shared/auth/index.js';
import { createLogger } from '../../shared/logging/index.js';
import type { BeaconSubgraph } from '../../shared/subgraph-kit/index.js';
import { SUBGRAPHS, type SubgraphDefinition } from '../stack/subgraph-registry.js';

/** A subgraph's SDL as composition reads it, with the URL the supergraph will route to. */
export interface SubgraphSdl {
  readonly name: string;
  readonly url: string;
  readonly sdl: string;
}

/**
 * Every subgraph, built in-process from its resolvers. Nothing is started and no database is
 * touched: the schema is code, so composition can run anywhere (CI, a laptop, a pre-commit hook).
 */
export async function buildOfflineSubgraphs(host = '127.0.0.1'): Promise<Array<{ definition: SubgraphDefinition; subgraph: BeaconSubgraph }>> {
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
  const built = [];
  for (const definition of SUBGRAPHS) {
    const subgraph =
      definition.kind === 'sector'
        ? await definition.create({ ...offline, linkage }, logger)
        : await definition.create(offline, logger);
    built.push({ definition, subgraph });
  }
  return built;
}

/** Every subgraph's SDL with the URL the supergraph routes to by default. */
export async function buildSubgraphSdls(host = '127.0.0.1'): Promise<SubgraphSdl[]> {
  return (await buildOfflineSubgraphs(host)).map(({ definition, subgraph }) => ({
    name: definition.name,
    url: `http://${host}:${definition.defaultPort}/graphql`,
    sdl: subgraph.sdl,
  }));
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
