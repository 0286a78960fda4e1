import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { countriesOfM49SubRegion } from '../reference-data/index.js';
import { AggregateEngine } from './aggregate-engine.js';
import { TrendGranularity } from './aggregate.type.js';
import type { FinestRow } from './aggregate-table.js';
import type { MeasureDefinition, RowQuery } from './measure.js';

const K = 11;
/** Rounding off: the attacker gets exact figures, the hardest case for suppression. */
const RULES = { k: K, resolution: 1, amountResolutionMinor: 1 };
const MEASURE: MeasureDefinition = {
  name: 'INCIDENTS',
  onCorridors: false,
  provenance: { unit: 'one incident', sources: [], caveats: [] },
  dimensions: {},
};
const EASTERN_EUROPE = '151';
const PERIODS = ['', ...[1, 2, 3, 4].map((q) => `-Q${q}`), ...[...Array(12).keys()].map((m) => `-${String(m + 1).padStart(2, '0')}`)];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Small counts at each country itself (country-level records) and at one or two of its places. */
function syntheticRows(seed: number): FinestRow[] {
  const next = random(seed);
  const rows: FinestRow[] = [];
  for (const country of countriesOfM49SubRegion(EASTERN_EUROPE)) {
    for (const place of [country, `${country}AAA`, `${country}BBB`].slice(0, 1 + Math.floor(next() * 3))) {
      for (let month = 1; month <= 12; month++) {
        const count = next() < 0.5 ? 0 : next() < 0.7 ? Math.floor(next() * 12) : Math.floor(next() * 40);
        if (count > 0) rows.push({ scope: country, place, month, category: null, count });
      }
    }
  }
  return rows;
}

function engineOver(rows: readonly FinestRow[]): AggregateEngine {
  return new AggregateEngine({
    sector: 'NGO',
    measures: [MEASURE],
    rows: async (_measure: string, query: RowQuery) => rows.filter((row) => query.scope === null || row.scope === query.scope),
    rules: RULES,
  });
}

/** Every figure a reader can get for a code: year, quarters, months (null when withheld). */
async function figures(engine: AggregateEngine, code: string): Promise<Map<string, number | null>> {
  const shown = new Map<string, number | null>();
  for (const period of PERIODS) {
    const value = await engine.aggregate({ kind: 'LOCATION', code }, `2024${period}`, { measure: 'INCIDENTS' }).then(
      (aggregate) => aggregate.total.value,
      () => null,
    );
    shown.set(`${code}${period}`, value);
  }
  return shown;
}

describe('a UN M49 sub-region profile', () => {
  it('sums its countries, counts per-country-only measures, and refuses nothing a country would answer', async () => {
    const rows: FinestRow[] = [
      { scope: 'MD', place: 'MDKIV', month: 3, category: null, count: 20 },
      { scope: 'UA', place: 'UA', month: 4, category: null, count: 30 },
      { scope: 'GB', place: 'GBLON', month: 4, category: null, count: 50 },
    ];
    const engine = engineOver(rows);
    const region = await engine.aggregate({ kind: 'LOCATION', code: EASTERN_EUROPE }, '2024', { measure: 'INCIDENTS' });
    expect(region.total.value).toBe(50);
    const countryOnly = new AggregateEngine({ sector: 'NGO', measures: [{ ...MEASURE, countryOnly: true }], rows: async () => rows, rules: RULES });
    await expect(countryOnly.aggregate({ kind: 'LOCATION', code: EASTERN_EUROPE }, '2024', { measure: 'INCIDENTS' })).resolves.toBeTruthy();
    await expect(countryOnly.aggregate({ kind: 'LOCATION', code: 'MDKIV' }, '2024', { measure: 'INCIDENTS' })).rejects.toThrow(/per country/);
  });

  it('property: in 60 random regions no withheld country or place figure can be worked out from the region and the countries together', async () => {
    for (let seed = 1; seed <= 60; seed++) {
      const rows = syntheticRows(seed);
      const engine = engineOver(rows);
      const truth = new Map<string, number>();
      const add = (key: string, count: number) => truth.set(key, (truth.get(key) ?? 0) + count);
      for (const row of rows) {
        const quarter = `-Q${Math.ceil(row.month / 3)}`;
        const month = `-${String(row.month).padStart(2, '0')}`;
        for (const code of [EASTERN_EUROPE, row.scope, ...(row.place !== row.scope ? [row.place] : [])]) for (const period of ['', quarter, month]) add(`${code}${period}`, row.count);
      }
      const codes = [EASTERN_EUROPE, ...new Set(rows.map((row) => row.scope)), ...new Set(rows.filter((row) => row.place !== row.scope).map((row) => row.place))];
      const known = new Map<string, number>();
      for (const code of codes) for (const [key, value] of await figures(engine, code)) if (value !== null) known.set(key, value);

      // Every additive equation a reader can write across the tables.
      const lines: Array<{ parent: string; children: string[] }> = [];
      const countries = [...new Set(rows.map((row) => row.scope))];
      for (const code of codes) {
        lines.push({ parent: code, children: ['-Q1', '-Q2', '-Q3', '-Q4'].map((q) => `${code}${q}`) });
        for (let q = 1; q <= 4; q++) lines.push({ parent: `${code}-Q${q}`, children: [1, 2, 3].map((m) => `${code}-${String((q - 1) * 3 + m).padStart(2, '0')}`) });
      }
      for (const period of PERIODS) lines.push({ parent: `${EASTERN_EUROPE}${period}`, children: countries.map((country) => `${country}${period}`) });
      let progress = true;
      while (progress) {
        progress = false;
        for (const line of lines) {
          const unknown = [line.parent, ...line.children].filter((key) => !known.has(key));
          if (unknown.length !== 1) continue;
          const [missing] = unknown as [string];
          const childSum = line.children.filter((key) => key !== missing).reduce((sum, key) => sum + known.get(key)!, 0);
          known.set(missing, missing === line.parent ? childSum : known.get(line.parent)! - childSum);
          progress = true;
        }
      }
      for (const [key, value] of known) {
        expect(value, `seed ${seed}: ${key} worked out wrong`).toBe(truth.get(key) ?? 0);
        expect(value > 0 && value < K, `seed ${seed}: ${key} = ${value} worked out`).toBe(false);
      }
    }
  });
});
