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
  Query: { ...federationQueryRules, person: isAuthenticated, people: isAuthenticated, network: isAuthenticated, linkageMatch: sectorPublisher },
  Mutation: { publishRecords: sectorPublisher },
  _Service: federationServiceRules,
  Person: {
    id: isAuthenticated,
    personRecords: isAuthenticated,
    survivors: isAuthenticated,
    accountHolders: isAuthenticated,
    evidence: isAuthenticated,
    links: isAuthenticated,
  },
  PersonRecord: { id: isAuthenticated },
  Survivor: { id: isAuthenticated },
  AccountHolder: { id: isAuthenticated },
  LinkEvidence: { sector: isAuthenticated, recordType: isAuthenticated, recordId: isAuthenticated, matchedOn: isAuthenticated },
  PublicationReceipt: { accepted: sectorPublisher },
  RecordRef: { sector: isAuthenticated, recordType: isAuthenticated, recordId: isAuthenticated },
  PersonLink: { from: isAuthenticated, to: isAuthenticated, matchedOn: isAuthenticated, similarity: isAuthenticated },
  PersonNetwork: { start: isAuthenticated, people: isAuthenticated, edges: isAuthenticated, truncated: isAuthenticated },
  NetworkEdge: { from: isAuthenticated, to: isAuthenticated, sharedOn: isAuthenticated, strength: isAuthenticated, depth: isAuthenticated },
  // The answer goes to the sector service that asked, which hands it to its own caller.
  LinkageMatch: { matched: sectorPublisher, sectors: sectorPublisher },
};
