import 'reflect-metadata';
import type { SectorSubgraphConfig } from '../../shared/config/index.js';
import { createDataSource } from '../../shared/database/index.js';
import { LinkagePublisher } from '../../shared/linkage-outbox/index.js';
import { createLogger, type Logger } from '../../shared/logging/index.js';
import { defineSubgraph, type BeaconSubgraph } from '../../shared/subgraph-kit/index.js';
import { Survivors1764500000000 } from './migrations/1764500000000-survivors.js';
import { ngoPolicy } from './policy.js';
import { Survivor } from './survivor/survivor.entity.js';
import { survivorReference } from './survivor/survivor.reference.js';
import { SurvivorResolver } from './survivor/survivor.resolver.js';
import { SurvivorService } from './survivor/survivor.service.js';

export const NGO_SUBGRAPH = 'ngo';

export interface NgoSubgraph extends BeaconSubgraph {
  readonly services: { readonly survivors: SurvivorService };
  readonly publisher: LinkagePublisher;
}

/** The NGO subgraph: survivors an NGO supports, under the NGO's own policy and the survivor's consent. */
export async function createNgoSubgraph(
  config: SectorSubgraphConfig,
  logger: Logger = createLogger(NGO_SUBGRAPH, config.logLevel),
): Promise<NgoSubgraph> {
  const dataSource = createDataSource({
    url: config.databaseUrl,
    entities: [Survivor],
    migrations: [Survivors1764500000000],
  });
  const publisher = new LinkagePublisher({
    dataSource,
    linkageUrl: config.linkage.url,
    credential: config.linkage.credential,
    logger,
  });
  const survivors = new SurvivorService(dataSource, publisher, config.linkage.secret);
  const resolvers = new Map<unknown, unknown>([[SurvivorResolver, new SurvivorResolver(survivors)]]);

  const subgraph = await defineSubgraph({
    name: NGO_SUBGRAPH,
    resolvers: [SurvivorResolver],
    container: { get: (type) => resolvers.get(type) },
    references: { Survivor: survivorReference(survivors) },
    policy: ngoPolicy,
    config,
    dataSource,
    logger,
    onStart: async () => publisher.start(),
    onStop: () => publisher.stop(),
  });
  return { ...subgraph, services: { survivors }, publisher };
}
