import { describe, expect, it } from 'vitest';
import {
  clusterPairs,
  createFuzzyEncoder,
  diceCoefficient,
  EncodingStore,
  fieldsAllowLink,
  keysCorroborate,
  linkRecords,
  PairList,
  type PersonIdentifiers,
} from './index.js';

const SECRET = 'beacon-test-linkage-secret-0123456789abcdef';

function link(records: PersonIdentifiers[], options: Parameters<typeof linkRecords>[2] & { strict?: boolean } = {}) {
  const encoder = createFuzzyEncoder(SECRET);
  const store = new EncodingStore({ bytes: encoder.bytes });
  const encoded = records.map((record) => encoder.encode(record));
  for (const { encoding } of encoded) store.add(encoding);
  return linkRecords(store, encoded.map((record) => record.blockingKeys), { identityKeys: encoded.map((record) => record.identityKeys), ...options });
}

/** Records as groups of indices, for comparing partitions whatever the cluster numbers. */
function groups(clusterOf: Int32Array): number[][] {
  const byCluster = new Map<number, number[]>();
  clusterOf.forEach((cluster, record) => byCluster.set(cluster, [...(byCluster.get(cluster) ?? []), record]));
  return [...byCluster.values()];
}

const person = (given: string, family: string, dateOfBirth: string, street: string, postcode: string): PersonIdentifiers => ({
  names: [{ given, family }],
  dateOfBirth,
  address: { streetNumber: '12', street, locality: 'Greenhill', postcode, region: 'nsw' },
});

describe('linkRecords', () => {
  it('finds several duplicates of one person within one input, and keeps a sibling at the same address apart', () => {
    const records = [
      person('Margaret', 'Okafor', '1974-03-12', 'Wattle Street', '2913'),
      person('Margret', 'Okafor', '1974-03-12', 'Wattle St', '2913'),
      person('Maggie', 'Okafor', '1974-03-12', 'Wattle Street', '2913'),
      person('Okafor', 'Margaret', '1974-03-12', 'Wattle Street', '2931'),
      person('Chidi', 'Okafor', '1979-08-30', 'Wattle Street', '2913'),
      person('Grace', 'Nguyen', '1983-06-21', 'Hill Street', '7010'),
    ];
    const result = link(records);
    expect(groups(result.clusterOf)).toEqual([[0, 1, 2, 3], [4], [5]]);
    expect(result.stats.clusters).toBe(3);
    expect(result.links.every((pair) => pair.score >= 0.5)).toBe(true);
  });

  it('strict: links a doubtful pair (a sibling: same surname and address, another birth date) never, a typo with the same birth date still', () => {
    const brother = (given: string, dateOfBirth: string) => ({
      names: [{ given, family: 'Whitlock' }],
      dateOfBirth,
      address: { streetNumber: '7', street: 'Banksia Road', addressLine2: 'Unit 4, Rear', locality: 'Port Elliot', postcode: '5212', region: 'sa' },
    });
    const records = [brother('Thomas', '1988-11-05'), brother('Daniel', '1991-04-18')];
    expect(link(records, { threshold: 0.3, identityKeys: undefined }).stats.clusters).toBe(1);
    expect(link(records, { threshold: 0.3, strict: true }).stats.clusters).toBe(2);
    const typo = [brother('Thomas', '1988-11-05'), brother('Tomas', '1988-11-05')];
    expect(link(typo, { threshold: 0.3, strict: true }).stats.clusters).toBe(1);
  });

  it('keeps namesakes with different birth dates apart, however close their names and towns', () => {
    const namesake = (dateOfBirth: string) => ({ names: [{ given: 'Maria', family: 'Popescu' }], dateOfBirth, address: { locality: 'Iasi', country: 'RO' } });
    const records = [namesake('1990-04-17'), namesake('1975-11-02'), namesake('1983-06-25')];
    expect(groups(link(records).clusterOf)).toEqual([[0], [1], [2]]);
    // Without identity keys only the similarity decides, and the namesakes merge: what the rule prevents.
    expect(link(records, { identityKeys: undefined }).stats.clusters).toBeLessThan(3);
  });

  it('still links a record whose birth date was replaced when it has no rival (FEBRL-style), and a birthday typo', () => {
    const records = [
      person('Edward', 'Denholm', '1966-03-06', 'Stanley Street', '4223'),
      person('Edward', 'Denholm', '1913-06-29', 'Stanley Street', '4223'),
      person('Grace', 'Nguyen', '1983-06-21', 'Hill Street', '7010'),
      person('Grace', 'Nguyen', '1983-06-12', 'Hill Street', '7010'),
    ];
    expect(groups(link(records).clusterOf)).toEqual([[0, 1], [2, 3]]);
  });

  it('takes a birth date with one slip (the year, or the month and day, agreeing under both names) as corroboration when both records hold an address, the same date under other names not', () => {
    const encoder = createFuzzyEncoder(SECRET);
    const keys = (given: string, family: string, dateOfBirth: string) => encoder.encode(person(given, family, dateOfBirth, 'Hill Street', '7010'));
    const grace = keys('Grace', 'Nguyen', '1983-06-21');
    expect(keysCorroborate(grace, keys('Grace', 'Nguyen', '1983-06-21'))).toBe(true);
    expect(keysCorroborate(grace, keys('Grace', 'Nguyen', '1983-06-12'))).toBe(true); // a slip in the day
    expect(keysCorroborate(grace, keys('Grace', 'Nguyen', '1988-06-21'))).toBe(true); // a slip in the year
    expect(keysCorroborate(grace, keys('Tomas', 'Berg', '1983-06-21'))).toBe(false); // a stranger born the same day
    expect(keysCorroborate(grace, keys('Grace', 'Nguyen', '1990-11-02'))).toBe(false); // a namesake
    expect(keysCorroborate(grace, keys('Grace', 'Okoro', '1983-02-09'))).toBe(false); // one name word and the year only
  });

  it('on sparse records (a name and a birth date) corroborates only the whole date under the whole name', () => {
    const encoder = createFuzzyEncoder(SECRET);
    const keys = (given: string, family: string, dateOfBirth?: string) => encoder.encode({ names: [{ given, family }], ...(dateOfBirth ? { dateOfBirth } : {}), address: { locality: 'Iasi' } });
    const ana = keys('Ana Maria', 'Popescu', '1990-04-17');
    expect(keysCorroborate(ana, keys('Ana Maria', 'Popescu', '1990-04-17'))).toBe(true);
    expect(keysCorroborate(ana, keys('Ana Maria', 'Popescu', '1990-04-27'))).toBe(false); // a slip, or a namesake born that year
    expect(keysCorroborate(ana, keys('Ana Maria', 'Ionescu', '1990-04-17'))).toBe(false); // two given names in common, the date too
    // Doubtful sparse pairs, at their real scores: names agreeing and one date missing may link from
    // 0.65; a name alike beyond Soundex under the same date from 0.75; a stranger born the same day,
    // or a namesake with another date, never.
    const allows = (other: ReturnType<typeof keys>) => fieldsAllowLink(ana, other, diceCoefficient(ana.encoding, other.encoding));
    expect(fieldsAllowLink(ana, keys('Ana Maria', 'Popescu'), 0.7)).toBe(true);
    expect(fieldsAllowLink(ana, keys('Ana Maria', 'Popescu'), 0.6)).toBe(false);
    expect(allows(keys('Anna Maria', 'Bopescu', '1990-04-17'))).toBe(true);
    expect(allows(keys('Elena', 'Rusu', '1990-04-17'))).toBe(false);
    expect(allows(keys('Ana Maria', 'Popescu', '1975-11-02'))).toBe(false);
    // With an address on both records the similarity weighs it, as before.
    const housed = (dateOfBirth: string) => encoder.encode(person('Ana Maria', 'Popescu', dateOfBirth, 'Hill Street', '7010'));
    expect(fieldsAllowLink(housed('1990-04-17'), housed('1975-11-02'), 0.6)).toBe(true);
  });

  it('links a record on its name alone (no birth date, no address to compare) only when it meets no rival at all, as the hub does', () => {
    const maria = (dateOfBirth?: string) => ({ names: [{ given: 'Maria', family: 'Ionescu' }], ...(dateOfBirth ? { dateOfBirth } : {}), address: { locality: 'Iasi', country: 'RO' } });
    const sister = { names: [{ given: 'Elena', family: 'Ionescu' }], dateOfBirth: '1993-11-02', address: { locality: 'Iasi', country: 'RO' } };
    expect(groups(link([maria('1990-04-17'), maria()]).clusterOf)).toEqual([[0, 1]]);
    expect(groups(link([maria('1990-04-17'), maria(), sister]).clusterOf)).toEqual([[0], [1], [2]]);
  });

  it('keeps two strangers born the same day in the same town apart, however few their fields', () => {
    const sparse = (given: string, family: string) => ({ names: [{ given, family }], dateOfBirth: '1991-03-14', address: { locality: 'Chisinau', country: 'MD' } });
    expect(groups(link([sparse('Ion', 'Rusu'), sparse('Vasile', 'Ceban')]).clusterOf)).toEqual([[0], [1]]);
  });

  it('links fewer pairs as the threshold rises', () => {
    const records = [
      person('Margaret', 'Okafor', '1974-03-12', 'Wattle Street', '2913'),
      person('Margret', 'Okafr', '1974-12-03', 'Wattle St', '2931'),
    ];
    expect(link(records, { threshold: 0.5 }).stats.clusters).toBe(1);
    expect(link(records, { threshold: 0.99 }).stats.clusters).toBe(2);
  });

  it('compares only records that share a blocking key, not every pair', () => {
    let state = 42;
    const letters = (length: number) =>
      Array.from({ length }, () => {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0;
        return 'bcdfghjklmnprstvwz'[state % 18] as string;
      }).join('a');
    const records = Array.from({ length: 200 }, (_, i) => ({
      ...person(letters(3), letters(4), `19${10 + (i % 80)}-0${1 + (i % 9)}-1${i % 10}`, `${letters(3)} Street`, String(1000 + i)),
      address: { streetNumber: String(i), street: `${letters(3)} Street`, locality: letters(3), postcode: String(1000 + i) },
    }));
    const result = link(records);
    expect(result.stats.comparisons).toBeLessThan((200 * 199) / 2 / 10);
    expect(result.stats.clusters).toBe(200);
  });

  it('leaves a record without usable identifiers in a cluster of its own', () => {
    const result = link([{}, {}, person('Ivan', 'Petrov', '1990-02-15', 'Harbour Parade', '4101')]);
    expect(groups(result.clusterOf)).toEqual([[0], [1], [2]]);
  });

  it('refuses blocking keys that do not match the stored encodings', () => {
    const store = new EncodingStore({ bytes: 128 });
    expect(() => linkRecords(store, [[1]])).toThrow(/1 sets of blocking keys for 0 encodings/);
  });
});

describe('clusterPairs', () => {
  const pairs = (...list: Array<[number, number, number]>) => {
    const out = new PairList();
    for (const [a, b, score] of list) out.push(a, b, score);
    return out;
  };

  it('links a weak pair only when it is near the best match of one of its records', () => {
    // 0–1 is a strong match; 2 resembles 0 weakly but its own best is 0, so it links; 3's weak
    // pair with 1 is far below both 1's best and 3's own best (3–4), so it does not.
    const result = clusterPairs(5, pairs([0, 1, 0.95], [0, 2, 0.7], [1, 3, 0.66], [3, 4, 0.9]), { threshold: 0.6, certain: 0.8, margin: 0.05 });
    expect(groups(result.clusterOf)).toEqual([[0, 1, 2], [3, 4]]);
  });

  it('does not chain A~B~C into one cluster when A and C contradict, though each link alone is strong', () => {
    // 1 is undated and resembles both 0 and 2, whose birth dates contradict.
    const contradicts = (a: number, b: number) => (a === 0 && b === 2) || (a === 2 && b === 0);
    const chained = pairs([0, 1, 0.95], [1, 2, 0.9]);
    expect(groups(clusterPairs(3, chained, { threshold: 0.6, certain: 0.8, margin: 0.05 }).clusterOf)).toEqual([[0, 1, 2]]);
    expect(groups(clusterPairs(3, chained, { threshold: 0.6, certain: 0.8, margin: 0.05, contradicts }).clusterOf)).toEqual([[0, 1], [2]]);
  });

  it('links a doubtful pair only when each record is the other’s clear best', () => {
    const doubtful = () => false;
    const alone = clusterPairs(3, pairs([0, 1, 0.7], [1, 2, 0.4]), { threshold: 0.6, certain: 0.8, margin: 0.05, corroborated: doubtful });
    expect(groups(alone.clusterOf)).toEqual([[0, 1], [2]]);
    // A rival of 1 scoring 0.68, below nothing but within the margin: no link at all.
    const rivalled = clusterPairs(3, pairs([0, 1, 0.7], [1, 2, 0.68]), { threshold: 0.6, certain: 0.8, margin: 0.05, corroborated: doubtful });
    expect(groups(rivalled.clusterOf)).toEqual([[0], [1], [2]]);
  });

  it('always links a pair at or above the certain score, and never one below the threshold', () => {
    const result = clusterPairs(4, pairs([0, 1, 0.99], [1, 2, 0.81], [2, 3, 0.5]), { threshold: 0.6, certain: 0.8, margin: 0 });
    expect(groups(result.clusterOf)).toEqual([[0, 1, 2], [3]]);
    expect(result.links.map((link) => [link.a, link.b])).toEqual([[0, 1], [1, 2]]);
  });
});
