import {
  and,
  federationQueryRules,
  federationServiceRules,
  handlingCodeAllows,
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

/*
 * Handling codes (H0–H3, SIENA; shared/policy/handling-code-rules.ts) apply to the whole record,
 * whatever its category. A suspect's identity is what the issue names, but a victim's or a
 * witness's is no less sensitive — a witness's more so — and the owner codes the record, not the
 * field: so every field that says something about the person (category, case, identity) answers
 * to the code. What stays visible to every investigator is what another agency needs to ask the
 * owner for permission: the record's id, its owning agency and its handling code.
 */
const investigatorWithinHandlingCode = and(investigator, handlingCodeAllows);
const justifiedInvestigatorWithinHandlingCode = and(justifiedInvestigator, handlingCodeAllows);

/**
 * Every field of the law-enforcement subgraph and who may read it. Anything not named here is
 * denied (and the subgraph refuses to start), so adding a field means deciding its rule.
 * No other sector sees anything of a person record beyond its id, whatever its handling code.
 */
export const lawEnforcementPolicy: PolicyMap = {
  Query: {
    ...federationQueryRules,
    // Both queries only ever return the caller's own agency's records, where every code allows.
    personRecord: investigator,
    personRecords: investigator,
  },
  _Service: federationServiceRules,
  PersonRecord: {
    // The id is what linkage already handed the caller; it reveals nothing more.
    id: isAuthenticated,
    owningAgency: investigator,
    handlingCode: investigator,
    caseReference: investigatorWithinHandlingCode,
    // Whether someone is a suspect, a victim or a witness is itself what a code protects.
    category: investigatorWithinHandlingCode,
    givenName: justifiedInvestigatorWithinHandlingCode,
    familyName: justifiedInvestigatorWithinHandlingCode,
    dateOfBirth: justifiedInvestigatorWithinHandlingCode,
    nationalities: justifiedInvestigatorWithinHandlingCode,
  },
};
