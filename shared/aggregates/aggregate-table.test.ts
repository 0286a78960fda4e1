import { describe, expect, it } from 'vitest';
import { AggregateTable, ALL, SCOPE_ROW, type FinestRow } from './aggregate-table.js';
import { monthIndex, PERIOD_COUNT, quarterIndex, YEAR_INDEX } from './period.js';

const K = 11;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Every additive equation a reader of the table can write: places → country, months → quarter → year, categories → all. */
function equations(places: readonly string[], categories: readonly string[], additiveCategories: boolean) {
  const lines: Array<{ parent: [string, number, string]; children: Array<[string, number, string]> }> = [];
  for (const category of categories) {
    for (let t = 0; t < PERIOD_COUNT; t++) lines.push({ parent: [SCOPE_ROW, t, category], children: places.filter((p) => p !== SCOPE_ROW).map((p) => [p, t, category]) });
    for (const place of places) {
      lines.push({ parent: [place, YEAR_INDEX, category], children: [1, 2, 3, 4].map((q) => [place, quarterIndex(q), category]) });
      for (let q = 1; q <= 4; q++) lines.push({ parent: [place, quarterIndex(q), category], children: [1, 2, 3].map((m) => [place, monthIndex((q - 1) * 3 + m), category]) });
    }
  }
  if (additiveCategories) {
    for (const place of places) {
      for (let t = 0; t < PERIOD_COUNT; t++) lines.push({ parent: [place, t, ALL], children: categories.filter((c) => c !== ALL).map((c) => [place, t, c]) });
    }
  }
  return lines;
}

describe('AggregateTable', () => {
  it('adds a month into its quarter, its year and its country', () => {
    const rows: FinestRow[] = [
      { scope: 'MD', place: 'MDKIV', month: 2, category: null, count: 12 },
      { scope: 'MD', place: 'MDBAL', month: 5, category: null, count: 30 },
    ];
    const table = AggregateTable.build({ scope: 'MD', hiddenPlaces: new Set(['MD']), categories: [], additiveCategories: true }, rows, K);
    expect(table.cell(SCOPE_ROW, YEAR_INDEX).value).toBe(42);
    expect(table.cell('MDKIV', quarterIndex(1)).value).toBe(12);
    expect(table.cell('MDBAL', monthIndex(5))).toMatchObject({ value: 30, suppressed: false });
  });

  it('property: across places, periods and an additive breakdown, no small cell can be solved for, even knowing counts are never negative', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const next = random(seed);
      const places = ['MDKIV', 'MDBAL', 'MDCMN', 'MD'].slice(0, 1 + Math.floor(next() * 4));
      const categories = ['A', 'B', 'C'];
      const rows: FinestRow[] = [];
      for (const place of places) {
        for (let month = 1; month <= 12; month++) {
          if (next() < 0.5) continue;
          const counts = categories.map(() => (next() < 0.4 ? 0 : Math.floor(next() * (next() < 0.5 ? 8 : 40))));
          categories.forEach((category, i) => rows.push({ scope: 'MD', place, month, category, count: counts[i]! }));
          rows.push({ scope: 'MD', place, month, category: null, count: counts.reduce((a, b) => a + b, 0) });
        }
      }
      const table = AggregateTable.build({ scope: 'MD', hiddenPlaces: new Set(['MD']), categories, additiveCategories: true }, rows, K);
      const all = [SCOPE_ROW, ...new Set(rows.map((row) => row.place))];
      const key = ([p, t, c]: [string, number, string]) => `${p}|${t}|${c}`;
      const known = new Map<string, number>();
      const truth = new Map<string, number>();
      for (const place of all) {
        for (let t = 0; t < PERIOD_COUNT; t++) {
          for (const category of [ALL, ...categories]) {
            const cell = table.cell(place, t, category);
            truth.set(key([place, t, category]), cell.value);
            if (!cell.suppressed) known.set(key([place, t, category]), cell.value);
          }
        }
      }
      const lines = equations(all, [ALL, ...categories], true);
      for (let progress = true; progress; ) {
        progress = false;
        for (const line of lines) {
          const terms = [line.parent, ...line.children].map(key);
          const unknown = terms.filter((term) => !known.has(term));
          // Counts are never negative: unknown children of a known parent the known ones already fill are all 0.
          const parentKnown = known.has(terms[0]!);
          const filled = parentKnown && known.get(terms[0]!) === terms.slice(1).filter((term) => known.has(term)).reduce((sum, term) => sum + known.get(term)!, 0);
          if (filled && unknown.length > 0) {
            for (const term of unknown) known.set(term, truth.get(term)!);
            progress = true;
            continue;
          }
          if (unknown.length !== 1) continue;
          const [missing] = unknown as [string];
          known.set(missing, truth.get(missing)!);
          progress = true;
        }
      }
      for (const [term, value] of known) expect(value > 0 && value < K, `seed ${seed}: ${term} = ${value} solved`).toBe(false);
    }
  });
});
