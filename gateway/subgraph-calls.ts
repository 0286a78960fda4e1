import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ExecutionRequest, ExecutionResult, Executor } from '@graphql-tools/utils';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { REQUEST_ID_HEADER } from '../shared/logging/index.js';
import { CircuitBreaker, type CircuitBreakerOptions } from './circuit-breaker.js';
import type { GatewayMetrics } from './metrics.js';

/**
 * The code of the error an open breaker answers with instead of calling its subgraph. Never sent
 * to callers: masking turns it into `SUBGRAPH_UNAVAILABLE`, like any other failed call.
 */
export const CIRCUIT_OPEN_CODE = 'SUBGRAPH_CIRCUIT_OPEN';
/**
 * Codes Hive Gateway's transport gives a call that never got a GraphQL answer: refused or reset
 * connection, timeout, a body that is not GraphQL. A subgraph's own GraphQL errors (FORBIDDEN,
 * a resolver fault) prove it is up and never count against its breaker.
 */
const TRANSPORT_FAILURE_CODES = new Set(['SUBREQUEST_HTTP_ERROR', 'GATEWAY_TIMEOUT', 'RESPONSE_VALIDATION_FAILED']);
/**
 * A query whose connection failed before any HTTP answer is sent once more, this long after: it
 * catches a keep-alive socket the subgraph closed just as it was reused. Mutations are never
 * resent (the first attempt may have been applied), nor is a timed-out call (the caller already
 * waited the whole timeout) or one the subgraph answered, even with an error status.
 */
export const QUERY_RETRY_DELAY_MS = 50;

export interface SubgraphCallsOptions {
  readonly breaker: CircuitBreakerOptions;
  readonly metrics: GatewayMetrics;
  readonly logger: Logger;
}

/**
 * A circuit breaker per subgraph, one retry for a query whose connection failed, and each call's
 * latency. Registered after the runtime's timeout plugin, so it wraps it: each attempt has its
 * own timeout, the breaker sees a call's final outcome (after the retry), and an open breaker
 * stops a call before any connection is tried.
 */
export function useSubgraphCalls(options: SubgraphCallsOptions): GatewayPlugin {
  const { metrics, logger } = options;
  const breakers = new Map<string, CircuitBreaker>();

  function breakerOf(subgraph: string): CircuitBreaker {
    let breaker = breakers.get(subgraph);
    if (!breaker) {
      breaker = new CircuitBreaker(options.breaker, (state) => {
        metrics.setBreakerState(subgraph, state);
        metrics.breakerTransitions.inc({ subgraph, state });
        logger[state === 'closed' ? 'info' : 'warn']({ subgraph, state }, 'subgraph circuit breaker changed state');
      });
      breakers.set(subgraph, breaker);
      metrics.setBreakerState(subgraph, breaker.state);
    }
    return breaker;
  }

  return {
    onSubgraphExecute({ subgraphName, executor, setExecutor }) {
      const breaker = breakerOf(subgraphName);
      setExecutor(function breakerExecutor(request: ExecutionRequest) {
        const started = performance.now();
        const observe = (outcome: 'ok' | 'failed' | 'rejected') =>
          metrics.subgraphDuration.observe({ subgraph: subgraphName, outcome }, (performance.now() - started) / 1000);
        const admission = breaker.admit();
        if (admission === 'no') {
          observe('rejected');
          logger.debug({ requestId: requestIdOf(request), subgraph: subgraphName }, 'subgraph call refused: breaker open');
          return circuitOpenResult();
        }
        const probe = admission === 'probe';
        const settle = (failed: boolean) => {
          if (failed) breaker.failed(probe);
          else breaker.succeeded(probe);
          observe(failed ? 'failed' : 'ok');
          // The masked error the caller gets names no cause; this line, under its request id, does.
          if (failed) logger.warn({ requestId: requestIdOf(request), subgraph: subgraphName, probe }, 'subgraph call failed');
        };
        const attempt = () => Promise.resolve().then(() => (executor as Executor)(request));
        return attempt()
          .then((first) =>
            request.operationType === 'query' && connectionFailed(first)
              ? new Promise((resolve) => setTimeout(resolve, QUERY_RETRY_DELAY_MS)).then(attempt)
              : first,
          )
          .then(
            (result) => {
              settle(isTransportFailure(result));
              return result;
            },
            (error: unknown) => {
              settle(true);
              throw error;
            },
          );
      });
    },
  };
}

function circuitOpenResult(): ExecutionResult {
  return { errors: [new GraphQLError('The subgraph is failing; calls to it are paused.', { extensions: { code: CIRCUIT_OPEN_CODE } })] };
}

/** A result that holds only transport errors: the subgraph did not answer with GraphQL. */
function isTransportFailure(result: unknown): boolean {
  if (typeof result !== 'object' || result === null || Symbol.asyncIterator in result) return false;
  const { errors, data } = result as ExecutionResult;
  if (!errors?.length || (data !== undefined && data !== null)) return false;
  return errors.some((error) => {
    const code = error.extensions?.code;
    return typeof code === 'string' && TRANSPORT_FAILURE_CODES.has(code);
  });
}

/** The transport could not complete the call and got no HTTP answer at all (refused, reset). */
function connectionFailed(result: unknown): boolean {
  if (typeof result !== 'object' || result === null || Symbol.asyncIterator in result) return false;
  const errors = (result as ExecutionResult).errors ?? [];
  return errors.length > 0 && errors.every((error) => error.extensions?.code === 'SUBREQUEST_HTTP_ERROR' && !('response' in error.extensions));
}

/** The caller's request id, which Beacon's router put on the request's headers. */
function requestIdOf(request: ExecutionRequest): string | undefined {
  const headers = (request.context as { headers?: Record<string, string | undefined> } | undefined)?.headers;
  return headers?.[REQUEST_ID_HEADER];
}
