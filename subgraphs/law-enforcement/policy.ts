import {
  and,
  federationQueryRules,
  federationServiceRules,
  isAuthenticated,
  justifiedIfLawEnforcement,
  purposeIn,
  roleIn,
  sectorIs,
  type PolicyMap,
} from '../../shared/policy/index.js';

/** Investigators of a law-enforcement agency, investigating: the only people who see case records. */
const investigator = and(sectorIs('LAW_ENFORCEMENT'), roleIn('investigator'), purposeIn('investigation'));

/** Identity on a case is personal data: the consultation also states its justification. */
const justifiedInvestigator = and(investigator, justifiedIfLawEnforcement);

/**
 * Every field of the law-enforcement subgraph and who may read it. Anything not named here is
 * denied (and the subgraph refuses to start), so adding a field means deciding its rule.
 */
export const lawEnforcementPolicy: PolicyMap = {
  Query: {
    ...federationQueryRules,
    personRecord: investigator,
    personRecords: investigator,
  },
  _Service: federationServiceRules,
  PersonRecord: {
    // The id is what linkage already handed the caller; it reveals nothing more.
    id: isAuthenticated,
    caseReference: investigator,
    category: investigator,
    givenName: justifiedInvestigator,
    familyName: justifiedInvestigator,
    dateOfBirth: justifiedInvestigator,
    nationalities: justifiedInvestigator,
    owningAgency: investigator,
  },
};
