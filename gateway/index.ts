import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { pino, type Logger } from 'pino';
import type { TokenVerifier } from '../shared/auth/index.js';
import {
  DEFAULT_GATEWAY_LIMITS,
  DEFAULT_ORG_BURST,
  DEFAULT_ORG_PER_MINUTE,
  DEFAULT_RATE_LIMIT_KEY_PREFIX,
  DEFAULT_SUBGRAPH_TIMEOUT_MS,
  DEFAULT_USER_BURST,
  DEFAULT_USER_PER_MINUTE,
  type GatewayLimits,
} from './config.js';
import { createRateLimiter, type RateLimit } from './rate-limit.js';
import { createMemoryTokenBuckets, createRedisTokenBuckets, type TokenBuckets } from './token-buckets.js';
import { renderExplorer } from './explorer.js';
import { createRequestHandler } from './request-handler.js';
import { createBeaconRuntime, GRAPHQL_PATH } from './runtime.js';
import { loadSupergraph } from './supergraph.js';

export {
  readGatewayConfig,
  subgraphUrlVariable,
  DEFAULT_GATEWAY_PORT,
  DEFAULT_SUPERGRAPH_PATH,
  DEFAULT_SUBGRAPH_TIMEOUT_MS,
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
  /** A JWKS document published at `GET /.well-known/jwks.json` (the dev stack's issuer). */
  readonly jwks?: object;
  /** Per-call subgraph timeout. Default {@link DEFAULT_SUBGRAPH_TIMEOUT_MS}. */
  readonly subgraphTimeoutMs?: number;
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
}

export interface Gateway {
  /** Starts listening; `port` 0 picks a free port. Resolves with the base URL. */
  listen(port: number, host?: string): Promise<{ url: string }>;
  /** Stops accepting connections, then disposes the runtime (which ignores SIGTERM itself). */
  close(): Promise<void>;
  readonly server: Server;
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
  const runtime = createBeaconRuntime({ supergraph, subgraphTimeoutMs: timeoutMs, limits, logger });
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

  const server = createServer(
    createRequestHandler({
      runtime,
      verifier: options.verifier,
      logger,
      explorerHtml: renderExplorer(GRAPHQL_PATH),
      jwksJson,
      isReady: async () => Boolean(await runtime.getSchema()),
      maxBodyBytes: limits.maxBodyBytes,
      rateLimiter,
    }),
  );

  let closing: Promise<void> | undefined;
  async function shutDown(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      if (!server.listening) return resolve();
      server.close((error) => (error ? reject(error) : resolve()));
      // Idle keep-alive sockets would otherwise hold close() open until they time out.
      server.closeIdleConnections();
    });
    await runtime.dispose();
    await buckets?.close();
  }

  return {
    server,
    async listen(port, host) {
      // Load the supergraph before accepting traffic: a broken one fails the start, not a query.
      await runtime.getSchema();
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      const address = server.address() as AddressInfo;
      const shownHost = urlHostOf(address);
      logger.info({ port: address.port }, 'gateway listening');
      return { url: `http://${shownHost}:${address.port}` };
    },
    close() {
      closing ??= shutDown();
      return closing;
    },
  };
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
