export { createBeaconClient } from './client.js';
export type {
  BeaconClient,
  BeaconClientOptions,
  BeaconErrorCode,
  BeaconGraphQLError,
  BeaconKnownErrorCode,
  BeaconRequestOptions,
  BeaconResult,
} from './client.js';
export { BeaconAuthError } from './beacon-auth-error.js';
export { BeaconResponseError } from './beacon-response-error.js';
export {
  AuditEventKind,
  AuditOutcome,
  Gender,
  HandlingCode,
  LinkageKeyKind,
  LinkedPeopleDocument,
  MySurvivorsDocument,
  NgoAuditTrailDocument,
  PersonCategory,
  PersonDocument,
  Sector,
  SuspiciousActivityReportStatus,
  SuspiciousActivityTypology,
} from './generated.js';
export type {
  LinkageKeyInput,
  LinkedPeopleQuery,
  LinkedPeopleQueryVariables,
  MySurvivorsQuery,
  MySurvivorsQueryVariables,
  NgoAuditTrailQuery,
  NgoAuditTrailQueryVariables,
  PersonQuery,
  PersonQueryVariables,
  RecordPublicationInput,
} from './generated.js';
