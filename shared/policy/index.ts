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
export { describeRule, describeRuleName } from './describe-rule.js';
export { consentAllows, isActiveConsent, type ConsentGrant, type ConsentLookup } from './consent-rules.js';
export { handlingCodeAllows, handlingCodePermits, isHandlingCode, HANDLING_CODES, type HandlingCodeValue, type HandlingCoded } from './handling-code-rules.js';
