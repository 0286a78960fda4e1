import { createHmac } from 'node:crypto';
import { linkageSecretKey } from './linkage-secret.js';

/**
 * TRANSACTION keys: two customers whose accounts transacted with each other become neighbours in
 * the hub's network, and nothing else is told. The key is the keyed HMAC of the *unordered pair*
 * of account ids, so the hub learns neither account, nor amount, date, direction or count.
 *
 * One bit of the key says which side of the pair the publishing customer holds (the pair is
 * ordered by account id, which is random, so the bit means nothing to the hub): the hub relates a
 * key to its {@link transactionPartnerKey}, never to an equal key. With one key for both sides,
 * the joint holders of one account would be related by every transaction that account made, as
 * if they had paid each other.
 */
export type TransactionKeyDeriver = (ownAccountId: string, counterpartAccountId: string) => string;

const SEPARATOR = '\u001f';

/**
 * Checks the secret once; returns the derivation of the key a holder of `ownAccountId`
 * publishes for its account's transactions with `counterpartAccountId` (64 lower-case hex).
 *
 * @throws LinkageSecretError when the secret is missing or shorter than 32 bytes.
 */
export function createTransactionKeyDeriver(secret: Buffer | string): TransactionKeyDeriver {
  const key = linkageSecretKey(secret);
  return (own, counterpart) => {
    const [low, high] = own < counterpart ? [own, counterpart] : [counterpart, own];
    const pair = createHmac('sha256', key).update(`TRANSACTION${SEPARATOR}${low}${SEPARATOR}${high}`, 'utf8').digest();
    // The low side's key ends in an even byte, the high side's in the odd one.
    pair[pair.length - 1] = ((pair[pair.length - 1] as number) & 0xfe) | (own === low ? 0 : 1);
    return pair.toString('hex');
  };
}

/** The key the other side of the pair publishes: the same key with its last bit flipped. */
export function transactionPartnerKey(value: string): string {
  const last = Number.parseInt(value.slice(-1), 16);
  return `${value.slice(0, -1)}${(last ^ 1).toString(16)}`;
}

/**
 * {@link transactionPartnerKey} in SQL, for the hub's network query over `char(64)` keys; `column`
 * is a trusted column reference, never input.
 */
export function transactionPartnerKeySql(column: string): string {
  return `(left(${column}, 63) || translate(right(${column}, 1), '0123456789abcdef', '1032547698badcfe'))::char(64)`;
}
