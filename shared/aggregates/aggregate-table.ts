import { monthIndex, PERIOD_COUNT, quarterIndex, quarterOfMonth, YEAR_INDEX } from './period.js';
import { protectCells, type ProtectedCell, type SumLine } from './protect-cells.js';

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
 */
export class AggregateTable {
  readonly places: readonly string[];
  readonly categories: readonly string[];
  private readonly cells: TableCell[];

  private constructor(places: string[], categories: string[], cells: TableCell[]) {
    this.places = places;
    this.categories = categories;
    this.cells = cells;
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
    const cells: TableCell[] = [];
    for (let p = 0; p < places.length; p++) {
      for (let t = 0; t < PERIOD_COUNT; t++) {
        for (let c = 0; c < categories.length; c++) {
          const decided = p > 0 ? shape.decided?.(places[p]!, t, categories[c]!) : undefined;
          cells.push({ value: 0, amountMinor: 0, suppressed: decided ?? false, frozen: decided !== undefined, hidden: p > 0 && shape.hiddenPlaces.has(places[p]!) });
        }
      }
    }
    const at = (p: number, t: number, c: number) => cells[(p * PERIOD_COUNT + t) * categories.length + c]!;
    for (const row of rows) {
      const p = placeIndex.get(row.place);
      const c = row.category === null ? 0 : categoryIndex.get(row.category);
      if (p === undefined || c === undefined || row.month < 1 || row.month > 12) continue;
      for (const place of [0, p]) {
        for (const t of [YEAR_INDEX, quarterIndex(quarterOfMonth(row.month)), monthIndex(row.month)]) {
          const cell = at(place, t, c);
          cell.value += row.count;
          cell.amountMinor += row.amountMinor ?? 0;
        }
      }
    }
    const lines = (withCategories: boolean): SumLine[] => {
      const result: SumLine[] = [];
      const index = (p: number, t: number, c: number) => (p * PERIOD_COUNT + t) * categories.length + c;
      const categoryRange = withCategories ? categories.map((_, c) => c) : [0];
      for (const c of categoryRange) {
        for (let t = 0; t < PERIOD_COUNT; t++) {
          result.push({ parent: index(0, t, c), children: places.slice(1).map((_, i) => index(i + 1, t, c)), additive: true });
        }
        for (let p = 0; p < places.length; p++) {
          result.push({ parent: index(p, YEAR_INDEX, c), children: [1, 2, 3, 4].map((q) => index(p, quarterIndex(q), c)), additive: true });
          for (let q = 1; q <= 4; q++) {
            const months = [1, 2, 3].map((m) => monthIndex((q - 1) * 3 + m));
            result.push({ parent: index(p, quarterIndex(q), c), children: months.map((t) => index(p, t, c)), additive: true });
          }
        }
      }
      if (withCategories) {
        for (let p = 0; p < places.length; p++) {
          for (let t = 0; t < PERIOD_COUNT; t++) {
            result.push({
              parent: index(p, t, 0),
              children: categories.slice(1).map((_, i) => index(p, t, i + 1)),
              additive: shape.additiveCategories,
            });
          }
        }
      }
      return result;
    };
    const totals = cells.filter((_, i) => i % categories.length === 0);
    protectCells(totals, lines(false).map((line) => reindex(line, categories.length)), k);
    if (categories.length > 1) {
      const frozen = cells.map((cell, i) => (i % categories.length === 0 ? { ...cell, frozen: true } : cell));
      protectCells(frozen, lines(true), k);
      frozen.forEach((cell, i) => Object.assign(cells[i]!, { suppressed: cell.suppressed, reason: cell.reason }));
    }
    return new AggregateTable(places, categories, cells);
  }

  /** The protected cell of a place (or SCOPE_ROW), a period index and a category (or ALL). */
  cell(place: string, period: number, category: string = ALL): Readonly<TableCell> {
    const p = this.places.indexOf(place);
    const c = this.categories.indexOf(category);
    if (p < 0 || c < 0) return { value: 0, amountMinor: 0, suppressed: false };
    return this.cells[(p * PERIOD_COUNT + period) * this.categories.length + c]!;
  }
}

/** The totals-only lines were written for the full layout; in the totals array, cell i·C is at i. */
function reindex(line: SumLine, categoryCount: number): SumLine {
  return { ...line, parent: line.parent / categoryCount, children: line.children.map((child) => child / categoryCount) };
}

function placeOrder(a: string, b: string): number {
  if (a === SCOPE_ROW) return -1;
  if (b === SCOPE_ROW) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
