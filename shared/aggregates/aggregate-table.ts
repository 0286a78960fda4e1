import { monthIndex, PERIOD_COUNT, quarterIndex, quarterOfMonth, YEAR_INDEX } from './period.js';
import { FROZEN, HIDDEN, protectCellStates, REASONS, SUPPRESSED, type CellStates, type ProtectedCell } from './protect-cells.js';
import { SumLinesBuilder, type SumLines } from './sum-lines.js';

/** One finest-grained count a sector reads from its database: a place (or origin), a month, maybe a category. */
export interface FinestRow {
  /** The table it belongs to: a country (locations) or a destination country (corridors). */
  readonly scope: string;
  /** A place in the scope's country, or an origin country; equal to the scope for records located only to it. */
  readonly place: string;
  /** 1–12. */
  readonly month: number;
  /** null: the row counts every record (the breakdown's total); else one category of the breakdown. */
  readonly category: string | null;
  readonly count: number;
  /** Sum of money in minor units, for measures that carry amounts. */
  readonly amountMinor?: number;
}

export interface TableShape {
  readonly scope: string;
  /** Rows never shown on their own but part of the scope's total (country-only records, unknown origins). */
  readonly hiddenPlaces: ReadonlySet<string>;
  /** The breakdown's categories (none: only totals). */
  readonly categories: readonly string[];
  /** True when a record counts in exactly one category. */
  readonly additiveCategories: boolean;
  /**
   * Cells whose suppression another table already decided (a country's figures inside its
   * region's table): they keep that state, and only the other cells are chosen to protect them.
   * Returns undefined for a cell decided here.
   */
  readonly decided?: (place: string, period: number, category: string) => boolean | undefined;
}

export interface TableCell extends ProtectedCell {
  value: number;
  amountMinor: number;
}

/** Row 0 of every table is the scope itself: the country, or every origin into the destination. */
export const SCOPE_ROW = '*';
/** Category 0 of every table is "all records". */
export const ALL = '*';

/**
 * One measure's figures for one scope and one year: places × periods (year, quarters, months) ×
 * categories, with every sum line protected together. A figure is always read out of the whole
 * table it belongs to, so every request for it — alone, in a trend, in a breakdown, in a
 * ranking — gets the same answer, and no two answers can be differenced around the suppression.
 *
 * Cell (place p, period t, category c) is at index (p · PERIOD_COUNT + t) · categories + c of
 * flat arrays: a 40-origin corridor table has ~10,000 cells and ~30,000 line terms.
 */
export class AggregateTable {
  readonly places: readonly string[];
  readonly categories: readonly string[];
  private readonly cells: CellStates;
  private readonly amounts: Float64Array;

  private constructor(places: string[], categories: string[], cells: CellStates, amounts: Float64Array) {
    this.places = places;
    this.categories = categories;
    this.cells = cells;
    this.amounts = amounts;
  }

  /**
   * Builds and protects a table. The totals (category ALL) are protected first on their own, then
   * frozen while the breakdown is protected: every breakdown of a measure then shares one set of
   * totals, and no breakdown can unlock a total another one had to hide.
   */
  static build(shape: TableShape, rows: readonly FinestRow[], k: number): AggregateTable {
    const places = [SCOPE_ROW, ...new Set(rows.map((row) => row.place))].sort(placeOrder);
    const categories = [ALL, ...shape.categories];
    const placeIndex = new Map(places.map((place, index) => [place, index]));
    const categoryIndex = new Map(categories.map((category, index) => [category, index]));
    const size = places.length * PERIOD_COUNT * categories.length;
    const cells: CellStates = { values: new Float64Array(size), flags: new Uint8Array(size), reasons: new Uint8Array(size) };
    const amounts = new Float64Array(size);
    const at = (p: number, t: number, c: number) => (p * PERIOD_COUNT + t) * categories.length + c;
    for (let p = 1; p < places.length; p++) {
      const hidden = shape.hiddenPlaces.has(places[p]!) ? HIDDEN : 0;
      for (let t = 0; t < PERIOD_COUNT; t++) {
        for (let c = 0; c < categories.length; c++) {
          const decided = shape.decided?.(places[p]!, t, categories[c]!);
          cells.flags[at(p, t, c)] = hidden | (decided === undefined ? 0 : FROZEN | (decided ? SUPPRESSED : 0));
        }
      }
    }
    for (const row of rows) {
      const p = placeIndex.get(row.place);
      const c = row.category === null ? 0 : categoryIndex.get(row.category);
      if (p === undefined || c === undefined || row.month < 1 || row.month > 12) continue;
      const quarter = quarterIndex(quarterOfMonth(row.month));
      const month = monthIndex(row.month);
      for (const place of [0, p]) {
        for (const t of [YEAR_INDEX, quarter, month]) {
          cells.values[at(place, t, c)]! += row.count;
          amounts[at(place, t, c)]! += row.amountMinor ?? 0;
        }
      }
    }
    // The totals' run visits only category ALL's lines; its primary rule also marks the
    // categories' cells, which the breakdown's run decides again from the start.
    protectCellStates(cells, sumLines(places.length, categories.length, false, true), k);
    if (categories.length > 1) {
      // The totals are frozen for the breakdown's run only; afterwards FROZEN means again what
      // it meant before: decided by another table.
      const decidedElsewhere = cells.flags.slice();
      for (let cell = 0; cell < size; cell += categories.length) cells.flags[cell]! |= FROZEN;
      protectCellStates(cells, sumLines(places.length, categories.length, true, shape.additiveCategories), k);
      for (let cell = 0; cell < size; cell += categories.length) cells.flags[cell] = (cells.flags[cell]! & ~FROZEN) | (decidedElsewhere[cell]! & FROZEN);
    }
    return new AggregateTable(places, categories, cells, amounts);
  }

  /** The protected cell of a place (or SCOPE_ROW), a period index and a category (or ALL). */
  cell(place: string, period: number, category: string = ALL): Readonly<TableCell> {
    const p = this.places.indexOf(place);
    const c = this.categories.indexOf(category);
    if (p < 0 || c < 0) return { value: 0, amountMinor: 0, suppressed: false };
    const index = (p * PERIOD_COUNT + period) * this.categories.length + c;
    const flags = this.cells.flags[index]!;
    return {
      value: this.cells.values[index]!,
      amountMinor: this.amounts[index]!,
      suppressed: (flags & SUPPRESSED) !== 0,
      reason: REASONS[this.cells.reasons[index]!],
      hidden: (flags & HIDDEN) !== 0,
      frozen: (flags & FROZEN) !== 0,
    };
  }
}

/** Lines depend on the table's size only; a handful of sizes recur (40 origins and a breakdown). */
const LINE_CACHE_SIZE = 64;
const lineCache = new Map<string, SumLines>();

/** The lines of a table of this size, built once: they are read-only for protection. */
function sumLines(placeCount: number, categoryCount: number, withCategories: boolean, additiveCategories: boolean): SumLines {
  const key = `${placeCount}:${categoryCount}:${withCategories}:${additiveCategories}`;
  let lines = lineCache.get(key);
  if (!lines) {
    // Sizes seen long ago go first: the cache only spares rebuilding the common ones.
    if (lineCache.size >= LINE_CACHE_SIZE) lineCache.delete(lineCache.keys().next().value!);
    lines = buildSumLines(placeCount, categoryCount, withCategories, additiveCategories);
    lineCache.set(key, lines);
  }
  return lines;
}

/**
 * Every sum line of a table of `placeCount` rows (SCOPE_ROW first) and `categoryCount` categories
 * (ALL first), in the order protection visits them: per category, the places of each period,
 * then each place's year over quarters and quarters over months; then, with categories, each
 * cell's categories. Without categories, only category ALL's lines (the totals' run).
 */
function buildSumLines(placeCount: number, categoryCount: number, withCategories: boolean, additiveCategories: boolean): SumLines {
  const lines = new SumLinesBuilder();
  const index = (p: number, t: number, c: number) => (p * PERIOD_COUNT + t) * categoryCount + c;
  for (let c = 0; c < (withCategories ? categoryCount : 1); c++) {
    for (let t = 0; t < PERIOD_COUNT; t++) {
      lines.line(index(0, t, c), true);
      for (let p = 1; p < placeCount; p++) lines.child(index(p, t, c));
    }
    for (let p = 0; p < placeCount; p++) {
      lines.line(index(p, YEAR_INDEX, c), true);
      for (let q = 1; q <= 4; q++) lines.child(index(p, quarterIndex(q), c));
      for (let q = 1; q <= 4; q++) {
        lines.line(index(p, quarterIndex(q), c), true);
        for (let m = 1; m <= 3; m++) lines.child(index(p, monthIndex((q - 1) * 3 + m), c));
      }
    }
  }
  if (withCategories) {
    for (let p = 0; p < placeCount; p++) {
      for (let t = 0; t < PERIOD_COUNT; t++) {
        lines.line(index(p, t, 0), additiveCategories);
        for (let c = 1; c < categoryCount; c++) lines.child(index(p, t, c));
      }
    }
  }
  return lines.build();
}

function placeOrder(a: string, b: string): number {
  if (a === SCOPE_ROW) return -1;
  if (b === SCOPE_ROW) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
