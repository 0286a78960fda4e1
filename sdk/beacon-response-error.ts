/**
 * Beacon's endpoint answered with something that is not a GraphQL response (e.g. an HTML error
 * page from a proxy in front of the gateway), so there are no data and no GraphQL errors to return.
 */
export class BeaconResponseError extends Error {
  readonly code = 'BAD_RESPONSE' as const;
  /** The HTTP status of the answer. */
  readonly status: number;

  constructor(status: number, reason: string) {
    super(`Beacon answered HTTP ${status} without a GraphQL response: ${reason}.`);
    this.name = 'BeaconResponseError';
    this.status = status;
  }
}
