import { normalisePhone } from '../../shared/linkage/index.js';
import { feminineFamily, type NameForm, type Origin } from './name-pools.js';
import type { Prng } from './prng.js';

/** Who a generated human truly is: the ground truth every sector's record is a corrupted copy of. */
export interface Identity {
  readonly personId: string;
  readonly origin: Origin;
  readonly sex: 'F' | 'M';
  readonly given: NameForm;
  readonly family: NameForm;
  /** ISO date of birth. */
  readonly dateOfBirth: string;
  /** E.164, and the national significant number it was made from (for national formatting). */
  readonly phone: { readonly e164: string; readonly national: string };
  readonly emailLocal: string;
  readonly emailDomain: string;
  readonly passport: string;
  readonly locality: string;
}

const EMAIL_DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'mail.ru', 'ukr.net', 'abv.bg', 'hotmail.com', 'icloud.com'];
const PASSPORT_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const EMAIL_HANDLES = ['sun', 'star', 'blue', 'angel', 'sweet', 'happy', 'lucky', 'king', 'queen', 'moon', 'rose', 'tiger', 'dream', 'sky', 'love', 'music', 'best', 'cool', 'wolf', 'flower'];

/** A person born between `minAge` and `maxAge` years before `asOf` (ISO day). */
export function drawIdentity(prng: Prng, personId: string, origin: Origin, asOf: string, ages: { min: number; max: number }, sex?: 'F' | 'M'): Identity {
  const chosenSex = sex ?? (prng.chance(0.5) ? 'F' : 'M');
  const given = prng.pick(chosenSex === 'F' ? origin.female : origin.male);
  const familyForm = prng.pick(origin.family);
  const family = chosenSex === 'F' ? feminineFamily(origin, familyForm) : familyForm;
  const year = Number(asOf.slice(0, 4)) - prng.int(ages.min, ages.max);
  const month = prng.int(1, 12);
  const day = prng.int(1, 28);
  const latinGiven = ascii(given.latin[0] as string);
  const latinFamily = ascii(family.latin[0] as string);
  return {
    personId,
    origin,
    sex: chosenSex,
    given,
    family,
    dateOfBirth: `${year}-${pad(month)}-${pad(day)}`,
    phone: drawPhone(prng, origin),
    emailLocal: drawEmailLocal(prng, latinGiven, latinFamily, year),
    emailDomain: prng.pick(EMAIL_DOMAINS),
    passport: `${prng.pick([...PASSPORT_LETTERS])}${prng.pick([...PASSPORT_LETTERS])}${prng.digits(7)}`,
    locality: prng.pick(origin.localities),
  };
}

/**
 * The part of an e-mail address before the @, as people choose them: from the name in one of
 * several shapes (initial and surname, surname first, a nickname-like handle), usually with a
 * birth year or a number of their own, sometimes with no name in it at all. Namesakes must not
 * share an address, as they seldom do (the first generator built every address from the name
 * and two digits, so namesakes shared e-mail keys and linked on them).
 */
function drawEmailLocal(prng: Prng, given: string, family: string, year: number): string {
  const [first, last] = [given, family].map((name) => name.toLowerCase().replace(/[^a-z]/g, '')) as [string, string];
  const separator = prng.pick(['.', '_', '']);
  const base = prng.weighted({ full: 4, initial: 3, reversed: 2, handle: 1 });
  const stem =
    base === 'full' ? `${first}${separator}${last}`
    : base === 'initial' ? `${first.charAt(0)}${separator}${last}`
    : base === 'reversed' ? `${last}${separator}${first}`
    : `${prng.pick(EMAIL_HANDLES)}${prng.pick(EMAIL_HANDLES)}`;
  const suffix = prng.weighted({ year: 3, shortYear: 2, number: 4, none: 1 });
  const tail = suffix === 'year' ? String(year) : suffix === 'shortYear' ? String(year).slice(2) : suffix === 'number' ? String(prng.int(1, 9999)) : '';
  return `${stem}${tail}`;
}

/**
 * A mobile number in one of the origin's allocated ranges: drawn until libphonenumber's full
 * metadata accepts it, so that every sector's import keys it (an unallocated number is refused).
 */
function drawPhone(prng: Prng, origin: Origin): { e164: string; national: string } {
  const { code, prefixes, length } = origin.phone;
  for (let attempt = 0; attempt < 50; attempt++) {
    const prefix = prng.pick(prefixes);
    const national = prefix + prng.digits(length - prefix.length);
    const e164 = normalisePhone(`+${code}${national}`);
    if (e164) return { e164, national };
  }
  throw new RangeError(`no valid mobile number drawn for ${origin.country}: check its prefixes`);
}

export function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Latin letters without diacritics, as a keyboard without the national layout types them. */
export function ascii(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, (letter) => (letter === 'đ' ? 'd' : 'D'));
}
