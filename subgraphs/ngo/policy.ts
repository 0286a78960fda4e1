import { aggregateReader, aggregateTypesPolicy } from '../../shared/aggregates/index.js';
import {
  and,
  consentAllows,
  federationQueryRules,
  federationServiceRules,
  isAuthenticated,
  or,
  purposeIn,
  roleIn,
  sameOrganisationAsOwner,
  sectorIs,
  type ConsentGrant,
  type PolicyMap,
} from '../../shared/policy/index.js';
import type { RequestContext } from '../../shared/subgraph-kit/index.js';
import type { HistoricTraffickingEvent } from './trafficking-event/trafficking-event.entity.js';
import type { Survivor } from './survivor/survivor.entity.js';

/** Caseworkers of any NGO, supporting survivors: the people who query their own organisation's survivors. */
const caseworker = and(sectorIs('NGO'), roleIn('caseworker'), purposeIn('victim-support'));

/**
 * Caseworkers of the NGO that supports this survivor (or holds this consent, event or referral):
 * the only people who see who she is, and what she agreed to. Built on `caseworker` rather than a
 * second `sectorIs('NGO')`: graphql-shield refuses two rule instances with one name.
 */
const caseworkerOfOwner = and(caseworker, sameOrganisationAsOwner);

/**
 * Members declaring `analysis`, whatever their sector. Incident reports hold no personal data by
 * construction — place, day, type of exploitation, source and grade; no name, contact, description
 * or free text, and no link to a survivor — so seeing them risks no one, and the whole federation
 * needs them to see where trafficking is reported.
 */
const analyst = purposeIn('analysis');

/**
 * Wrappers (connections, edges, page info) and shared keys: they carry no data of their own; the
 * field that handed them out was ruled, and so is every field of the records inside them.
 */
const anyMember = isAuthenticated;

export interface NgoPolicyOptions {
  /** A survivor's consents by her id, batched per request (the running subgraph passes its DataLoader). */
  readonly consentsOf: (survivorId: string, context: RequestContext) => Promise<readonly ConsentGrant[]>;
}

/**
 * Every field of the NGO subgraph and who may read it. Anything not named here is denied (and
 * the subgraph refuses to start), so adding a field means deciding its rule.
 *
 * A function of the consent lookup because the consent rule reads the subgraph's own database;
 * each running subgraph builds its policy with its own lookup.
 */
export function createNgoPolicy({ consentsOf }: NgoPolicyOptions): PolicyMap {
  /** Non-identifying attributes: the owning caseworker, or a sector and purpose she consented to. */
  const caseworkerOfOwnerOrConsented = or(
    caseworkerOfOwner,
    consentAllows<Survivor>((survivor, context) => consentsOf(survivor.id, context)),
  );
  /** Her route legs are non-identifying attributes too, under the same consent as her record. */
  const eventOwnerOrConsented = or(
    caseworkerOfOwner,
    consentAllows<HistoricTraffickingEvent>((event, context) => consentsOf(event.survivorId, context), 'consentAllowsRouteLeg'),
  );
  /** An incident report: every analyst; and its own NGO's caseworkers, who wrote it. */
  const incidentReader = or(analyst, caseworkerOfOwner);
  return {
    Query: {
      ...federationQueryRules,
      // Hit/no-hit at the hub, for the people who hold this sector's own identifiers (shared/linkage-outbox).
      ngoLinkageLookup: caseworker,
      // The survivor queries only ever return the caller's own NGO's survivors; field rules still apply.
      survivor: caseworker,
      survivors: caseworker,
      survivorsConnection: caseworker,
      incidentReports: analyst,
      // k-anonymous rankings (shared/aggregates/aggregate.policy.ts says who and why).
      ngoHotspots: aggregateReader,
      ngoTopCorridors: aggregateReader,
      // A place or route is the caller's own question; what each sector shows of it is ruled field by field.
      location: anyMember,
      corridor: anyMember,
    },
    // The services further limit every write to the caller's own NGO's survivors and records.
    Mutation: {
      grantConsent: caseworker,
      withdrawConsent: caseworker,
      registerSurvivor: caseworker,
      updateSurvivor: caseworker,
      eraseSurvivor: caseworker,
      recordTraffickingEvent: caseworker,
      recordReferral: caseworker,
      // Written by the NGO that took the call or found the source; it stays that NGO's record.
      reportIncident: caseworker,
    },
    _Service: federationServiceRules,
    LinkageLookupResult: { matched: caseworker, sectors: caseworker },
    Survivor: {
      // The id is what linkage already handed the caller; it reveals nothing more.
      id: isAuthenticated,
      // Identifying: a survivor's names, birth date or contact details in the wrong hands can lead
      // a trafficker to her.
      givenName: caseworkerOfOwner,
      familyName: caseworkerOfOwner,
      aliases: caseworkerOfOwner,
      dateOfBirth: caseworkerOfOwner,
      phones: caseworkerOfOwner,
      emails: caseworkerOfOwner,
      addresses: caseworkerOfOwner,
      // Non-identifying on their own; shared where she said so, with whom and what for.
      gender: caseworkerOfOwnerOrConsented,
      citizenship: caseworkerOfOwnerOrConsented,
      citizenships: caseworkerOfOwnerOrConsented,
      // An age (not a date) at the time of trafficking, as CTDC publishes it in bands.
      ageWhenTrafficked: caseworkerOfOwnerOrConsented,
      // What was done to her and how: what investigators and analysts need, under her consent.
      typesOfExploitation: caseworkerOfOwnerOrConsented,
      typesOfSexExploitation: caseworkerOfOwnerOrConsented,
      forcedLabourIndustries: caseworkerOfOwnerOrConsented,
      methodsOfControl: caseworkerOfOwnerOrConsented,
      methodsOfRecruitment: caseworkerOfOwnerOrConsented,
      relationshipToTrafficker: caseworkerOfOwnerOrConsented,
      traffickingStatus: caseworkerOfOwnerOrConsented,
      traffickingStatusDeterminedBy: caseworkerOfOwnerOrConsented,
      // Her route (issue 3 names routes among the consent-shared attributes).
      traffickingEvents: caseworkerOfOwnerOrConsented,
      // Where she receives services says where she can be found: her caseworkers only.
      referrals: caseworkerOfOwner,
      // Record-keeping of the owning NGO; no other sector acts on it.
      retentionUntil: caseworkerOfOwner,
      // Which NGO supports her: a consented sector needs it to make a referral; to anyone else it
      // says where she may be found (a shelter).
      owningOrganisation: caseworkerOfOwnerOrConsented,
      // What she agreed to, and with whom, is between her and her caseworkers.
      consents: caseworkerOfOwner,
    },
    // Parts of her identity, only ever reached through `Survivor.aliases` / `.addresses`, which
    // only her caseworkers may read; the parts have no owner of their own to check.
    SurvivorAlias: { givenName: caseworker, familyName: caseworker },
    SurvivorAddress: { street: caseworker, city: caseworker, state: caseworker, postalCode: caseworker, country: caseworker },
    SurvivorConnection: { edges: anyMember, pageInfo: anyMember },
    SurvivorEdge: { cursor: anyMember, node: anyMember },
    // The receipt of an erasure the caller just made: the id she had, and when.
    SurvivorErasure: { id: caseworker, erasedAt: caseworker },
    // Only ever reached by the owning NGO's caseworkers (the mutations and `Survivor.consents`);
    // checked again per record all the same.
    Consent: {
      id: caseworkerOfOwner,
      survivorId: caseworkerOfOwner,
      sector: caseworkerOfOwner,
      purpose: caseworkerOfOwner,
      grantedAt: caseworkerOfOwner,
      validUntil: caseworkerOfOwner,
      withdrawnAt: caseworkerOfOwner,
      recordedBy: caseworkerOfOwner,
      active: caseworkerOfOwner,
    },
    // Route legs: her caseworkers, or the sectors and purposes her consent covers (checked again
    // per event, since `_entities` can hand one out without her record).
    HistoricTraffickingEvent: {
      id: isAuthenticated,
      stage: eventOwnerOrConsented,
      place: eventOwnerOrConsented,
      occurredOn: eventOwnerOrConsented,
      periodStart: eventOwnerOrConsented,
      periodEnd: eventOwnerOrConsented,
      // Which survivor the leg belongs to; the survivor herself answers only if discoverable.
      survivor: eventOwnerOrConsented,
    },
    HistoricTraffickingEventConnection: { edges: anyMember, pageInfo: anyMember },
    HistoricTraffickingEventEdge: { cursor: anyMember, node: anyMember },
    // Referrals say where she is helped: her caseworkers only.
    Referral: {
      id: caseworkerOfOwner,
      organisationName: caseworkerOfOwner,
      organisationType: caseworkerOfOwner,
      supportType: caseworkerOfOwner,
      reason: caseworkerOfOwner,
      referredOn: caseworkerOfOwner,
      status: caseworkerOfOwner,
    },
    ReferralConnection: { edges: anyMember, pageInfo: anyMember },
    ReferralEdge: { cursor: anyMember, node: anyMember },
    IncidentReport: {
      id: isAuthenticated,
      place: incidentReader,
      occurredOn: incidentReader,
      typeOfExploitation: incidentReader,
      source: incidentReader,
      reliability: incidentReader,
      reportingOrganisation: incidentReader,
      // Record-keeping of the owning NGO.
      retentionUntil: caseworkerOfOwner,
    },
    IncidentReportConnection: { edges: anyMember, pageInfo: anyMember },
    IncidentReportEdge: { cursor: anyMember, node: anyMember },
    PageInfo: { hasNextPage: anyMember, hasPreviousPage: anyMember, startCursor: anyMember, endCursor: anyMember },
    // Shared entities: the key is the caller's own question (a place, a route).
    Location: {
      code: anyMember,
      ngoIncidentReports: analyst,
      ngoAggregate: aggregateReader,
      ngoTrend: aggregateReader,
    },
    Corridor: {
      origin: anyMember,
      destination: anyMember,
      // The service selects only survivors the caller may see the route of (her own NGO's, or
      // consented for the caller's sector and purpose); each field of each is ruled again.
      ngoSurvivors: anyMember,
      ngoAggregate: aggregateReader,
      ngoTrend: aggregateReader,
    },
    ...aggregateTypesPolicy,
  };
}

/**
 * The NGO's rules for tools that read the map without serving requests (the policy coverage test,
 * `docs/ACCESS.md`). Its consent lookup finds no consent, so it fails closed if ever served.
 */
export const ngoPolicy: PolicyMap = createNgoPolicy({ consentsOf: async () => [] });
