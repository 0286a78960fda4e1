import { foldToAscii } from './fold-text.js';
import { RecentValues } from './recent-values.js';

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

/** Tokens of one name, transliterated and folded, leading titles dropped; empty when none. A new array each call: callers sort it. */
function nameWords(raw: string): string[] {
  // Names repeat across records, and each record's are folded two or three times on ingest
  // (validation, exact keys, fuzzy encoding); transliteration is the dear part.
  return recentWords.get(raw, foldNameWords).slice();
}

const recentWords = new RecentValues<readonly string[]>(65_536);
const recentFamilyWords = new RecentValues<readonly string[]>(65_536);

/** A family name's words, titles kept (after a given name "Sheikh" is a family name). */
function familyWordsOf(raw: string): string[] {
  return foldToAscii(raw).split(/[^a-z0-9]+/).filter(Boolean);
}

function foldNameWords(raw: string): string[] {
  return foldToAscii(raw).split(/[,;]/).flatMap((part) => {
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

/** A name's folded words by role. */
export interface NameParts {
  readonly given: readonly string[];
  readonly family: readonly string[];
}

/**
 * Folds a name kept in two fields into its given and family words, reading the inverted
 * "Family, Given" layout when it is all in one field ("Petrov, Ivan" as the family name, or as
 * the given name with no family name). Titles are dropped from the front of the whole name only,
 * as {@link nameTokens} does. Which field a source calls "given" is not trusted further: the
 * fuzzy encoding hashes both roles alike, so names recorded the other way round still match.
 *
 * Returns undefined when neither part has a word left.
 *
 * @example nameParts(undefined, 'Petrov, Ivan') // { given: ['ivan'], family: ['petrov'] }
 */
export function nameParts(given: string | undefined, family: string | undefined): NameParts | undefined {
  const hasGiven = given !== undefined && given.trim() !== '';
  const hasFamily = family !== undefined && family.trim() !== '';
  const inverted = hasGiven !== hasFamily ? (hasGiven ? given : family) : undefined;
  if (inverted !== undefined && inverted.includes(',')) {
    const comma = inverted.indexOf(',');
    const familyWords = nameWords(inverted.slice(0, comma));
    const givenWords = nameWords(inverted.slice(comma + 1));
    return familyWords.length + givenWords.length > 0 ? { given: givenWords, family: familyWords } : undefined;
  }
  const givenWords = hasGiven ? nameWords(given) : [];
  // Titles only lead a name: "Sheikh" after a given name is a family name.
  const familyWords = hasFamily ? (givenWords.length > 0 ? recentFamilyWords.get(family, familyWordsOf).slice() : nameWords(family)) : [];
  return givenWords.length + familyWords.length > 0 ? { given: givenWords, family: familyWords } : undefined;
}
