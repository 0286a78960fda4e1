import { GraphQLError } from 'graphql';

/**
 * Every error a caller can see carries one of these codes. `docs/errors.md` explains each;
 * partner tools switch on the code, never on the message.
 */
export type BeaconErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'PURPOSE_REQUIRED'
  | 'PURPOSE_NOT_GRANTED'
  | 'JUSTIFICATION_REQUIRED'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'AGGREGATE_TOO_SPECIFIC'
  | 'SUBGRAPH_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/**
 * Codes raised on purpose with messages written for callers: they cross every boundary (subgraph
 * → gateway → client) unchanged. Everything else is an internal fault and is masked.
 */
export const CALLER_SAFE_CODES: ReadonlySet<BeaconErrorCode> = new Set<BeaconErrorCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'PURPOSE_REQUIRED',
  'PURPOSE_NOT_GRANTED',
  'JUSTIFICATION_REQUIRED',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'AGGREGATE_TOO_SPECIFIC',
]);

/** The HTTP status an error maps to when it ends a request before execution. */
export function httpStatusOf(code: BeaconErrorCode): number {
  switch (code) {
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
    case 'PURPOSE_NOT_GRANTED':
    case 'JUSTIFICATION_REQUIRED':
      return 403;
    case 'PURPOSE_REQUIRED':
      return 400;
    case 'BAD_USER_INPUT':
    case 'AGGREGATE_TOO_SPECIFIC':
      return 400;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
      return 409;
    case 'SUBGRAPH_UNAVAILABLE':
      return 502;
    case 'INTERNAL_SERVER_ERROR':
      return 500;
  }
}

/** A domain error: thrown by services, mapped to a GraphQL error once, at the edge. */
export class BeaconError extends Error {
  readonly code: BeaconErrorCode;
  /** Extra, caller-safe details (e.g. the invalid fields of an input). Never internal state. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: BeaconErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'BeaconError';
    this.code = code;
    this.details = Object.freeze({ ...details });
  }

  toGraphQLError(): GraphQLError {
    return new GraphQLError(this.message, { extensions: { code: this.code, ...this.details } });
  }
}

export function isBeaconError(error: unknown): error is BeaconError {
  return error instanceof BeaconError;
}
