import { BEACON_AUDIENCE } from '../shared/auth/index.js';
import { catalogue, DEFAULT_HOST, DEFAULT_LOG_LEVEL, type ConfigVariable } from '../shared/config/index.js';
import { DEFAULT_BREAKER_OPTIONS } from './circuit-breaker.js';
import {
  DEFAULT_DRAIN_TIMEOUT_MS,
  DEFAULT_GATEWAY_LIMITS,
  DEFAULT_GATEWAY_PORT,
  DEFAULT_METRICS_HOST,
  DEFAULT_METRICS_PORT,
  DEFAULT_ORG_BURST,
  DEFAULT_ORG_PER_MINUTE,
  DEFAULT_RATE_LIMIT_KEY_PREFIX,
  DEFAULT_SUBGRAPH_TIMEOUT_MS,
  DEFAULT_USER_BURST,
  DEFAULT_USER_PER_MINUTE,
  LIMIT_VARIABLES,
  SUBGRAPH_NAMES,
  subgraphTimeoutVariable,
  subgraphUrlVariable,
  type GatewayLimits,
} from './config.js';
import { DEFAULT_QUERY_PLANNER } from './query-planner.js';

const readBy = ['gateway'];

/** Why each operation limit exists, for the reference; the figures come from DEFAULT_GATEWAY_LIMITS. */
const LIMIT_DESCRIPTIONS: Readonly<Record<keyof GatewayLimits, string>> = {
  maxDepth: 'Deepest selection nesting an operation may have.',
  maxAliases: 'Most aliases in one operation (alias overloading multiplies work per request).',
  maxTokens: 'Most lexical tokens in one document (field duplication attacks).',
  maxCharacters: 'Longest document, in characters.',
  maxDirectives: 'Most directives in one operation (directive overloading).',
  maxCost: 'Highest estimated cost: every field 1, a list multiplied by its `first` argument (or the assumed list size).',
  assumedListSize: 'Items assumed for a list without a `first` argument when estimating cost.',
  maxBodyBytes: 'Largest request body; larger ones are refused with 413 before parsing.',
};

/**
 * Every variable the gateway reads: readGatewayConfig, and the shared ones `beacon gateway` reads
 * for verifying tokens and listening. docs/configuration.md is generated from this list.
 */
export const GATEWAY_VARIABLES: readonly ConfigVariable[] = catalogue([
  { name: 'BEACON_GATEWAY_PORT', readBy, type: 'port', default: String(DEFAULT_GATEWAY_PORT), description: "The gateway's public HTTP port." },
  { name: 'BEACON_HOST', readBy, type: 'text', default: `\`${DEFAULT_HOST}\``, description: 'The interface to listen on; `0.0.0.0` behind a load balancer or in a container.' },
  { name: 'BEACON_SUPERGRAPH', readBy, type: 'path', default: '`supergraph.graphql` of the checkout', description: 'The composed supergraph to serve (relative paths from the working directory).' },
  ...SUBGRAPH_NAMES.map((name) => ({
    name: subgraphUrlVariable(name),
    readBy,
    type: 'URL' as const,
    default: 'the URL in the supergraph',
    description: `Where the ${name} subgraph answers, when not where the supergraph says (another host, a service name).`,
  })),
  {
    name: 'BEACON_TRUSTED_ISSUERS',
    readBy,
    type: 'JSON',
    description: 'The token issuers to trust, as for the subgraphs: the gateway verifies every token itself and answers 401 before planning.',
  },
  { name: 'BEACON_AUDIENCE', readBy, type: 'text', default: `\`${BEACON_AUDIENCE}\``, description: 'The `aud` claim every token must carry.' },
  { name: 'BEACON_LOG_LEVEL', readBy, type: 'log level', default: `\`${DEFAULT_LOG_LEVEL}\``, description: 'pino level of the JSON logs on stdout.' },
  {
    name: 'BEACON_SUBGRAPH_TIMEOUT_MS',
    readBy,
    type: 'whole number',
    default: String(DEFAULT_SUBGRAPH_TIMEOUT_MS),
    description: "How long one subgraph call may take before that subgraph's fields are null and `SUBGRAPH_UNAVAILABLE` is reported.",
  },
  ...SUBGRAPH_NAMES.map((name) => ({
    name: subgraphTimeoutVariable(name),
    readBy,
    type: 'whole number' as const,
    default: '`BEACON_SUBGRAPH_TIMEOUT_MS`',
    description: `The timeout for calls to the ${name} subgraph alone.`,
  })),
  {
    name: 'BEACON_BREAKER_FAILURES',
    readBy,
    type: 'whole number',
    default: String(DEFAULT_BREAKER_OPTIONS.failureThreshold),
    description: "Failed calls (refused, reset, timed out) within the window that open a subgraph's circuit breaker.",
  },
  {
    name: 'BEACON_QUERY_PLANNER',
    readBy,
    type: 'text',
    default: `\`${DEFAULT_QUERY_PLANNER}\``,
    description:
      "`rust`: Hive's Rust query planner, with GraphQL's null propagation applied to its results; `js`: Hive's JavaScript planner (slower, same answers).",
  },
  { name: 'BEACON_BREAKER_WINDOW_MS', readBy, type: 'whole number', default: String(DEFAULT_BREAKER_OPTIONS.windowMs), description: 'The window in which failures are counted.' },
  {
    name: 'BEACON_BREAKER_OPEN_MS',
    readBy,
    type: 'whole number',
    default: String(DEFAULT_BREAKER_OPTIONS.openMs),
    description: 'How long an open breaker fails calls at once before letting one probe through.',
  },
  {
    name: 'BEACON_METRICS_PORT',
    readBy,
    type: 'port',
    default: String(DEFAULT_METRICS_PORT),
    description: 'Port of the Prometheus `/metrics` listener, never the public port; `off` serves no metrics.',
  },
  { name: 'BEACON_METRICS_HOST', readBy, type: 'text', default: `\`${DEFAULT_METRICS_HOST}\``, description: 'Interface of the metrics listener.' },
  {
    name: 'BEACON_METRICS_TOKEN',
    readBy,
    type: 'secret',
    default: 'none (no token asked)',
    description: 'When set, a scrape must send `Authorization: Bearer <token>`; set it whenever the metrics host is not loopback.',
  },
  {
    name: 'BEACON_DRAIN_TIMEOUT_MS',
    readBy,
    type: 'whole number',
    default: String(DEFAULT_DRAIN_TIMEOUT_MS),
    description: 'On SIGTERM, how long requests in flight may finish (`/ready` answers 503, new connections are refused) before they are cut.',
  },
  ...(Object.entries(LIMIT_VARIABLES) as [keyof GatewayLimits, string][]).map(([limit, name]) => ({
    name,
    readBy,
    type: 'whole number' as const,
    default: String(DEFAULT_GATEWAY_LIMITS[limit]),
    description: LIMIT_DESCRIPTIONS[limit],
  })),
  { name: 'BEACON_RATE_LIMIT_USER_BURST', readBy, type: 'whole number', default: String(DEFAULT_USER_BURST), description: 'Requests one user may send at once (token bucket size).' },
  { name: 'BEACON_RATE_LIMIT_USER_PER_MINUTE', readBy, type: 'whole number', default: String(DEFAULT_USER_PER_MINUTE), description: "Rate at which a user's bucket refills." },
  { name: 'BEACON_RATE_LIMIT_ORG_BURST', readBy, type: 'whole number', default: String(DEFAULT_ORG_BURST), description: "Requests one organisation's users together may send at once." },
  { name: 'BEACON_RATE_LIMIT_ORG_PER_MINUTE', readBy, type: 'whole number', default: String(DEFAULT_ORG_PER_MINUTE), description: "Rate at which an organisation's bucket refills." },
  {
    name: 'REDIS_URL',
    readBy,
    type: 'URL',
    default: 'none (limits kept in memory, per replica)',
    description: 'A `redis://` or `rediss://` URL: rate limits are then shared by every gateway replica.',
  },
  {
    name: 'BEACON_RATE_LIMIT_KEY_PREFIX',
    readBy,
    type: 'text',
    default: `\`${DEFAULT_RATE_LIMIT_KEY_PREFIX}\``,
    description: 'Prefix of the rate-limit keys in Redis, when several Beacon deployments share one Redis.',
  },
]);
