import {
  and,
  federationQueryRules,
  federationServiceRules,
  isAuthenticated,
  justifiedIfLawEnforcement,
  or,
  purposeIn,
  roleIn,
  sameOrganisationAsOwner,
  sectorIs,
  type PolicyMap,
} from '../../shared/policy/index.js';

/**
 * Compliance officers of any financial institution, working on AML compliance: the people who
 * query their own customers.
 */
const complianceOfficer = and(sectorIs('FINANCIAL'), roleIn('compliance-officer'), purposeIn('aml-compliance'));

/**
 * Compliance officers of the institution that holds the account: customer data stays with its
 * bank. Built on `complianceOfficer` rather than a second `sectorIs('FINANCIAL')`: graphql-shield
 * refuses two rule instances with one name.
 */
const complianceOfOwner = and(complianceOfficer, sameOrganisationAsOwner);

/**
 * Investigators of a law-enforcement agency. FATF Recommendations 29–31: competent authorities
 * investigating trafficking and its proceeds may obtain the identity of a financial institution's
 * customer. The account itself and the bank are left to a production order, outside Beacon.
 */
const investigator = and(
  sectorIs('LAW_ENFORCEMENT'),
  roleIn('investigator'),
  purposeIn('investigation'),
  justifiedIfLawEnforcement,
);

/** Customer identity: the owning bank's compliance, or a law-enforcement investigator. */
const complianceOfOwnerOrInvestigator = or(complianceOfOwner, investigator);

/**
 * Suspicious-activity reports are existence-sensitive (DESIGN.md, "Existence can be the secret"):
 * telling anyone else that a report exists is tipping-off. Those who may know: the filing
 * institution's compliance officers and FIU liaison, working on AML compliance, and
 * law-enforcement investigators with a justification.
 */
const reportFiler = and(sectorIs('FINANCIAL'), roleIn('compliance-officer', 'fiu'), purposeIn('aml-compliance'));

/**
 * Guards the ways in: `Query.suspiciousActivityReport` and `AccountHolder.suspiciousActivityReports`.
 * It looks at the caller only (`contextual`), never at a report, so it decides before any lookup
 * and its answer cannot depend on whether a report exists. A filer of another institution passes
 * it and then finds nothing, exactly as if there were nothing. `investigator` first: a police
 * caller without a justification is told JUSTIFICATION_REQUIRED, not a generic FORBIDDEN.
 * suspicious-activity-report.access.ts applies the same condition to `_entities`.
 */
const mayLearnOfReports = or(investigator, reportFiler);

/**
 * Fields of a report. Only callers `mayLearnOfReports` admitted ever hold one, so this is the
 * second line: it re-checks, per report, that a filer belongs to the filing institution.
 */
const reportReader = or(investigator, and(reportFiler, sameOrganisationAsOwner));

/**
 * Every field of the financial subgraph and who may read it. Anything not named here is denied
 * (and the subgraph refuses to start), so adding a field means deciding its rule.
 */
export const financialPolicy: PolicyMap = {
  Query: {
    ...federationQueryRules,
    // Both queries only ever return the caller's own institution's customers.
    accountHolder: complianceOfficer,
    accountHolders: complianceOfficer,
    suspiciousActivityReport: mayLearnOfReports,
  },
  _Service: federationServiceRules,
  AccountHolder: {
    // The id is what linkage already handed the caller; it reveals nothing more.
    id: isAuthenticated,
    givenName: complianceOfOwnerOrInvestigator,
    familyName: complianceOfOwnerOrInvestigator,
    dateOfBirth: complianceOfOwnerOrInvestigator,
    nationality: complianceOfOwnerOrInvestigator,
    // Banking secrecy: the account and the institution holding it stay with the owning bank.
    accountNumber: complianceOfOwner,
    owningInstitution: complianceOfOwner,
    suspiciousActivityReports: mayLearnOfReports,
  },
  SuspiciousActivityReport: {
    id: reportReader,
    reference: reportReader,
    subject: reportReader,
    filedAt: reportReader,
    typology: reportReader,
    narrative: reportReader,
    status: reportReader,
    filingInstitution: reportReader,
  },
};
