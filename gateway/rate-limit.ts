import type { Principal } from '../shared/auth/index.js';
import type { BucketSpec, TokenBuckets } from './token-buckets.js';

export interface RateLimit {
  /** Requests one user may send at once (the bucket's size). */
  readonly userBurst: number;
  /** Requests per minute one user's bucket refills. */
  readonly userPerMinute: number;
  /** Requests all users of one organisation may send at once. */
  readonly orgBurst: number;
  /** Requests per minute one organisation's bucket refills. */
  readonly orgPerMinute: number;
}

export interface RateLimiterOptions extends RateLimit {
  readonly buckets: TokenBuckets;
  /** Prefixes every bucket's key, so deployments (and tests) sharing a Redis stay apart. */
  readonly keyPrefix: string;
}

/** What a limited request is told: the IETF `RateLimit` header fields and, if refused, when to retry. */
export interface RateLimitDecision {
  readonly allowed: boolean;
  readonly headers: Readonly<Record<string, string>>;
  /** Whole seconds until a retry can succeed; only when refused. */
  readonly retryAfterSeconds?: number;
}

/**
 * Token buckets per organisation and per user: a request takes a token from both or from
 * neither, so one user cannot spend the organisation's allowance alone, and a whole institution
 * cannot flood Beacon however many users it has. The headers describe the tighter bucket.
 */
export function createRateLimiter(options: RateLimiterOptions) {
  for (const name of ['userBurst', 'userPerMinute', 'orgBurst', 'orgPerMinute'] as const) {
    const value = options[name];
    if (!Number.isInteger(value) || value <= 0) throw new Error(`rateLimit.${name} must be a positive whole number; got ${value}.`);
  }
  return {
    async take(principal: Principal): Promise<RateLimitDecision> {
      const specs: BucketSpec[] = [
        { key: `${options.keyPrefix}org:${principal.org}`, capacity: options.orgBurst, refillPerSecond: options.orgPerMinute / 60 },
        {
          // `sub` is unique per issuer only: two institutions may both have a user "alice".
          key: `${options.keyPrefix}user:${principal.issuer}:${principal.sub}`,
          capacity: options.userBurst,
          refillPerSecond: options.userPerMinute / 60,
        },
      ];
      const { allowed, buckets } = await options.buckets.take(specs);
      const tightest = buckets.reduce((a, b) => (b.remaining < a.remaining ? b : a));
      const headers = {
        'ratelimit-limit': String(specs[buckets.indexOf(tightest)]!.capacity),
        'ratelimit-remaining': String(tightest.remaining),
        'ratelimit-reset': String(Math.ceil(tightest.msUntilFull / 1000)),
      };
      if (allowed) return { allowed, headers };
      const waitMs = Math.max(...buckets.map((bucket) => bucket.msUntilNextToken));
      return { allowed, headers, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
