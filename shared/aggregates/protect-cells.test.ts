import { describe, expect, it } from 'vitest';
import { protectCells, type ProtectedCell, type SumLine } from './protect-cells.js';

const K = 11;

/** A seeded generator, so that a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Solves every additive line with exactly one unknown, over and over: what a reader of the table can work out. */
function attack(cells: readonly ProtectedCell[], lines: readonly SumLine[]): Map<number, number> {
  const known = new Map<number, number>();
  cells.forEach((cell, index) => {
    if (!cell.suppressed) known.set(index, cell.value);
  });
  let progress = true;
  while (progress) {
    progress = false;
    for (const line of lines.filter((candidate) => candidate.additive)) {
      const unknown = [line.parent, ...line.children].filter((index) => !known.has(index));
      if (unknown.length !== 1) continue;
      const [missing] = unknown as [number];
      const childSum = line.children.filter((index) => index !== missing).reduce((sum, index) => sum + known.get(index)!, 0);
      known.set(missing, missing === line.parent ? childSum : known.get(line.parent)! - childSum);
      progress = true;
    }
  }
  return known;
}

/** A two-level table: R rows × C columns, row totals, column totals and a grand total. */
function grid(rows: number, columns: number, value: () => number) {
  const cells: ProtectedCell[] = [];
  const at = (r: number, c: number) => r * (columns + 1) + c;
  for (let r = 0; r <= rows; r++) for (let c = 0; c <= columns; c++) cells.push({ value: 0, suppressed: false });
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= columns; c++) {
      const v = value();
      for (const index of [at(r, c), at(r, 0), at(0, c), at(0, 0)]) (cells[index] as { value: number }).value += v;
    }
  }
  const lines: SumLine[] = [];
  for (let r = 0; r <= rows; r++) lines.push({ parent: at(r, 0), children: [...Array(columns).keys()].map((c) => at(r, c + 1)), additive: true });
  for (let c = 0; c <= columns; c++) lines.push({ parent: at(0, c), children: [...Array(rows).keys()].map((r) => at(r + 1, c)), additive: true });
  return { cells, lines };
}

describe('protectCells', () => {
  it('suppresses every count from 1 to k − 1 and shows zero and k', () => {
    const cells: ProtectedCell[] = [0, 1, 10, 11, 40].map((value) => ({ value, suppressed: false }));
    protectCells(cells, [], K);
    expect(cells.map((cell) => cell.suppressed)).toEqual([false, true, true, false, false]);
  });

  it('never leaves one suppressed part beside a shown total: the next-smallest part goes too', () => {
    const cells: ProtectedCell[] = [{ value: 63, suppressed: false }, { value: 3, suppressed: false }, { value: 20, suppressed: false }, { value: 40, suppressed: false }];
    protectCells(cells, [{ parent: 0, children: [1, 2, 3], additive: true }], K);
    expect(cells.map((cell) => cell.suppressed)).toEqual([false, true, true, false]);
    expect(attack(cells, [{ parent: 0, children: [1, 2, 3], additive: true }]).has(1)).toBe(false);
  });

  it('suppresses the total when the parts cannot hide each other', () => {
    const cells: ProtectedCell[] = [{ value: 15, suppressed: false }, { value: 5, suppressed: false }, { value: 10, suppressed: false }];
    protectCells(cells, [{ parent: 0, children: [1, 2], additive: true }], K);
    // Both parts are under k; together they are 15 ≥ k, so the total may stand.
    expect(cells.map((cell) => cell.suppressed)).toEqual([false, true, true]);
    const lone: ProtectedCell[] = [{ value: 8, suppressed: false }, { value: 8, suppressed: false }];
    protectCells(lone, [{ parent: 0, children: [1], additive: true }], K);
    expect(lone.every((cell) => cell.suppressed)).toBe(true);
  });

  it('withholds a multi-valued category when the records without it are fewer than k', () => {
    const cells: ProtectedCell[] = [{ value: 30, suppressed: false }, { value: 25, suppressed: false }, { value: 12, suppressed: false }];
    protectCells(cells, [{ parent: 0, children: [1, 2], additive: false }], K);
    expect(cells.map((cell) => cell.suppressed)).toEqual([false, true, false]);
  });

  it('keeps a frozen total as it was given', () => {
    const cells: ProtectedCell[] = [{ value: 12, suppressed: false, frozen: true }, { value: 12, suppressed: false }];
    protectCells(cells, [{ parent: 0, children: [1], additive: true }], K);
    expect(cells[0]!.suppressed).toBe(false);
  });

  it('property: in 300 random two-way tables no small cell and no small group can be worked out from the lines', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const rows = 1 + Math.floor(next() * 5);
      const columns = 1 + Math.floor(next() * 6);
      // Mostly small counts, some zeros, a few large: the hard case for suppression.
      const { cells, lines } = grid(rows, columns, () => (next() < 0.2 ? 0 : next() < 0.7 ? Math.floor(next() * 12) : Math.floor(next() * 60)));
      protectCells(cells, lines, K);
      const known = attack(cells, lines);
      for (const [index, value] of known) {
        expect(value > 0 && value < K, `seed ${seed}: cell ${index} = ${value} worked out`).toBe(false);
      }
      for (const line of lines) {
        if (!known.has(line.parent)) continue;
        const hidden = line.children.filter((index) => !known.has(index)).reduce((sum, index) => sum + cells[index]!.value, 0);
        expect(hidden === 0 || hidden >= K, `seed ${seed}: a total minus its parts leaves ${hidden}`).toBe(true);
      }
    }
  });
});
