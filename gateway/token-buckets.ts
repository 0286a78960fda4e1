import type { Redis } from 'ioredis';

/** One bucket: holds up to `capacity` tokens, refilled continuously at `refillPerSecond`. */
export interface BucketSpec {
  readonly key: string;
  readonly capacity: number;
  readonly refillPerSecond: number;
}

/** A bucket's state after a take: whole tokens left, and when the next one and a full bucket come. */
export interface BucketState {
  readonly remaining: number;
  readonly msUntilNextToken: number;
  readonly msUntilFull: number;
}

export interface TakeResult {
  /** True when every bucket had a token and one was taken from each; false takes nothing. */
  readonly allowed: boolean;
  readonly buckets: readonly BucketState[];
}

/** Token buckets taken together: a request costs one token from each, or from none. */
export interface TokenBuckets {
  take(buckets: readonly BucketSpec[]): Promise<TakeResult>;
  close(): Promise<void>;
}

/** Buckets in this process only: each replica limits on its own. */
export function createMemoryTokenBuckets(now: () => number = () => performance.now()): TokenBuckets {
  const state = new Map<string, { tokens: number; at: number }>();
  return {
    async take(specs) {
      const t = now();
      const levels = specs.map((spec) => {
        const held = state.get(spec.key);
        const tokens = held ? Math.min(spec.capacity, held.tokens + ((t - held.at) * spec.refillPerSecond) / 1000) : spec.capacity;
        return { spec, tokens };
      });
      const allowed = levels.every((level) => level.tokens >= 1);
      for (const level of levels) {
        if (allowed) level.tokens -= 1;
        state.set(level.spec.key, { tokens: level.tokens, at: t });
      }
      return { allowed, buckets: levels.map(({ spec, tokens }) => stateOf(spec, tokens)) };
    },
    async close() {
      state.clear();
    },
  };
}

/**
 * The same buckets in Redis, shared by every gateway replica. One script reads, refills and takes
 * all buckets atomically on the Redis server's clock, so replicas with skewed clocks agree.
 */
const TAKE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local n = #KEYS
local levels = {}
local allowed = 1
for i = 1, n do
  local capacity = tonumber(ARGV[2 * i - 1])
  local perMs = tonumber(ARGV[2 * i]) / 1000
  local held = redis.call('HMGET', KEYS[i], 'tokens', 'at')
  local tokens = capacity
  if held[1] then tokens = math.min(capacity, tonumber(held[1]) + (now - tonumber(held[2])) * perMs) end
  levels[i] = tokens
  if tokens < 1 then allowed = 0 end
end
local out = { allowed }
for i = 1, n do
  local capacity = tonumber(ARGV[2 * i - 1])
  local perMs = tonumber(ARGV[2 * i]) / 1000
  if allowed == 1 then levels[i] = levels[i] - 1 end
  redis.call('HSET', KEYS[i], 'tokens', tostring(levels[i]), 'at', tostring(now))
  redis.call('PEXPIRE', KEYS[i], math.ceil(capacity / perMs) + 1000)
  out[i + 1] = tostring(levels[i])
end
return out
`;

export function createRedisTokenBuckets(redis: Redis): TokenBuckets {
  return {
    async take(specs) {
      const args = specs.flatMap((spec) => [String(spec.capacity), String(spec.refillPerSecond)]);
      const reply = (await redis.eval(TAKE_SCRIPT, specs.length, ...specs.map((spec) => spec.key), ...args)) as Array<
        number | string
      >;
      return {
        allowed: Number(reply[0]) === 1,
        buckets: specs.map((spec, index) => stateOf(spec, Number(reply[index + 1]))),
      };
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

function stateOf(spec: BucketSpec, tokens: number): BucketState {
  const perMs = spec.refillPerSecond / 1000;
  return {
    remaining: Math.max(0, Math.floor(tokens)),
    msUntilNextToken: tokens >= 1 ? 0 : Math.ceil((1 - tokens) / perMs),
    msUntilFull: Math.ceil(Math.max(0, spec.capacity - tokens) / perMs),
  };
}
