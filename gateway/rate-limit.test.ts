import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { useGatewayTestBed } from './gateway.harness.js';
import type { Gateway, GatewayOptions } from './index.js';

const bed = useGatewayTestBed();
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** One token a minute: no bucket refills while a test runs, so counts are exact. */
const SLOW = { userPerMinute: 1, orgPerMinute: 1 };

const started: Gateway[] = [];
afterAll(() => Promise.all(started.map((gateway) => gateway.close())));

async function gatewayWith(options: Parameters<typeof bed.startGateway>[0]): Promise<string> {
  const gateway = bed.startGateway(options);
  started.push(gateway);
  return (await gateway.listen(0, '127.0.0.1')).url;
}

function as(sub: string, org = 'hub') {
  return bed.bearer(bed.issuer.token({ sub, org }));
}

describe('rate limits per user and per organisation', () => {
  it("answers 429 RATE_LIMITED with Retry-After once a user's bucket is empty, without calling a subgraph", async () => {
    const url = await gatewayWith({ rateLimit: { ...SLOW, userBurst: 2, orgBurst: 100 } });
    const headers = as('user-a');
    const first = await bed.postThings(url, headers);
    const second = await bed.postThings(url, headers);
    expect([first.response.status, second.response.status]).toEqual([200, 200]);
    expect(first.response.headers.get('ratelimit-limit')).toBe('2');
    expect(first.response.headers.get('ratelimit-remaining')).toBe('1');
    expect(second.response.headers.get('ratelimit-remaining')).toBe('0');
    bed.alpha.received.length = 0;

    const refused = await bed.postThings(url, headers);
    expect(refused.response.status).toBe(429);
    // One token a minute: the next one is due in a minute less the time the requests took (a
    // loaded machine may take a few seconds), rounded up.
    const retryAfter = Number(refused.response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(50);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.response.headers.get('ratelimit-remaining')).toBe('0');
    expect(Number(refused.response.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
    expect(refused.body.errors).toEqual([
      { message: expect.any(String), extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter } },
    ]);
    expect(bed.alpha.received).toHaveLength(0);

    // Another user of the same organisation still has a full bucket of their own.
    expect((await bed.postThings(url, as('user-b'))).response.status).toBe(200);
  });

  it("limits an organisation's users together, leaving other organisations alone", async () => {
    const url = await gatewayWith({ rateLimit: { ...SLOW, userBurst: 10, orgBurst: 2 } });
    expect((await bed.postThings(url, as('one', 'org-x'))).response.status).toBe(200);
    expect((await bed.postThings(url, as('two', 'org-x'))).response.status).toBe(200);
    const refused = await bed.postThings(url, as('three', 'org-x'));
    expect(refused.response.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect((await bed.postThings(url, as('one', 'org-y'))).response.status).toBe(200);
  });

  it('shares the buckets between two gateway replicas through Redis', async () => {
    const rateLimitKeyPrefix = `beacon-test:${randomUUID()}:`;
    const options: Pick<GatewayOptions, 'rateLimit' | 'redisUrl' | 'rateLimitKeyPrefix'> = {
      rateLimit: { ...SLOW, userBurst: 3, orgBurst: 100 },
      redisUrl: REDIS_URL,
      rateLimitKeyPrefix,
    };
    const [replicaA, replicaB] = await Promise.all([gatewayWith(options), gatewayWith(options)]);
    const headers = as('shared-user');
    const statuses = [];
    for (const url of [replicaA, replicaB, replicaA, replicaB, replicaA]) {
      statuses.push((await bed.postThings(url, headers)).response.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);

    const redis = new Redis(REDIS_URL);
    try {
      const keys = await redis.keys(`${rateLimitKeyPrefix}*`);
      expect(keys.sort()).toEqual([`${rateLimitKeyPrefix}org:hub`, `${rateLimitKeyPrefix}user:test-issuer:shared-user`]);
      await redis.del(...keys);
    } finally {
      redis.disconnect();
    }
  });
});
