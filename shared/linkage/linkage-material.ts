import { createHmac } from 'node:crypto';
import { createExactKeyDeriver, sharedExactKeyDeriver, type ExactKeyKind, type PersonIdentifiers, type RejectedIdentifier } from './exact-keys.js';
import { createFuzzyEncoder, type FuzzyEncoder } from './fuzzy-encoding.js';
import { linkageSecretKey } from './linkage-secret.js';
import { normaliseAddress, type AddressParts } from './normalise-address.js';
import { popcount } from './encoding-store.js';
import { RecentValues } from './recent-values.js';

/**
 * Kinds of key that relate two people without saying they are one: a shared address, a shared
 * case, a shared bank account, a transaction between their accounts (`transaction-keys.ts`).
 * The hub draws network edges from these and never merges on them.
 */
export type RelationshipKeyKind = 'ADDRESS' | 'CASE' | 'ACCOUNT' | 'TRANSACTION';
export const RELATIONSHIP_KEY_KINDS: readonly RelationshipKeyKind[] = ['ADDRESS', 'CASE', 'ACCOUNT', 'TRANSACTION'];

/** Every kind of exact key a publication carries. */
export type LinkageKeyKindName = ExactKeyKind | RelationshipKeyKind;

/** What a sector knows of one record, raw; none of it leaves the sector. */
export interface LinkageIdentifiers extends PersonIdentifiers {
  /** Every address of the record: each gives an ADDRESS key; the first also feeds the fuzzy encoding unless `address` is set. */
  readonly addresses?: readonly AddressParts[];
  /** Opaque things the record shares with others at its owner (its case id, an account id). */
  readonly relationships?: ReadonlyArray<{ readonly kind: 'CASE' | 'ACCOUNT'; readonly value: string }>;
}

/** Everything the hub receives about one record: keyed, fixed-length, base64 where binary. */
export interface LinkageMaterial {
  /** Exact keys that say two records are one person, HMAC-SHA256 hex ({@link deriveExactKeys}). */
  readonly keys: ReadonlyArray<{ readonly kind: ExactKeyKind; readonly value: string }>;
  /** Keys that relate people (a shared address, case or account), HMAC-SHA256 hex. */
  readonly relationshipKeys: ReadonlyArray<{ readonly kind: RelationshipKeyKind; readonly value: string }>;
  /** The hardened Bloom-filter encoding, standard base64 of {@link FuzzyEncoder.bytes} bytes; null when no name, date or address normalised. */
  readonly encoding: string | null;
  /** Keyed blocking keys, each 6 bytes (48 bits) in standard base64 (8 characters). */
  readonly blockingKeys: readonly string[];
  /** The subset of `blockingKeys` that speaks of the person rather than the household (name with date, two names). */
  readonly identityKeys: readonly string[];
  readonly rejected: readonly RejectedIdentifier[];
}

/** Bytes of one published blocking key: the 48 bits `createFuzzyEncoder` keeps of each HMAC. */
export const BLOCKING_KEY_BYTES = 6;

const SEPARATOR = '\u001f';

/**
 * Checks the secret once and returns the one function every sector's publication code calls:
 * identifiers in, {@link LinkageMaterial} out. Exact keys, fuzzy encoding and blocking keys
 * come from the same normalisation, so a sector cannot publish one without the others.
 *
 * @throws LinkageSecretError when the secret is missing or shorter than 32 bytes.
 */
export function createLinkageMaterialDeriver(secret: Buffer | string): (identifiers: LinkageIdentifiers) => LinkageMaterial {
  const key = linkageSecretKey(secret);
  const exact = typeof secret === 'string' ? sharedExactKeyDeriver(secret) : createExactKeyDeriver(secret);
  const encoder = createFuzzyEncoder(secret);
  // Many records share a case, an account or an address.
  const recent = new RecentValues<string>(RECENT_RELATIONSHIP_KEYS);
  const hmac = (text: string) => createHmac('sha256', key).update(text, 'utf8').digest('hex');
  return (identifiers) => derive(identifiers, (text) => recent.get(text, hmac), exact, encoder);
}

const RECENT_RELATIONSHIP_KEYS = 16_384;

// One deriver per secret: an encoder caches feature positions, which makes the second record
// of a batch several times cheaper than the first. A process holds one or two secrets.
const derivers = new Map<string, (identifiers: LinkageIdentifiers) => LinkageMaterial>();

/** {@link createLinkageMaterialDeriver} for callers that hold the secret as a string, with the deriver kept per secret. */
export function deriveLinkageMaterial(identifiers: LinkageIdentifiers, secret: string): LinkageMaterial {
  let deriver = derivers.get(secret);
  if (deriver === undefined) {
    deriver = createLinkageMaterialDeriver(secret);
    derivers.set(secret, deriver);
  }
  return deriver(identifiers);
}

/** Encodes a 48-bit blocking key as the hub receives it. */
export function encodeBlockingKey(key: number): string {
  // One scratch buffer, written and read in the same synchronous call: a record has a dozen keys.
  blockingKeyBytes.writeUIntBE(key, 0, BLOCKING_KEY_BYTES);
  return blockingKeyBytes.toString('base64');
}

const blockingKeyBytes = Buffer.alloc(BLOCKING_KEY_BYTES);

/** The 48-bit integer of a published blocking key, or undefined when it is not exactly 6 bytes of canonical base64. */
export function decodeBlockingKey(text: string): number | undefined {
  if (!/^[A-Za-z0-9+/]{8}$/.test(text)) return undefined;
  return Buffer.from(text, 'base64').readUIntBE(0, BLOCKING_KEY_BYTES);
}

function derive(
  identifiers: LinkageIdentifiers,
  hmac: (text: string) => string,
  exact: (identifiers: PersonIdentifiers) => { keys: Array<{ kind: ExactKeyKind; value: string }>; rejected: RejectedIdentifier[] },
  encoder: FuzzyEncoder,
): LinkageMaterial {
  const addresses = identifiers.addresses ?? (identifiers.address ? [identifiers.address] : []);
  const address = identifiers.address ?? addresses[0];
  const { keys, rejected } = exact(identifiers);
  const fuzzy = encoder.encode(address === identifiers.address ? identifiers : { ...identifiers, address });
  const related = new Map<string, { kind: RelationshipKeyKind; value: string }>();
  for (const raw of addresses) {
    const canonical = addressKeyText(raw);
    if (canonical !== undefined) {
      const entry = relationshipKey('ADDRESS', canonical, hmac);
      related.set(entry.value, entry);
    }
  }
  for (const { kind, value } of identifiers.relationships ?? []) {
    const entry = relationshipKey(kind, value, hmac);
    related.set(entry.value, entry);
  }
  const rejectedFields = new Set(rejected.map((entry) => entry.field));
  // A name alone links namesakes (exact keys need name and date of birth for the same reason):
  // without a date of birth or an address the record is linked by its exact keys only.
  const enough = !isBlank(identifiers.dateOfBirth) || (address !== undefined && Object.values(address).some((part) => !isBlank(part)));
  const encoded = enough && popcount(fuzzy.encoding) > 0;
  return {
    keys: keys.map(({ kind, value }) => ({ kind, value })),
    relationshipKeys: [...related.values()],
    encoding: encoded ? Buffer.from(fuzzy.encoding.buffer, fuzzy.encoding.byteOffset, fuzzy.encoding.byteLength).toString('base64') : null,
    blockingKeys: encoded ? fuzzy.blockingKeys.map(encodeBlockingKey) : [],
    identityKeys: encoded ? fuzzy.identityKeys.map(encodeBlockingKey) : [],
    // Names and dates are rejected by both derivations; each is reported once.
    rejected: [...rejected, ...fuzzy.rejected.filter((entry) => !rejectedFields.has(entry.field))],
  };
}

function relationshipKey(kind: RelationshipKeyKind, canonical: string, hmac: (text: string) => string): { kind: RelationshipKeyKind; value: string } {
  return { kind, value: hmac(`${kind}${SEPARATOR}${canonical}`) };
}

/**
 * An address precise enough to say two people live together: a street number and street, and
 * a postcode or locality to place the street. Anything vaguer would relate whole towns.
 */
function addressKeyText(raw: AddressParts): string | undefined {
  const { address } = normaliseAddress(raw);
  if (address.streetNumber === undefined || address.street === undefined) return undefined;
  const place = address.postcode ?? address.locality;
  if (place === undefined) return undefined;
  return [address.streetNumber, address.street, place, address.country ?? ''].join(SEPARATOR);
}

function isBlank(value: string | null | undefined): boolean {
  return value === undefined || value === null || value.trim() === '';
}
