import anyAscii from 'any-ascii';

/**
 * Titles dropped from the front of a name (and of each comma-separated part, as in
 * "Núñez-García, Dr. José"), compared after transliteration and lower-casing.
 *
 * Only *leading* titles are dropped: "Sheikh", "Herr" and "Sr" are also surnames and suffixes
 * ("Mohammed Sheikh", "John Smith Sr"), and a surname lost from a name+dob key makes that key
 * collide with every namesake born the same day.
 */
const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'mister', 'master',
  'dr', 'doctor', 'prof', 'professor', 'rev', 'revd',
  'sir', 'dame', 'madam', 'madame', 'mme', 'mlle',
  'herr', 'frau',
  'sr', 'sra', 'srta', 'senor', 'senora', 'senorita',
  'sheikh', 'sheikha', 'shaikh', 'shaykh',
]);

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

/** Tokens of one name, transliterated and folded, leading titles dropped; empty when none. */
function nameWords(raw: string): string[] {
  const prepared = raw.normalize('NFKC').replace(OPTIONAL_VOWEL_MARKS, '').replace(GREEK_OU, 'ou');
  const latin = anyAscii(prepared).toLowerCase().replace(APOSTROPHES, '');
  return latin.split(/[,;]/).flatMap((part) => {
    const words = part.split(/[^a-z0-9]+/).filter((word) => word.length > 0);
    let first = 0;
    while (first < words.length && HONORIFICS.has(words[first] ?? '')) first += 1;
    return words.slice(first);
  });
}

/**
 * Folds a personal name written in any script to lower-case ASCII words separated by single
 * spaces: NFKC, transliteration to Latin (any-ascii), accents and punctuation removed, hyphens
 * and other separators turned into spaces, leading titles ("Dr.", "Frau", "Sheikh") dropped.
 *
 * Returns undefined when nothing of the name is left (empty, punctuation only, a title alone).
 *
 * Transliteration is one convention among several: Cyrillic and Greek written natively match
 * their usual Latin spellings, but Arabic and Han names written in Latin script by a clerk
 * rarely match their any-ascii rendering. Exact keys only catch the deterministic cases.
 *
 * @example normaliseName('Dr. José  Núñez-García') // 'jose nunez garcia'
 */
export function normaliseName(raw: string): string | undefined {
  const words = nameWords(raw);
  return words.length > 0 ? words.join(' ') : undefined;
}

/**
 * The name's words in a fixed order, so that given and family names recorded the other way
 * round ("Petrov Ivan", "Petrov, Ivan", given and family swapped) give the same list. This is
 * the name half of the name+date-of-birth key.
 *
 * Returns undefined when neither part has a word left.
 *
 * @example nameTokens('Ivan', 'Petrov') // ['ivan', 'petrov']; so does nameTokens(undefined, 'Petrov, Ivan')
 */
export function nameTokens(given: string | undefined, family: string | undefined): string[] | undefined {
  // One string, so a title is only dropped from the front of the whole name: family "Sheikh"
  // after a given name survives.
  const words = nameWords([given, family].filter((part) => part !== undefined).join(' '));
  // Code-unit order, not localeCompare: the key must be identical on every host and locale.
  return words.length > 0 ? words.sort() : undefined;
}
