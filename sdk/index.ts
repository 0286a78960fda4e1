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
  Gender,
  LinkageKeyKind,
  LinkedPeopleDocument,
  MySurvivorsDocument,
  PersonCategory,
  PersonDocument,
  Sector,
} from './generated.js';
export type {
  LinkageKeyInput,
  LinkedPeopleQuery,
  LinkedPeopleQueryVariables,
  MySurvivorsQuery,
  MySurvivorsQueryVariables,
  PersonQuery,
  PersonQueryVariables,
  RecordPublicationInput,
} from './generated.js';
