/**
 * Beacon answered HTTP 401: the request carried no token, or one that is expired, malformed or
 * signed by an issuer Beacon does not trust. Retrying with the same token cannot succeed.
 */
export class BeaconAuthError extends Error {
  readonly code = 'UNAUTHENTICATED' as const;
  readonly status = 401 as const;

  constructor() {
    super('Beacon rejected the request (HTTP 401): token missing, expired or not trusted: get a fresh one.');
    this.name = 'BeaconAuthError';
  }
}
