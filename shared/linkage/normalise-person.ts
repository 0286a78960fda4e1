import type { PersonIdentifiers, RejectedIdentifier } from './exact-keys.js';
import { normaliseAddress, type NormalisedAddress } from './normalise-address.js';
import { dateDigits, normaliseDate } from './normalise-date.js';
import { nameParts, type NameParts } from './normalise-name.js';
import { REJECTION_REASONS } from './rejection-reasons.js';

/** The identifiers the fuzzy encoding and blocking keys read, in canonical form. */
export interface NormalisedPerson {
  /** The recorded name first, then aliases; each with at least one word. */
  readonly names: readonly NameParts[];
  /** ISO `YYYY-MM-DD`. */
  readonly dateOfBirth?: string;
  /**
   * YYYYMMDD as written, also when the date does not exist (a typo gave month 99): the fuzzy
   * encoding compares digits. Absent when the layout itself could not be read.
   */
  readonly dateOfBirthDigits?: string;
  readonly address: NormalisedAddress;
}

/**
 * Normalises the names, date of birth and address of one person record. Every identifier that
 * is present but does not normalise is listed in `rejected` with where it was (`names[1]`,
 * `dateOfBirth`, `address.postcode`) and why, never with its value; the rest is kept.
 */
export function normalisePerson(identifiers: PersonIdentifiers): { person: NormalisedPerson; rejected: RejectedIdentifier[] } {
  const rejected: RejectedIdentifier[] = [];
  const names: NameParts[] = [];
  for (const [i, name] of (identifiers.names ?? []).entries()) {
    if (isBlank(name.given) && isBlank(name.family)) continue;
    const parts = nameParts(name.given, name.family);
    if (parts) names.push(parts);
    else rejected.push({ field: `names[${i}]`, reason: REJECTION_REASONS.name });
  }
  let dateOfBirth: string | undefined;
  let dateOfBirthDigits: string | undefined;
  if (!isBlank(identifiers.dateOfBirth)) {
    const raw = identifiers.dateOfBirth as string;
    dateOfBirth = normaliseDate(raw, identifiers.dateOfBirthFormat);
    dateOfBirthDigits = dateOfBirth?.replaceAll('-', '') ?? dateDigits(raw, identifiers.dateOfBirthFormat);
    if (!dateOfBirth) rejected.push({ field: 'dateOfBirth', reason: REJECTION_REASONS.dateOfBirth });
  }
  const { address, rejected: badParts } = normaliseAddress(identifiers.address ?? {});
  for (const part of badParts) rejected.push({ field: `address.${part}`, reason: REJECTION_REASONS[part] });
  const person: NormalisedPerson = {
    names,
    address,
    ...(dateOfBirth === undefined ? {} : { dateOfBirth }),
    ...(dateOfBirthDigits === undefined ? {} : { dateOfBirthDigits }),
  };
  return { person, rejected };
}

function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}
