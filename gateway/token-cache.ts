import type { Principal, TokenVerifier } from '../shared/auth/index.js';

/** Tokens remembered at once; past it the oldest entry goes (a token is ~1 KB: ~10 MB at most). */
export const DEFAULT_TOKEN_CACHE_ENTRIES = 10_000;
/**
 * How long a verified token is trusted without checking its signature again, at most (its `exp`
 * comes first). Issuer keys are themselves cached for minutes (`DEFAULT_JWKS_TTL_MS`), so a key
 * withdrawn from a JWKS already takes that long to stop working; this adds at most one minute.
 */
export const DEFAULT_TOKEN_CACHE_MAX_AGE_MS = 60_000;

export interface TokenCacheOptions {
  /** Most tokens kept. Default {@link DEFAULT_TOKEN_CACHE_ENTRIES}. */
  readonly maxEntries?: number;
  /** Longest a token is kept, in ms, whatever its `exp`. Default {@link DEFAULT_TOKEN_CACHE_MAX_AGE_MS}. */
  readonly maxAgeMs?: number;
  /** The clock, in ms since the epoch (tests move it). Default `Date.now`. */
  readonly now?: () => number;
}

interface Entry {
  readonly principal: Principal;
  readonly until: number;
}

/**
 * Remembers the principal of each `Authorization` header that verified, until the token's own
 * `exp` or {@link DEFAULT_TOKEN_CACHE_MAX_AGE_MS}, whichever is first. A partner tool sends the same
 * token with every request, and an ES256 signature check is the largest single cost of a small
 * query at the gateway. Only successes are kept: every refused token (forged, expired, from an
 * unknown issuer…) is checked, logged and refused in full each time, and cannot fill the cache.
 */
export function cachingTokenVerifier(verifier: TokenVerifier, options: TokenCacheOptions = {}): TokenVerifier {
  const maxEntries = options.maxEntries ?? DEFAULT_TOKEN_CACHE_ENTRIES;
  const maxAgeMs = options.maxAgeMs ?? DEFAULT_TOKEN_CACHE_MAX_AGE_MS;
  const now = options.now ?? Date.now;
  for (const [name, value] of Object.entries({ maxEntries, maxAgeMs })) {
    if (!Number.isInteger(value) || value <= 0) throw new Error(`tokenCache.${name} must be a positive whole number; got ${value}.`);
  }
  const entries = new Map<string, Entry>();

  return {
    verify: (token) => verifier.verify(token),
    async verifyAuthorization(header) {
      if (typeof header !== 'string') return verifier.verifyAuthorization(header);
      const cached = entries.get(header);
      if (cached !== undefined) {
        if (now() < cached.until) return cached.principal;
        entries.delete(header);
      }
      const principal = await verifier.verifyAuthorization(header);
      // The verifier refuses a token without a numeric `exp`, so one is there once it passed.
      const expiresAt = expiryOf(header);
      const until = Math.min(expiresAt ?? 0, now() + maxAgeMs);
      if (until > now()) {
        if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
        entries.set(header, { principal, until });
      }
      return principal;
    },
  };
}

/** The `exp` of a token that already verified, in ms; undefined when it cannot be read. */
function expiryOf(header: string): number | undefined {
  const payload = header.trim().slice('Bearer '.length).split('.')[1];
  if (payload === undefined) return undefined;
  try {
    const { exp } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
