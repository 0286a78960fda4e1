export {
  forbidden,
  isAuthenticated,
  sectorIs,
  roleIn,
  purposeIn,
  sameOrganisationAsOwner,
  justifiedIfLawEnforcement,
  allow,
  deny,
  and,
  or,
  not,
} from './rules.js';
export type { Rule, Owned } from './rules.js';
export { findPolicyGaps, assertPolicyCovers } from './policy-map.js';
export type { PolicyMap, PolicyGap } from './policy-map.js';
export { isFederationGateway, federationQueryRules, federationServiceRules } from './federation-rules.js';
