import { catalogue, ConfigError, readOptional, readSubgraphConfig, subgraphVariables, type ConfigVariable, type SubgraphConfig } from '../../shared/config/index.js';
import { DEFAULT_DOUBT_MARGIN, DEFAULT_ENCODING_BITS, DEFAULT_LINK_THRESHOLD, DEFAULT_MAX_BLOCK_SIZE, DEFAULT_RIVAL_FLOOR } from '../../shared/linkage/index.js';

/** The linkage subgraph's default port in the dev stack. */
export const LINKAGE_DEFAULT_PORT = 4004;

/** How the hub decides that two encodings are one person. */
export interface LinkageMatchingConfig {
  /**
   * Dice coefficient from which two records link when their identity keys corroborate it (the
   * whole birth date agrees under every name), or when the pair is doubtful but unambiguous.
   */
  readonly threshold: number;
  /**
   * A doubtful pair (a birth date missing or contradicting, or only part of it agreeing) links
   * only when each record is the other's best match by at least this much (docs/linkage.md).
   */
  readonly margin: number;
  /** Scores from which another record counts as a rival when judging that margin. */
  readonly rivalFloor: number;
  /** Blocks holding more records than this are not compared: a key so common says little about a pair. */
  readonly maxBlockSize: number;
  /** Bytes of every published encoding; the sectors' encoder must agree. */
  readonly encodingBytes: number;
}

export const DEFAULT_MATCHING: LinkageMatchingConfig = Object.freeze({
  threshold: DEFAULT_LINK_THRESHOLD,
  margin: DEFAULT_DOUBT_MARGIN,
  rivalFloor: DEFAULT_RIVAL_FLOOR,
  maxBlockSize: DEFAULT_MAX_BLOCK_SIZE,
  encodingBytes: DEFAULT_ENCODING_BITS / 8,
});

/** Every variable readLinkageConfig reads (docs/configuration.md is generated from it). */
export const LINKAGE_VARIABLES: readonly ConfigVariable[] = [
  ...subgraphVariables('linkage', LINKAGE_DEFAULT_PORT),
  ...catalogue([
    {
      name: 'BEACON_LINKAGE_THRESHOLD',
      readBy: ['linkage'],
      type: 'fraction',
      default: String(DEFAULT_MATCHING.threshold),
      description: 'Dice coefficient from which two records whose birth dates and names agree link; doubtful pairs must also be unambiguous (docs/linkage.md).',
    },
    {
      name: 'BEACON_LINKAGE_MAX_BLOCK_SIZE',
      readBy: ['linkage'],
      type: 'whole number',
      default: String(DEFAULT_MATCHING.maxBlockSize),
      description: 'Blocks holding more records than this are not compared: a key that common says little about a pair.',
    },
  ]),
];

export interface LinkageConfig extends SubgraphConfig {
  readonly matching?: LinkageMatchingConfig;
}

/** The only reader of this service's environment. Linkage has no linkage secret, by design. */
export function readLinkageConfig(env: NodeJS.ProcessEnv = process.env): LinkageConfig {
  return Object.freeze({ ...readSubgraphConfig(env, 'LINKAGE', LINKAGE_DEFAULT_PORT), matching: readLinkageMatching(env) });
}

/**
 * Reads `BEACON_LINKAGE_THRESHOLD` (Dice, 0–1) and `BEACON_LINKAGE_MAX_BLOCK_SIZE`; the
 * defaults are those tuned offline (docs/linkage.md).
 */
export function readLinkageMatching(env: NodeJS.ProcessEnv = process.env): LinkageMatchingConfig {
  const threshold = readFraction(env, 'BEACON_LINKAGE_THRESHOLD', DEFAULT_MATCHING.threshold);
  const block = readOptional(env, 'BEACON_LINKAGE_MAX_BLOCK_SIZE');
  const maxBlockSize = block === undefined ? DEFAULT_MATCHING.maxBlockSize : Number(block);
  if (!Number.isInteger(maxBlockSize) || maxBlockSize < 2) throw new ConfigError('BEACON_LINKAGE_MAX_BLOCK_SIZE', 'must be an integer of at least 2');
  return Object.freeze({ ...DEFAULT_MATCHING, threshold, maxBlockSize });
}

function readFraction(env: NodeJS.ProcessEnv, variable: string, fallback: number): number {
  const raw = readOptional(env, variable);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!(value > 0 && value <= 1)) throw new ConfigError(variable, 'must be a number in (0, 1]');
  return value;
}
