import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { CALLER_SAFE_CODES as BEACON_CALLER_SAFE_CODES, isBeaconError } from '../errors/index.js';
import { SUBGRAPH_LIMIT_CODES, SUBGRAPH_MAX_TOKENS, TOO_MANY_TOKENS_MESSAGE } from './operation-limits.js';

/**
 * Codes whose messages are written for callers (ours, and GraphQL's own request errors).
 * Anything else is internal: a driver error can carry SQL, a fetch error a URL.
 */
const CALLER_SAFE_CODES = new Set<string>([
  ...BEACON_CALLER_SAFE_CODES,
  ...SUBGRAPH_LIMIT_CODES,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);
/**
 * graphql-js's "Did you mean …?" in each of its forms. Apollo's `hideSchemaDetailsFromClientErrors`
 * removes it from validation errors only; variable coercion errors (an input field or enum value
 * misspelt in `variables`) still carry it, and a member could rebuild the schema from them.
 */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;
/**
 * graphql-js's execution error for an operation type the schema does not have (subgraphs have no
 * subscriptions). It carries no code and would be masked as internal; it is the caller's mistake.
 */
const UNSUPPORTED_OPERATION = /^Schema is not configured to execute \w+ operation\.$/;

/** True when an error's message may reach the caller as it is. */
export function isCallerSafe(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (isBeaconError(original)) return true;
  if (original instanceof GraphQLError && UNSUPPORTED_OPERATION.test(original.message)) return true;
  const code = original instanceof GraphQLError ? original.extensions.code : undefined;
  return typeof code === 'string' && CALLER_SAFE_CODES.has(code);
}

/**
 * Apollo Server's `formatError`: caller-safe errors keep message and code; the rest are masked.
 * The full error is logged, with the request id, by the server's error-logging plugin.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (isBeaconError(original)) {
    return { ...pick(formatted), message: withoutSuggestion(original.message), extensions: { code: original.code, ...original.details } };
  }
  const limit = limitOf(original, formatted);
  if (limit) return { ...pick(formatted), message: limit.message, extensions: limit.extensions };
  if (original instanceof GraphQLError && UNSUPPORTED_OPERATION.test(original.message)) {
    return { ...pick(formatted), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CALLER_SAFE_CODES.has(code)) {
    const details = original instanceof GraphQLError ? safeDetails(original.extensions) : {};
    return { ...pick(formatted), extensions: { ...details, code } };
  }
  return {
    message: 'Internal error. Quote the request id to the operator.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * An operation over one of the subgraph's limits. Apollo reports a validation rule's error under
 * GRAPHQL_VALIDATION_FAILED (the rule's own error is its `originalError`) and graphql-js's token
 * limit as a syntax error: both get back the code that names the limit, as at the gateway.
 */
function limitOf(
  error: unknown,
  formatted: GraphQLFormattedError,
): { message: string; extensions: Record<string, unknown> } | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const rule = error.originalError instanceof GraphQLError ? error.originalError : error;
  const code = rule.extensions.code;
  if (typeof code === 'string' && SUBGRAPH_LIMIT_CODES.has(code) && typeof rule.extensions.limit === 'number') {
    return { message: rule.message, extensions: { code, limit: rule.extensions.limit } };
  }
  if (formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && TOO_MANY_TOKENS_MESSAGE.test(error.message)) {
    return {
      message: `The operation has more than ${SUBGRAPH_MAX_TOKENS} tokens.`,
      extensions: { code: 'TOKEN_LIMIT_EXCEEDED', limit: SUBGRAPH_MAX_TOKENS },
    };
  }
  return undefined;
}

function pick(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return { message: withoutSuggestion(formatted.message), path: formatted.path, locations: formatted.locations };
}

function withoutSuggestion(message: string): string {
  return message.includes('Did you mean') ? message.replace(SUGGESTION, '') : message;
}

/** Keeps details we put there ourselves (e.g. `invalidFields`), never Apollo's `stacktrace` or `http`. */
function safeDetails(extensions: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { stacktrace: _stacktrace, http: _http, exception: _exception, validationErrorCode: _validation, ...rest } = extensions;
  return rest;
}
