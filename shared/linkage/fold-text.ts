import anyAscii from 'any-ascii';

/**
 * Arabic harakat and Hebrew niqqud: optional vowel pointing that most writers omit. Left in,
 * "مُحَمَّد" transliterates to "muhamad" and "محمد" to "mhmd", so the same name written with and
 * without pointing would never share a key. Combining marks of other scripts are kept: a
 * Devanagari vowel sign is part of the spelling, and any-ascii already drops Latin accents.
 */
const OPTIONAL_VOWEL_MARKS = /[\u0591-\u05C7\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/gu;

/**
 * Greek "ου" is one vowel, written "ou" in passports (ELOT 743) and by nearly everyone else;
 * any-ascii goes letter by letter and gives "oy", so "Παπαδόπουλος" would never meet
 * "Papadopoulos". The accented "ού" is matched too.
 */
const GREEK_OU = /[οΟ][υύΥΎ]/gu;

/**
 * Apostrophe-like characters are removed rather than turned into spaces: any-ascii renders the
 * Cyrillic soft and hard signs as "'" ("Ольга" → "Ol'ga"), and splitting there would keep
 * "Ольга" from ever matching "Olga". The cost is that "O Brien" no longer matches "O'Brien";
 * the fuzzy encoding, not the exact key, is what absorbs that kind of spelling drift.
 */
const APOSTROPHES = /['`\u2018\u2019\u02BB\u02BC\u02B9\u2032]/g;

/**
 * Text in any script as lower-case ASCII: NFKC, optional vowel pointing dropped, transliterated
 * to Latin (any-ascii), apostrophes removed. Punctuation other than apostrophes is kept, so
 * callers can still split on commas.
 */
export function foldToAscii(raw: string): string {
  const prepared = raw.normalize('NFKC').replace(OPTIONAL_VOWEL_MARKS, '').replace(GREEK_OU, 'ou');
  return anyAscii(prepared).toLowerCase().replace(APOSTROPHES, '');
}

/** {@link foldToAscii}, then split into its runs of letters and digits. */
export function foldWords(raw: string): string[] {
  return foldToAscii(raw)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}
