import 'reflect-metadata';
import { createDataSource } from '../../shared/database/index.js';
import { createLogger, type Logger } from '../../shared/logging/index.js';
import { defineSubgraph, type BeaconSubgraph } from '../../shared/subgraph-kit/index.js';
import { readLinkageMatching, type LinkageConfig } from './config.js';
import { LinkIndexHolder } from './linking/link-index-holder.js';
import { Linkage1764400000003 } from './migrations/1764400000003-linkage.js';
import { FuzzyLinkage1764900000000 } from './migrations/1764900000000-fuzzy-linkage.js';
import { LookupResolver } from './lookup/lookup.resolver.js';
import { LookupService } from './lookup/lookup.service.js';
import { NetworkResolver } from './network/network.resolver.js';
import { NetworkService } from './network/network.service.js';
import { personReference } from './person/person.reference.js';
import { PersonResolver } from './person/person.resolver.js';
import { PersonService } from './person/person.service.js';
import { PublicationResolver } from './publication/publication.resolver.js';
import { PublicationService } from './publication/publication.service.js';
import { linkagePolicy } from './policy.js';

export const LINKAGE_SUBGRAPH = 'linkage';

export interface LinkageSubgraph extends BeaconSubgraph {
  readonly services: {
    readonly people: PersonService;
    readonly publications: PublicationService;
    readonly network: NetworkService;
    readonly lookups: LookupService;
  };
}

/** The hub's linkage subgraph: clusters sector publications into persons, holding no raw identifier. */
export async function createLinkageSubgraph(
  config: LinkageConfig,
  logger: Logger = createLogger(LINKAGE_SUBGRAPH, config.logLevel),
): Promise<LinkageSubgraph> {
  const matching = config.matching ?? readLinkageMatching();
  const dataSource = createDataSource({
    url: config.databaseUrl,
    entities: [],
    migrations: [Linkage1764400000003, FuzzyLinkage1764900000000],
  });
  const index = new LinkIndexHolder(dataSource, matching, logger);
  const people = new PersonService(dataSource);
  const publications = new PublicationService(dataSource, index, matching, logger);
  const network = new NetworkService(dataSource, people);
  const lookups = new LookupService(dataSource, index, matching, logger);
  const resolvers = new Map<unknown, unknown>([
    [PersonResolver, new PersonResolver(people)],
    [PublicationResolver, new PublicationResolver(publications)],
    [NetworkResolver, new NetworkResolver(network)],
    [LookupResolver, new LookupResolver(lookups)],
  ]);
  const subgraph = await defineSubgraph({
    name: LINKAGE_SUBGRAPH,
    resolvers: [PersonResolver, PublicationResolver, NetworkResolver, LookupResolver],
    container: { get: (type) => resolvers.get(type) },
    references: { Person: personReference(people) },
    policy: linkagePolicy,
    config,
    dataSource,
    logger,
    // Loaded before the port opens, so the first publication does not wait for a million rows.
    onStart: async () => {
      await index.read();
    },
  });
  return { ...subgraph, services: { people, publications, network, lookups } };
}
