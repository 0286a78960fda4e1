import { describe, expect, it } from 'vitest';
import { groupPersons, type LinkEvidence } from './person-groups.js';

// Identity keys stand in for the keyed ones: records sharing one agree on the birth date.
const dated = (id: string, ...keys: number[]) => ({ id, identityKeys: keys });
const fuzzy = (a: string, b: string, score: number): LinkEvidence => ({ a, b, matchedOn: [], score });
const sorted = (groups: string[][]) => groups.map((group) => [...group].sort()).sort((x, y) => (x[0] as string).localeCompare(y[0] as string));

describe('groupPersons', () => {
  it('does not chain A~B~C into one person when A and C were born on dates that contradict', () => {
    const records = [dated('a', 1, 2), dated('b'), dated('c', 7, 8)];
    const groups = groupPersons(records, [fuzzy('a', 'b', 0.9), fuzzy('b', 'c', 0.8)]);
    expect(sorted(groups)).toEqual([['a', 'b'], ['c']]);
  });

  it('joins the stronger link first, whatever order the links come in', () => {
    const records = [dated('a', 1, 2), dated('b'), dated('c', 7, 8)];
    const groups = groupPersons(records, [fuzzy('b', 'c', 0.95), fuzzy('a', 'b', 0.7)]);
    expect(sorted(groups)).toEqual([['a'], ['b', 'c']]);
  });

  it('prefers a link on exact keys to any fuzzy score', () => {
    const records = [dated('a', 1), dated('b'), dated('c', 9)];
    const exact: LinkEvidence = { a: 'b', b: 'c', matchedOn: ['PHONE'], score: null };
    expect(sorted(groupPersons(records, [fuzzy('a', 'b', 0.99), exact]))).toEqual([['a'], ['b', 'c']]);
  });

  it('keeps connected records that agree, however many, as one person', () => {
    const records = [dated('a', 1, 2), dated('b', 1, 2), dated('c'), dated('d', 2, 3)];
    const groups = groupPersons(records, [fuzzy('a', 'b', 0.9), fuzzy('b', 'c', 0.7), fuzzy('c', 'd', 0.6)]);
    expect(sorted(groups)).toEqual([['a', 'b', 'c', 'd']]);
  });

  it('honours the one link that was accepted between two contradicting records, and no chain beyond it', () => {
    const records = [dated('a', 1), dated('b', 5), dated('c', 9)];
    const groups = groupPersons(records, [fuzzy('a', 'b', 0.9), fuzzy('a', 'c', 0.8)]);
    expect(sorted(groups)).toEqual([['a', 'b'], ['c']]);
  });
});
