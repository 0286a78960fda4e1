import { aggregateReader, aggregateTypesPolicy } from '../../shared/aggregates/index.js';
import {
  and,
  federationQueryRules,
  federationServiceRules,
  handlingCodeAllows,
  isAuthenticated,
  justifiedIfLawEnforcement,
  purposeIn,
  roleIn,
  sameOrganisationAsOwner,
  sectorIs,
  type PolicyMap,
} from '../../shared/policy/index.js';

/** Investigators of a law-enforcement agency, investigating: the only people who see case records. */
const investigator = and(sectorIs('LAW_ENFORCEMENT'), roleIn('investigator'), purposeIn('investigation'));

/** Identity on a case is personal data: the consultation also states its justification. */
const justifiedInvestigator = and(investigator, justifiedIfLawEnforcement);

/*
 * Handling codes (H0–H3, SIENA; shared/policy/handling-code-rules.ts) apply to the whole case and
 * every record on it, whatever the person's category. A suspect's identity is what the issue names,
 * but a victim's or a witness's is no less sensitive — a witness's more so — and the owner codes
 * the case, not the field: so every field that says something about the case, a person or a
 * journey answers to the code. What stays visible to every investigator is what another agency
 * needs to ask the owner for permission: ids, the owning agency and the handling code.
 */
const investigatorWithinHandlingCode = and(investigator, handlingCodeAllows);
const justifiedInvestigatorWithinHandlingCode = and(justifiedInvestigator, handlingCodeAllows);

/** Administrative facts of a record (its retention date): the owning agency's business only. */
const owningInvestigator = and(investigator, sameOrganisationAsOwner);

/*
 * Identifier sub-objects (a name, a document, an address) carry no owner or code of their own:
 * they are reached only through a PersonRecord field whose rule already checked the record's code
 * and the justification, so their fields restate only the caller-level part of that rule.
 */
const withinIdentifierField = justifiedInvestigator;

/** Connection wrappers hold nothing but the nodes (each guarded by its own rules) and cursors. */
const connectionRules = { edges: investigator, pageInfo: investigator };
const edgeRules = { node: investigator, cursor: investigator };

/**
 * Every field of the law-enforcement subgraph and who may read it. Anything not named here is
 * denied (and the subgraph refuses to start), so adding a field means deciding its rule.
 * No other sector sees anything of a case, a person record or a journey beyond its id.
 */
export const lawEnforcementPolicy: PolicyMap = {
  Query: {
    ...federationQueryRules,
    // Hit/no-hit at the hub, for the people who hold this sector's own identifiers (shared/linkage-outbox).
    lawEnforcementLinkageLookup: investigator,
    // The queries only ever return the caller's own agency's records, where every code allows.
    case: investigator,
    cases: investigator,
    personRecord: investigator,
    personRecords: investigator,
    // k-anonymous rankings (shared/aggregates/aggregate.policy.ts says who and why).
    lawEnforcementHotspots: aggregateReader,
    lawEnforcementTopCorridors: aggregateReader,
    // A place or route is the caller's own question; what each sector shows of it is ruled field by field.
    location: isAuthenticated,
    corridor: isAuthenticated,
  },
  Mutation: {
    // Services write only for the caller's own agency (owner-only, NOT_FOUND otherwise).
    openCase: investigator,
    updateCase: investigator,
    eraseCase: investigator,
    recordPerson: investigator,
    updatePersonRecord: investigator,
    erasePersonRecord: investigator,
    recordJourneyLeg: investigator,
  },
  _Service: federationServiceRules,
  LinkageLookupResult: { matched: investigator, sectors: investigator },
  Case: {
    // The id is what linkage or a journey leg already handed the caller; it reveals nothing more.
    id: isAuthenticated,
    // Who owns it and its code: what another agency needs to ask the owner.
    owningAgency: investigator,
    handlingCode: investigator,
    // What the case is about, where and how well graded: the code protects it like the rest.
    reference: investigatorWithinHandlingCode,
    status: investigatorWithinHandlingCode,
    jurisdiction: investigatorWithinHandlingCode,
    openedOn: investigatorWithinHandlingCode,
    closedOn: investigatorWithinHandlingCode,
    typesOfExploitation: investigatorWithinHandlingCode,
    sourceReliability: investigatorWithinHandlingCode,
    informationAccuracy: investigatorWithinHandlingCode,
    retentionUntil: owningInvestigator,
    // Lists of records on the case: each record's own fields then answer to their own rules.
    personRecords: investigatorWithinHandlingCode,
    journeyLegs: investigatorWithinHandlingCode,
  },
  PersonRecord: {
    id: isAuthenticated,
    owningAgency: investigator,
    handlingCode: investigator,
    case: investigatorWithinHandlingCode,
    caseReference: investigatorWithinHandlingCode,
    // Whether someone is a suspect, a victim or a witness is itself what a code protects.
    category: investigatorWithinHandlingCode,
    // A suspect's role says what they did, not who they are: no justification, but the code.
    perpetratorRoles: investigatorWithinHandlingCode,
    journeyLegs: investigatorWithinHandlingCode,
    // Identity and contact details: personal data, consulted with a stated justification.
    givenName: justifiedInvestigatorWithinHandlingCode,
    familyName: justifiedInvestigatorWithinHandlingCode,
    names: justifiedInvestigatorWithinHandlingCode,
    dateOfBirth: justifiedInvestigatorWithinHandlingCode,
    nationalities: justifiedInvestigatorWithinHandlingCode,
    documents: justifiedInvestigatorWithinHandlingCode,
    phones: justifiedInvestigatorWithinHandlingCode,
    emails: justifiedInvestigatorWithinHandlingCode,
    addresses: justifiedInvestigatorWithinHandlingCode,
  },
  PersonRecordName: { given: withinIdentifierField, family: withinIdentifierField, kind: withinIdentifierField },
  PersonRecordDocument: { type: withinIdentifierField, issuingCountry: withinIdentifierField, number: withinIdentifierField },
  PersonRecordAddress: {
    streetNumber: withinIdentifierField,
    street: withinIdentifierField,
    locality: withinIdentifierField,
    postcode: withinIdentifierField,
    region: withinIdentifierField,
    country: withinIdentifierField,
  },
  JourneyLeg: {
    id: isAuthenticated,
    owningAgency: investigator,
    // Where and when someone travelled is about the people on the case: the case's code governs.
    case: investigatorWithinHandlingCode,
    personRecord: investigatorWithinHandlingCode,
    from: investigatorWithinHandlingCode,
    to: investigatorWithinHandlingCode,
    corridor: investigatorWithinHandlingCode,
    date: investigatorWithinHandlingCode,
    mode: investigatorWithinHandlingCode,
    borderCrossing: investigatorWithinHandlingCode,
    crossingPoint: investigatorWithinHandlingCode,
  },
  Location: {
    // The key: a place code every sector shares, and every member may name.
    code: isAuthenticated,
    // Legs are listed only where the caller may see them (own agency, or the code allows).
    lawEnforcementJourneyLegsFrom: investigator,
    lawEnforcementJourneyLegsTo: investigator,
    lawEnforcementAggregate: aggregateReader,
    lawEnforcementTrend: aggregateReader,
  },
  Corridor: {
    origin: isAuthenticated,
    destination: isAuthenticated,
    lawEnforcementJourneyLegs: investigator,
    lawEnforcementAggregate: aggregateReader,
    lawEnforcementTrend: aggregateReader,
  },
  CaseConnection: connectionRules,
  CaseEdge: edgeRules,
  PersonRecordConnection: connectionRules,
  PersonRecordEdge: edgeRules,
  JourneyLegConnection: connectionRules,
  JourneyLegEdge: edgeRules,
  LawEnforcementPageInfo: { hasNextPage: investigator, endCursor: investigator },
  ...aggregateTypesPolicy,
};
