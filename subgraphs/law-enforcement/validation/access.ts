import type { Principal } from '../../../shared/auth/index.js';
import { BeaconError } from '../../../shared/errors/index.js';

/**
 * Writes are for law-enforcement investigators. policy.ts already refuses anyone else at the
 * edge; services check again because the CLI (imports, seeds) reaches them without the shield.
 */
export function assertInvestigatingAgency(principal: Principal): void {
  if (principal.sector !== 'LAW_ENFORCEMENT' || !principal.roles.includes('investigator')) {
    throw new BeaconError('FORBIDDEN', "Only a law-enforcement agency's investigators write case records.");
  }
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
