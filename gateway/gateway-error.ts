import { GraphQLError } from 'graphql';
import { httpStatusOf, type BeaconErrorCode } from '../shared/errors/index.js';

/** Codes for an operation refused by one of the gateway's operation limits, one per limit. */
export type OperationLimitCode =
  | 'DEPTH_LIMIT_EXCEEDED'
  | 'INTROSPECTION_DEPTH_EXCEEDED'
  | 'ALIAS_LIMIT_EXCEEDED'
  | 'TOKEN_LIMIT_EXCEEDED'
  | 'CHARACTER_LIMIT_EXCEEDED'
  | 'DIRECTIVE_LIMIT_EXCEEDED'
  | 'COST_LIMIT_EXCEEDED';

/**
 * Every code the gateway itself can answer with: Beacon's domain codes plus the HTTP-level and
 * limit refusals only the gateway raises. `docs/errors.md` documents each one.
 */
export type GatewayErrorCode =
  | BeaconErrorCode
  | OperationLimitCode
  | 'BAD_REQUEST'
  | 'PAYLOAD_TOO_LARGE'
  | 'BATCHING_NOT_ALLOWED'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'METHOD_NOT_ALLOWED'
  | 'RATE_LIMITED';

export function gatewayHttpStatusOf(code: GatewayErrorCode): number {
  switch (code) {
    case 'DEPTH_LIMIT_EXCEEDED':
    case 'INTROSPECTION_DEPTH_EXCEEDED':
    case 'ALIAS_LIMIT_EXCEEDED':
    case 'TOKEN_LIMIT_EXCEEDED':
    case 'CHARACTER_LIMIT_EXCEEDED':
    case 'DIRECTIVE_LIMIT_EXCEEDED':
    case 'COST_LIMIT_EXCEEDED':
    case 'BAD_REQUEST':
    case 'BATCHING_NOT_ALLOWED':
      return 400;
    case 'METHOD_NOT_ALLOWED':
      return 405;
    case 'PAYLOAD_TOO_LARGE':
      return 413;
    case 'UNSUPPORTED_MEDIA_TYPE':
      return 415;
    case 'RATE_LIMITED':
      return 429;
    default:
      return httpStatusOf(code);
  }
}

/**
 * The error for an operation over a limit: the code names the limit and `extensions.limit` says
 * what it is (public: the docs list the defaults). `http` (read by the runtime, never sent) makes
 * it behave like a validation error, as GraphQL over HTTP asks: 400 when the client accepts
 * `application/graphql-response+json`, 200 with no `data` when it accepts only `application/json`.
 */
export function limitExceeded(code: OperationLimitCode, limit: number, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, limit, http: { status: gatewayHttpStatusOf(code), spec: true } } });
}

/** Whether an error is one the gateway's own limits raised (it passes masking unchanged). */
export function isLimitError(error: GraphQLError): boolean {
  const code = error.extensions?.code;
  return typeof code === 'string' && code.endsWith('_EXCEEDED') && typeof error.extensions.limit === 'number';
}
