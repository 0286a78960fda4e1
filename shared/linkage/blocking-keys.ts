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
 * Kinds that say something about the person rather than the household: a name with a birth
 * date part, two names, or the whole birth date. A weak similarity links two records only when
 * they share one of these ({@link linkRecords}): relatives share a surname and an address, and
 * a Bloom filter alone cannot tell a sibling from a record with a mistyped name.
 */
export const IDENTITY_KEY_KINDS: ReadonlySet<BlockingKeyKind> = new Set(['NAME_YEAR', 'NAME_MONTH_DAY', 'NAME_PAIR', 'DOB']);

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
