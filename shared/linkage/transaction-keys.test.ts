import { describe, expect, it } from 'vitest';
import { createTransactionKeyDeriver, transactionPartnerKey } from './transaction-keys.js';

const SECRET = 'pinned-secret-of-at-least-thirty-two-bytes';
const LOW = '3f1c9a52-0d4e-4b7a-9a31-5e2f8c6d7b10';
const HIGH = 'c2d7e8f9-1a2b-4c3d-8e4f-5a6b7c8d9e0f';

describe('TRANSACTION keys', () => {
  const key = createTransactionKeyDeriver(SECRET);

  // Pinned like linkage-material.pinned.json: every bank must derive the same bytes, or the
  // hub relates nobody. A change here is a re-publication of every customer.
  it('derives exactly the pinned key for each side of a pair', () => {
    expect(key(LOW, HIGH)).toBe('3f0f06f79c027202452301c33cf04f50ee12d3db6975ace8abbad151683233aa');
    expect(key(HIGH, LOW)).toBe('3f0f06f79c027202452301c33cf04f50ee12d3db6975ace8abbad151683233ab');
  });

  it("gives each side the other's partner key, and the two sides different keys", () => {
    expect(key(LOW, HIGH)).not.toBe(key(HIGH, LOW));
    expect(transactionPartnerKey(key(LOW, HIGH))).toBe(key(HIGH, LOW));
    expect(transactionPartnerKey(key(HIGH, LOW))).toBe(key(LOW, HIGH));
  });

  it('differs for another pair and under another secret', () => {
    expect(key(LOW, '00000000-0000-4000-8000-000000000001')).not.toBe(key(LOW, HIGH));
    expect(createTransactionKeyDeriver('another-secret-of-at-least-thirty-two-bytes!')(LOW, HIGH)).not.toBe(key(LOW, HIGH));
  });

  it('refuses a secret shorter than 32 bytes when the deriver is made', () => {
    expect(() => createTransactionKeyDeriver('short')).toThrow(/at least 32/);
  });
});
