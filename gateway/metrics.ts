import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { BREAKER_STATE_VALUES, type BreakerState } from './circuit-breaker.js';

/**
 * Operation names are chosen by callers: without a cap, a client sending a fresh name per
 * request would grow the gateway's memory and every Prometheus series without bound. Past this
 * many distinct names, new ones are counted under {@link OTHER_OPERATIONS}.
 */
export const MAX_OPERATION_NAMES = 200;
export const OTHER_OPERATIONS = '__other__';
export const ANONYMOUS_OPERATION = '__anonymous__';
/** Seconds: from a cached field (ms) to a subgraph that hit its timeout (10 s by default). */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** The gateway's Prometheus metrics, in a registry of their own (one per gateway, so tests can run several). */
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  readonly requests = new Counter({
    name: 'beacon_gateway_http_requests_total',
    help: 'HTTP requests answered by the gateway, by route and status.',
    labelNames: ['route', 'status'] as const,
    registers: [this.registry],
  });
  readonly operationDuration = new Histogram({
    name: 'beacon_gateway_operation_duration_seconds',
    help: 'Time to execute one GraphQL operation, by operation name and type (its count is the operation rate).',
    labelNames: ['operation', 'type'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly subgraphDuration = new Histogram({
    name: 'beacon_gateway_subgraph_request_duration_seconds',
    help: 'Time of one call to a subgraph, by subgraph and outcome (ok, failed, rejected by the breaker).',
    labelNames: ['subgraph', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: 'beacon_gateway_errors_total',
    help: 'Errors sent to callers, by code (extensions.code), after masking.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  readonly rateLimited = new Counter({
    name: 'beacon_gateway_rate_limited_total',
    help: 'Requests refused with 429 because a user or organisation bucket was empty.',
    registers: [this.registry],
  });
  readonly breakerState = new Gauge({
    name: 'beacon_gateway_subgraph_breaker_state',
    help: "Each subgraph's circuit breaker: 0 closed, 1 half-open, 2 open.",
    labelNames: ['subgraph'] as const,
    registers: [this.registry],
  });
  readonly breakerTransitions = new Counter({
    name: 'beacon_gateway_subgraph_breaker_transitions_total',
    help: 'Circuit breaker state changes, by subgraph and the state entered.',
    labelNames: ['subgraph', 'state'] as const,
    registers: [this.registry],
  });
  readonly inFlight = new Gauge({
    name: 'beacon_gateway_in_flight_requests',
    help: 'HTTP requests being answered now (what a graceful shutdown waits for).',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'beacon_gateway_' });
  }

  /** The label for an operation name, capped as {@link MAX_OPERATION_NAMES} explains. */
  operationLabel(name: string | undefined): string {
    if (name === undefined) return ANONYMOUS_OPERATION;
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return OTHER_OPERATIONS;
    this.operationNames.add(name);
    return name;
  }

  setBreakerState(subgraph: string, state: BreakerState): void {
    this.breakerState.set({ subgraph }, BREAKER_STATE_VALUES[state]);
  }
}
