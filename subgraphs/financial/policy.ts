import { aggregateReader, aggregateTypesPolicy } from '../../shared/aggregates/index.js';
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
 * A linked person's money (issue 3): the owning bank's compliance officers, and law-enforcement
 * investigators with purpose investigation and a justification. FATF R.31 gives investigators
 * access to transaction records; in Beacon that follows from a linked customer, never a sweep.
 * `investigator` first, so that a police caller without a justification is told
 * JUSTIFICATION_REQUIRED rather than a bare FORBIDDEN.
 */
const moneyFlowReader = or(investigator, complianceOfOwner);

/**
 * Structural types (connections, edges, page info, a customer's names, documents and addresses):
 * reachable only through a field whose own rule decided first, and each node re-checked by its
 * own fields' rules. Any member: they add nothing the guarding field did not already allow.
 */
const structure = isAuthenticated;

/**
 * Every field of the financial subgraph and who may read it. Anything not named here is denied
 * (and the subgraph refuses to start), so adding a field means deciding its rule.
 */
export const financialPolicy: PolicyMap = {
  Query: {
    ...federationQueryRules,
    // Hit/no-hit at the hub, for the people who hold this sector's own identifiers (shared/linkage-outbox).
    financialLinkageLookup: complianceOfficer,
    // Every root query only ever returns the caller's own institution's records.
    accountHolder: complianceOfficer,
    accountHolders: complianceOfficer,
    accountHolderConnection: complianceOfficer,
    account: complianceOfficer,
    accounts: complianceOfficer,
    suspiciousActivityReport: mayLearnOfReports,
    // k-anonymous rankings (shared/aggregates/aggregate.policy.ts says who and why).
    financialHotspots: aggregateReader,
    financialTopCorridors: aggregateReader,
    // A place or route is the caller's own question; what each sector shows of it is ruled field by field.
    location: isAuthenticated,
    corridor: isAuthenticated,
  },
  Mutation: {
    // Writes: the owning bank's compliance officers; the services write to the caller's own
    // institution only and refuse another's records exactly as missing ones.
    openAccount: complianceOfficer,
    updateAccountHolder: complianceOfficer,
    eraseAccountHolder: complianceOfficer,
    recordTransactions: complianceOfficer,
    // Filing is for those who may know of reports (an investigator is refused by the service).
    fileSuspiciousActivityReport: reportFiler,
  },
  _Service: federationServiceRules,
  LinkageLookupResult: { matched: complianceOfficer, sectors: complianceOfficer },
  AccountHolder: {
    // The id is what linkage already handed the caller; it reveals nothing more.
    id: isAuthenticated,
    givenName: complianceOfOwnerOrInvestigator,
    familyName: complianceOfOwnerOrInvestigator,
    aliases: complianceOfOwnerOrInvestigator,
    dateOfBirth: complianceOfOwnerOrInvestigator,
    nationality: complianceOfOwnerOrInvestigator,
    nationalities: complianceOfOwnerOrInvestigator,
    // Customer identification (FATF R.10) which investigators may obtain (R.31), like the name.
    documents: complianceOfOwnerOrInvestigator,
    phones: complianceOfOwnerOrInvestigator,
    emails: complianceOfOwnerOrInvestigator,
    addresses: complianceOfOwnerOrInvestigator,
    // Banking secrecy: the account number and the institution holding it stay with the owning bank.
    accountNumber: complianceOfOwner,
    owningInstitution: complianceOfOwner,
    retentionUntil: complianceOfOwner,
    // The way to a linked person's money.
    accounts: moneyFlowReader,
    suspiciousActivityReports: mayLearnOfReports,
  },
  HolderName: { givenName: structure, familyName: structure },
  HolderDocument: { type: structure, issuingCountry: structure, number: structure },
  HolderAddress: {
    streetNumber: structure,
    street: structure,
    addressLine2: structure,
    locality: structure,
    postcode: structure,
    region: structure,
    country: structure,
  },
  AccountHolderConnection: { edges: structure, pageInfo: structure },
  AccountHolderEdge: { node: structure, cursor: structure },
  // Returned to the writer only; it names the record and the time, nothing erased.
  AccountHolderErasureReceipt: { id: isAuthenticated, erasedAt: complianceOfOwner },
  Account: {
    id: isAuthenticated,
    // Banking secrecy, as for the customer's account number: the owning bank only; investigators
    // get the account's number and bank by a production order, outside Beacon.
    institution: complianceOfOwner,
    iban: complianceOfOwner,
    localNumber: complianceOfOwner,
    retentionUntil: complianceOfOwner,
    // What an investigator needs to follow the money without identifying the account itself.
    type: moneyFlowReader,
    country: moneyFlowReader,
    openedOn: moneyFlowReader,
    holders: moneyFlowReader,
    transactions: moneyFlowReader,
    redFlags: moneyFlowReader,
  },
  AccountConnection: { edges: structure, pageInfo: structure },
  AccountEdge: { node: structure, cursor: structure },
  Transaction: {
    id: isAuthenticated,
    // Every part of the movement is the linked person's money flow.
    fromAccount: moneyFlowReader,
    toAccount: moneyFlowReader,
    counterpartyReference: moneyFlowReader,
    counterpartyCountry: moneyFlowReader,
    counterpartyKind: moneyFlowReader,
    amountMinor: moneyFlowReader,
    currency: moneyFlowReader,
    occurredAt: moneyFlowReader,
    channel: moneyFlowReader,
    locationCode: moneyFlowReader,
    branchReference: moneyFlowReader,
    purposeCode: moneyFlowReader,
    merchantCategoryCode: moneyFlowReader,
    // Record keeping is the owner's business.
    retentionUntil: complianceOfOwner,
  },
  TransactionConnection: { edges: structure, pageInfo: structure },
  TransactionEdge: { node: structure, cursor: structure },
  FinancialPageInfo: { hasNextPage: structure, endCursor: structure },
  // A flag carries its account's owner: the same readers as the account's transactions.
  RedFlag: { indicator: moneyFlowReader, explanation: moneyFlowReader, transactionIds: moneyFlowReader },
  // Anyone may name a place or a route; the key fields say nothing of any record.
  Location: {
    code: isAuthenticated,
    // The caller's own institution's transactions there: records, so compliance officers only.
    financialTransactions: complianceOfficer,
    financialAggregate: aggregateReader,
    financialTrend: aggregateReader,
  },
  Corridor: {
    origin: isAuthenticated,
    destination: isAuthenticated,
    financialTransactions: complianceOfficer,
    financialAggregate: aggregateReader,
    financialTrend: aggregateReader,
  },
  ...aggregateTypesPolicy,
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
