import { evidenceOf, KEY_EVIDENCE, sharedIdentityKeys } from './blocking-keys.js';

/** A record's keys as the hub holds them: its blocking keys, and the dated ones among them. */
export interface RecordKeys {
  readonly blockingKeys: readonly number[];
  readonly identityKeys: readonly number[];
}

/** What the keys say of one field of a pair: +1 it agrees, -1 both records have it and nothing of it agrees, 0 cannot tell. */
export type FieldVote = -1 | 0 | 1;

/** The names, birth date and address of a pair, as far as the shared keys' evidence tells. */
export interface PairEvidence {
  readonly names: FieldVote;
  readonly birthDate: FieldVote;
  readonly address: FieldVote;
}

const { nameYear, nameMonthDay, birthDate, names, address } = KEY_EVIDENCE;

/** Bit `evidence` set for every evidence of `keys` (bit 0: keys with none). */
function evidenceMask(keys: readonly number[]): number {
  let mask = 0;
  for (const key of keys) mask |= 1 << evidenceOf(key);
  return mask;
}

/** The evidence of the keys `a` and `b` share, as a mask of {@link evidenceMask}. */
function sharedMask(a: readonly number[], b: readonly number[]): number {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  let mask = 0;
  for (const key of small) if (large.includes(key)) mask |= 1 << evidenceOf(key);
  return mask;
}

/** Whether every name-pair key of the record with fewer is shared: each of its given names agrees with each family name. */
function namePairsAllShared(a: readonly number[], b: readonly number[]): boolean {
  const pairsOf = (keys: readonly number[]) => keys.filter((key) => evidenceOf(key) === names);
  const [pairsA, pairsB] = [pairsOf(a), pairsOf(b)];
  const [small, large] = pairsA.length <= pairsB.length ? [pairsA, pairsB] : [pairsB, pairsA];
  return small.length > 0 && small.every((key) => large.includes(key));
}

const has = (mask: number, evidence: number) => (mask & (1 << evidence)) !== 0;
const NAME_DATE = (1 << nameYear) | (1 << nameMonthDay);

/**
 * Reads a pair's fields from the kinds of key they share ({@link KEY_EVIDENCE}):
 * - names agree (+1) when every name pair (a given × a family name code, `NAME_PAIR` keys) of
 *   the record with fewer is shared; agree in part (0) when only some are, or a name word agrees
 *   with part of the date; disagree (-1) when both records have name pairs and nothing of their
 *   names is seen to agree. A record with one name word has no name pair: its name agrees when
 *   that word agrees with part of the date, and disagrees when the whole date agrees without it;
 * - the birth date agrees when it does whole, or but for a slip (a name word agreeing with the
 *   year, or with the month and day); it disagrees when both are dated and nothing of it agrees
 *   (the dates contradict); a missing date cannot tell;
 * - the address agrees when a precise address key is shared (house number and street, place or
 *   postcode; street and place); it disagrees when both records have such keys and share none.
 */
export function pairEvidence(a: RecordKeys, b: RecordKeys): PairEvidence {
  const [maskA, maskB] = [evidenceMask(a.blockingKeys), evidenceMask(b.blockingKeys)];
  const shared = sharedMask(a.blockingKeys, b.blockingKeys);
  const bothHave = (evidence: number) => has(maskA, evidence) && has(maskB, evidence);
  const dated = bothHave(birthDate);
  const nameAndDate = (shared & NAME_DATE) !== 0;
  let nameVote: FieldVote = 0;
  if (has(shared, names)) nameVote = namePairsAllShared(a.blockingKeys, b.blockingKeys) ? 1 : 0;
  else if (nameAndDate) nameVote = bothHave(names) ? 0 : 1;
  else if (bothHave(names) || (dated && has(shared, birthDate))) nameVote = -1;
  const dateVote: FieldVote = has(shared, birthDate) || nameAndDate ? 1 : dated ? -1 : 0;
  const addressVote: FieldVote = has(shared, address) ? 1 : bothHave(address) ? -1 : 0;
  return { names: nameVote, birthDate: dateVote, address: addressVote };
}

/**
 * Whether the keys corroborate a pair. When both records hold a precise address, the similarity
 * weighs names, date and address together, and the identity keys need only say that the birth
 * date agrees under the names: every identity key of the record with fewer is shared, or at least
 * two are (the year, or the month and day, under two name words: a slip in the date).
 *
 * A *sparse* pair — one record or both without a precise address, so that only names and date
 * can be compared — needs the names to agree (a given and a family name code, {@link
 * pairEvidence}) under the whole birth date: with nothing else to compare, a slip in the date
 * cannot be told from a namesake born the same year, nor a name word in common from a stranger
 * who shares a common given name. A record with a single name word corroborates only when its
 * word and the whole date agree (all its identity keys are shared).
 */
export function keysCorroborate(a: RecordKeys, b: RecordKeys): boolean {
  const shared = sharedIdentityKeys(a.identityKeys, b.identityKeys);
  const all = shared > 0 && shared === Math.min(a.identityKeys.length, b.identityKeys.length);
  const evidence = pairEvidence(a, b);
  if (evidence.address !== 0) return all || shared >= 2;
  const paired = has(evidenceMask(a.blockingKeys) & evidenceMask(b.blockingKeys), names);
  if (!paired) return all;
  return evidence.names === 1 && has(sharedMask(a.identityKeys, b.identityKeys), birthDate);
}

/**
 * Dice from which a *sparse* pair (no precise address on one side or both) resting on the name
 * alone may link: the same 0.65 from which `linkRecords` calls a pair certain.
 */
export const SPARSE_PAIR_MIN_SCORE = 0.65;

/**
 * Dice from which a sparse pair whose whole birth date agrees, but not its names' codes (a name
 * transliterated or mistyped beyond Soundex: "Jelena Petrowa" and "Elena Petrova"), may link. A
 * name and a date set bits in about equal numbers, so with the whole date agreeing 0.75 means the
 * names share about half their bits; strangers who share a birthday and a common given name or
 * surname score 0.55–0.7 (docs/linkage.md, section 6).
 */
export const NAMES_ALIKE_MIN_SCORE = 0.75;

/**
 * Whether a doubtful pair (not {@link keysCorroborate}d) may link at all, when unambiguous. With
 * a precise address on both records the similarity has names, date and address to weigh, and
 * may (a FEBRL record whose birth date was replaced still links by its name and address). A
 * sparse pair may only when its names agree and a birth date is missing ({@link
 * restsOnNameAlone}), from {@link SPARSE_PAIR_MIN_SCORE}; or when its birth date agrees whole and
 * the similarity shows the names alike though their codes differ, from {@link
 * NAMES_ALIKE_MIN_SCORE}. Never two strangers born the same day, nor two namesakes with different
 * dates, nor a date with a slip.
 */
export function fieldsAllowLink(a: RecordKeys, b: RecordKeys, score: number): boolean {
  const evidence = pairEvidence(a, b);
  if (evidence.address !== 0) return true;
  if (evidence.names === 1) return evidence.birthDate === 0 && score >= SPARSE_PAIR_MIN_SCORE;
  return has(sharedMask(a.identityKeys, b.identityKeys), birthDate) && score >= NAMES_ALIKE_MIN_SCORE;
}

/**
 * Whether a pair rests on the name alone: the names agree, a birth date is missing, and no
 * precise address can be compared. A name alone links namesakes (which is why a record with
 * nothing but a name gets no encoding), so such a pair is unambiguous only when neither record
 * meets any rival at all from the rival floor — the name is nobody else's among the records
 * compared — not merely a rival `doubtMargin` below.
 */
export function restsOnNameAlone(a: RecordKeys, b: RecordKeys): boolean {
  const evidence = pairEvidence(a, b);
  return evidence.address === 0 && evidence.birthDate === 0 && evidence.names === 1;
}
