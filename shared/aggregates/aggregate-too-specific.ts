import { BeaconError } from '../errors/index.js';

/**
 * The refusal of a selection that would isolate a small group: its own total is suppressed (fewer
 * than k, or suppressed to protect a neighbour), or it asks for a bucket finer than Beacon serves.
 * The message says which, never the count.
 */
export function aggregateTooSpecific(reason: string): BeaconError {
  return new BeaconError('AGGREGATE_TOO_SPECIFIC', `This selection is too specific to answer k-anonymously: ${reason}`);
}
