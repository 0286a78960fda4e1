import { readSectorSubgraphConfig, type SectorSubgraphConfig } from '../../shared/config/index.js';

/** The NGO subgraph's default port in the dev stack. */
export const NGO_DEFAULT_PORT = 4002;

/** The only reader of this service's environment (`BEACON_NGO_*` and the shared variables). */
export function readNgoConfig(env: NodeJS.ProcessEnv = process.env): SectorSubgraphConfig {
  return readSectorSubgraphConfig(env, 'NGO', NGO_DEFAULT_PORT);
}
