import { readSubgraphConfig, type SubgraphConfig } from '../../shared/config/index.js';

/** The linkage subgraph's default port in the dev stack. */
export const LINKAGE_DEFAULT_PORT = 4004;

/** The only reader of this service's environment. Linkage has no linkage secret, by design. */
export function readLinkageConfig(env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  return readSubgraphConfig(env, 'LINKAGE', LINKAGE_DEFAULT_PORT);
}
