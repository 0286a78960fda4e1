import type { Sector } from '../../../shared/auth/index.js';
import { BeaconError } from '../../../shared/errors/index.js';
import { decodeBlockingKey, MAX_RELATIONSHIP_KEYS } from '../../../shared/linkage/index.js';
import { RelationshipKeyKind, type RecordPublicationInput } from './publication.inputs.js';

/** Publications accepted in one call; a sector's outbox sends fewer. */
export const MAX_PUBLICATIONS_PER_CALL = 1000;
/** Blocking keys accepted per record; the encoder makes at most a few dozen. More would let one record join every block. */
export const MAX_BLOCKING_KEYS = 96;
/**
 * Relationship keys accepted per record: each is an edge the network query joins on. Defined
 * in `shared/linkage/publication-bounds.ts` beside the bound every sector keeps its identifier
 * lists to, because the two must move together: a sector that could publish more would have a
 * refused batch stall its outbox (docs/linkage.md, sections 8 and 9).
 */
export { MAX_RELATIONSHIP_KEYS };
export const HMAC_HEX = /^[0-9a-f]{64}$/;
const RECORD_ID = /^[A-Za-z0-9:_-]{1,128}$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** What each sector may publish: its own federation types, with their categories. */
export const PUBLISHABLE: Readonly<Record<Sector, Readonly<Record<string, readonly string[]>>>> = {
  LAW_ENFORCEMENT: { PersonRecord: ['SUSPECT', 'VICTIM', 'WITNESS'] },
  NGO: { Survivor: ['SURVIVOR'] },
  FINANCIAL: { AccountHolder: ['ACCOUNT_HOLDER'] },
  HUB: {},
};

/**
 * Which relationship keys each sector may publish: what its records really share. A case is law
 * enforcement's; accounts and the transactions between them are the bank's; an address anyone's.
 * A key of a kind its sector cannot know would be an edge no one vouches for.
 */
export const RELATING: Readonly<Record<Sector, readonly RelationshipKeyKind[]>> = {
  LAW_ENFORCEMENT: [RelationshipKeyKind.ADDRESS, RelationshipKeyKind.CASE],
  NGO: [RelationshipKeyKind.ADDRESS],
  FINANCIAL: [RelationshipKeyKind.ADDRESS, RelationshipKeyKind.ACCOUNT, RelationshipKeyKind.TRANSACTION],
  HUB: [],
};

/** A publication as the hub applies it: binary fields decoded, everything checked. */
export interface CheckedPublication {
  readonly input: RecordPublicationInput;
  readonly encoding: Uint8Array | null;
  readonly blockingKeys: readonly number[];
  readonly identityKeys: readonly number[];
}

/**
 * Checks a batch as a whole and names every bad field at once; nothing is applied if one is bad.
 * Reasons never repeat a value: refusals are logged.
 */
export function validatePublications(
  sector: Sector,
  publications: readonly RecordPublicationInput[],
  encodingBytes: number,
): CheckedPublication[] {
  const invalidFields: Array<{ field: string; reason: string }> = [];
  const bad = (field: string, reason: string) => invalidFields.push({ field, reason });
  if (publications.length > MAX_PUBLICATIONS_PER_CALL) bad('publications', `at most ${MAX_PUBLICATIONS_PER_CALL} per call`);
  const checked = publications.map((publication, index): CheckedPublication => {
    const at = `publications[${index}]`;
    const categories = PUBLISHABLE[sector]?.[publication.recordType];
    if (!categories) bad(`${at}.recordType`, `${sector} does not publish ${publication.recordType}`);
    else if (!categories.includes(publication.category)) bad(`${at}.category`, `must be one of ${categories.join(', ')}`);
    if (!RECORD_ID.test(publication.recordId)) bad(`${at}.recordId`, 'not an opaque record id');
    publication.keys.forEach((key, i) => {
      if (!HMAC_HEX.test(key.value)) bad(`${at}.keys[${i}].value`, 'must be 64 lower-case hex characters');
    });
    const relationshipKeys = publication.relationshipKeys ?? [];
    if (relationshipKeys.length > MAX_RELATIONSHIP_KEYS) bad(`${at}.relationshipKeys`, `at most ${MAX_RELATIONSHIP_KEYS}`);
    relationshipKeys.forEach((key, i) => {
      if (!RELATING[sector]?.includes(key.kind)) bad(`${at}.relationshipKeys[${i}].kind`, `${sector} does not publish ${key.kind} keys`);
      if (!HMAC_HEX.test(key.value)) bad(`${at}.relationshipKeys[${i}].value`, 'must be 64 lower-case hex characters');
    });
    const encoding = decodeEncoding(publication.encoding, encodingBytes);
    if (encoding === undefined) bad(`${at}.encoding`, `must be standard base64 of ${encodingBytes} bytes with at least one bit set`);
    const blockingKeys = decodeKeys(publication.blockingKeys, `${at}.blockingKeys`, bad);
    const identityKeys = decodeKeys(publication.identityKeys, `${at}.identityKeys`, bad);
    if (blockingKeys.length > MAX_BLOCKING_KEYS) bad(`${at}.blockingKeys`, `at most ${MAX_BLOCKING_KEYS}`);
    if (encoding === null && blockingKeys.length > 0) bad(`${at}.blockingKeys`, 'only with an encoding');
    if (identityKeys.some((key) => !blockingKeys.includes(key))) bad(`${at}.identityKeys`, 'must be among the blocking keys');
    return { input: publication, encoding: encoding ?? null, blockingKeys, identityKeys };
  });
  if (invalidFields.length > 0) {
    throw new BeaconError('BAD_USER_INPUT', 'The publications are invalid; none was applied.', { invalidFields });
  }
  return checked;
}

/** The encoding's bytes; null when absent; undefined when malformed (not canonical base64, wrong length, empty filter). */
export function decodeEncoding(text: string | null | undefined, bytes: number): Uint8Array | null | undefined {
  if (text === null || text === undefined) return null;
  if (!BASE64.test(text)) return undefined;
  const decoded = Buffer.from(text, 'base64');
  if (decoded.length !== bytes || decoded.toString('base64') !== text || decoded.every((byte) => byte === 0)) return undefined;
  return new Uint8Array(decoded);
}

export function decodeKeys(texts: readonly string[] | null | undefined, at: string, bad: (field: string, reason: string) => void): number[] {
  const keys = new Set<number>();
  (texts ?? []).forEach((text, i) => {
    const key = decodeBlockingKey(text);
    if (key === undefined) bad(`${at}[${i}]`, 'must be 6 bytes in standard base64 (8 characters)');
    else keys.add(key);
  });
  return [...keys];
}
