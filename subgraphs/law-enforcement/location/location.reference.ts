import type { RequestContext } from '../../../shared/subgraph-kit/index.js';
import { locationCode } from '../journey/journey-leg.validation.js';
import type { Corridor, Location } from './location.types.js';

/*
 * Location and Corridor are keyed by codes, not stored rows: any valid code is a place this
 * subgraph can answer for (with no legs, if it knows none). The kit types references as `{ id }`;
 * these entities' keys are other fields, hence the parameter's wider type.
 */

/** A key in its canonical form (as every sector writes it), or nothing. */
function canonical(value: unknown): string | undefined {
  return typeof value === 'string' && locationCode(value) === value ? value : undefined;
}

export function locationReference(reference: { code?: unknown }, _context: RequestContext): Location | null {
  const code = canonical(reference.code);
  return code ? { code } : null;
}

export function corridorReference(reference: { origin?: unknown; destination?: unknown }, _context: RequestContext): Corridor | null {
  const origin = canonical(reference.origin);
  const destination = canonical(reference.destination);
  return origin && destination ? { origin, destination } : null;
}
