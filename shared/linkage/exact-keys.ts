import { createHmac } from 'node:crypto';
import { linkageSecretKey } from './linkage-secret.js';
import { normaliseDate, type DateFormat } from './normalise-date.js';
import { normaliseDocument, type IdentityDocument } from './normalise-document.js';
import { normaliseEmail } from './normalise-email.js';
import { nameTokens } from './normalise-name.js';
import { normalisePhone, normalisePhoneCountry } from './normalise-phone.js';
import { RecentValues } from './recent-values.js';
import { REJECTION_REASONS } from './rejection-reasons.js';
import type { AddressParts } from './normalise-address.js';

/** The identifier an exact key was derived from. */
export type ExactKeyKind = 'DOCUMENT' | 'PHONE' | 'EMAIL' | 'NAME_DOB';

/** A keyed hash of one canonical identifier: equal for the same identifier and secret. */
export interface ExactKey {
  readonly kind: ExactKeyKind;
  /** HMAC-SHA256 of the kind and the canonical value under the linkage secret, lower-case hex. */
  readonly value: string;
}

/** An identifier that could not be normalised, and so yielded no key. */
export interface RejectedIdentifier {
  /** Where it was in the input, e.g. `phones[1]`. */
  readonly field: string;
  /** Why, in words that never repeat the value: rejections may be logged. */
  readonly reason: string;
}

/** The identifiers of one person record, raw, as its owner holds them. */
export interface PersonIdentifiers {
  /** The recorded name and any aliases; each gives its own name+dob key. */
  readonly names?: ReadonlyArray<{ readonly given?: string; readonly family?: string }>;
  readonly dateOfBirth?: string;
  /** How the source writes `dateOfBirth`; without it only unambiguous layouts are read. */
  readonly dateOfBirthFormat?: DateFormat;
  readonly documents?: readonly IdentityDocument[];
  readonly phones?: readonly string[];
  /** ISO 3166 alpha-2 country whose numbering plan reads national phone numbers. */
  readonly phoneCountry?: string;
  readonly emails?: readonly string[];
  /** Where the person lives or was last known to live; used by the fuzzy encoding only. */
  readonly address?: AddressParts;
}

/** The keys of one record, and every identifier that gave none. */
export interface ExactKeyDerivation {
  /** Distinct keys: documents, phones, e-mails, then names, each in input order. */
  readonly keys: ExactKey[];
  readonly rejected: RejectedIdentifier[];
}

// Unit separator: no canonical value can contain it (all are printable), so joined fields and
// the kind prefix cannot run into each other.
const SEPARATOR = '\u001f';

const REASONS = REJECTION_REASONS;

/**
 * Checks the linkage secret once and returns a function deriving the exact linkage keys of a
 * person record. Create it at start-up, so a bad secret stops the service before any ingest.
 *
 * @throws LinkageSecretError when the secret is missing or shorter than 32 bytes.
 */
export function createExactKeyDeriver(
  secret: Buffer | string,
): (identifiers: PersonIdentifiers) => ExactKeyDerivation {
  const key = linkageSecretKey(secret);
  // Keyed by kind and canonical value: an import derives each record's keys twice (validation,
  // then the publication), and an HMAC is the dearest step once the phone is read.
  const recent = new RecentValues<string>(RECENT_KEYS);
  const hmac = (text: string) => createHmac('sha256', key).update(text, 'utf8').digest('hex');
  return (identifiers) => derive(identifiers, (text) => recent.get(text, hmac));
}

/** HMACs kept per deriver: a few batches' worth of keys. */
const RECENT_KEYS = 32_768;

/**
 * Derives the exact linkage keys of one person record: one DOCUMENT key per document (type,
 * issuing country and number), one PHONE key per number (E.164), one EMAIL key per address,
 * and one NAME_DOB key per name or alias when the date of birth is known. Each key is
 * HMAC-SHA256(secret, kind + U+001F + canonical value), so equal strings of different kinds
 * never give the same key.
 *
 * Identifiers that do not normalise are listed in `rejected` with where they were; names
 * without a date of birth are valid but give no key, since a name alone links namesakes.
 *
 * @throws LinkageSecretError when the secret is missing or shorter than 32 bytes.
 */
export function deriveExactKeys(identifiers: PersonIdentifiers, secret: Buffer | string): ExactKeyDerivation {
  if (typeof secret !== 'string') return createExactKeyDeriver(secret)(identifiers);
  return sharedExactKeyDeriver(secret)(identifiers);
}

/**
 * The one deriver of a string secret in this process. Wrapping the secret as a KeyObject cost
 * as much as the HMACs of a record, on every call (a bulk import validates one record per call),
 * and validation and the publication's material share the HMACs it keeps.
 */
export function sharedExactKeyDeriver(secret: string): (identifiers: PersonIdentifiers) => ExactKeyDerivation {
  let deriver = derivers.get(secret);
  if (deriver === undefined) {
    deriver = createExactKeyDeriver(secret);
    derivers.set(secret, deriver);
  }
  return deriver;
}

const derivers = new Map<string, (identifiers: PersonIdentifiers) => ExactKeyDerivation>();

function derive(identifiers: PersonIdentifiers, hmac: (text: string) => string): ExactKeyDerivation {
  const keys = new Map<string, ExactKey>();
  const rejected: RejectedIdentifier[] = [];
  const add = (kind: ExactKeyKind, canonical: string): void => {
    const value = hmac(`${kind}${SEPARATOR}${canonical}`);
    if (!keys.has(value)) keys.set(value, { kind, value });
  };

  for (const [i, raw] of (identifiers.documents ?? []).entries()) {
    const document = normaliseDocument(raw);
    // The type is part of the key: a passport and a national ID of one country are separate
    // number spaces, and a false link merges two people, which is worse than a missed one.
    if (document) add('DOCUMENT', [document.type, document.issuingCountry, document.number].join(SEPARATOR));
    else rejected.push({ field: `documents[${i}]`, reason: REASONS.document });
  }

  let phoneCountry: string | undefined;
  if (identifiers.phoneCountry !== undefined) {
    phoneCountry = normalisePhoneCountry(identifiers.phoneCountry);
    if (!phoneCountry) rejected.push({ field: 'phoneCountry', reason: REASONS.phoneCountry });
  }
  for (const [i, raw] of (identifiers.phones ?? []).entries()) {
    const phone = normalisePhone(raw, phoneCountry);
    if (phone) add('PHONE', phone);
    else rejected.push({ field: `phones[${i}]`, reason: REASONS.phone });
  }

  for (const [i, raw] of (identifiers.emails ?? []).entries()) {
    const email = normaliseEmail(raw);
    if (email) add('EMAIL', email);
    else rejected.push({ field: `emails[${i}]`, reason: REASONS.email });
  }

  let dateOfBirth: string | undefined;
  if (identifiers.dateOfBirth !== undefined) {
    dateOfBirth = normaliseDate(identifiers.dateOfBirth, identifiers.dateOfBirthFormat);
    if (!dateOfBirth) rejected.push({ field: 'dateOfBirth', reason: REASONS.dateOfBirth });
  }
  for (const [i, name] of (identifiers.names ?? []).entries()) {
    const tokens = nameTokens(name.given, name.family);
    if (!tokens) rejected.push({ field: `names[${i}]`, reason: REASONS.name });
    else if (dateOfBirth) add('NAME_DOB', `${tokens.join(' ')}${SEPARATOR}${dateOfBirth}`);
  }

  return { keys: [...keys.values()], rejected };
}
