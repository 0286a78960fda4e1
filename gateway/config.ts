import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_BREAKER_OPTIONS, type CircuitBreakerOptions } from './circuit-breaker.js';
import { DEFAULT_QUERY_PLANNER, QUERY_PLANNERS, type QueryPlanner } from './query-planner.js';
import type { RateLimit } from './rate-limit.js';

/** The port the gateway listens on when `BEACON_GATEWAY_PORT` is not set. */
export const DEFAULT_GATEWAY_PORT = 4000;
/** The committed supergraph, at the repository root. */
export const DEFAULT_SUPERGRAPH_PATH = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));
/**
 * How long one subgraph call may take. Long enough for a cold linkage query, short enough that a
 * hung subgraph costs the caller seconds, not the default minutes, before partial data returns.
 */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 10_000;
/** Prometheus' customary exporter port; `/metrics` is served there, never on the public port. */
export const DEFAULT_METRICS_PORT = 9464;
/** Only this machine (a sidecar, a node agent) can scrape unless the operator widens it. */
export const DEFAULT_METRICS_HOST = '127.0.0.1';
/**
 * How long a shutdown waits for requests in flight. Longer than the default subgraph timeout, so
 * a request waiting on a slow subgraph still gets its partial answer.
 */
export const DEFAULT_DRAIN_TIMEOUT_MS = 15_000;
/** Operation limits: generous for every operation in `examples/` and GraphiQL, tight for attacks. */
export const DEFAULT_MAX_DEPTH = 8;
/** graphql-cop's alias overloading sends 101 aliases; real operations alias a handful of fields. */
export const DEFAULT_MAX_ALIASES = 15;
/** graphql-cop's field duplication sends 500 `__typename`s (503 tokens); the largest example has 59. */
export const DEFAULT_MAX_TOKENS = 500;
export const DEFAULT_MAX_CHARACTERS = 10_000;
/** graphql-cop's directive overloading repeats one directive 10 times. */
export const DEFAULT_MAX_DIRECTIVES = 8;
/** `people(first: 20)` with its four lists of records costs 20 × (1 + 4 × 10) = 820; `first: 1000`, 41,000. */
export const DEFAULT_MAX_COST = 5_000;
/** Items assumed for a list without a `first` argument (a person's records, a survivor's consents). */
export const DEFAULT_ASSUMED_LIST_SIZE = 10;
/** Bodies above this are refused with 413 before parsing (the subgraphs use the same figure). */
export const DEFAULT_MAX_BODY_BYTES = 1_000_000;
/** A person at a keyboard, or a partner tool paging through results, stays well within these. */
export const DEFAULT_USER_BURST = 60;
export const DEFAULT_USER_PER_MINUTE = 600;
/** An institution's users together. */
export const DEFAULT_ORG_BURST = 300;
export const DEFAULT_ORG_PER_MINUTE = 3_000;
/** Prefix of the rate-limit keys in Redis. */
export const DEFAULT_RATE_LIMIT_KEY_PREFIX = 'beacon:rate-limit:';
/** Subgraph names as they appear in the supergraph's `join__Graph` enum. */
export const SUBGRAPH_NAMES = ['law-enforcement', 'ngo', 'financial', 'linkage'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export interface GatewayConfig {
  /** Port for the gateway's HTTP server. Default {@link DEFAULT_GATEWAY_PORT}. */
  readonly port: number;
  /** Absolute path of the supergraph SDL to serve. Default {@link DEFAULT_SUPERGRAPH_PATH}. */
  readonly supergraphPath: string;
  /**
   * Subgraph URLs that replace the ones written in the supergraph, keyed by {@link SubgraphName}.
   * Only the subgraphs whose variable is set appear; the others keep the supergraph's URL.
   */
  readonly subgraphUrls: Readonly<Record<string, string>>;
  /** Per-call timeout for subgraph requests. Default {@link DEFAULT_SUBGRAPH_TIMEOUT_MS}. */
  readonly subgraphTimeoutMs: number;
  /**
   * Timeouts for single subgraphs, keyed by {@link SubgraphName}, from
   * `BEACON_SUBGRAPH_TIMEOUT_MS_<NAME>` (e.g. `BEACON_SUBGRAPH_TIMEOUT_MS_LINKAGE`).
   */
  readonly subgraphTimeouts: Readonly<Record<string, number>>;
  /** Each subgraph's circuit breaker (`BEACON_BREAKER_FAILURES`, `_WINDOW_MS`, `_OPEN_MS`). */
  readonly breaker: CircuitBreakerOptions;
  /** `BEACON_METRICS_PORT`, default {@link DEFAULT_METRICS_PORT}; `off` serves no metrics. */
  readonly metricsPort: number | undefined;
  /** `BEACON_METRICS_HOST`, default {@link DEFAULT_METRICS_HOST}. */
  readonly metricsHost: string;
  /** `BEACON_METRICS_TOKEN`: when set, scrapes must send it as a bearer token. */
  readonly metricsToken: string | undefined;
  /** `BEACON_DRAIN_TIMEOUT_MS`, default {@link DEFAULT_DRAIN_TIMEOUT_MS}. */
  readonly drainTimeoutMs: number;
  /** Operation and request limits; each `BEACON_MAX_*` variable overrides one. */
  readonly limits: GatewayLimits;
  /** Token buckets per user and organisation (`BEACON_RATE_LIMIT_*`). */
  readonly rateLimit: RateLimit;
  /** `REDIS_URL`: when set, rate limits are shared by every replica through this Redis. */
  readonly redisUrl: string | undefined;
  /** `BEACON_RATE_LIMIT_KEY_PREFIX`, default {@link DEFAULT_RATE_LIMIT_KEY_PREFIX}. */
  readonly rateLimitKeyPrefix: string;
  /** `BEACON_QUERY_PLANNER`: `rust` or `js`, default {@link DEFAULT_QUERY_PLANNER}. */
  readonly queryPlanner: QueryPlanner;
}

export interface GatewayLimits {
  /** `BEACON_MAX_DEPTH`, default {@link DEFAULT_MAX_DEPTH}. */
  readonly maxDepth: number;
  /** `BEACON_MAX_ALIASES`, default {@link DEFAULT_MAX_ALIASES}. */
  readonly maxAliases: number;
  /** `BEACON_MAX_TOKENS`, default {@link DEFAULT_MAX_TOKENS}. */
  readonly maxTokens: number;
  /** `BEACON_MAX_CHARACTERS`, default {@link DEFAULT_MAX_CHARACTERS}. */
  readonly maxCharacters: number;
  /** `BEACON_MAX_DIRECTIVES`, default {@link DEFAULT_MAX_DIRECTIVES}. */
  readonly maxDirectives: number;
  /** `BEACON_MAX_COST`, default {@link DEFAULT_MAX_COST}. */
  readonly maxCost: number;
  /** `BEACON_ASSUMED_LIST_SIZE`, default {@link DEFAULT_ASSUMED_LIST_SIZE}. */
  readonly assumedListSize: number;
  /** `BEACON_MAX_BODY_BYTES`, default {@link DEFAULT_MAX_BODY_BYTES}. */
  readonly maxBodyBytes: number;
}

export const DEFAULT_GATEWAY_LIMITS: GatewayLimits = Object.freeze({
  maxDepth: DEFAULT_MAX_DEPTH,
  maxAliases: DEFAULT_MAX_ALIASES,
  maxTokens: DEFAULT_MAX_TOKENS,
  maxCharacters: DEFAULT_MAX_CHARACTERS,
  maxDirectives: DEFAULT_MAX_DIRECTIVES,
  maxCost: DEFAULT_MAX_COST,
  assumedListSize: DEFAULT_ASSUMED_LIST_SIZE,
  maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
});

/** The variable that overrides each limit. */
export const LIMIT_VARIABLES: Readonly<Record<keyof GatewayLimits, string>> = {
  maxDepth: 'BEACON_MAX_DEPTH',
  maxAliases: 'BEACON_MAX_ALIASES',
  maxTokens: 'BEACON_MAX_TOKENS',
  maxCharacters: 'BEACON_MAX_CHARACTERS',
  maxDirectives: 'BEACON_MAX_DIRECTIVES',
  maxCost: 'BEACON_MAX_COST',
  assumedListSize: 'BEACON_ASSUMED_LIST_SIZE',
  maxBodyBytes: 'BEACON_MAX_BODY_BYTES',
};

/** `law-enforcement` → `BEACON_SUBGRAPH_TIMEOUT_MS_LAW_ENFORCEMENT`. */
export function subgraphTimeoutVariable(name: SubgraphName): string {
  return `BEACON_SUBGRAPH_TIMEOUT_MS_${name.toUpperCase().replaceAll('-', '_')}`;
}

/** `law-enforcement` → `BEACON_SUBGRAPH_URL_LAW_ENFORCEMENT`. */
export function subgraphUrlVariable(name: SubgraphName): string {
  return `BEACON_SUBGRAPH_URL_${name.toUpperCase().replaceAll('-', '_')}`;
}

/**
 * The only reader of the environment for the gateway. Fails at startup, naming the variable, so a
 * typo never becomes a gateway quietly pointing at the wrong place.
 */
export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const subgraphUrls: Record<string, string> = {};
  for (const name of SUBGRAPH_NAMES) {
    const variable = subgraphUrlVariable(name);
    const value = nonEmpty(env, variable);
    if (value !== undefined) subgraphUrls[name] = httpUrl(variable, value);
  }
  const subgraphTimeouts: Record<string, number> = {};
  for (const name of SUBGRAPH_NAMES) {
    const variable = subgraphTimeoutVariable(name);
    if (nonEmpty(env, variable) !== undefined) subgraphTimeouts[name] = integer(env, variable, 0, 1, 600_000);
  }
  const supergraph = nonEmpty(env, 'BEACON_SUPERGRAPH');
  const metricsPort = nonEmpty(env, 'BEACON_METRICS_PORT');
  return Object.freeze({
    port: integer(env, 'BEACON_GATEWAY_PORT', DEFAULT_GATEWAY_PORT, 0, 65_535),
    supergraphPath: supergraph === undefined ? DEFAULT_SUPERGRAPH_PATH : absolute(supergraph),
    subgraphUrls: Object.freeze(subgraphUrls),
    subgraphTimeoutMs: integer(env, 'BEACON_SUBGRAPH_TIMEOUT_MS', DEFAULT_SUBGRAPH_TIMEOUT_MS, 1, 600_000),
    subgraphTimeouts: Object.freeze(subgraphTimeouts),
    breaker: Object.freeze({
      failureThreshold: integer(env, 'BEACON_BREAKER_FAILURES', DEFAULT_BREAKER_OPTIONS.failureThreshold, 1, 10_000),
      windowMs: integer(env, 'BEACON_BREAKER_WINDOW_MS', DEFAULT_BREAKER_OPTIONS.windowMs, 1, 3_600_000),
      openMs: integer(env, 'BEACON_BREAKER_OPEN_MS', DEFAULT_BREAKER_OPTIONS.openMs, 1, 3_600_000),
    }),
    metricsPort: metricsPort === 'off' ? undefined : integer(env, 'BEACON_METRICS_PORT', DEFAULT_METRICS_PORT, 0, 65_535),
    metricsHost: nonEmpty(env, 'BEACON_METRICS_HOST') ?? DEFAULT_METRICS_HOST,
    metricsToken: nonEmpty(env, 'BEACON_METRICS_TOKEN'),
    drainTimeoutMs: integer(env, 'BEACON_DRAIN_TIMEOUT_MS', DEFAULT_DRAIN_TIMEOUT_MS, 0, 600_000),
    limits: Object.freeze(
      Object.fromEntries(
        Object.entries(LIMIT_VARIABLES).map(([name, variable]) => [
          name,
          integer(env, variable, DEFAULT_GATEWAY_LIMITS[name as keyof GatewayLimits], 1, Number.MAX_SAFE_INTEGER),
        ]),
      ) as unknown as GatewayLimits,
    ),
    rateLimit: Object.freeze({
      userBurst: integer(env, 'BEACON_RATE_LIMIT_USER_BURST', DEFAULT_USER_BURST, 1, Number.MAX_SAFE_INTEGER),
      userPerMinute: integer(env, 'BEACON_RATE_LIMIT_USER_PER_MINUTE', DEFAULT_USER_PER_MINUTE, 1, Number.MAX_SAFE_INTEGER),
      orgBurst: integer(env, 'BEACON_RATE_LIMIT_ORG_BURST', DEFAULT_ORG_BURST, 1, Number.MAX_SAFE_INTEGER),
      orgPerMinute: integer(env, 'BEACON_RATE_LIMIT_ORG_PER_MINUTE', DEFAULT_ORG_PER_MINUTE, 1, Number.MAX_SAFE_INTEGER),
    }),
    redisUrl: redisUrl(nonEmpty(env, 'REDIS_URL')),
    rateLimitKeyPrefix: nonEmpty(env, 'BEACON_RATE_LIMIT_KEY_PREFIX') ?? DEFAULT_RATE_LIMIT_KEY_PREFIX,
    queryPlanner: queryPlanner(nonEmpty(env, 'BEACON_QUERY_PLANNER')),
  });
}

function nonEmpty(env: NodeJS.ProcessEnv, variable: string): string | undefined {
  const value = env[variable]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function integer(env: NodeJS.ProcessEnv, variable: string, fallback: number, min: number, max: number): number {
  const raw = nonEmpty(env, variable);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new Error(`${variable} must be a whole number from ${min} to ${max}; got ${JSON.stringify(raw)}.`);
  }
  return value;
}

function httpUrl(variable: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${variable} must be an absolute http(s) URL; got ${JSON.stringify(raw)}.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${variable} must use http or https; got ${JSON.stringify(url.protocol)}.`);
  }
  return raw;
}

function queryPlanner(raw: string | undefined): QueryPlanner {
  if (raw === undefined) return DEFAULT_QUERY_PLANNER;
  if (!(QUERY_PLANNERS as readonly string[]).includes(raw)) {
    throw new Error(`BEACON_QUERY_PLANNER must be one of ${QUERY_PLANNERS.join(', ')}; got ${JSON.stringify(raw)}.`);
  }
  return raw as QueryPlanner;
}

function redisUrl(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let protocol: string | undefined;
  try {
    protocol = new URL(raw).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol !== 'redis:' && protocol !== 'rediss:') {
    // The value may hold a password: name the variable, not the value.
    throw new Error('REDIS_URL must be a redis:// or rediss:// URL.');
  }
  return raw;
}

function absolute(path: string): string {
  return isAbsolute(path) ? path : resolve(process.cwd(), path);
}
