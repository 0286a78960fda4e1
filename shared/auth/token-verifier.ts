import jwt, { type Algorithm, type JwtPayload } from 'jsonwebtoken';
import { BeaconError } from '../errors/index.js';
import { DEFAULT_JWKS_TTL_MS, DEFAULT_UNKNOWN_KID_REFRESH_MS, IssuerKeys, type IssuerKeysSource } from './key-store.js';
import { principalFromClaims, type Principal } from './principal.js';

/** Asymmetric algorithms only: an HS256 token "signed" with a public key must never verify. */
export const ALLOWED_ALGORITHMS: readonly Algorithm[] = ['ES256', 'RS256', 'PS256'];
/** Seconds of clock skew tolerated between issuers and Beacon's services. */
export const CLOCK_TOLERANCE_SECONDS = 5;
/** A `kid` is looked up in a map, but a strict shape keeps `../x` and friends out of every log and path. */
const KID_PATTERN = /^[A-Za-z0-9._-]{1,128}$/;

export interface TokenVerifierOptions {
  readonly issuers: readonly IssuerKeysSource[];
  /** The `aud` every Beacon token must carry. */
  readonly audience: string;
  /** How long fetched JWKS are trusted before a refetch. Default {@link DEFAULT_JWKS_TTL_MS}. */
  readonly jwksTtlMs?: number;
  /** The least time between two refetches an unknown `kid` may cause. Default {@link DEFAULT_UNKNOWN_KID_REFRESH_MS}. */
  readonly unknownKidRefreshMs?: number;
}

export interface TokenVerifier {
  /** Verifies a bearer token and returns its principal; throws `UNAUTHENTICATED` with the reason. */
  verify(token: string): Promise<Principal>;
  /** Reads `Authorization: Bearer …` and verifies it. */
  verifyAuthorization(header: string | undefined | null): Promise<Principal>;
}

function reject(reason: string): never {
  throw new BeaconError('UNAUTHENTICATED', reason);
}

/**
 * Verification in the order an attacker would probe it: shape, header, issuer, key, signature,
 * then claims. Each failure names its reason for the log; callers send clients one generic line.
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  if (options.issuers.length === 0) throw new Error('At least one trusted issuer is required.');
  const keysByIssuer = new Map(
    options.issuers.map((source) => [
      source.issuer,
      new IssuerKeys(source, options.jwksTtlMs ?? DEFAULT_JWKS_TTL_MS, options.unknownKidRefreshMs ?? DEFAULT_UNKNOWN_KID_REFRESH_MS),
    ]),
  );

  async function verify(token: string): Promise<Principal> {
    const decoded = jwt.decode(token, { complete: true });
    if (!decoded || typeof decoded.payload !== 'object' || decoded.payload === null) {
      reject('The token is not a well-formed JWT.');
    }
    const { header, payload } = decoded;
    if (!ALLOWED_ALGORITHMS.includes(header.alg as Algorithm)) {
      reject(`The token's algorithm ${JSON.stringify(header.alg)} is not accepted.`);
    }
    // Keys come only from configuration: a token that points at its own keys is an attack.
    for (const field of ['jku', 'x5u', 'jwk', 'x5c'] as const) {
      if (field in header) reject(`The token's header carries "${field}", which Beacon never follows.`);
    }
    if (typeof header.kid !== 'string' || !KID_PATTERN.test(header.kid)) {
      reject('The token has no usable key id (kid).');
    }
    const issuerKeys = typeof payload.iss === 'string' ? keysByIssuer.get(payload.iss) : undefined;
    if (!issuerKeys) reject('The token comes from an issuer Beacon does not trust.');
    const key = await issuerKeys.keyFor(header.kid).catch(() => undefined);
    if (!key) reject('The token is signed with a key its issuer does not publish.');

    let verified: JwtPayload;
    try {
      verified = jwt.verify(token, key, {
        algorithms: [...ALLOWED_ALGORITHMS],
        audience: options.audience,
        issuer: issuerKeys.source.issuer,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      }) as JwtPayload;
    } catch (error) {
      reject(describeJwtFailure(error));
    }
    if (typeof verified.exp !== 'number') reject('The token has no expiry (exp).');
    const principal = principalFromClaims(verified as Record<string, unknown>);
    const { sectors, orgs } = issuerKeys.source;
    if (sectors !== undefined && !sectors.includes(principal.sector)) {
      reject(`The token's issuer may not speak for the ${principal.sector} sector.`);
    }
    if (orgs !== undefined && !orgs.includes(principal.org)) reject("The token's issuer may not speak for its organisation (org).");
    return principal;
  }

  return {
    verify,
    async verifyAuthorization(header) {
      const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header?.trim() ?? '');
      if (!match?.[1]) reject('A bearer token is required (Authorization: Bearer <token>).');
      return verify(match[1]);
    },
  };
}

function describeJwtFailure(error: unknown): string {
  if (error instanceof jwt.TokenExpiredError) return 'The token has expired.';
  if (error instanceof jwt.NotBeforeError) return 'The token is not valid yet.';
  if (error instanceof jwt.JsonWebTokenError) {
    if (error.message.startsWith('jwt audience invalid')) return 'The token is not meant for Beacon (aud).';
    if (error.message.startsWith('jwt issuer invalid')) return 'The token has the wrong issuer (iss).';
    return 'The token signature or format is invalid.';
  }
  return 'The token could not be verified.';
}
