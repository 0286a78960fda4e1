import { readSectorSubgraphConfig, type SectorSubgraphConfig } from '../../shared/config/index.js';

/** The financial subgraph's default port in the dev stack. */
export const FINANCIAL_DEFAULT_PORT = 4003;

/** The only reader of this service's environment (`BEACON_FINANCIAL_*` and the shared variables). */
export function readFinancialConfig(env: NodeJS.ProcessEnv = process.env): SectorSubgraphConfig {
  return readSectorSubgraphConfig(env, 'FINANCIAL', FINANCIAL_DEFAULT_PORT);
}
