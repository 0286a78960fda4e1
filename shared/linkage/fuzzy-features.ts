import { givenNameForms } from './nicknames.js';
import type { NormalisedPerson } from './normalise-person.js';

/**
 * The kinds of feature a fuzzy encoding is made of. Each sets its own number of bits per feature
 * (its weight) and is hashed under a key derived from the linkage secret for its kind of value.
 */
export const FEATURE_GROUPS = [
  'givenBigram', 'familyBigram', 'givenForm',
  'dobPart', 'dobPair', 'dobDayMonth', 'dobYearDigit',
  'streetNumber', 'streetBigram', 'addressLine2Bigram', 'localityBigram',
  'postcodeDigit', 'postcode', 'region', 'country',
] as const;

export type FeatureGroup = (typeof FEATURE_GROUPS)[number];

/** Called for each feature of a record (a feature repeated within a record may come twice). */
export type FeatureSink = (group: FeatureGroup, feature: string) => void;

/** Bigrams of a word padded with "_" at both ends, so first and last letters count: "ann" → _a an nn n_. */
function bigrams(word: string, emit: (feature: string) => void): void {
  const padded = `_${word}_`;
  for (let i = 0; i + 2 <= padded.length; i += 1) emit(padded.slice(i, i + 2));
}

/**
 * Address text is compared with its spaces removed: clerks split and join words of a street or
 * place name at will ("kennewell place", "kennewellp lace", "mount view", "mountview").
 */
function textBigrams(group: FeatureGroup, text: string | undefined, sink: FeatureSink): void {
  if (text !== undefined) bigrams(text.replaceAll(' ', ''), (feature) => sink(group, feature));
}

/**
 * Emits the features of one normalised person:
 * - name: padded bigrams of every given and family word (all names and aliases), and the formal
 *   forms of each given word ("bob" → "robert"), so a nickname still shares a feature;
 * - date of birth: year, month and day, each pair of them (one wrong part still leaves two
 *   parts and a pair agreeing), the unordered pair {day, month} (a swapped day and month still match),
 *   and the last two digits of the year by position (a mistyped year still half agrees). The
 *   century is not a feature of its own: nearly everyone shares it, so it would only add noise;
 * - address: the street number whole, bigrams of street, second line and locality (spaces
 *   removed), the postcode whole and digit by position, region and country whole.
 *
 * Given and family bigrams are hashed under one key, as are street and second-line bigrams:
 * sources put the same value in either field, and a swap should cost little similarity.
 */
export function emitFeatures(person: NormalisedPerson, sink: FeatureSink): void {
  // A feature emitted twice sets the same bits twice, which changes nothing: no deduplication.
  for (const name of person.names) {
    for (const word of name.given) {
      bigrams(word, (feature) => sink('givenBigram', feature));
      for (const form of givenNameForms(word)) sink('givenForm', form);
    }
    for (const word of name.family) bigrams(word, (feature) => sink('familyBigram', feature));
  }
  const digits = person.dateOfBirthDigits;
  if (digits !== undefined) {
    const [year, month, day] = [digits.slice(0, 4), digits.slice(4, 6), digits.slice(6, 8)];
    sink('dobPart', `y${year}`);
    sink('dobPart', `m${month}`);
    sink('dobPart', `d${day}`);
    sink('dobPair', `ym${year}${month}`);
    sink('dobPair', `md${month}${day}`);
    sink('dobPair', `yd${year}${day}`);
    sink('dobDayMonth', month < day ? `${month}${day}` : `${day}${month}`);
    sink('dobYearDigit', `3${year[2]}`);
    sink('dobYearDigit', `4${year[3]}`);
  }
  const address = person.address;
  if (address.streetNumber !== undefined) sink('streetNumber', address.streetNumber);
  textBigrams('streetBigram', address.street, sink);
  textBigrams('addressLine2Bigram', address.addressLine2, sink);
  textBigrams('localityBigram', address.locality, sink);
  if (address.postcode !== undefined) {
    sink('postcode', address.postcode);
    for (let i = 0; i < address.postcode.length; i += 1) sink('postcodeDigit', `${i}${address.postcode[i]}`);
  }
  if (address.region !== undefined) sink('region', address.region);
  if (address.country !== undefined) sink('country', address.country);
}
