import { readFileSync } from 'node:fs';
import { createGateway, readGatewayConfig } from '../../gateway/index.js';
import { BEACON_AUDIENCE, createTokenVerifier } from '../../shared/auth/index.js';
import { readString, readTrustedIssuers } from '../../shared/config/index.js';
import { createLogger } from '../../shared/logging/index.js';
import { untilSignal } from './signals.js';

/** `beacon gateway`: the gateway alone, over the committed supergraph and the configured issuers. */
export async function runGateway(): Promise<number> {
  const config = readGatewayConfig();
  const gateway = createGateway({
    supergraphSdl: readFileSync(config.supergraphPath, 'utf8'),
    subgraphUrls: config.subgraphUrls,
    subgraphTimeoutMs: config.subgraphTimeoutMs,
    subgraphTimeouts: config.subgraphTimeouts,
    breaker: config.breaker,
    metricsServer:
      config.metricsPort === undefined ? undefined : { port: config.metricsPort, host: config.metricsHost, token: config.metricsToken },
    drainTimeoutMs: config.drainTimeoutMs,
    limits: config.limits,
    rateLimit: config.rateLimit,
    redisUrl: config.redisUrl,
    rateLimitKeyPrefix: config.rateLimitKeyPrefix,
    queryPlanner: config.queryPlanner,
    verifier: createTokenVerifier({
      issuers: readTrustedIssuers(process.env),
      audience: readString(process.env, 'BEACON_AUDIENCE', BEACON_AUDIENCE),
    }),
    logger: createLogger('gateway', readString(process.env, 'BEACON_LOG_LEVEL', 'info')),
  });
  const { url, metricsUrl } = await gateway.listen(config.port, readString(process.env, 'BEACON_HOST', '127.0.0.1'));
  process.stdout.write(`The gateway is serving ${url}/graphql (Ctrl-C stops it).\n`);
  if (metricsUrl) process.stdout.write(`Prometheus metrics: ${metricsUrl}\n`);
  await untilSignal();
  // Drains: requests in flight are answered (up to BEACON_DRAIN_TIMEOUT_MS), new ones refused.
  await gateway.close();
  return 0;
}
