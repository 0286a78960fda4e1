import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { pino, type Logger } from 'pino';
import type { TokenVerifier } from '../shared/auth/index.js';
import { checkBreakerOptions, DEFAULT_BREAKER_OPTIONS, type CircuitBreakerOptions } from './circuit-breaker.js';
import {
  DEFAULT_DRAIN_TIMEOUT_MS,
  DEFAULT_GATEWAY_LIMITS,
  DEFAULT_METRICS_HOST,
  DEFAULT_ORG_BURST,
  DEFAULT_ORG_PER_MINUTE,
  DEFAULT_RATE_LIMIT_KEY_PREFIX,
  DEFAULT_SUBGRAPH_TIMEOUT_MS,
  DEFAULT_USER_BURST,
  DEFAULT_USER_PER_MINUTE,
  type GatewayLimits,
} from './config.js';
import { InFlightRequests } from './in-flight.js';
import { GatewayMetrics } from './metrics.js';
import { createMetricsServer } from './metrics-server.js';
import { createRateLimiter, type RateLimit } from './rate-limit.js';
import { DEFAULT_QUERY_PLANNER, QUERY_PLANNERS, type QueryPlanner } from './query-planner.js';
import { cachingTokenVerifier, type TokenCacheOptions } from './token-cache.js';
import { createMemoryTokenBuckets, createRedisTokenBuckets, type TokenBuckets } from './token-buckets.js';
import { createExplorer, type DemoTokenMinter } from './explorer.js';
import { createRequestHandler } from './request-handler.js';
import { createBeaconRuntime, GRAPHQL_PATH } from './runtime.js';
import { loadSupergraph } from './supergraph.js';

export {
  readGatewayConfig,
  subgraphUrlVariable,
  DEFAULT_GATEWAY_PORT,
  DEFAULT_SUPERGRAPH_PATH,
  DEFAULT_SUBGRAPH_TIMEOUT_MS,
  DEFAULT_METRICS_PORT,
  DEFAULT_METRICS_HOST,
  DEFAULT_DRAIN_TIMEOUT_MS,
  subgraphTimeoutVariable,
  DEFAULT_GATEWAY_LIMITS,
  DEFAULT_MAX_DEPTH,
  DEFAULT_MAX_ALIASES,
  DEFAULT_MAX_TOKENS,
  DEFAULT_MAX_CHARACTERS,
  DEFAULT_MAX_DIRECTIVES,
  DEFAULT_MAX_COST,
  DEFAULT_ASSUMED_LIST_SIZE,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_USER_BURST,
  DEFAULT_USER_PER_MINUTE,
  DEFAULT_ORG_BURST,
  DEFAULT_ORG_PER_MINUTE,
  DEFAULT_RATE_LIMIT_KEY_PREFIX,
  SUBGRAPH_NAMES,
} from './config.js';
export type { GatewayConfig, GatewayLimits, SubgraphName } from './config.js';
export { gatewayHttpStatusOf } from './gateway-error.js';
export type { GatewayErrorCode, OperationLimitCode } from './gateway-error.js';
export type { RateLimit } from './rate-limit.js';
export { listSubgraphs, loadSupergraph } from './supergraph.js';
export type { SupergraphSubgraph } from './supergraph.js';
export { FORWARDED_HEADERS, GRAPHQL_PATH, REQUEST_ID_HEADER } from './runtime.js';
export { EXPLORER_PATH, HEALTH_PATH, JWKS_PATH, READY_PATH } from './request-handler.js';
export { SUBGRAPH_UNAVAILABLE_MESSAGE } from './error-masking.js';
export {
  CircuitBreaker,
  DEFAULT_BREAKER_OPTIONS,
  DEFAULT_BREAKER_FAILURE_THRESHOLD,
  DEFAULT_BREAKER_WINDOW_MS,
  DEFAULT_BREAKER_OPEN_MS,
} from './circuit-breaker.js';
export type { BreakerState, CircuitBreakerOptions } from './circuit-breaker.js';
export { METRICS_PATH } from './metrics-server.js';
export { DEFAULT_QUERY_PLANNER, QUERY_PLANNERS } from './query-planner.js';
export type { QueryPlanner } from './query-planner.js';
export { DEFAULT_TOKEN_CACHE_ENTRIES, DEFAULT_TOKEN_CACHE_MAX_AGE_MS } from './token-cache.js';
export type { TokenCacheOptions } from './token-cache.js';

export interface GatewayOptions {
  /** The supergraph SDL to serve, as composed (it is never polled or reloaded). */
  readonly supergraphSdl: string;
  /**
   * URLs that replace the supergraph's, keyed by subgraph name as in its `join__Graph` enum
   * (e.g. `law-enforcement`). Default: the URLs written in the supergraph.
   */
  readonly subgraphUrls?: Readonly<Record<string, string>>;
  /** Checks every caller's bearer token before any planning. */
  readonly verifier: TokenVerifier;
  /**
   * Verified tokens are remembered until their `exp` (at most a minute), so a caller's repeated
   * token is not checked again on every request; refused tokens never are. `false`: check every
   * time. Default {@link DEFAULT_TOKEN_CACHE_ENTRIES} tokens, {@link DEFAULT_TOKEN_CACHE_MAX_AGE_MS}.
   */
  readonly tokenCache?: TokenCacheOptions | false;
  /** Which query planner plans operations. Default {@link DEFAULT_QUERY_PLANNER}. */
  readonly queryPlanner?: QueryPlanner;
  /** A JWKS document published at `GET /.well-known/jwks.json` (the dev stack's issuer). */
  readonly jwks?: object;
  /** Per-call subgraph timeout. Default {@link DEFAULT_SUBGRAPH_TIMEOUT_MS}. */
  readonly subgraphTimeoutMs?: number;
  /** Timeouts that replace `subgraphTimeoutMs` for the subgraphs named (e.g. a slower linkage hub). */
  readonly subgraphTimeouts?: Readonly<Record<string, number>>;
  /** Each subgraph's circuit breaker; each value left out keeps its default ({@link DEFAULT_BREAKER_OPTIONS}). */
  readonly breaker?: Partial<CircuitBreakerOptions>;
  /**
   * Where `/metrics` is served: its own listener, started and stopped with the gateway. Absent: no
   * metrics listener (they are still collected, see {@link Gateway.metrics}).
   */
  readonly metricsServer?: { readonly port: number; readonly host?: string; readonly token?: string };
  /** How long `close()` waits for requests in flight. Default {@link DEFAULT_DRAIN_TIMEOUT_MS}. */
  readonly drainTimeoutMs?: number;
  /** Operation and request limits; each one left out keeps its default ({@link DEFAULT_GATEWAY_LIMITS}). */
  readonly limits?: Partial<GatewayLimits>;
  /**
   * Token buckets per user and per organisation; `false` turns rate limiting off (benchmarks).
   * Each value left out keeps its default ({@link DEFAULT_USER_BURST} and its neighbours).
   */
  readonly rateLimit?: Partial<RateLimit> | false;
  /** When set, rate limits are kept in this Redis and shared by every replica; else in memory. */
  readonly redisUrl?: string;
  /** Prefix of the rate-limit keys in Redis. Default {@link DEFAULT_RATE_LIMIT_KEY_PREFIX}. */
  readonly rateLimitKeyPrefix?: string;
  /** Default: a pino logger at `error` level, so a library caller is not flooded. */
  readonly logger?: Logger;
  /**
   * Dev stack only: mints demo personas' tokens for the explorer's persona picker
   * (`GET /explorer/dev-token`). Never set in production: anyone reaching the gateway could sign in
   * as anyone; `beacon gateway` has no way to set it.
   */
  readonly demoTokens?: DemoTokenMinter;
}

export interface Gateway {
  /**
   * Starts listening; `port` 0 picks a free port. Resolves with the base URL, and the metrics
   * listener's when one is configured.
   */
  listen(port: number, host?: string): Promise<{ url: string; metricsUrl?: string }>;
  /**
   * Drains, then stops: readiness turns 503, new connections are refused, requests in flight get
   * their answers (up to the drain timeout, after which their connections are cut), then the
   * runtime is disposed (it ignores SIGTERM itself).
   */
  close(): Promise<void>;
  readonly server: Server;
  /** The gateway's Prometheus registry and series. */
  readonly metrics: GatewayMetrics;
}

/**
 * Beacon's gateway: Hive Gateway's runtime behind a `node:http` server that authenticates every
 * GraphQL request first and serves the health, readiness, JWKS and explorer routes itself.
 * Configuration mistakes (a bad supergraph, an override for an unknown subgraph) throw here.
 */
export function createGateway(options: GatewayOptions): Gateway {
  const logger = options.logger ?? pino({ level: 'error', name: 'beacon-gateway' });
  const timeoutMs = options.subgraphTimeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS;
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
    throw new Error(`subgraphTimeoutMs must be a positive whole number of milliseconds; got ${timeoutMs}.`);
  }
  const supergraph = loadSupergraph(options.supergraphSdl, options.subgraphUrls);
  const jwksJson = options.jwks === undefined ? undefined : publicJwksJson(options.jwks);
  const limits: GatewayLimits = Object.freeze({ ...DEFAULT_GATEWAY_LIMITS, ...definedOnly(options.limits ?? {}) });
  if (!Number.isInteger(limits.maxBodyBytes) || limits.maxBodyBytes <= 0) {
    throw new Error(`limits.maxBodyBytes must be a positive whole number of bytes; got ${limits.maxBodyBytes}.`);
  }
  const subgraphTimeouts = options.subgraphTimeouts ?? {};
  for (const [name, value] of Object.entries(subgraphTimeouts)) {
    if (!Number.isInteger(value) || value <= 0) {
      throw new Error(`subgraphTimeouts.${name} must be a positive whole number of milliseconds; got ${value}.`);
    }
  }
  const breaker: CircuitBreakerOptions = Object.freeze({ ...DEFAULT_BREAKER_OPTIONS, ...definedOnly(options.breaker ?? {}) });
  checkBreakerOptions(breaker);
  const drainTimeoutMs = options.drainTimeoutMs ?? DEFAULT_DRAIN_TIMEOUT_MS;
  const queryPlanner = options.queryPlanner ?? DEFAULT_QUERY_PLANNER;
  if (!QUERY_PLANNERS.includes(queryPlanner)) {
    throw new Error(`queryPlanner must be one of ${QUERY_PLANNERS.join(', ')}; got ${JSON.stringify(queryPlanner)}.`);
  }
  const verifier = options.tokenCache === false ? options.verifier : cachingTokenVerifier(options.verifier, options.tokenCache);
  const metrics = new GatewayMetrics();
  const inFlight = new InFlightRequests((delta) => metrics.inFlight.inc(delta));
  let draining = false;
  const runtime = createBeaconRuntime({ supergraph, subgraphTimeoutMs: timeoutMs, subgraphTimeouts, breaker, limits, logger, metrics, queryPlanner });
  const buckets = options.rateLimit === false ? undefined : tokenBucketsFor(options.redisUrl, logger);
  const rateLimiter =
    options.rateLimit === false || buckets === undefined
      ? undefined
      : createRateLimiter({
          userBurst: DEFAULT_USER_BURST,
          userPerMinute: DEFAULT_USER_PER_MINUTE,
          orgBurst: DEFAULT_ORG_BURST,
          orgPerMinute: DEFAULT_ORG_PER_MINUTE,
          ...definedOnly(options.rateLimit ?? {}),
          buckets,
          keyPrefix: options.rateLimitKeyPrefix ?? DEFAULT_RATE_LIMIT_KEY_PREFIX,
        });

  const explorer = createExplorer({ graphqlEndpoint: GRAPHQL_PATH, demoTokens: options.demoTokens });
  const server = createServer(
    createRequestHandler({
      runtime,
      verifier,
      logger,
      explorerHtml: explorer.html,
      explorerRoutes: explorer.routes,
      jwksJson,
      isReady: async () => !draining && Boolean(await runtime.getSchema()),
      isDraining: () => draining,
      maxBodyBytes: limits.maxBodyBytes,
      rateLimiter,
      metrics,
      inFlight,
    }),
  );
  const metricsServer =
    options.metricsServer === undefined ? undefined : createMetricsServer({ metrics, logger, token: options.metricsServer.token });

  let closing: Promise<void> | undefined;
  async function shutDown(): Promise<void> {
    draining = true;
    if (server.listening) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive sockets would otherwise hold close() open until they time out; busy ones
      // are closed by Node once their response is sent (the handler marks it `connection: close`).
      server.closeIdleConnections();
      const drained = await inFlight.idle(drainTimeoutMs);
      if (!drained) logger.warn({ inFlight: inFlight.size, drainTimeoutMs }, 'drain timeout: cutting the requests still in flight');
      server.closeAllConnections();
      await closed;
    }
    if (metricsServer?.listening) await new Promise<void>((resolve) => metricsServer.close(() => resolve()));
    metricsServer?.closeAllConnections();
    await runtime.dispose();
    await buckets?.close();
    logger.info('gateway stopped');
  }

  return {
    server,
    metrics,
    async listen(port, host) {
      // Load the supergraph before accepting traffic: a broken one fails the start, not a query.
      await runtime.getSchema();
      await listenOn(server, port, host);
      const address = server.address() as AddressInfo;
      logger.info({ port: address.port }, 'gateway listening');
      const url = `http://${urlHostOf(address)}:${address.port}`;
      if (!metricsServer || !options.metricsServer) return { url };
      await listenOn(metricsServer, options.metricsServer.port, options.metricsServer.host ?? DEFAULT_METRICS_HOST);
      const metricsAddress = metricsServer.address() as AddressInfo;
      logger.info({ port: metricsAddress.port }, 'gateway metrics listening');
      return { url, metricsUrl: `http://${urlHostOf(metricsAddress)}:${metricsAddress.port}/metrics` };
    },
    close() {
      closing ??= shutDown();
      return closing;
    },
  };
}

function listenOn(server: Server, port: number, host: string | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function tokenBucketsFor(redisUrl: string | undefined, logger: Logger): TokenBuckets {
  if (redisUrl === undefined) return createMemoryTokenBuckets();
  // A request waits at most this long on Redis; past it the limiter fails open (see request-handler).
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, commandTimeout: 1_000, lazyConnect: false });
  // ioredis reconnects by itself; without a listener an outage would crash the process.
  redis.on('error', (error: Error) => logger.warn({ reason: error.message }, 'rate-limit store unavailable'));
  return createRedisTokenBuckets(redis);
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Members of a JWK that only private (or symmetric) keys have. */
const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

/** Refuses to publish a JWKS that carries private key material: that would hand out the signing key. */
function publicJwksJson(jwks: object): string {
  const keys: unknown = (jwks as { keys?: unknown }).keys;
  if (!Array.isArray(keys)) throw new Error('jwks must be a JWKS document: { "keys": [...] }.');
  for (const key of keys) {
    if (typeof key !== 'object' || key === null || PRIVATE_JWK_MEMBERS.some((member) => member in key)) {
      throw new Error('jwks must hold public keys only; refusing to publish private key material.');
    }
  }
  return JSON.stringify(jwks);
}

/** A host a local client can dial: wildcard binds are shown as loopback. */
function urlHostOf(address: AddressInfo): string {
  if (address.address === '0.0.0.0') return '127.0.0.1';
  if (address.address === '::') return 'localhost';
  return address.family === 'IPv6' ? `[${address.address}]` : address.address;
}
