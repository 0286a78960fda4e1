import 'reflect-metadata';
import { AggregateEngine, DEFAULT_AGGREGATE_RULES, placeQueriesResolver, rollupMeasureRows, type AggregateRules } from '../../shared/aggregates/index.js';
import type { SectorSubgraphConfig } from '../../shared/config/index.js';
import { createDataSource } from '../../shared/database/index.js';
import type { ImportTarget } from '../../shared/import/index.js';
import { LinkageLookup, LinkagePublisher, LinkageRepublication, linkageLookupResolver } from '../../shared/linkage-outbox/index.js';
import { createLogger, type Logger } from '../../shared/logging/index.js';
import { defineSubgraph, type BeaconSubgraph, type ReferenceResolver } from '../../shared/subgraph-kit/index.js';
import { NgoCorridorAnalyticsResolver, NgoLocationAnalyticsResolver, NgoRankingResolver } from './analytics/ngo-analytics.resolver.js';
import { NGO_MEASURES } from './analytics/ngo-measures.js';
import { ConsentExpirySweep } from './consent/consent-expiry.sweep.js';
import { Consent } from './consent/consent.entity.js';
import { consentsLoader } from './consent/consent.loader.js';
import { ConsentResolver } from './consent/consent.resolver.js';
import { ConsentService } from './consent/consent.service.js';
import { SurvivorConsentsResolver } from './consent/survivor-consents.resolver.js';
import { incidentReportImportTarget } from './import/incident-report.import.js';
import { survivorImportTarget } from './import/survivor.import.js';
import { traffickingEventImportTarget } from './import/trafficking-event.import.js';
import { IncidentReport } from './incident-report/incident-report.entity.js';
import { IncidentReportResolver } from './incident-report/incident-report.resolver.js';
import { IncidentReportService } from './incident-report/incident-report.service.js';
import { CorridorService } from './location/corridor.service.js';
import { Corridor, Location } from './location/location.entity.js';
import { resolveCorridorReference, resolveLocationReference } from './location/location.reference.js';
import { CorridorResolver, LocationResolver } from './location/location.resolver.js';
import { Survivors1764500000000 } from './migrations/1764500000000-survivors.js';
import { ConsentRecords1764600000000 } from './migrations/1764600000000-consent-records.js';
import { SurvivorModel1764700000000 } from './migrations/1764700000000-survivor-model.js';
import { SurvivorRouteFact1767100000000 } from './migrations/1767100000000-survivor-route-fact.js';
import { AggregateRollup1767300000001 } from './migrations/1767300000001-aggregate-rollup.js';
import { TraffickingEventSourceIds1767200000001 } from './migrations/1767200000001-trafficking-event-source-ids.js';
import { createNgoPolicy } from './policy.js';
import { Referral } from './referral/referral.entity.js';
import { ReferralResolver, SurvivorReferralsResolver } from './referral/referral.resolver.js';
import { ReferralService } from './referral/referral.service.js';
import { RetentionService } from './retention/retention.service.js';
import { Survivor } from './survivor/survivor.entity.js';
import { SurvivorPublication } from './survivor/survivor.publication.js';
import { survivorReference } from './survivor/survivor.reference.js';
import { survivorRepublication } from './survivor/survivor.republication.js';
import { SurvivorResolver } from './survivor/survivor.resolver.js';
import { SurvivorService } from './survivor/survivor.service.js';
import { HistoricTraffickingEvent } from './trafficking-event/trafficking-event.entity.js';
import { traffickingEventReference } from './trafficking-event/trafficking-event.reference.js';
import { SurvivorTraffickingEventsResolver, TraffickingEventResolver } from './trafficking-event/trafficking-event.resolver.js';
import { TraffickingEventService } from './trafficking-event/trafficking-event.service.js';


/** `ngoLinkageLookup`: the shared hit/no-hit lookup, answered for callers of this sector. */
const LinkageLookupResolver = linkageLookupResolver('ngoLinkageLookup', 'an NGO');
export const NGO_SUBGRAPH = 'ngo';

/** `location(code)` and `corridor(…)`, where a cross-sector profile query starts. */
const PlaceQueriesResolver = placeQueriesResolver(Location, Corridor);

export interface NgoServices {
  readonly survivors: SurvivorService;
  readonly consents: ConsentService;
  readonly traffickingEvents: TraffickingEventService;
  readonly referrals: ReferralService;
  readonly incidentReports: IncidentReportService;
}

export interface NgoSubgraph extends BeaconSubgraph {
  readonly services: NgoServices;
  readonly publisher: LinkagePublisher;
  /** Re-publishes survivors whose consent lapsed; runs at start and every minute while listening. */
  readonly consentExpiry: ConsentExpirySweep;
  /** For `npx beacon retention` (and the start): removes every record past its retention date. */
  readonly retention: { purgeExpired(now: Date): Promise<number> };
  /** What `npx beacon republish ngo` runs: every survivor to the hub again. */
  readonly republication: LinkageRepublication;
  /** What `npx beacon import ngo <file>` can read: survivors (Beacon or HTCDS columns), incident reports and trafficking events. */
  readonly importTargets: readonly ImportTarget<unknown>[];
}

/** The NGO subgraph: survivors an NGO supports, under the NGO's own policy and the survivor's consent. */
export async function createNgoSubgraph(
  config: SectorSubgraphConfig & { readonly aggregates?: AggregateRules },
  logger: Logger = createLogger(NGO_SUBGRAPH, config.logLevel),
): Promise<NgoSubgraph> {
  const dataSource = createDataSource({
    url: config.databaseUrl,
    entities: [Survivor, Consent, HistoricTraffickingEvent, Referral, IncidentReport],
    migrations: [Survivors1764500000000, ConsentRecords1764600000000, SurvivorModel1764700000000, SurvivorRouteFact1767100000000, TraffickingEventSourceIds1767200000001, AggregateRollup1767300000001],
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
    sector: 'NGO',
  });
  const publication = new SurvivorPublication(publisher, config.linkage.secret, logger);
  const survivors = new SurvivorService(dataSource, publication, config.linkage.secret);
  const consents = new ConsentService(dataSource, publication);
  const traffickingEvents = new TraffickingEventService(dataSource, survivors);
  const referrals = new ReferralService(dataSource, survivors);
  const incidentReports = new IncidentReportService(dataSource);
  const corridors = new CorridorService(dataSource);
  const retention = new RetentionService(dataSource, survivors, logger);
  const consentExpiry = new ConsentExpirySweep(consents, logger);
  const analytics = new AggregateEngine({ sector: 'NGO', measures: NGO_MEASURES, rows: rollupMeasureRows(dataSource), rules: config.aggregates ?? DEFAULT_AGGREGATE_RULES });
  const resolvers = new Map<unknown, unknown>([
    [LinkageLookupResolver, new LinkageLookupResolver(lookup)],
    [SurvivorResolver, new SurvivorResolver(survivors)],
    [SurvivorConsentsResolver, new SurvivorConsentsResolver(consents)],
    [ConsentResolver, new ConsentResolver(consents)],
    [TraffickingEventResolver, new TraffickingEventResolver(traffickingEvents, survivors)],
    [SurvivorTraffickingEventsResolver, new SurvivorTraffickingEventsResolver(traffickingEvents)],
    [ReferralResolver, new ReferralResolver(referrals)],
    [SurvivorReferralsResolver, new SurvivorReferralsResolver(referrals)],
    [IncidentReportResolver, new IncidentReportResolver(incidentReports)],
    [LocationResolver, new LocationResolver(incidentReports)],
    [CorridorResolver, new CorridorResolver(corridors)],
    [NgoLocationAnalyticsResolver, new NgoLocationAnalyticsResolver(analytics)],
    [NgoCorridorAnalyticsResolver, new NgoCorridorAnalyticsResolver(analytics)],
    [NgoRankingResolver, new NgoRankingResolver(analytics)],
    [PlaceQueriesResolver, new (PlaceQueriesResolver as new () => unknown)()],
  ]);
  const consentsOf = consentsLoader(consents);

  const subgraph = await defineSubgraph({
    name: NGO_SUBGRAPH,
    resolvers: [
      LinkageLookupResolver,
      SurvivorResolver,
      SurvivorConsentsResolver,
      ConsentResolver,
      TraffickingEventResolver,
      SurvivorTraffickingEventsResolver,
      ReferralResolver,
      SurvivorReferralsResolver,
      IncidentReportResolver,
      LocationResolver,
      CorridorResolver,
      NgoLocationAnalyticsResolver,
      NgoCorridorAnalyticsResolver,
      NgoRankingResolver,
      PlaceQueriesResolver,
    ],
    // Reached only through `_entities`: no field of this subgraph returns a Corridor.
    orphanedTypes: [Corridor],
    container: { get: (type) => resolvers.get(type) },
    references: {
      Survivor: survivorReference(survivors),
      HistoricTraffickingEvent: traffickingEventReference(traffickingEvents),
      // The kit types references as `{ id }`; these two entities are keyed by their codes instead.
      Location: resolveLocationReference as unknown as ReferenceResolver,
      Corridor: resolveCorridorReference as unknown as ReferenceResolver,
    },
    policy: createNgoPolicy({ consentsOf }),
    config,
    dataSource,
    logger,
    onStart: async () => {
      await retention.purgeExpired(new Date());
      publisher.start();
      await consentExpiry.start();
    },
    onStop: async () => {
      await consentExpiry.stop();
      await publisher.stop();
    },
  });
  return {
    ...subgraph,
    services: { survivors, consents, traffickingEvents, referrals, incidentReports },
    publisher,
    consentExpiry,
    retention: { purgeExpired: (now: Date) => retention.purgeExpired(now) },
    republication: new LinkageRepublication(dataSource, publisher, survivorRepublication(publication, publisher)),
    importTargets: [
      survivorImportTarget(survivors, publisher) as ImportTarget<unknown>,
      incidentReportImportTarget(incidentReports) as ImportTarget<unknown>,
      traffickingEventImportTarget() as ImportTarget<unknown>,
    ],
  };
}
