import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { CALLER_SAFE_CODES as BEACON_CALLER_SAFE_CODES, isBeaconError } from '../errors/index.js';

/**
 * Codes whose messages are written for callers (ours, and GraphQL's own request errors).
 * Anything else is internal: a driver error can carry SQL, a fetch error a URL.
 */
const CALLER_SAFE_CODES = new Set<string>([
  ...BEACON_CALLER_SAFE_CODES,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** True when an error's message may reach the caller as it is. */
export function isCallerSafe(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (isBeaconError(original)) return true;
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
      return { ...pick(formatted), message: original.message, extensions: { code: original.code, ...original.details } };
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

function pick(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return { message: formatted.message, path: formatted.path, locations: formatted.locations };
}

/** Keeps details we put there ourselves (e.g. `invalidFields`), never Apollo's `stacktrace` or `http`. */
function safeDetails(extensions: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { stacktrace: _stacktrace, http: _http, exception: _exception, ...rest } = extensions;
  return rest;
}
