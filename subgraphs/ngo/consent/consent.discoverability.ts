import type { Sector } from '../../../shared/auth/index.js';
import { isActiveConsent, type ConsentGrant } from '../../../shared/policy/index.js';

/**
 * Sectors that may learn a survivor exists, sorted: other NGOs always (they may be supporting the
 * same person, and avoiding duplicated support needs no consent), plus every sector she has a
 * consent in force for, whatever its purpose. Which fields such a sector then sees is decided
 * field by field, by sector and purpose (`consentAllows`).
 *
 * The one definition of discoverability: the hub's publication, the NGO's own reference
 * resolution and the expiry sweep all use it, so they cannot disagree.
 */
export function discoverableBy(grants: readonly ConsentGrant[], at: Date = new Date()): Sector[] {
  const sectors = new Set<Sector>(['NGO']);
  for (const grant of grants) if (isActiveConsent(grant, at)) sectors.add(grant.sector);
  return [...sectors].sort();
}

export function sameSectors(a: readonly Sector[] | null, b: readonly Sector[]): boolean {
  if (a === null || a.length !== b.length) return false;
  const sorted = [...a].sort();
  return sorted.every((sector, index) => sector === b[index]);
}
