import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, Kind, type GraphQLErrorExtensions } from 'graphql';
import type { Logger } from 'pino';
import { CALLER_SAFE_CODES, type BeaconErrorCode } from '../shared/errors/index.js';
import { CIRCUIT_OPEN_CODE, SUBGRAPH_NAME_EXTENSION } from './subgraph-error.js';

export const SUBGRAPH_UNAVAILABLE_MESSAGE = 'A subgraph did not answer; the fields it serves are null in this result.';
export const UNEXPECTED_ERROR_MESSAGE = 'Unexpected error.';
/** The extension naming the subgraph an error came from (set by the runtime's `subgraphErrors` and subgraph-calls.ts). */
export { SUBGRAPH_NAME_EXTENSION };

/**
 * Codes Hive Gateway's transport gives a failed subgraph call: refused or reset connection,
 * timeout, a body that is not a GraphQL response. Their messages and `request`/`response`
 * extensions carry the subgraph's URL and the upstream body, which is why they are rewritten.
 */
const TRANSPORT_FAILURE_CODES = new Set([
  'SUBREQUEST_HTTP_ERROR',
  'GATEWAY_TIMEOUT',
  'RESPONSE_VALIDATION_FAILED',
  // The subgraph's circuit breaker is open: to the caller, the same as a subgraph that is down.
  CIRCUIT_OPEN_CODE,
]);
/**
 * Subgraph errors a caller may read as sent: Beacon's domain codes, which subgraphs raise on
 * purpose with caller-safe messages. Anything else from a subgraph (INTERNAL_SERVER_ERROR, no
 * code, a validation failure between gateway and subgraph) is an internal fault and is masked.
 */
const CALLER_SAFE_SUBGRAPH_CODES: ReadonlySet<string> = CALLER_SAFE_CODES;
/** Extensions that are never forwarded, whatever the code: they are diagnostics, not contract. */
const INTERNAL_EXTENSIONS = ['request', 'response', 'http', 'stacktrace', 'exception', 'originalError'];

/**
 * Yoga's `maskError` for Beacon, applied to every error in every response. Errors the gateway
 * raises about the caller's own operation (parse, validation) pass unchanged; a subgraph that is
 * down becomes `SUBGRAPH_UNAVAILABLE` naming only the subgraph; the rest become an opaque
 * `INTERNAL_SERVER_ERROR`. The original goes to the log, where the response's request id finds it.
 */
export function createErrorMasker(logger: Logger) {
  return function maskGatewayError(error: unknown): Error {
    if (!(error instanceof GraphQLError)) {
      logger.error({ err: error }, 'unexpected gateway error');
      return masked(undefined, 'INTERNAL_SERVER_ERROR', UNEXPECTED_ERROR_MESSAGE);
    }
    const extensions = error.extensions ?? {};
    const named = extensions[SUBGRAPH_NAME_EXTENSION];
    const subgraph = typeof named === 'string' ? named : undefined;
    const code = typeof extensions.code === 'string' ? extensions.code : undefined;
    const hasForeignCause = error.originalError != null && !(error.originalError instanceof GraphQLError);

    if (isTransportFailure(extensions, code)) {
      logger.warn({ subgraph, code, reason: error.message }, 'subgraph unavailable');
      return masked(error, 'SUBGRAPH_UNAVAILABLE', SUBGRAPH_UNAVAILABLE_MESSAGE, subgraph);
    }
    if (subgraph !== undefined) {
      if (code !== undefined && CALLER_SAFE_SUBGRAPH_CODES.has(code) && !hasForeignCause) {
        return new GraphQLError(error.message, { ...positionOf(error), extensions: withoutInternals(extensions) });
      }
      logger.error({ subgraph, code, reason: error.message }, 'subgraph returned an internal error');
      return masked(error, 'INTERNAL_SERVER_ERROR', UNEXPECTED_ERROR_MESSAGE, subgraph);
    }
    if (hasForeignCause) {
      logger.error({ err: error.originalError }, 'unexpected gateway error');
      return masked(error, 'INTERNAL_SERVER_ERROR', UNEXPECTED_ERROR_MESSAGE);
    }
    // Raised by the gateway about the operation itself (syntax, unknown field, variables): the
    // caller needs the message, and it holds nothing the caller did not send (suggestions are
    // removed from every response by no-suggestions.ts).
    if (code === undefined) return withCode(error, requestErrorCode(error));
    return error;
  };
}

/**
 * graphql-js raises two request errors without a code: a variable whose value does not fit its
 * type (Apollo Server calls it BAD_USER_INPUT, and so does Beacon), and an operation type the
 * schema lacks (a subscription), which is not valid against the schema.
 */
function requestErrorCode(error: GraphQLError): BeaconErrorCode | 'GRAPHQL_VALIDATION_FAILED' | 'BAD_REQUEST' {
  const node = error.nodes?.[0];
  if (node?.kind === Kind.VARIABLE_DEFINITION) return 'BAD_USER_INPUT';
  if (node?.kind === Kind.OPERATION_DEFINITION) return 'GRAPHQL_VALIDATION_FAILED';
  return 'BAD_REQUEST';
}

/** The same error with a code added; `http` (the status the runtime answers with) is kept. */
function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, { ...positionOf(error), extensions: { ...error.extensions, code } });
}

function isTransportFailure(extensions: GraphQLErrorExtensions, code: string | undefined): boolean {
  if (code !== undefined && TRANSPORT_FAILURE_CODES.has(code)) return true;
  return 'request' in extensions || 'response' in extensions;
}

function masked(
  source: GraphQLError | undefined,
  code: BeaconErrorCode,
  message: string,
  subgraph?: string,
): GraphQLError {
  const extensions: Record<string, unknown> = { code };
  if (subgraph !== undefined) extensions[SUBGRAPH_NAME_EXTENSION] = subgraph;
  return new GraphQLError(message, { ...(source ? positionOf(source) : {}), extensions });
}

/** Where the error sits in the caller's operation and result; never where it came from. */
function positionOf(error: GraphQLError) {
  return { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path };
}

function withoutInternals(extensions: GraphQLErrorExtensions): Record<string, unknown> {
  const kept: Record<string, unknown> = { ...extensions };
  for (const key of INTERNAL_EXTENSIONS) delete kept[key];
  return kept;
}

/**
 * The last line of masking: an exception that escapes the runtime's own handling (a plugin that
 * throws while a result is processed) would otherwise reach @whatwg-node/server, which answers
 * 500 with the exception's stack as plain text — source paths and all. This wraps the runtime's
 * request handler so such a failure is logged and answered as a masked INTERNAL_SERVER_ERROR.
 * Register it first, so it wraps every other plugin.
 */
export function useCrashMasking(logger: Logger): GatewayPlugin {
  return {
    onRequest({ requestHandler, setRequestHandler, fetchAPI }) {
      setRequestHandler(async (request, context) => {
        try {
          return await requestHandler(request, context);
        } catch (error) {
          logger.error({ err: error }, 'the gateway runtime failed outside GraphQL');
          const body = JSON.stringify({ errors: [{ message: UNEXPECTED_ERROR_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
          return new fetchAPI.Response(body, { status: 500, headers: { 'content-type': 'application/json; charset=utf-8' } });
        }
      });
    },
  };
}

/**
 * Puts the request id in every INTERNAL_SERVER_ERROR, as `docs/errors.md` promises: the caller quotes it,
 * the operator finds the cause in the gateway's log and, the id being forwarded, in the
 * subgraph's. The masker itself cannot: Yoga calls it without the request.
 */
export function useRequestIdInMaskedErrors(headerName: string): GatewayPlugin {
  return {
    onResultProcess({ request, result, setResult }) {
      if (Array.isArray(result) || Symbol.asyncIterator in result) return;
      const requestId = request.headers.get(headerName);
      const errors = result.errors;
      if (requestId === null || !errors?.some(isMaskedWithoutId)) return;
      setResult({
        ...result,
        errors: errors.map((error) =>
          isMaskedWithoutId(error)
            ? new GraphQLError(error.message, { ...positionOf(error), extensions: { ...error.extensions, requestId } })
            : error,
        ),
      });
    },
  };
}

function isMaskedWithoutId(error: GraphQLError): boolean {
  const code = error.extensions?.code;
  return code === 'INTERNAL_SERVER_ERROR' && error.extensions.requestId === undefined;
}
