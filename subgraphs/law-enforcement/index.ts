import 'reflect-metadata';
import { AggregateEngine, DEFAULT_AGGREGATE_RULES, placeQueriesResolver, rollupMeasureRows, type AggregateRules } from '../../shared/aggregates/index.js';
import type { SectorSubgraphConfig } from '../../shared/config/index.js';
import { createDataSource } from '../../shared/database/index.js';
import type { ImportTarget } from '../../shared/import/index.js';
import { LinkageLookup, LinkagePublisher, LinkageRepublication, linkageLookupResolver } from '../../shared/linkage-outbox/index.js';
import { createLogger, type Logger } from '../../shared/logging/index.js';
import { defineSubgraph, type BeaconSubgraph, type ReferenceResolver } from '../../shared/subgraph-kit/index.js';
import {
  LawEnforcementCorridorAnalyticsResolver,
  LawEnforcementLocationAnalyticsResolver,
  LawEnforcementRankingResolver,
} from './analytics/law-enforcement-analytics.resolver.js';
import { LAW_ENFORCEMENT_MEASURES } from './analytics/law-enforcement-measures.js';
import { Case } from './case/case.entity.js';
import { caseReference } from './case/case.reference.js';
import { CaseResolver } from './case/case.resolver.js';
import { CaseService } from './case/case.service.js';
import { journeyLegImport } from './import/journey-leg.import.js';
import { personRecordImport } from './import/person-record.import.js';
import { JourneyLeg } from './journey/journey-leg.entity.js';
import { journeyLegReference } from './journey/journey-leg.reference.js';
import { JourneyLegResolver } from './journey/journey-leg.resolver.js';
import { JourneyLegService } from './journey/journey-leg.service.js';
import { corridorReference, locationReference } from './location/location.reference.js';
import { CorridorResolver, LocationResolver } from './location/location.resolver.js';
import { Corridor, Location } from './location/location.types.js';
import { PersonRecords1764400000000 } from './migrations/1764400000000-person-records.js';
import { HandlingCodes1765000000000 } from './migrations/1765000000000-handling-codes.js';
import { CasesAndJourneys1766100000000 } from './migrations/1766100000000-cases-and-journeys.js';
import { AggregateIndexes1767100000001 } from './migrations/1767100000001-aggregate-indexes.js';
import { AggregateRollup1767300000000 } from './migrations/1767300000000-aggregate-rollup.js';
import { JourneyLegSourceIds1767200000000 } from './migrations/1767200000000-journey-leg-source-ids.js';
import { PersonRecord } from './person-record/person-record.entity.js';
import { personRecordReference } from './person-record/person-record.reference.js';
import { personRecordRepublication } from './person-record/person-record.republication.js';
import { PersonRecordResolver } from './person-record/person-record.resolver.js';
import { PersonRecordService } from './person-record/person-record.service.js';
import { lawEnforcementPolicy } from './policy.js';
import { RetentionService } from './retention/retention.service.js';


/** `lawEnforcementLinkageLookup`: the shared hit/no-hit lookup, answered for callers of this sector. */
const LinkageLookupResolver = linkageLookupResolver('lawEnforcementLinkageLookup', 'a law-enforcement agency');
export const LAW_ENFORCEMENT_SUBGRAPH = 'law-enforcement';

/** `location(code)` and `corridor(…)`, where a cross-sector profile query starts. */
const PlaceQueriesResolver = placeQueriesResolver(Location, Corridor);

/** Every migration of this subgraph, in order (tests of a migration start from the ones before it). */
export const LAW_ENFORCEMENT_MIGRATIONS = [PersonRecords1764400000000, HandlingCodes1765000000000, CasesAndJourneys1766100000000, AggregateIndexes1767100000001, JourneyLegSourceIds1767200000000, AggregateRollup1767300000000];

export interface LawEnforcementSubgraph extends BeaconSubgraph {
  readonly services: {
    readonly cases: CaseService;
    readonly personRecords: PersonRecordService;
    readonly journeyLegs: JourneyLegService;
  };
  readonly publisher: LinkagePublisher;
  /** What `npx beacon retention` runs (and the subgraph itself, at start). */
  readonly retention: { purgeExpired(now: Date): Promise<number> };
  /** What `npx beacon republish law-enforcement` runs: every person record to the hub again. */
  readonly republication: LinkageRepublication;
  /** What `npx beacon import law-enforcement <file>` can write. */
  readonly importTargets: ImportTarget<unknown>[];
}

/** The law-enforcement subgraph: cases, the people on them and their journeys, under the agency's own policy. */
export async function createLawEnforcementSubgraph(
  config: SectorSubgraphConfig & { readonly aggregates?: AggregateRules },
  logger: Logger = createLogger(LAW_ENFORCEMENT_SUBGRAPH, config.logLevel),
): Promise<LawEnforcementSubgraph> {
  const dataSource = createDataSource({
    url: config.databaseUrl,
    entities: [Case, PersonRecord, JourneyLeg],
    migrations: LAW_ENFORCEMENT_MIGRATIONS,
  });
  const publisher = new LinkagePublisher({
    dataSource,
    linkageUrl: config.linkage.url,
    credential: config.linkage.credential,
    logger,
  });
  const lookup = new LinkageLookup({
    linkageUrl: config.linkage.url,
    secret: config.linkage.secret,
    credential: config.linkage.credential,
    sector: 'LAW_ENFORCEMENT',
  });
  const cases = new CaseService(dataSource, publisher);
  const personRecords = new PersonRecordService(dataSource, publisher, config.linkage.secret);
  const journeyLegs = new JourneyLegService(dataSource);
  const retention = new RetentionService(dataSource, cases);
  const analytics = new AggregateEngine({
    sector: 'LAW_ENFORCEMENT',
    measures: LAW_ENFORCEMENT_MEASURES,
    rows: rollupMeasureRows(dataSource),
    rules: config.aggregates ?? DEFAULT_AGGREGATE_RULES,
  });
  const resolvers = new Map<unknown, unknown>([
    [LinkageLookupResolver, new LinkageLookupResolver(lookup)],
    [CaseResolver, new CaseResolver(cases, personRecords, journeyLegs)],
    [PersonRecordResolver, new PersonRecordResolver(personRecords, journeyLegs)],
    [JourneyLegResolver, new JourneyLegResolver(journeyLegs)],
    [LocationResolver, new LocationResolver(journeyLegs)],
    [CorridorResolver, new CorridorResolver(journeyLegs)],
    [LawEnforcementLocationAnalyticsResolver, new LawEnforcementLocationAnalyticsResolver(analytics)],
    [LawEnforcementCorridorAnalyticsResolver, new LawEnforcementCorridorAnalyticsResolver(analytics)],
    [LawEnforcementRankingResolver, new LawEnforcementRankingResolver(analytics)],
    [PlaceQueriesResolver, new (PlaceQueriesResolver as new () => unknown)()],
  ]);

  const subgraph = await defineSubgraph({
    name: LAW_ENFORCEMENT_SUBGRAPH,
    resolvers: [
      LinkageLookupResolver,
      CaseResolver,
      PersonRecordResolver,
      JourneyLegResolver,
      LocationResolver,
      CorridorResolver,
      LawEnforcementLocationAnalyticsResolver,
      LawEnforcementCorridorAnalyticsResolver,
      LawEnforcementRankingResolver,
      PlaceQueriesResolver,
    ],
    container: { get: (type) => resolvers.get(type) },
    references: {
      Case: caseReference(cases),
      PersonRecord: personRecordReference(personRecords),
      JourneyLeg: journeyLegReference(journeyLegs),
      // The kit types a reference as `{ id }`; these two entities are keyed by codes instead.
      Location: locationReference as unknown as ReferenceResolver,
      Corridor: corridorReference as unknown as ReferenceResolver,
    },
    policy: lawEnforcementPolicy,
    config,
    dataSource,
    logger,
    onStart: async () => {
      // Nothing past its retention date is served, even when no retention run happened since.
      const purged = await retention.purgeExpired(new Date());
      if (purged > 0) logger.info({ purged }, 'cases past their retention date erased');
      publisher.start();
    },
    onStop: () => publisher.stop(),
  });
  return {
    ...subgraph,
    services: { cases, personRecords, journeyLegs },
    publisher,
    retention: { purgeExpired: (now) => retention.purgeExpired(now) },
    republication: new LinkageRepublication(dataSource, publisher, personRecordRepublication(publisher, config.linkage.secret)),
    importTargets: [personRecordImport(personRecords) as ImportTarget<unknown>, journeyLegImport() as ImportTarget<unknown>],
  };
}
