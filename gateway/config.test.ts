import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GATEWAY_LIMITS,
  DEFAULT_GATEWAY_PORT,
  DEFAULT_SUBGRAPH_TIMEOUT_MS,
  DEFAULT_SUPERGRAPH_PATH,
  readGatewayConfig,
} from './config.js';

describe('readGatewayConfig', () => {
  it('defaults to port 4000, the committed supergraph and the supergraph URLs', () => {
    const config = readGatewayConfig({});
    expect(config).toEqual({
      port: DEFAULT_GATEWAY_PORT,
      supergraphPath: DEFAULT_SUPERGRAPH_PATH,
      subgraphUrls: {},
      subgraphTimeoutMs: DEFAULT_SUBGRAPH_TIMEOUT_MS,
      subgraphTimeouts: {},
      breaker: { failureThreshold: 5, windowMs: 10_000, openMs: 5_000 },
      metricsPort: 9464,
      metricsHost: '127.0.0.1',
      metricsToken: undefined,
      drainTimeoutMs: 15_000,
      limits: DEFAULT_GATEWAY_LIMITS,
      rateLimit: { userBurst: 60, userPerMinute: 600, orgBurst: 300, orgPerMinute: 3000 },
      redisUrl: undefined,
      rateLimitKeyPrefix: 'beacon:rate-limit:',
      queryPlanner: 'rust',
    });
    expect(Object.isFrozen(config.limits)).toBe(true);
    expect(path.basename(config.supergraphPath)).toBe('supergraph.graphql');
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.subgraphUrls)).toBe(true);
  });

  it('reads every variable, keying URL overrides by subgraph name', () => {
    const config = readGatewayConfig({
      BEACON_GATEWAY_PORT: '8080',
      BEACON_SUPERGRAPH: 'build/supergraph.graphql',
      BEACON_SUBGRAPH_URL_LAW_ENFORCEMENT: 'http://le.internal:4001/graphql',
      BEACON_SUBGRAPH_URL_LINKAGE: 'https://hub.example.org/graphql',
      BEACON_SUBGRAPH_TIMEOUT_MS: '2500',
      BEACON_SUBGRAPH_TIMEOUT_MS_LINKAGE: '20000',
      BEACON_BREAKER_FAILURES: '3',
      BEACON_BREAKER_WINDOW_MS: '2000',
      BEACON_BREAKER_OPEN_MS: '1000',
      BEACON_METRICS_PORT: '9100',
      BEACON_METRICS_HOST: '0.0.0.0',
      BEACON_METRICS_TOKEN: 'scrape-secret',
      BEACON_DRAIN_TIMEOUT_MS: '30000',
      BEACON_MAX_DEPTH: '5',
      BEACON_MAX_ALIASES: '4',
      BEACON_MAX_TOKENS: '300',
      BEACON_MAX_CHARACTERS: '4000',
      BEACON_MAX_DIRECTIVES: '3',
      BEACON_MAX_COST: '900',
      BEACON_ASSUMED_LIST_SIZE: '5',
      BEACON_MAX_BODY_BYTES: '65536',
      BEACON_RATE_LIMIT_USER_BURST: '5',
      BEACON_RATE_LIMIT_USER_PER_MINUTE: '30',
      BEACON_RATE_LIMIT_ORG_BURST: '50',
      BEACON_RATE_LIMIT_ORG_PER_MINUTE: '300',
      REDIS_URL: 'redis://127.0.0.1:6379/2',
      BEACON_RATE_LIMIT_KEY_PREFIX: 'staging:',
      BEACON_QUERY_PLANNER: 'js',
    });
    expect(config).toEqual({
      port: 8080,
      supergraphPath: path.resolve('build/supergraph.graphql'),
      subgraphUrls: {
        'law-enforcement': 'http://le.internal:4001/graphql',
        linkage: 'https://hub.example.org/graphql',
      },
      subgraphTimeoutMs: 2500,
      subgraphTimeouts: { linkage: 20_000 },
      breaker: { failureThreshold: 3, windowMs: 2000, openMs: 1000 },
      metricsPort: 9100,
      metricsHost: '0.0.0.0',
      metricsToken: 'scrape-secret',
      drainTimeoutMs: 30_000,
      limits: {
        maxDepth: 5,
        maxAliases: 4,
        maxTokens: 300,
        maxCharacters: 4000,
        maxDirectives: 3,
        maxCost: 900,
        assumedListSize: 5,
        maxBodyBytes: 65536,
      },
      rateLimit: { userBurst: 5, userPerMinute: 30, orgBurst: 50, orgPerMinute: 300 },
      redisUrl: 'redis://127.0.0.1:6379/2',
      rateLimitKeyPrefix: 'staging:',
      queryPlanner: 'js',
    });
  });

  it('turns metrics off with BEACON_METRICS_PORT=off', () => {
    expect(readGatewayConfig({ BEACON_METRICS_PORT: 'off' }).metricsPort).toBeUndefined();
  });

  it('treats empty variables as unset', () => {
    expect(readGatewayConfig({ BEACON_GATEWAY_PORT: '', BEACON_SUBGRAPH_URL_NGO: ' ' })).toMatchObject({
      port: DEFAULT_GATEWAY_PORT,
      subgraphUrls: {},
    });
  });

  it.each([
    ['BEACON_GATEWAY_PORT', 'http'],
    ['BEACON_GATEWAY_PORT', '70000'],
    ['BEACON_GATEWAY_PORT', '40.5'],
    ['BEACON_SUBGRAPH_TIMEOUT_MS', '0'],
    ['BEACON_SUBGRAPH_TIMEOUT_MS_NGO', '0'],
    ['BEACON_BREAKER_FAILURES', '0'],
    ['BEACON_METRICS_PORT', 'on'],
    ['BEACON_MAX_DEPTH', '0'],
    ['BEACON_MAX_COST', 'lots'],
    ['BEACON_RATE_LIMIT_USER_BURST', '0'],
    ['REDIS_URL', 'http://127.0.0.1:6379'],
    ['BEACON_SUBGRAPH_URL_FINANCIAL', 'financial:4003'],
    ['BEACON_SUBGRAPH_URL_FINANCIAL', 'ftp://financial/graphql'],
    ['BEACON_QUERY_PLANNER', 'fast'],
  ])('fails naming %s when it is %j', (variable, value) => {
    expect(() => readGatewayConfig({ [variable]: value })).toThrow(variable);
  });
});
