import { foldWords } from './fold-text.js';
import { normaliseCountry } from './normalise-country.js';
import { normaliseRegion } from './normalise-region.js';

/** A postal address as a source records it; every part optional. */
export interface AddressParts {
  /** House or building number, possibly with a letter or a range ("12a", "12-14"). */
  readonly streetNumber?: string;
  /** Street name with its type ("Stanley St"). */
  readonly street?: string;
  /** A second line: building, estate, unit. */
  readonly addressLine2?: string;
  /** Town, suburb or city. */
  readonly locality?: string;
  readonly postcode?: string;
  /** State, province or county. */
  readonly region?: string;
  /** Country name or ISO 3166 alpha-2 code. */
  readonly country?: string;
}

/** {@link AddressParts} in canonical form: only the parts that normalised are present. */
export interface NormalisedAddress {
  /** Digits and letters as words ("12a", "12 14" for "12-14"). */
  readonly streetNumber?: string;
  /** Folded words, the street type spelled out ("stanley street"). */
  readonly street?: string;
  readonly addressLine2?: string;
  readonly locality?: string;
  /** Upper-case letters and digits, no spaces ("SW1A1AA"). */
  readonly postcode?: string;
  readonly region?: string;
  /** ISO 3166 alpha-2. */
  readonly country?: string;
}

/** Which address parts were present but did not normalise. */
export type AddressPart = keyof AddressParts;

/**
 * Street-type abbreviations (Australia Post, USPS and Royal Mail usage), spelled out when they
 * are the last word of a street, where the type sits in English-speaking addresses. Elsewhere
 * "st" is Saint and "dr" a title, so only the last word is expanded.
 */
const STREET_TYPES: Readonly<Record<string, string>> = {
  st: 'street', str: 'street', rd: 'road', ave: 'avenue', av: 'avenue', cres: 'crescent', cr: 'crescent',
  ct: 'court', crt: 'court', pl: 'place', dr: 'drive', drv: 'drive', ln: 'lane', la: 'lane',
  blvd: 'boulevard', bvd: 'boulevard', hwy: 'highway', pde: 'parade', cct: 'circuit', cl: 'close',
  tce: 'terrace', ter: 'terrace', sq: 'square', cir: 'circle', pkwy: 'parkway', esp: 'esplanade',
  gr: 'grove', gv: 'grove', gdns: 'gardens', mews: 'mews', wy: 'way', hts: 'heights', sqr: 'square',
};

/** Locality and street prefixes written short: "St Kilda", "Mt Druitt", "Pt Cook", "Ft Worth". */
const LEADING_WORDS: Readonly<Record<string, string>> = { st: 'saint', ste: 'sainte', mt: 'mount', pt: 'port', ft: 'fort' };

/** "No. 12", "#12", "Unit 3/12": words that introduce a number rather than being part of it. */
const NUMBER_PREFIXES: ReadonlySet<string> = new Set(['no', 'nr', 'number', 'num']);

const MAX_POSTCODE_LENGTH = 10;

function expandLeading(words: string[]): string[] {
  const first = words[0];
  if (first !== undefined && words.length > 1 && Object.hasOwn(LEADING_WORDS, first)) {
    return [LEADING_WORDS[first] as string, ...words.slice(1)];
  }
  return words;
}

/** A house number as words of letters and digits; undefined when it holds no digit. */
export function normaliseStreetNumber(raw: string): string | undefined {
  const words = foldWords(raw).filter((word) => !NUMBER_PREFIXES.has(word));
  return words.some((word) => /\d/.test(word)) ? words.join(' ') : undefined;
}

/**
 * A street name folded to lower-case ASCII words, with a trailing street type spelled out
 * ("Stanley St." → "stanley street") and a leading "St"/"Mt" read as Saint/Mount.
 */
export function normaliseStreet(raw: string): string | undefined {
  const words = expandLeading(foldWords(raw));
  const last = words.length - 1;
  if (last > 0 && Object.hasOwn(STREET_TYPES, words[last] as string)) words[last] = STREET_TYPES[words[last] as string] as string;
  return words.length > 0 ? words.join(' ') : undefined;
}

/** A locality (or a second address line) folded to words, "St"/"Mt" in front spelled out. */
export function normaliseLocality(raw: string): string | undefined {
  const words = expandLeading(foldWords(raw));
  return words.length > 0 ? words.join(' ') : undefined;
}

/**
 * A postcode as upper-case letters and digits without spaces or dashes ("sw1a 1aa" → "SW1A1AA",
 * "12345-6789" → "123456789"). Undefined when it has other characters or is implausibly long.
 */
export function normalisePostcode(raw: string): string | undefined {
  const code = raw.normalize('NFKC').trim().toUpperCase().replace(/[\s-]+/g, '');
  return /^[A-Z0-9]+$/.test(code) && code.length <= MAX_POSTCODE_LENGTH && /\d/.test(code) ? code : undefined;
}

/**
 * Brings each present part of an address to canonical form. Parts that are present but do not
 * normalise (a street number without a digit, a postcode with punctuation, an unknown country)
 * are listed in `rejected`; empty parts are simply absent.
 */
export function normaliseAddress(parts: AddressParts): { address: NormalisedAddress; rejected: AddressPart[] } {
  const address: Record<string, string> = {};
  const rejected: AddressPart[] = [];
  const readers: ReadonlyArray<[AddressPart, (raw: string) => string | undefined]> = [
    ['streetNumber', normaliseStreetNumber],
    ['street', normaliseStreet],
    ['addressLine2', normaliseLocality],
    ['locality', normaliseLocality],
    ['postcode', normalisePostcode],
    ['region', normaliseRegion],
    ['country', normaliseCountry],
  ];
  for (const [part, read] of readers) {
    const raw = parts[part];
    if (raw === undefined || raw.trim() === '') continue;
    const value = read(raw);
    if (value === undefined) rejected.push(part);
    else address[part] = value;
  }
  return { address: address as NormalisedAddress, rejected };
}
