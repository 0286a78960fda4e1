import { createHmac, randomBytes, type KeyObject } from 'node:crypto';
import { blockingKeyValues, evidenceTaggedKey, IDENTITY_KEY_KINDS, type BlockingKeyKind } from './blocking-keys.js';
import type { PersonIdentifiers, RejectedIdentifier } from './exact-keys.js';
import { emitFeatures, FEATURE_GROUPS, type FeatureGroup } from './fuzzy-features.js';
import { hardenFilter, hardenedBits, type Hardening } from './hardening.js';
import { linkageSecretKey } from './linkage-secret.js';
import { normalisePerson, type NormalisedPerson } from './normalise-person.js';
import { RecentValues } from './recent-values.js';

/** Bits each feature of a group sets in the filter: the group's weight. 0 leaves it out. */
export type FeatureWeights = Readonly<Record<FeatureGroup, number>>;

/**
 * Weights tuned on FEBRL4 and a synthetic set (docs/linkage.md): date of birth and names carry
 * most of the evidence, surnames more than given names, the address less (people move), region
 * and country least (many people share them).
 */
export const DEFAULT_FEATURE_WEIGHTS: FeatureWeights = {
  givenBigram: 6, familyBigram: 8, givenForm: 10,
  dobPart: 24, dobPair: 6, dobDayMonth: 6, dobYearDigit: 6,
  streetNumber: 4, streetBigram: 4, addressLine2Bigram: 6, localityBigram: 2,
  postcodeDigit: 3, postcode: 8, region: 4, country: 2,
};

/** Bits of the published encoding (after hardening): 1024 is 128 bytes. */
export const DEFAULT_ENCODING_BITS = 1024;
export const DEFAULT_HARDENING: Hardening = 'xor-fold';

/** How a fuzzy encoder builds its encodings. Every data owner of a federation must use the same. */
export interface FuzzyEncodingOptions {
  /** Length of the published encoding in bits, a multiple of 128 whose filter is a power of two. Default {@link DEFAULT_ENCODING_BITS}. */
  readonly bits?: number;
  /** Default {@link DEFAULT_HARDENING}. */
  readonly hardening?: Hardening;
  /** Probability that BLIP flips each bit (only with `hardening: 'blip'`); default 0.02. */
  readonly blipFlipProbability?: number;
  /** Per-group bits per feature; missing groups take {@link DEFAULT_FEATURE_WEIGHTS}. */
  readonly weights?: Partial<FeatureWeights>;
}

/** The fuzzy encoding of one record, its keyed blocking keys, and what did not normalise. */
export interface FuzzyEncoding {
  /** The hardened Bloom filter; all zeros when nothing normalised. */
  readonly encoding: Uint8Array;
  /**
   * Keyed blocking keys, as safe 48-bit integers: the key kind's evidence in the top 3 bits
   * (`evidenceTaggedKey`), the first 45 bits of HMAC-SHA256(blocking key, kind ∥ value) below.
   * Records are compared only when they share one.
   */
  readonly blockingKeys: readonly number[];
  /**
   * The blocking keys of {@link IDENTITY_KEY_KINDS} (a subset of `blockingKeys`). Given to
   * `linkRecords` (strict linking), two records sharing none link only on a strong similarity.
   */
  readonly identityKeys: readonly number[];
  readonly rejected: readonly RejectedIdentifier[];
}

/** A configured encoder: {@link FuzzyEncoder.encode} is pure for every hardening except BLIP. */
export interface FuzzyEncoder {
  /** Bytes of every encoding this encoder returns. */
  readonly bytes: number;
  readonly hardening: Hardening;
  encode(identifiers: PersonIdentifiers): FuzzyEncoding;
}

// Separates the labels of derived keys from what follows, as exact keys do.
const SEPARATOR = '\u001f';
/** Positions cached per encoder; far above the distinct features of any one data set seen. */
const MAX_CACHED_FEATURES = 1_000_000;
const POSITIONS_PER_HMAC = 16;
/** Names and dates whose positions are kept whole (see `partCache`). */
const MAX_CACHED_PARTS = 65_536;
const NO_ADDRESS = {};

/**
 * Given- and family-name bigrams hash alike, so a name recorded the other way round still
 * matches; so do street and second-line bigrams, which sources swap just as often.
 */
function keyLabel(group: FeatureGroup): string {
  if (group === 'givenBigram' || group === 'familyBigram') return 'nameBigram';
  if (group === 'streetBigram' || group === 'addressLine2Bigram') return 'addressBigram';
  return group;
}

// Derived keys stay Buffers: HMAC with a Buffer key measured a third faster per call than with
// a KeyObject, and an encoder makes tens of HMACs per record.
function derivedKey(secret: KeyObject, label: string): Buffer {
  return createHmac('sha256', secret).update(`beacon-fuzzy-v1${SEPARATOR}${label}`, 'utf8').digest();
}

/**
 * Checks the linkage secret and options once and returns an encoder of person records into
 * keyed, hardened Bloom-filter encodings (CLK style): each feature of {@link emitFeatures}
 * sets `weight` bits at positions drawn from HMAC-SHA256 under a key derived from the secret
 * for its group ("random hashing": no linear structure for a pattern-mining attack to exploit),
 * then the filter is hardened (XOR-folded by default). The same input, secret and options give
 * the same encoding on every host.
 *
 * @throws LinkageSecretError when the secret is missing or shorter than 32 bytes.
 * @throws RangeError when an option is out of range.
 */
export function createFuzzyEncoder(secret: Buffer | string, options: FuzzyEncodingOptions = {}): FuzzyEncoder {
  const key = linkageSecretKey(secret);
  const hardening = options.hardening ?? DEFAULT_HARDENING;
  const bits = options.bits ?? DEFAULT_ENCODING_BITS;
  const filterBits = hardenedBits(hardening, bits);
  const weights: FeatureWeights = { ...DEFAULT_FEATURE_WEIGHTS, ...options.weights };
  for (const group of FEATURE_GROUPS) {
    const weight = weights[group];
    if (!Number.isInteger(weight) || weight < 0 || weight > 64) throw new RangeError(`Weight of ${group} must be an integer 0–64; got ${weight}.`);
  }
  const flip = options.blipFlipProbability ?? 0.02;
  if (!(flip >= 0 && flip < 0.5)) throw new RangeError(`blipFlipProbability must be in [0, 0.5); got ${flip}.`);

  const groupKeys = new Map(FEATURE_GROUPS.map((group) => [group, derivedKey(key, keyLabel(group))]));
  const blockingKey = derivedKey(key, 'blocking');
  const hardeningKey = derivedKey(key, `hardening${SEPARATOR}${hardening}`);
  const mask = filterBits - 1;
  const caches = Object.fromEntries(FEATURE_GROUPS.map((group) => [group, new Map<string, Uint16Array>()])) as Record<FeatureGroup, Map<string, Uint16Array>>;
  const blockingCache = new Map<string, number>();
  const blockingKeyOf = (kind: BlockingKeyKind, value: string): number => {
    const text = `${kind}${SEPARATOR}${value}`;
    let key = blockingCache.get(text);
    if (key === undefined) {
      key = evidenceTaggedKey(kind, createHmac('sha256', blockingKey).update(text, 'utf8').digest().readUIntBE(0, 6));
      if (blockingCache.size >= MAX_CACHED_FEATURES) blockingCache.clear();
      blockingCache.set(text, key);
    }
    return key;
  };

  const positionsOf = (group: FeatureGroup, feature: string): Uint16Array => {
    const cache = caches[group];
    let positions = cache.get(feature);
    if (positions !== undefined) return positions;
    const count = weights[group];
    positions = new Uint16Array(count);
    const groupKey = groupKeys.get(group) as Buffer;
    for (let block = 0; block * POSITIONS_PER_HMAC < count; block += 1) {
      const digest = createHmac('sha256', groupKey).update(`${feature}${SEPARATOR}${block}`, 'utf8').digest();
      for (let i = 0; i < POSITIONS_PER_HMAC && block * POSITIONS_PER_HMAC + i < count; i += 1) {
        positions[block * POSITIONS_PER_HMAC + i] = digest.readUInt16LE(i * 2) & mask;
      }
    }
    if (cache.size >= MAX_CACHED_FEATURES) cache.clear();
    cache.set(feature, positions);
    return positions;
  };

  const harden = hardenFilter(hardening, filterBits, hardeningKey, flip, randomBytes);

  // The bits of a record are the union of its parts' bits (each name, the date, the address), and
  // names and dates repeat across records: each part's positions are kept whole, one lookup
  // instead of one per bigram. The filter is the same bit for bit; only the work is shared.
  const partCache = new RecentValues<Uint16Array>(MAX_CACHED_PARTS);
  const partPositions = (part: NormalisedPerson): Uint16Array => {
    const positions: number[] = [];
    emitFeatures(part, (group, feature) => {
      if (weights[group] === 0) return;
      for (const position of positionsOf(group, feature)) positions.push(position);
    });
    return Uint16Array.from(new Set(positions));
  };
  const setBits = (filter: Uint8Array, positions: Uint16Array): void => {
    // Indexed, not for…of: the typed array's iterator was a visible share of encoding a record.
    for (let i = 0; i < positions.length; i += 1) {
      const position = positions[i] as number;
      filter[position >>> 3] = (filter[position >>> 3] as number) | (1 << (position & 7));
    }
  };

  return {
    bytes: bits / 8,
    hardening,
    encode(identifiers) {
      const { person, rejected } = normalisePerson(identifiers);
      const filter = new Uint8Array(filterBits / 8);
      for (const name of person.names) {
        const key = `n${SEPARATOR}${name.given.join(' ')}${SEPARATOR}${name.family.join(' ')}`;
        setBits(filter, partCache.get(key, () => partPositions({ names: [name], address: NO_ADDRESS })));
      }
      const digits = person.dateOfBirthDigits;
      if (digits !== undefined) {
        setBits(filter, partCache.get(`d${SEPARATOR}${digits}`, () => partPositions({ names: [], address: NO_ADDRESS, dateOfBirthDigits: digits })));
      }
      if (Object.keys(person.address).length > 0) setBits(filter, partPositions({ names: [], address: person.address }));
      const blockingKeys = new Set<number>();
      const identityKeys = new Set<number>();
      for (const [kind, value] of blockingKeyValues(person)) {
        const key = blockingKeyOf(kind, value);
        blockingKeys.add(key);
        if (IDENTITY_KEY_KINDS.has(kind)) identityKeys.add(key);
      }
      return { encoding: harden(filter), blockingKeys: [...blockingKeys], identityKeys: [...identityKeys], rejected };
    },
  };
}
