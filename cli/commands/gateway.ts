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
    limits: config.limits,
    rateLimit: config.rateLimit,
    redisUrl: config.redisUrl,
    rateLimitKeyPrefix: config.rateLimitKeyPrefix,
    verifier: createTokenVerifier({
      issuers: readTrustedIssuers(process.env),
      audience: readString(process.env, 'BEACON_AUDIENCE', BEACON_AUDIENCE),
    }),
    logger: createLogger('gateway', readString(process.env, 'BEACON_LOG_LEVEL', 'info')),
  });
  const { url } = await gateway.listen(config.port, readString(process.env, 'BEACON_HOST', '127.0.0.1'));
  process.stdout.write(`The gateway is serving ${url}/graphql (Ctrl-C stops it).\n`);
  await untilSignal();
  await gateway.close();
  return 0;
}
