import { describe, expect, it } from 'vitest';
import {
  createFuzzyEncoder,
  diceCoefficient,
  LinkageSecretError,
  popcount,
  xorFold,
  type PersonIdentifiers,
} from './index.js';

const SECRET = 'beacon-test-linkage-secret-0123456789abcdef';
const OTHER_SECRET = Buffer.alloc(32, 9);

const IVAN: PersonIdentifiers = {
  names: [{ given: 'Ivan', family: 'Petrov' }],
  dateOfBirth: '1990-02-15',
  address: { streetNumber: '221', street: 'Harbour Parade', locality: 'Eastport', postcode: '4101', region: 'QLD', country: 'AU' },
};

function dice(a: PersonIdentifiers, b: PersonIdentifiers, secret: string | Buffer = SECRET): number {
  const encoder = createFuzzyEncoder(secret);
  return diceCoefficient(encoder.encode(a).encoding, encoder.encode(b).encoding);
}

describe('createFuzzyEncoder', () => {
  it('gives the same encoding and blocking keys for the same record, secret and options', () => {
    const first = createFuzzyEncoder(SECRET).encode(IVAN);
    const second = createFuzzyEncoder(Buffer.from(SECRET, 'utf8')).encode(IVAN);
    expect(Buffer.from(second.encoding).equals(Buffer.from(first.encoding))).toBe(true);
    expect(second.blockingKeys).toEqual(first.blockingKeys);
    expect(first.encoding).toHaveLength(128);
  });

  it('gives unrelated encodings and disjoint blocking keys under another secret', () => {
    const mine = createFuzzyEncoder(SECRET).encode(IVAN);
    const theirs = createFuzzyEncoder(OTHER_SECRET).encode(IVAN);
    // Independent filters of this density overlap by chance only: well below any threshold.
    expect(diceCoefficient(mine.encoding, theirs.encoding)).toBeLessThan(0.6);
    expect(theirs.blockingKeys.filter((key) => mine.blockingKeys.includes(key))).toEqual([]);
  });

  it('scores a record with a typo, a nickname, swapped names or Cyrillic spelling above a different person', () => {
    const variants: PersonIdentifiers[] = [
      { ...IVAN, names: [{ given: 'Ivan', family: 'Petorv' }] },
      { ...IVAN, names: [{ given: 'Petrov', family: 'Ivan' }] },
      { ...IVAN, names: [{ given: 'Иван', family: 'Петров' }] },
      { ...IVAN, names: [{ family: 'Petrov, Ivan' }], dateOfBirth: '15/02/1990' },
    ];
    const stranger: PersonIdentifiers = {
      names: [{ given: 'Grace', family: 'Nguyen' }],
      dateOfBirth: '1983-06-21',
      address: { streetNumber: '60', street: 'Hill Street', locality: 'Bayside', postcode: '7010', region: 'TAS', country: 'AU' },
    };
    const strangerScore = dice(IVAN, stranger);
    expect(strangerScore).toBeLessThan(0.5);
    for (const variant of variants) expect(dice(IVAN, variant)).toBeGreaterThan(0.85);
    const robert = { ...IVAN, names: [{ given: 'Robert', family: 'Petrov' }] };
    const bob = { ...IVAN, names: [{ given: 'Bob', family: 'Petrov' }] };
    const rupert = { ...IVAN, names: [{ given: 'Rupert', family: 'Petrov' }] };
    expect(dice(robert, bob)).toBeGreaterThan(dice(robert, rupert) - 0.05);
  });

  it('XOR-folds: the encoding is the two halves of a filter twice as long, XORed', () => {
    const folded = createFuzzyEncoder(SECRET, { hardening: 'xor-fold', bits: 1024 }).encode(IVAN).encoding;
    const unfolded = createFuzzyEncoder(SECRET, { hardening: 'none', bits: 2048 }).encode(IVAN).encoding;
    expect(unfolded).toHaveLength(256);
    expect(Buffer.from(folded).equals(Buffer.from(xorFold(unfolded)))).toBe(true);
  });

  it('balances: every encoding has exactly half its bits set, whatever the record', () => {
    const encoder = createFuzzyEncoder(SECRET, { hardening: 'balance', bits: 1024 });
    const records: PersonIdentifiers[] = [IVAN, { names: [{ given: 'Al' }] }, {}];
    for (const record of records) expect(popcount(encoder.encode(record).encoding)).toBe(512);
  });

  it('BLIP flips a few bits at random: encodings of one record differ a little between calls', () => {
    const encoder = createFuzzyEncoder(SECRET, { hardening: 'blip', blipFlipProbability: 0.02 });
    const [first, second] = [encoder.encode(IVAN).encoding, encoder.encode(IVAN).encoding];
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(false);
    expect(diceCoefficient(first, second)).toBeGreaterThan(0.85);
  });

  it('reports identifiers that do not normalise by field, never by value, and encodes the rest', () => {
    const result = createFuzzyEncoder(SECRET).encode({
      names: [{ given: 'Ivan', family: 'Petrov' }, { given: 'Mr.' }],
      dateOfBirth: '1990-02-30',
      address: { postcode: '41/01', country: 'Narnia', street: 'Harbour Parade' },
    });
    expect(result.rejected.map((entry) => entry.field)).toEqual(['names[1]', 'dateOfBirth', 'address.postcode', 'address.country']);
    expect(JSON.stringify(result.rejected)).not.toMatch(/1990|41\/01|narnia/i);
    expect(popcount(result.encoding)).toBeGreaterThan(0);
  });

  it('encodes a record with nothing usable as all zeros, without blocking keys', () => {
    const result = createFuzzyEncoder(SECRET).encode({ names: [{ given: ' ' }] });
    expect(popcount(result.encoding)).toBe(0);
    expect(result.blockingKeys).toEqual([]);
  });

  it('refuses a short secret and out-of-range options when created', () => {
    expect(() => createFuzzyEncoder('short')).toThrow(LinkageSecretError);
    expect(() => createFuzzyEncoder(SECRET, { bits: 1000 })).toThrow(RangeError);
    expect(() => createFuzzyEncoder(SECRET, { weights: { postcode: -1 } })).toThrow(/postcode/);
    expect(() => createFuzzyEncoder(SECRET, { hardening: 'blip', blipFlipProbability: 0.5 })).toThrow(RangeError);
  });
});
