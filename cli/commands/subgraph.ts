import { parseArgs } from 'node:util';
import { readSectorSubgraphConfig, readSubgraphConfig, ConfigError } from '../../shared/config/index.js';
import { createLogger } from '../../shared/logging/index.js';
import { findSubgraph, SUBGRAPHS } from '../stack/subgraph-registry.js';
import { untilSignal } from './signals.js';

/**
 * `beacon subgraph <name>`: one institution's subgraph alone, on its own database and keys.
 * Flags override the environment variables of the same meaning (see docs and README).
 */
export async function runSubgraph(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'database-url': { type: 'string' },
      issuer: { type: 'string' },
      'jwks-url': { type: 'string' },
      'jwks-file': { type: 'string' },
      port: { type: 'string' },
      'linkage-url': { type: 'string' },
    },
  });
  const definition = findSubgraph(positionals[0] ?? '');
  if (!definition) {
    throw new ConfigError('<name>', `must be one of ${SUBGRAPHS.map((item) => item.name).join(', ')}.`);
  }
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (values['database-url']) env[`BEACON_${definition.envPrefix}_DATABASE_URL`] = values['database-url'];
  if (values.port) env[`BEACON_${definition.envPrefix}_PORT`] = values.port;
  if (values['linkage-url']) env.BEACON_LINKAGE_URL = values['linkage-url'];
  if (values.issuer) {
    if (!values['jwks-url'] && !values['jwks-file']) throw new ConfigError('--issuer', 'needs --jwks-url or --jwks-file.');
    env.BEACON_TRUSTED_ISSUERS = JSON.stringify([
      { issuer: values.issuer, jwksUrl: values['jwks-url'], jwksFile: values['jwks-file'] },
    ]);
  }
  const logger = createLogger(definition.name, env.BEACON_LOG_LEVEL ?? 'info');
  const subgraph =
    definition.kind === 'sector'
      ? await definition.create(readSectorSubgraphConfig(env, definition.envPrefix, definition.defaultPort), logger)
      : await definition.create(readSubgraphConfig(env, definition.envPrefix, definition.defaultPort), logger);
  const config = readSubgraphConfig(env, definition.envPrefix, definition.defaultPort);
  const { url } = await subgraph.listen(config.port, config.host);
  process.stdout.write(`The ${definition.name} subgraph is serving ${url} (Ctrl-C stops it).\n`);
  await untilSignal();
  await subgraph.close();
  return 0;
}
