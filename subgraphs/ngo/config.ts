import { aggregateVariables, readAggregateRules, type AggregateRules } from '../../shared/aggregates/index.js';
import { readSectorSubgraphConfig, sectorSubgraphVariables, type ConfigVariable, type SectorSubgraphConfig } from '../../shared/config/index.js';

/** The NGO subgraph's default port in the dev stack. */
export const NGO_DEFAULT_PORT = 4002;

/** Every variable readNgoConfig reads (docs/configuration.md is generated from it). */
export const NGO_VARIABLES: readonly ConfigVariable[] = [
  ...sectorSubgraphVariables('ngo', NGO_DEFAULT_PORT),
  ...aggregateVariables('ngo'),
];

/**
 * The only reader of this service's environment (`BEACON_NGO_*` and the shared variables), with
 * `BEACON_NGO_AGGREGATE_*`: k and rounding of every aggregate (default k = 11, as CTDC).
 */
export function readNgoConfig(env: NodeJS.ProcessEnv = process.env): SectorSubgraphConfig & { readonly aggregates: AggregateRules } {
  return { ...readSectorSubgraphConfig(env, 'NGO', NGO_DEFAULT_PORT), aggregates: readAggregateRules(env, 'NGO') };
}
