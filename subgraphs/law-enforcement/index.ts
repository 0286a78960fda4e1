import 'reflect-metadata';
import type { SectorSubgraphConfig } from '../../shared/config/index.js';
import { createDataSource } from '../../shared/database/index.js';
import { LinkagePublisher } from '../../shared/linkage-outbox/index.js';
import { createLogger, type Logger } from '../../shared/logging/index.js';
import { defineSubgraph, type BeaconSubgraph } from '../../shared/subgraph-kit/index.js';
import { PersonRecords1764400000000 } from './migrations/1764400000000-person-records.js';
import { HandlingCodes1765000000000 } from './migrations/1765000000000-handling-codes.js';
import { PersonRecord } from './person-record/person-record.entity.js';
import { personRecordReference } from './person-record/person-record.reference.js';
import { PersonRecordResolver } from './person-record/person-record.resolver.js';
import { PersonRecordService } from './person-record/person-record.service.js';
import { lawEnforcementPolicy } from './policy.js';

export const LAW_ENFORCEMENT_SUBGRAPH = 'law-enforcement';

export interface LawEnforcementSubgraph extends BeaconSubgraph {
  readonly services: { readonly personRecords: PersonRecordService };
  readonly publisher: LinkagePublisher;
}

/** The law-enforcement subgraph: person records on cases, under the agency's own policy. */
export async function createLawEnforcementSubgraph(
  config: SectorSubgraphConfig,
  logger: Logger = createLogger(LAW_ENFORCEMENT_SUBGRAPH, config.logLevel),
): Promise<LawEnforcementSubgraph> {
  const dataSource = createDataSource({
    url: config.databaseUrl,
    entities: [PersonRecord],
    migrations: [PersonRecords1764400000000, HandlingCodes1765000000000],
  });
  const publisher = new LinkagePublisher({
    dataSource,
    linkageUrl: config.linkage.url,
    credential: config.linkage.credential,
    logger,
  });
  const personRecords = new PersonRecordService(dataSource, publisher, config.linkage.secret);
  const resolvers = new Map<unknown, unknown>([[PersonRecordResolver, new PersonRecordResolver(personRecords)]]);

  const subgraph = await defineSubgraph({
    name: LAW_ENFORCEMENT_SUBGRAPH,
    resolvers: [PersonRecordResolver],
    container: { get: (type) => resolvers.get(type) },
    references: { PersonRecord: personRecordReference(personRecords) },
    policy: lawEnforcementPolicy,
    config,
    dataSource,
    logger,
    onStart: async () => publisher.start(),
    onStop: () => publisher.stop(),
  });
  return { ...subgraph, services: { personRecords }, publisher };
}
