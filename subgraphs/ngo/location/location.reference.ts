import { isLocationCode } from '../../../shared/reference-data/index.js';
import type { Corridor, Location } from './location.entity.js';

/*
 * Locations and corridors are values, not records: any valid code is a Location, whether or not
 * this NGO holds anything there. What the NGO holds there is behind each field's own rule. An
 * invalid code answers null, as a missing record would.
 */
export function resolveLocationReference(reference: { code?: unknown }): Location | null {
  return typeof reference.code === 'string' && isLocationCode(reference.code) ? { code: reference.code } : null;
}

export function resolveCorridorReference(reference: { origin?: unknown; destination?: unknown }): Corridor | null {
  const { origin, destination } = reference;
  return typeof origin === 'string' && typeof destination === 'string' && isLocationCode(origin) && isLocationCode(destination)
    ? { origin, destination }
    : null;
}
