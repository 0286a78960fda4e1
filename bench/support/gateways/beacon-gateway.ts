import { readFileSync } from 'node:fs';
import { createGateway, GRAPHQL_PATH, type QueryPlanner } from '../../../gateway/index.js';
import { BEACON_AUDIENCE, createTokenVerifier } from '../../../shared/auth/index.js';
import { createLogger } from '../../../shared/logging/index.js';
import type { RunningServer } from '../server-child.js';
import type { GatewayInfo } from './gateway-kind.js';

/**
 * Buckets far beyond what the bench can spend: the limiter stays in the request path (its cost is
 * part of the gateway's), but never answers 429. A real partner's limits are `DEFAULT_*_BURST`.
 */
export const BENCH_RATE_LIMIT = Object.freeze({
  userBurst: 1_000_000_000,
  userPerMinute: 1_000_000_000_000,
  orgBurst: 1_000_000_000,
  orgPerMinute: 1_000_000_000_000,
});

/**
 * Beacon's gateway with every plugin, built as the dev stack builds it (cli/stack/dev-stack.ts):
 * the same verifier, JWKS and options — except the rate limits, set out of reach, and the query
 * planner, chosen per row.
 */
export async function startBeaconGateway(options: {
  supergraphSdl: string;
  subgraphUrls: Readonly<Record<string, string>>;
  issuer: { issuer: string; jwksFile: string };
  redisUrl: string | undefined;
  queryPlanner: QueryPlanner;
}): Promise<RunningServer<GatewayInfo>> {
  const issuers = [options.issuer];
  const gateway = createGateway({
    supergraphSdl: options.supergraphSdl,
    subgraphUrls: options.subgraphUrls,
    verifier: createTokenVerifier({ issuers, audience: BEACON_AUDIENCE }),
    jwks: JSON.parse(readFileSync(options.issuer.jwksFile, 'utf8')) as object,
    logger: createLogger('gateway', 'silent'),
    rateLimit: BENCH_RATE_LIMIT,
    queryPlanner: options.queryPlanner,
    ...(options.redisUrl === undefined ? {} : { redisUrl: options.redisUrl }),
  });
  const { url } = await gateway.listen(0, '127.0.0.1');
  return { info: { url: `${url}${GRAPHQL_PATH}` }, close: () => gateway.close() };
}
