import { BeaconError } from '../errors/index.js';

/** The four kinds of member institution. The hub runs linkage and sees aggregates. */
export const SECTORS = ['LAW_ENFORCEMENT', 'NGO', 'FINANCIAL', 'HUB'] as const;
export type Sector = (typeof SECTORS)[number];

/** Who is calling, as proven by a verified token. Built once per request, never from headers alone. */
export interface Principal {
  /** Stable user (or service) id from the issuer. */
  readonly sub: string;
  /** The institution the caller acts for: the owner of the records it writes. */
  readonly org: string;
  readonly sector: Sector;
  readonly roles: readonly string[];
  /** Purposes the institution has granted this caller; a request declares one of them. */
  readonly purposes: readonly string[];
  /** The `iss` that signed the token: services trust only their own federation's issuers. */
  readonly issuer: string;
}

export function isSector(value: unknown): value is Sector {
  return typeof value === 'string' && (SECTORS as readonly string[]).includes(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.length > 0);
}

/**
 * Reads Beacon's claims out of a verified payload. Rejects rather than defaults: a token missing
 * `sector` must not quietly become a least-privileged principal, it is a broken token.
 */
export function principalFromClaims(claims: Record<string, unknown>): Principal {
  const { sub, org, sector, roles, purposes, iss } = claims;
  const missing: string[] = [];
  if (typeof sub !== 'string' || sub === '') missing.push('sub');
  if (typeof org !== 'string' || org === '') missing.push('org');
  if (!isSector(sector)) missing.push('sector');
  if (!isStringArray(roles)) missing.push('roles');
  if (!isStringArray(purposes)) missing.push('purposes');
  if (typeof iss !== 'string') missing.push('iss');
  if (missing.length > 0) {
    throw new BeaconError('UNAUTHENTICATED', `The token lacks valid claims: ${missing.join(', ')}.`);
  }
  return Object.freeze({
    sub: sub as string,
    org: org as string,
    sector: sector as Sector,
    roles: Object.freeze([...(roles as string[])]),
    purposes: Object.freeze([...(purposes as string[])]),
    issuer: iss as string,
  });
}
