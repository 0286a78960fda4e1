import { catalogue, ConfigError, readOptional, SUBGRAPH_ENV_PREFIXES, type ConfigVariable, type SubgraphEnvName } from '../config/index.js';

/** CTDC publishes its global dataset k-anonymised with k = 11; so does Beacon by default. */
export const DEFAULT_K = 11;
/** Shown counts are rounded down to a multiple of this: differences of rounded figures are ranges, not counts. */
export const DEFAULT_RESOLUTION = 5;
/** Monetary sums are rounded down to a multiple of this many minor units (1,000.00 in a two-decimal currency). */
export const DEFAULT_AMOUNT_RESOLUTION_MINOR = 100_000;
/** Below this, "k-anonymous" would be a label, not a protection: configuration refuses it. */
export const MIN_K = 5;

/** How a subgraph protects every aggregate it serves. */
export interface AggregateRules {
  /** Every group of fewer than `k` records is suppressed (default 11). */
  readonly k: number;
  /** Counts shown are rounded down to a multiple of this (default 5; at most k). */
  readonly resolution: number;
  /** Sums of money are rounded down to a multiple of this many minor units (default 100,000). */
  readonly amountResolutionMinor: number;
}

export const DEFAULT_AGGREGATE_RULES: AggregateRules = Object.freeze({
  k: DEFAULT_K,
  resolution: DEFAULT_RESOLUTION,
  amountResolutionMinor: DEFAULT_AMOUNT_RESOLUTION_MINOR,
});

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads `BEACON_<SECTOR>_AGGREGATE_K`, `BEACON_<SECTOR>_AGGREGATE_RESOLUTION` and
 * `BEACON_<SECTOR>_AGGREGATE_AMOUNT_RESOLUTION` (minor units); each sector's config.ts calls it.
 */
export function readAggregateRules(env: Env, prefix: string): AggregateRules {
  const k = readInteger(env, `BEACON_${prefix}_AGGREGATE_K`, DEFAULT_K, MIN_K);
  const resolution = readInteger(env, `BEACON_${prefix}_AGGREGATE_RESOLUTION`, Math.min(DEFAULT_RESOLUTION, k), 1);
  if (resolution > k) {
    throw new ConfigError(`BEACON_${prefix}_AGGREGATE_RESOLUTION`, `must be at most k (${k}): a coarser rounding would show every small count as 0.`);
  }
  const amountResolutionMinor = readInteger(env, `BEACON_${prefix}_AGGREGATE_AMOUNT_RESOLUTION`, DEFAULT_AMOUNT_RESOLUTION_MINOR, 1);
  return Object.freeze({ k, resolution, amountResolutionMinor });
}

function readInteger(env: Env, variable: string, fallback: number, min: number): number {
  const raw = readOptional(env, variable);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) throw new ConfigError(variable, `must be a whole number of at least ${min}, got "${raw}".`);
  return value;
}

/** What {@link readAggregateRules} reads for one sector (for `docs/configuration.md`). */
export function aggregateVariables(subgraph: SubgraphEnvName): readonly ConfigVariable[] {
  const prefix = SUBGRAPH_ENV_PREFIXES[subgraph];
  const readBy = [subgraph];
  return catalogue([
    { name: `BEACON_${prefix}_AGGREGATE_K`, readBy, type: 'whole number', default: String(DEFAULT_K), description: `Every aggregate group smaller than k is suppressed; at least ${MIN_K}.` },
    {
      name: `BEACON_${prefix}_AGGREGATE_RESOLUTION`,
      readBy,
      type: 'whole number',
      default: `${DEFAULT_RESOLUTION} (at most k)`,
      description: 'Shown counts are rounded down to a multiple of this, so differences of two answers are ranges, not counts.',
    },
    {
      name: `BEACON_${prefix}_AGGREGATE_AMOUNT_RESOLUTION`,
      readBy,
      type: 'whole number',
      default: String(DEFAULT_AMOUNT_RESOLUTION_MINOR),
      description: 'Sums of money are rounded down to a multiple of this many minor units.',
    },
  ]);
}
