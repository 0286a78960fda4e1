import { givenNameForms } from './nicknames.js';
import type { NormalisedPerson } from './normalise-person.js';
import { soundex } from './phonetic.js';

/**
 * The kinds of blocking key. A record is compared only with records that share at least one
 * key of the same kind, so each kind is a way two records of one person can still meet when
 * other fields disagree:
 * - `NAME_YEAR`: Soundex of any name word, with the year of birth;
 * - `NAME_PAIR`: Soundex of a given word and of a family word, unordered (no date needed);
 * - `DOB`: the whole date of birth (names misspelt beyond Soundex);
 * - `POSTCODE_NAME`: the postcode with Soundex of any name word (date missing or wrong);
 * - `STREET`: the street number with Soundex of the street's first word (moved postcode, new name).
 */
export const BLOCKING_KEY_KINDS = ['NAME_YEAR', 'NAME_PAIR', 'DOB', 'POSTCODE_NAME', 'STREET', 'PLACE_NUMBER', 'POSTCODE_NUMBER', 'NAME_MONTH_DAY', 'LOCALITY_NAME', 'ADDRESS_PLACE'] as const;

export type BlockingKeyKind = (typeof BLOCKING_KEY_KINDS)[number];

/**
 * Kinds that speak of the person's birth date: a name word with the birth year, a name word with
 * the birth month and day, or the whole date. Two consequences the linkers rely on:
 * - a record has identity keys exactly when it has a birth date, and a similarity settles a pair
 *   only with identity keys in common (`keysCorroborate`, pair-evidence.ts): relatives share a surname
 *   and an address, namesakes share every name, and a Bloom filter alone cannot tell either from
 *   a record with a mistyped name;
 * - two dated records that share none disagree on the year *and* on the month and day (for every
 *   name word they share), or on the whole date when they share no name word: their birth dates
 *   contradict ({@link birthDatesContradict}). A one-digit slip, or a day and month swapped,
 *   leaves the year or the month and day agreeing, so a typo is not a contradiction.
 *
 * `NAME_PAIR` (two names, no date) is not an identity key: every namesake shares it, so alone it
 * corroborates nothing (measured on the demo generator's namesake-dense data: docs/linkage.md).
 * Its evidence bits ({@link KEY_EVIDENCE}) say whether two records' names agree.
 */
export const IDENTITY_KEY_KINDS: ReadonlySet<BlockingKeyKind> = new Set(['NAME_YEAR', 'NAME_MONTH_DAY', 'DOB']);

/**
 * What two records sharing a key of each kind have in common, as the hub may read it from the
 * key itself (its top {@link EVIDENCE_BITS} bits, {@link evidenceOf}): the birth date alone, a
 * name word with the birth year or with the birthday, a given and a family name (phonetically),
 * or a precise address (a street or house number with its street, place or postcode). Kinds
 * that combine a name with a town or postcode say little alone and carry no evidence (0).
 *
 * Why the hub needs it: on sparse records (a name and a birth date) a Bloom-filter similarity
 * cannot tell "the same date under other names" from "the same name with a mistyped date";
 * the kinds of the keys two records share can (docs/linkage.md, section 5). The cost: the hub
 * learns which keys are name keys and which date keys (section 3).
 */
export const KEY_EVIDENCE = { none: 0, nameYear: 1, nameMonthDay: 2, birthDate: 3, names: 4, address: 5 } as const;
export type KeyEvidence = (typeof KEY_EVIDENCE)[keyof typeof KEY_EVIDENCE];

const EVIDENCE_OF_KIND: Readonly<Record<BlockingKeyKind, KeyEvidence>> = {
  NAME_YEAR: KEY_EVIDENCE.nameYear,
  NAME_MONTH_DAY: KEY_EVIDENCE.nameMonthDay,
  DOB: KEY_EVIDENCE.birthDate,
  NAME_PAIR: KEY_EVIDENCE.names,
  STREET: KEY_EVIDENCE.address,
  PLACE_NUMBER: KEY_EVIDENCE.address,
  POSTCODE_NUMBER: KEY_EVIDENCE.address,
  ADDRESS_PLACE: KEY_EVIDENCE.address,
  POSTCODE_NAME: KEY_EVIDENCE.none,
  LOCALITY_NAME: KEY_EVIDENCE.none,
};

/** Bits of a 48-bit blocking key that say its evidence; the other 45 are the keyed hash's. */
export const EVIDENCE_BITS = 3;
const HASH_SPAN = 2 ** (48 - EVIDENCE_BITS);

/** A 48-bit blocking key from the first 48 bits of its keyed hash: the evidence of its kind on top, 45 hash bits below. */
export function evidenceTaggedKey(kind: BlockingKeyKind, hash48: number): number {
  return EVIDENCE_OF_KIND[kind] * HASH_SPAN + (hash48 % HASH_SPAN);
}

/** The evidence a blocking key carries ({@link KEY_EVIDENCE}). */
export function evidenceOf(key: number): number {
  return Math.floor(key / HASH_SPAN);
}

/**
 * How many identity keys two records share: 0 when either lacks a birth date or the dates
 * contradict; 1 for one name word with the year (or with the birthday), or the date alone; 2 and
 * more as more of the name and of the date agree (the same name and date share five).
 */
export function sharedIdentityKeys(a: readonly number[], b: readonly number[]): number {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  let shared = 0;
  for (const key of small) if (large.includes(key)) shared += 1;
  return shared;
}

/**
 * Whether two records' birth dates contradict, read from their identity keys alone (all the hub
 * holds): both have a birth date and no identity key is shared ({@link IDENTITY_KEY_KINDS}).
 * A record without a birth date contradicts nothing.
 */
export function birthDatesContradict(a: readonly number[], b: readonly number[]): boolean {
  return a.length > 0 && b.length > 0 && sharedIdentityKeys(a, b) === 0;
}

/** Name words considered per record, so a record with many aliases cannot join many blocks. */
const MAX_NAME_CODES = 6;

/**
 * The raw values of a record's blocking keys, by kind, before keyed hashing. Never leaves the
 * data owner: only HMACs of these are published.
 */
export function blockingKeyValues(person: NormalisedPerson): Array<readonly [BlockingKeyKind, string]> {
  const givenCodes = new Set<string>();
  const familyCodes = new Set<string>();
  for (const name of person.names) {
    for (const word of name.given) for (const form of givenNameForms(word)) add(givenCodes, soundex(form));
    for (const word of name.family) add(familyCodes, soundex(word));
  }
  const nameCodes = [...new Set([...givenCodes, ...familyCodes])].slice(0, MAX_NAME_CODES);
  const values: Array<readonly [BlockingKeyKind, string]> = [];
  const digits = person.dateOfBirthDigits;
  const year = digits?.slice(0, 4);
  if (year !== undefined) for (const code of nameCodes) values.push(['NAME_YEAR', `${code}${year}`]);
  if (digits !== undefined) for (const code of nameCodes) values.push(['NAME_MONTH_DAY', `${code}${digits.slice(4)}`]);
  for (const given of [...givenCodes].slice(0, MAX_NAME_CODES / 2)) {
    for (const family of [...familyCodes].slice(0, MAX_NAME_CODES / 2)) {
      values.push(['NAME_PAIR', given < family ? `${given}${family}` : `${family}${given}`]);
    }
  }
  if (digits !== undefined) values.push(['DOB', digits]);
  const { postcode, streetNumber, street, locality } = person.address;
  if (postcode !== undefined) for (const code of nameCodes) values.push(['POSTCODE_NAME', `${postcode}${code}`]);
  const streetCode = street === undefined ? undefined : soundex(street.replaceAll(' ', ''));
  const localityCode = locality === undefined ? undefined : soundex(locality.replaceAll(' ', ''));
  if (localityCode !== undefined) for (const code of nameCodes) values.push(['LOCALITY_NAME', `${localityCode}${code}`]);
  if (localityCode !== undefined) {
    for (const text of [street, person.address.addressLine2]) {
      const code = text === undefined ? undefined : soundex(text.replaceAll(' ', ''));
      if (code !== undefined) values.push(['ADDRESS_PLACE', `${code}/${localityCode}`]);
    }
  }
  if (streetNumber !== undefined) {
    if (streetCode !== undefined) values.push(['STREET', `${streetNumber}/${streetCode}`]);
    if (localityCode !== undefined) values.push(['PLACE_NUMBER', `${streetNumber}/${localityCode}`]);
    if (postcode !== undefined) values.push(['POSTCODE_NUMBER', `${streetNumber}/${postcode}`]);
  }
  return values;
}

function add(codes: Set<string>, code: string | undefined): void {
  if (code !== undefined) codes.add(code);
}
