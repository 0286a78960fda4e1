import { describe, expect, it } from 'vitest';
import { BeaconError } from '../shared/errors/index.js';
import type { Principal, TokenVerifier } from '../shared/auth/index.js';
import { cachingTokenVerifier } from './token-cache.js';

const PRINCIPAL: Principal = Object.freeze({
  sub: 'analyst',
  org: 'hub',
  sector: 'HUB',
  roles: Object.freeze(['analyst']),
  purposes: Object.freeze(['analysis']),
  issuer: 'test-issuer',
});

/** `Authorization` for an unsigned token whose payload carries `exp` (seconds). */
function bearer(exp: number, sub = 'analyst'): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `Bearer ${part({ alg: 'ES256', kid: 'k' })}.${part({ sub, exp })}.signature`;
}

/** A verifier that counts its calls and refuses what `refuse` says, or any token past its `exp`. */
function countingVerifier(clock: { ms: number }, refuse: (header: string) => boolean = () => false) {
  const calls: string[] = [];
  const verifier: TokenVerifier = {
    verify: () => Promise.reject(new Error('not used')),
    async verifyAuthorization(header) {
      calls.push(String(header));
      const exp = JSON.parse(Buffer.from(String(header).split('.')[1] ?? '', 'base64url').toString()) as { exp: number };
      if (refuse(String(header)) || exp.exp * 1000 <= clock.ms) throw new BeaconError('UNAUTHENTICATED', 'The token has expired.');
      return PRINCIPAL;
    },
  };
  return { verifier, calls };
}

describe('cachingTokenVerifier', () => {
  it('checks a token once and answers its later uses from the cache', async () => {
    const clock = { ms: 1_000_000 };
    const { verifier, calls } = countingVerifier(clock);
    const cached = cachingTokenVerifier(verifier, { now: () => clock.ms });
    const header = bearer(clock.ms / 1000 + 3600);
    for (let i = 0; i < 5; i++) expect(await cached.verifyAuthorization(header)).toBe(PRINCIPAL);
    expect(calls).toHaveLength(1);
  });

  it('refuses a cached token once its exp has passed', async () => {
    const clock = { ms: 1_000_000 };
    const { verifier, calls } = countingVerifier(clock);
    const cached = cachingTokenVerifier(verifier, { now: () => clock.ms });
    const header = bearer(clock.ms / 1000 + 10);
    await cached.verifyAuthorization(header);
    clock.ms += 10_000;
    await expect(cached.verifyAuthorization(header)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(calls).toHaveLength(2);
  });

  it('checks a long-lived token again after the cache’s maximum age', async () => {
    const clock = { ms: 1_000_000 };
    const { verifier, calls } = countingVerifier(clock);
    const cached = cachingTokenVerifier(verifier, { now: () => clock.ms, maxAgeMs: 1_000 });
    const header = bearer(clock.ms / 1000 + 3600);
    await cached.verifyAuthorization(header);
    clock.ms += 999;
    await cached.verifyAuthorization(header);
    clock.ms += 1;
    await cached.verifyAuthorization(header);
    expect(calls).toHaveLength(2);
  });

  it('never remembers a refused token: each use is checked again', async () => {
    const clock = { ms: 1_000_000 };
    const { verifier, calls } = countingVerifier(clock, () => true);
    const cached = cachingTokenVerifier(verifier, { now: () => clock.ms });
    const header = bearer(clock.ms / 1000 + 3600);
    for (let i = 0; i < 3; i++) await expect(cached.verifyAuthorization(header)).rejects.toThrow('expired');
    expect(calls).toHaveLength(3);
  });

  it('passes a missing header to the verifier, which refuses it', async () => {
    const clock = { ms: 1_000_000 };
    const { verifier } = countingVerifier(clock);
    const refusing: TokenVerifier = { ...verifier, verifyAuthorization: async () => Promise.reject(new BeaconError('UNAUTHENTICATED', 'none')) };
    await expect(cachingTokenVerifier(refusing).verifyAuthorization(undefined)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('forgets the oldest token when full', async () => {
    const clock = { ms: 1_000_000 };
    const { verifier, calls } = countingVerifier(clock);
    const cached = cachingTokenVerifier(verifier, { now: () => clock.ms, maxEntries: 2 });
    const [a, b, c] = ['a', 'b', 'c'].map((sub) => bearer(clock.ms / 1000 + 3600, sub)) as [string, string, string];
    for (const header of [a, b, c, c, b, a]) await cached.verifyAuthorization(header);
    expect(calls).toEqual([a, b, c, a]);
  });
});
