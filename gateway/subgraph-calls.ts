import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ExecutionRequest, ExecutionResult, Executor } from '@graphql-tools/utils';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { REQUEST_ID_HEADER } from '../shared/logging/index.js';
import { CircuitBreaker, type CircuitBreakerOptions } from './circuit-breaker.js';
import { CIRCUIT_OPEN_CODE, SUBGRAPH_NAME_EXTENSION } from './subgraph-error.js';
import type { GatewayMetrics } from './metrics.js';

export { CIRCUIT_OPEN_CODE };
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
/**
 * Why a call's signal is aborted once the call is over: only so the HTTP executor lets go of its
 * listeners. One shared reason, since `abort()` without one builds a DOMException (and its stack) per call.
 */
const CALL_SETTLED = new Error('The subgraph call is over.');

export interface SubgraphCallsOptions {
  readonly breaker: CircuitBreakerOptions;
  /** Each attempt's timeout for a subgraph, in ms. */
  readonly timeoutMsOf: (subgraph: string) => number;
  readonly metrics: GatewayMetrics;
  readonly logger: Logger;
}

/**
 * A timeout per attempt, a circuit breaker per subgraph, one retry for a query whose connection
 * failed, and each call's latency. Each attempt has its own timeout, the breaker sees a call's
 * final outcome (after the retry), and an open breaker stops a call before any connection is tried.
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
          return circuitOpenResult(subgraphName);
        }
        const probe = admission === 'probe';
        const settle = (failed: boolean) => {
          if (failed) breaker.failed(probe);
          else breaker.succeeded(probe);
          observe(failed ? 'failed' : 'ok');
          // The masked error the caller gets names no cause; this line, under its request id, does.
          if (failed) logger.warn({ requestId: requestIdOf(request), subgraph: subgraphName, probe }, 'subgraph call failed');
        };
        const attempt = () => attemptWithTimeout(executor as Executor, request, options.timeoutMsOf(subgraphName));
        return attempt()
          .then((first) =>
            request.operationType === 'query' && connectionFailed(first)
              ? new Promise((resolve) => setTimeout(resolve, QUERY_RETRY_DELAY_MS)).then(attempt)
              : first,
          )
          .then(
            (result) => {
              settle(isTransportFailure(result));
              for (const error of resultErrors(result)) nameSubgraph(error, subgraphName);
              return result;
            },
            (error: unknown) => {
              settle(true);
              if (error instanceof GraphQLError) nameSubgraph(error, subgraphName);
              throw error;
            },
          );
      });
    },
  };
}

/**
 * One call, failed with `GATEWAY_TIMEOUT` (as Hive's `upstreamTimeout` fails it) once `timeoutMs`
 * pass; the HTTP request is aborted then. Hive's own timeout plugin is not used: it hands the
 * HTTP executor an `AbortSignal.timeout` that lives on for the whole timeout after the call, and
 * the executor's listener on its shared dispose signal with it — at a few hundred calls a second,
 * thousands of listeners, and Node's `addEventListener` walks them all on every call (about a
 * tenth of Beacon's gateway CPU per request in a profile). Here the signal is aborted as soon as the call settles,
 * which lets the executor drop its listener at once; the response has been read by then.
 */
function attemptWithTimeout(executor: Executor, request: ExecutionRequest, timeoutMs: number): Promise<ExecutionResult> {
  const controller = new AbortController();
  const signal = request.signal ? AbortSignal.any([request.signal, controller.signal]) : controller.signal;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const error = new GraphQLError('The operation was aborted due to timeout', {
        extensions: { code: 'GATEWAY_TIMEOUT', http: { status: 504 } },
      });
      controller.abort(error);
      reject(error);
    }, timeoutMs);
  });
  const call = Promise.resolve().then(() => executor({ ...request, signal }) as Promise<ExecutionResult>);
  return Promise.race([call, timedOut]).then(
    (result) => {
      clearTimeout(timer);
      // A stream (a subscription) is still being read: only its timeout is cleared.
      if (typeof result !== 'object' || result === null || !(Symbol.asyncIterator in result)) controller.abort(CALL_SETTLED);
      return result;
    },
    (error: unknown) => {
      clearTimeout(timer);
      controller.abort(CALL_SETTLED);
      throw error;
    },
  );
}

function circuitOpenResult(subgraph: string): ExecutionResult {
  const extensions = { code: CIRCUIT_OPEN_CODE, [SUBGRAPH_NAME_EXTENSION]: subgraph };
  return { errors: [new GraphQLError('The subgraph is failing; calls to it are paused.', { extensions })] };
}

/**
 * Names the subgraph on its errors, as the runtime's `subgraphErrors` does for the errors in a
 * result — but also on a failed call's error (a timeout, a refused connection), which the Rust
 * planner reports as thrown, where that option never sees it. Masking relies on the name to tell
 * a subgraph's errors from the gateway's own (error-masking.ts).
 */
function nameSubgraph(error: GraphQLError, subgraph: string): void {
  const extensions = error.extensions as Record<string, unknown>;
  extensions[SUBGRAPH_NAME_EXTENSION] ??= subgraph;
}

function resultErrors(result: unknown): readonly GraphQLError[] {
  if (typeof result !== 'object' || result === null || Symbol.asyncIterator in result) return [];
  return (result as ExecutionResult).errors ?? [];
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
