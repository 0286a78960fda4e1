import {
  and,
  federationQueryRules,
  federationServiceRules,
  isAuthenticated,
  roleIn,
  sectorIs,
  type PolicyMap,
} from '../../shared/policy/index.js';

/** Investigators of a law-enforcement agency: the only people who see identities on cases. */
const investigator = and(sectorIs('LAW_ENFORCEMENT'), roleIn('investigator'));

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
    givenName: investigator,
    familyName: investigator,
    dateOfBirth: investigator,
    nationalities: investigator,
    owningAgency: investigator,
  },
};
