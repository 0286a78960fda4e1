import { aggregateVariables, readAggregateRules, type AggregateRules } from '../../shared/aggregates/index.js';
import { catalogue, ConfigError, readOptional, readSectorSubgraphConfig, sectorSubgraphVariables, type ConfigVariable, type SectorSubgraphConfig } from '../../shared/config/index.js';
import { isCurrencyCode } from '../../shared/reference-data/index.js';

/** The financial subgraph's default port in the dev stack. */
export const FINANCIAL_DEFAULT_PORT = 4003;

/** Every variable readFinancialConfig reads (docs/configuration.md is generated from it). */
export const FINANCIAL_VARIABLES: readonly ConfigVariable[] = [
  ...sectorSubgraphVariables('financial', FINANCIAL_DEFAULT_PORT),
  ...aggregateVariables('financial'),
  ...catalogue([
    {
      name: 'BEACON_FINANCIAL_STRUCTURING_THRESHOLDS',
      readBy: ['financial'],
      type: 'JSON',
      default: 'USD, EUR and GBP 10,000.00',
      description: 'Structuring thresholds per ISO 4217 currency in minor units (`{"USD": 1000000}` is USD 10,000.00): amounts just below them raise the red flag.',
    },
  ]),
];

export interface FinancialConfig extends SectorSubgraphConfig {
  /**
   * Structuring thresholds per ISO 4217 currency, in minor units (`{"USD": 1000000}` is USD
   * 10,000.00). Default: BEACON_FINANCIAL_STRUCTURING_THRESHOLDS, or USD/EUR/GBP 10,000.
   */
  readonly structuringThresholds?: Readonly<Record<string, number>>;
  /** k, rounding and amount rounding of every aggregate (`BEACON_FINANCIAL_AGGREGATE_*`; default k = 11). */
  readonly aggregates?: AggregateRules;
}

/** The only reader of this service's environment (`BEACON_FINANCIAL_*` and the shared variables). */
export function readFinancialConfig(env: NodeJS.ProcessEnv = process.env): FinancialConfig {
  return { ...readSectorSubgraphConfig(env, 'FINANCIAL', FINANCIAL_DEFAULT_PORT), structuringThresholds: readRedFlagThresholds(env), aggregates: readAggregateRules(env, 'FINANCIAL') };
}

/**
 * BEACON_FINANCIAL_STRUCTURING_THRESHOLDS: a JSON object of ISO 4217 codes to whole minor units.
 * Undefined when unset. Read by `createFinancialSubgraph` too, so the CLI, which builds the
 * shared part of the config itself, honours it.
 */
export function readRedFlagThresholds(env: NodeJS.ProcessEnv = process.env): Record<string, number> | undefined {
  const raw = readOptional(env, 'BEACON_FINANCIAL_STRUCTURING_THRESHOLDS');
  if (raw === undefined || raw.trim() === '') return undefined;
  const fail = (why: string): never => {
    throw new ConfigError('BEACON_FINANCIAL_STRUCTURING_THRESHOLDS', `${why}, e.g. {"USD": 1000000} for USD 10,000.00.`);
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    fail('is not JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) fail('must be a JSON object');
  for (const [currency, amount] of Object.entries(parsed as Record<string, unknown>)) {
    if (!isCurrencyCode(currency)) fail(`names ${JSON.stringify(currency)}, not an ISO 4217 currency code`);
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount <= 0) fail(`gives ${currency} an amount that is not a positive whole number of minor units`);
  }
  return parsed as Record<string, number>;
}
