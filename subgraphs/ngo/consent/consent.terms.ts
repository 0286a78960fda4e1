import { isPurpose, isSector, SECTORS, type Purpose, type Sector } from '../../../shared/auth/index.js';

/** What a caseworker states when recording a consent, as received (strings, unchecked). */
export interface ConsentTermsInput {
  readonly sector: string;
  readonly purpose: string;
  /** ISO 8601 date-time with a zone, or a date (valid through that day, UTC); absent or null: until withdrawn. */
  readonly validUntil?: string | null;
}

/** Checked terms, ready to store. */
export interface ConsentTerms {
  readonly sector: Sector;
  readonly purpose: Purpose;
  readonly validUntil: Date | null;
}

export interface InvalidField {
  readonly field: string;
  readonly reason: string;
}

/**
 * Purposes of the federation's own plumbing and of an institution reviewing its own trail: none
 * is a use of a survivor's data that she could be asked to agree to.
 */
const NOT_CONSENTABLE: readonly Purpose[] = ['audit', 'linkage', 'federation'];

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})$/;
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * Checks every field and reports every problem at once (`prefix` names where the terms sit in
 * the caller's input, e.g. `consents[0].`). Values are never echoed back: reasons only.
 */
export function checkConsentTerms(
  input: ConsentTermsInput,
  now: Date,
  prefix = '',
): { terms: ConsentTerms; invalidFields: [] } | { terms: undefined; invalidFields: InvalidField[] } {
  const invalidFields: InvalidField[] = [];
  if (!isSector(input.sector)) {
    invalidFields.push({ field: `${prefix}sector`, reason: `not a Beacon sector (${SECTORS.join(', ')})` });
  }
  if (!isPurpose(input.purpose)) {
    invalidFields.push({ field: `${prefix}purpose`, reason: 'not a Beacon purpose' });
  } else if (NOT_CONSENTABLE.includes(input.purpose)) {
    invalidFields.push({ field: `${prefix}purpose`, reason: 'a service purpose, not a use of her data she can consent to' });
  }
  const validUntil = input.validUntil === undefined || input.validUntil === null ? null : parseValidUntil(input.validUntil);
  if (validUntil === 'invalid') {
    invalidFields.push({ field: `${prefix}validUntil`, reason: 'not an ISO 8601 date or date-time with a time zone' });
  } else if (validUntil !== null && validUntil.getTime() <= now.getTime()) {
    invalidFields.push({ field: `${prefix}validUntil`, reason: 'already past' });
  }
  if (invalidFields.length > 0 || validUntil === 'invalid') return { terms: undefined, invalidFields };
  return {
    terms: { sector: input.sector as Sector, purpose: input.purpose as Purpose, validUntil },
    invalidFields: [],
  };
}

/** A date means "through that day": the consent ends at the next midnight, UTC. */
function parseValidUntil(value: string): Date | 'invalid' {
  const trimmed = value.trim();
  const dateOnly = ISO_DATE.exec(trimmed);
  const dateTime = dateOnly ? null : ISO_DATE_TIME.exec(trimmed);
  const day = dateOnly?.[1] ?? dateTime?.[1];
  if (!day || !isCalendarDay(day)) return 'invalid';
  const parsed = dateOnly ? new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS) : new Date(trimmed);
  return Number.isNaN(parsed.getTime()) ? 'invalid' : parsed;
}

/** `Date` rolls 2026-02-30 over to March; a calendar day must survive the round trip. */
function isCalendarDay(day: string): boolean {
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}
