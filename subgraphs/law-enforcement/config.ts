import { aggregateVariables, readAggregateRules, type AggregateRules } from '../../shared/aggregates/index.js';
import { readSectorSubgraphConfig, sectorSubgraphVariables, type ConfigVariable, type SectorSubgraphConfig } from '../../shared/config/index.js';

/** The law-enforcement subgraph's default port in the dev stack. */
export const LAW_ENFORCEMENT_DEFAULT_PORT = 4001;

/** Every variable readLawEnforcementConfig reads (docs/configuration.md is generated from it). */
export const LAW_ENFORCEMENT_VARIABLES: readonly ConfigVariable[] = [
  ...sectorSubgraphVariables('law-enforcement', LAW_ENFORCEMENT_DEFAULT_PORT),
  ...aggregateVariables('law-enforcement'),
];

/**
 * The only reader of this service's environment (`BEACON_LAW_ENFORCEMENT_*` and the shared
 * variables), with `BEACON_LAW_ENFORCEMENT_AGGREGATE_*`: k and rounding of every aggregate.
 */
export function readLawEnforcementConfig(env: NodeJS.ProcessEnv = process.env): SectorSubgraphConfig & { readonly aggregates: AggregateRules } {
  return { ...readSectorSubgraphConfig(env, 'LAW_ENFORCEMENT', LAW_ENFORCEMENT_DEFAULT_PORT), aggregates: readAggregateRules(env, 'LAW_ENFORCEMENT') };
}
