import { readSectorSubgraphConfig, type SectorSubgraphConfig } from '../../shared/config/index.js';

/** The law-enforcement subgraph's default port in the dev stack. */
export const LAW_ENFORCEMENT_DEFAULT_PORT = 4001;

/** The only reader of this service's environment (`BEACON_LAW_ENFORCEMENT_*` and the shared variables). */
export function readLawEnforcementConfig(env: NodeJS.ProcessEnv = process.env): SectorSubgraphConfig {
  return readSectorSubgraphConfig(env, 'LAW_ENFORCEMENT', LAW_ENFORCEMENT_DEFAULT_PORT);
}
