import { SERVICE_ROLES } from '../../shared/auth/index.js';
import {
  and,
  federationQueryRules,
  federationServiceRules,
  isAuthenticated,
  roleIn,
  sectorIs,
  type PolicyMap,
} from '../../shared/policy/index.js';

/** A sector subgraph's service identity: the only caller that may publish keys. */
const sectorPublisher = and(sectorIs('LAW_ENFORCEMENT', 'NGO', 'FINANCIAL'), roleIn(SERVICE_ROLES.linkagePublisher));

/**
 * The hub's fields. Linkage holds no personal data, so reads are open to members; what each caller
 * may learn is decided row by row by discoverability in the person service.
 */
export const linkagePolicy: PolicyMap = {
  Query: { ...federationQueryRules, person: isAuthenticated, people: isAuthenticated },
  Mutation: { publishRecords: sectorPublisher },
  _Service: federationServiceRules,
  Person: {
    id: isAuthenticated,
    personRecords: isAuthenticated,
    survivors: isAuthenticated,
    accountHolders: isAuthenticated,
    evidence: isAuthenticated,
  },
  PersonRecord: { id: isAuthenticated },
  Survivor: { id: isAuthenticated },
  AccountHolder: { id: isAuthenticated },
  LinkEvidence: { sector: isAuthenticated, recordType: isAuthenticated, recordId: isAuthenticated, matchedOn: isAuthenticated },
  PublicationReceipt: { accepted: sectorPublisher },
};
