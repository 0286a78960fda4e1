import 'reflect-metadata';
import type { SectorSubgraphConfig } from '../../shared/config/index.js';
import { createDataSource } from '../../shared/database/index.js';
import { LinkagePublisher } from '../../shared/linkage-outbox/index.js';
import { createLogger, type Logger } from '../../shared/logging/index.js';
import { defineSubgraph, type BeaconSubgraph } from '../../shared/subgraph-kit/index.js';
import { ConsentExpirySweep } from './consent/consent-expiry.sweep.js';
import { Consent } from './consent/consent.entity.js';
import { consentsLoader } from './consent/consent.loader.js';
import { ConsentResolver } from './consent/consent.resolver.js';
import { ConsentService } from './consent/consent.service.js';
import { SurvivorConsentsResolver } from './consent/survivor-consents.resolver.js';
import { Survivors1764500000000 } from './migrations/1764500000000-survivors.js';
import { ConsentRecords1764600000000 } from './migrations/1764600000000-consent-records.js';
import { createNgoPolicy } from './policy.js';
import { Survivor } from './survivor/survivor.entity.js';
import { SurvivorPublication } from './survivor/survivor.publication.js';
import { survivorReference } from './survivor/survivor.reference.js';
import { SurvivorResolver } from './survivor/survivor.resolver.js';
import { SurvivorService } from './survivor/survivor.service.js';

export const NGO_SUBGRAPH = 'ngo';

export interface NgoSubgraph extends BeaconSubgraph {
  readonly services: { readonly survivors: SurvivorService; readonly consents: ConsentService };
  readonly publisher: LinkagePublisher;
  /** Re-publishes survivors whose consent lapsed; runs at start and every minute while listening. */
  readonly consentExpiry: ConsentExpirySweep;
}

/** The NGO subgraph: survivors an NGO supports, under the NGO's own policy and the survivor's consent. */
export async function createNgoSubgraph(
  config: SectorSubgraphConfig,
  logger: Logger = createLogger(NGO_SUBGRAPH, config.logLevel),
): Promise<NgoSubgraph> {
  const dataSource = createDataSource({
    url: config.databaseUrl,
    entities: [Survivor, Consent],
    migrations: [Survivors1764500000000, ConsentRecords1764600000000],
  });
  const publisher = new LinkagePublisher({
    dataSource,
    linkageUrl: config.linkage.url,
    credential: config.linkage.credential,
    logger,
  });
  const publication = new SurvivorPublication(publisher, config.linkage.secret, logger);
  const survivors = new SurvivorService(dataSource, publication, config.linkage.secret);
  const consents = new ConsentService(dataSource, publication);
  const consentExpiry = new ConsentExpirySweep(consents, logger);
  const resolvers = new Map<unknown, unknown>([
    [SurvivorResolver, new SurvivorResolver(survivors)],
    [SurvivorConsentsResolver, new SurvivorConsentsResolver(consents)],
    [ConsentResolver, new ConsentResolver(consents)],
  ]);
  const consentsOf = consentsLoader(consents);

  const subgraph = await defineSubgraph({
    name: NGO_SUBGRAPH,
    resolvers: [SurvivorResolver, SurvivorConsentsResolver, ConsentResolver],
    container: { get: (type) => resolvers.get(type) },
    references: { Survivor: survivorReference(survivors) },
    policy: createNgoPolicy({ consentsOf: (survivor, context) => consentsOf(survivor.id, context) }),
    config,
    dataSource,
    logger,
    onStart: async () => {
      publisher.start();
      await consentExpiry.start();
    },
    onStop: async () => {
      await consentExpiry.stop();
      await publisher.stop();
    },
  });
  return { ...subgraph, services: { survivors, consents }, publisher, consentExpiry };
}
