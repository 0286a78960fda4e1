import 'reflect-metadata';
import type { SubgraphConfig } from '../../shared/config/index.js';
import { createDataSource } from '../../shared/database/index.js';
import { createLogger, type Logger } from '../../shared/logging/index.js';
import { defineSubgraph, type BeaconSubgraph } from '../../shared/subgraph-kit/index.js';
import { Linkage1764400000003 } from './migrations/1764400000003-linkage.js';
import { personReference } from './person/person.reference.js';
import { PersonResolver } from './person/person.resolver.js';
import { PersonService } from './person/person.service.js';
import { PublicationResolver } from './publication/publication.resolver.js';
import { PublicationService } from './publication/publication.service.js';
import { linkagePolicy } from './policy.js';

export const LINKAGE_SUBGRAPH = 'linkage';

export interface LinkageSubgraph extends BeaconSubgraph {
  readonly services: { readonly people: PersonService; readonly publications: PublicationService };
}

/** The hub's linkage subgraph: clusters sector publications into persons, holding no raw identifier. */
export async function createLinkageSubgraph(
  config: SubgraphConfig,
  logger: Logger = createLogger(LINKAGE_SUBGRAPH, config.logLevel),
): Promise<LinkageSubgraph> {
  const dataSource = createDataSource({ url: config.databaseUrl, entities: [], migrations: [Linkage1764400000003] });
  const people = new PersonService(dataSource);
  const publications = new PublicationService(dataSource);
  const resolvers = new Map<unknown, unknown>([
    [PersonResolver, new PersonResolver(people)],
    [PublicationResolver, new PublicationResolver(publications)],
  ]);
  const subgraph = await defineSubgraph({
    name: LINKAGE_SUBGRAPH,
    resolvers: [PersonResolver, PublicationResolver],
    container: { get: (type) => resolvers.get(type) },
    references: { Person: personReference(people) },
    policy: linkagePolicy,
    config,
    dataSource,
    logger,
  });
  return { ...subgraph, services: { people, publications } };
}
