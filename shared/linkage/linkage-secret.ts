import { createSecretKey, type KeyObject } from 'node:crypto';

/**
 * The shortest linkage secret accepted, in bytes: HMAC-SHA256's own output size. Names, dates
 * of birth and phone numbers have little entropy, so the secret is all that keeps a holder of
 * the keys from hashing candidate identities until one matches.
 */
export const MIN_LINKAGE_SECRET_BYTES = 32;

/** Why a linkage secret was refused. */
export type LinkageSecretErrorCode = 'LINKAGE_SECRET_MISSING' | 'LINKAGE_SECRET_TOO_SHORT';

/** A linkage secret that cannot be used; raised when a deriver is created, never per record. */
export class LinkageSecretError extends Error {
  constructor(readonly code: LinkageSecretErrorCode, message: string) {
    super(message);
    this.name = 'LinkageSecretError';
  }
}

/**
 * Checks the linkage secret and wraps it as an HMAC key. A string is used as its UTF-8 bytes,
 * not decoded from hex or base64: every data owner must pass the secret in the same form.
 *
 * @throws LinkageSecretError when the secret is not a Buffer or string, or is shorter than
 *   {@link MIN_LINKAGE_SECRET_BYTES}. The message gives the length, never the secret.
 */
export function linkageSecretKey(secret: Buffer | string): KeyObject {
  // Checked at run time too: an unset environment variable arrives here as undefined.
  if (typeof secret !== 'string' && !Buffer.isBuffer(secret)) {
    throw new LinkageSecretError('LINKAGE_SECRET_MISSING', 'The linkage secret is missing: pass a Buffer or string.');
  }
  const bytes = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : secret;
  if (bytes.length < MIN_LINKAGE_SECRET_BYTES) {
    throw new LinkageSecretError(
      'LINKAGE_SECRET_TOO_SHORT',
      `The linkage secret is ${bytes.length} bytes; at least ${MIN_LINKAGE_SECRET_BYTES} are required ` +
        `(for example 32 random bytes, shared by every data owner and never by the hub).`,
    );
  }
  // A KeyObject holds its own copy, so later changes to the caller's Buffer cannot change keys.
  return createSecretKey(bytes);
}
