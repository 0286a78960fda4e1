import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import type { DocumentNode } from 'graphql';
import type { Logger } from 'pino';
import type { CircuitBreakerOptions } from './circuit-breaker.js';
import type { GatewayLimits } from './config.js';
import { useDistinctErrors } from './distinct-errors.js';
import { createErrorMasker, SUBGRAPH_NAME_EXTENSION, useCrashMasking, useRequestIdInMaskedErrors } from './error-masking.js';
import { hiveLoggerFrom } from './hive-logger.js';
import type { GatewayMetrics } from './metrics.js';
import { useGatewayMetrics } from './metrics-plugin.js';
import { useNoSuggestions } from './no-suggestions.js';
import { useOperationCost } from './operation-cost.js';
import { useOperationLimits } from './operation-limits.js';
import { rustPlannerHandler, type QueryPlanner } from './query-planner.js';
import { useSubgraphCalls } from './subgraph-calls.js';

/** The only endpoint the runtime answers; every other path is Beacon's own router's. */
export const GRAPHQL_PATH = '/graphql';
/** Headers that carry the caller's identity and declared purpose to every subgraph. */
export const FORWARDED_HEADERS = [
  'authorization',
  'x-beacon-purpose',
  'x-beacon-justification',
  'x-request-id',
] as const;
/** The header carrying the correlation id between client, gateway, subgraphs and logs. */
export { REQUEST_ID_HEADER } from '../shared/logging/index.js';

export interface BeaconRuntimeOptions {
  /** The supergraph, URLs already final. */
  readonly supergraph: DocumentNode;
  readonly subgraphTimeoutMs: number;
  /** Timeouts that replace {@link subgraphTimeoutMs} for the subgraphs named. */
  readonly subgraphTimeouts: Readonly<Record<string, number>>;
  readonly breaker: CircuitBreakerOptions;
  readonly limits: GatewayLimits;
  readonly logger: Logger;
  readonly metrics: GatewayMetrics;
  readonly queryPlanner: QueryPlanner;
}

/**
 * Hive Gateway's runtime, configured for Beacon. Only authenticated requests reach it, so
 * introspection stays on; what it must never do is leak a subgraph's address or body, or fetch
 * GraphiQL from a CDN. The Rust query planner by default, with null propagation after it
 * (query-planner.ts); the JS planner on request.
 */
export function createBeaconRuntime(options: BeaconRuntimeOptions): GatewayRuntime {
  const timeoutMsOf = (subgraph: string) => options.subgraphTimeouts[subgraph] ?? options.subgraphTimeoutMs;
  const runtime = createGatewayRuntime({
    // A DocumentNode, not the SDL string: a string is first tried as a file path or URL.
    supergraph: options.supergraph,
    ...(options.queryPlanner === 'rust' ? { unifiedGraphHandler: rustPlannerHandler } : {}),
    logging: hiveLoggerFrom(options.logger),
    graphqlEndpoint: GRAPHQL_PATH,
    graphiql: false,
    landingPage: false,
    // `isDev: false` pinned: Yoga otherwise copies original errors and stacks into responses
    // whenever NODE_ENV is "development".
    maskedErrors: { maskError: createErrorMasker(options.logger), isDev: false },
    // Neither `upstreamTimeout` nor `upstreamRetry`: subgraph-calls.ts does both (see there why); the
    // runtime's retry would also retry every thrown error, a timeout included, doubling the time a
    // caller waits on a slow subgraph.
    // Tag each subgraph's errors with its name, which masking keeps: names are public (the docs
    // and access matrix use them), addresses are not. No default code, so the subgraph's own
    // code (FORBIDDEN…) or the transport's (timeout, refused) decides how the error is masked.
    subgraphErrors: { errorCode: false, subgraphNameProp: SUBGRAPH_NAME_EXTENSION },
    // The runtime reuses the client's `x-request-id` (Beacon's router guarantees there is one and
    // that it is well-formed) on subgraph calls and echoes it in the response.
    requestId: { headerName: 'x-request-id' },
    // Limits run at parse, validation and the start of execution: before any subgraph is called.
    plugins: () => [
      // First, so it wraps every other plugin: no exception reaches the client as a stack trace.
      useCrashMasking(options.logger),
      useOperationLimits(options.limits),
      useOperationCost({ maxCost: options.limits.maxCost, assumedListSize: options.limits.assumedListSize }),
      useNoSuggestions(),
      useDistinctErrors(),
      useRequestIdInMaskedErrors('x-request-id'),
      useGatewayMetrics(options.metrics),
      // Timeouts, breakers and the one retry of a query, around every subgraph call.
      useSubgraphCalls({ breaker: options.breaker, timeoutMsOf, metrics: options.metrics, logger: options.logger }),
    ],
    propagateHeaders: {
      fromClientToSubgraphs({ request }) {
        const headers: Record<string, string> = {};
        for (const name of FORWARDED_HEADERS) {
          const value = request.headers.get(name);
          if (value !== null) headers[name] = value;
        }
        return headers;
      },
    },
  });
  detachDisposeOnSignal();
  return runtime;
}

/**
 * Hive Gateway hard-codes whatwg-node's `disposeOnProcessTerminate`: on SIGTERM or SIGINT its
 * server adapter disposes the runtime at once, aborting every subgraph call in flight
 * (`SHUTTING_DOWN`) before Beacon's server could drain them. Beacon's owner (the CLI) handles the
 * signals and calls `Gateway.close()`, which drains and only then disposes. The listeners are
 * whatwg-node's, registered once per process and named `terminateHandler`.
 */
function detachDisposeOnSignal(): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    for (const listener of process.listeners(signal)) {
      if (listener.name === 'terminateHandler') process.removeListener(signal, listener);
    }
  }
}

