/**
 * Primary and complementary cell suppression over a table of counts linked by sum lines.
 *
 * A line is an equation the reader can write down: `parent = Σ children` (additive — a record is
 * in exactly one child, as a place in its country or a month in its quarter) or `child ≤ parent`
 * (not additive — a survivor with several types of exploitation is in several children). Every
 * shown figure is a known term; the rules make sure no line can be solved for a suppressed one:
 *
 * 1. primary: every cell with 0 < count < k is suppressed;
 * 2. additive lines, parent shown: the suppressed children are never exactly one (the total minus
 *    the shown parts would be that one), and together they hold at least k records (else the total
 *    minus the parts is a group smaller than k) — if not, the next-smallest child is suppressed
 *    too, and when no child is left, the parent;
 * 3. additive lines, parent suppressed: the parent is never the only unknown (the sum of the
 *    children would give it back) — the smallest child is suppressed with it;
 * 4. non-additive lines, parent shown: a child is suppressed when parent − child is a group
 *    smaller than k (the people *without* the attribute);
 * repeated over every line until nothing changes (a cell changes state at most twice — withheld,
 * then pinned as known — so it ends).
 *
 * `hidden` cells are never shown (records without a place finer than their country, routes with
 * no known origin) but are terms of the lines, protected like any withheld cell: a hidden cell
 * one could solve for would unlock every other line it is in. The one exception is a hidden row
 * that is its line's only child: it is the parent under another name.
 * `frozen` cells keep the state they were given: figures already fixed by another table that
 * shares them (the totals that every breakdown of one measure has in common).
 *
 * What this does not do: solve the linear programme an attacker could, bounding a suppressed cell
 * between the intervals several lines leave it. docs/analytics.md says so.
 */

import { packLines, type SumLine, type SumLines } from './sum-lines.js';

export type { SumLine } from './sum-lines.js';

export type SuppressionReason = 'PRIMARY' | 'COMPLEMENTARY' | 'HIDDEN';

export interface ProtectedCell {
  readonly value: number;
  /** Never shown, whatever the rules say (still a term of its lines). */
  readonly hidden?: boolean;
  /** Keeps its `suppressed` state: decided by a table this one shares the cell with. */
  readonly frozen?: boolean;
  suppressed: boolean;
  reason?: SuppressionReason;
}

/** Bits of {@link CellStates.flags}. */
export const SUPPRESSED = 1;
export const HIDDEN = 2;
export const FROZEN = 4;

/** Codes of {@link CellStates.reasons}: 0 is none. */
export const REASONS: readonly (SuppressionReason | undefined)[] = [undefined, 'PRIMARY', 'COMPLEMENTARY', 'HIDDEN'];
const PRIMARY = 1;
const COMPLEMENTARY = 2;
const HIDDEN_REASON = 3;

/**
 * A table's cells as parallel arrays, by the index its lines use. What protection reads and
 * writes: a corridor table has ~10,000 cells, and as objects their allocation, copies and
 * Set-of-object lookups cost more than the rules.
 */
export interface CellStates {
  readonly values: Float64Array;
  /** SUPPRESSED | HIDDEN | FROZEN. */
  readonly flags: Uint8Array;
  /** Why a suppressed cell is (an index of {@link REASONS}). */
  readonly reasons: Uint8Array;
}

/** Rule 1 over every cell that is not frozen; hidden cells are withheld whatever their count. */
function primary(cells: CellStates, k: number): void {
  const { values, flags, reasons } = cells;
  for (let cell = 0; cell < values.length; cell++) {
    if (flags[cell]! & FROZEN) continue;
    const value = values[cell]!;
    if (value > 0 && value < k) {
      flags[cell]! |= SUPPRESSED;
      reasons[cell] = PRIMARY;
    } else if (flags[cell]! & HIDDEN) {
      flags[cell]! |= SUPPRESSED;
      reasons[cell] = HIDDEN_REASON;
    } else {
      flags[cell]! &= ~SUPPRESSED;
      reasons[cell] = 0;
    }
  }
}

const STABLE = 0;
const CHANGED = 1;
/** The line found cells known whatever is withheld; they are in the pin list. */
const PIN = 2;

/**
 * Applies rules 1–4 in place; returns how many passes it took (≥ 1).
 *
 * One case has no good answer: a lone withheld cell beside a parent fixed by another table, with
 * only zeros left to hide behind (everyone in the place and month has one gender). Zeros do not
 * hide — counts are never negative, so unknowns that must sum to 0 are all 0 — and the parent
 * cannot go. The cell equals a figure already shown, so it is *pinned*: treated as known (shown),
 * and every line that relied on it looks for another partner. So are withheld zeros a reader can
 * prove to be zero (a shown parent the shown children already fill). Only zeros and cells of
 * at least k are ever pinned.
 */
export function protectCellStates(cells: CellStates, lines: SumLines, k: number): number {
  primary(cells, k);
  const protection = new Protection(cells, lines, k);
  let passes = 0;
  let changed = true;
  while (changed) {
    changed = false;
    passes += 1;
    for (let line = 0; line < lines.count; line++) {
      const outcome = lines.additive[line] ? protection.additive(line) : protection.contained(line);
      if (outcome === STABLE) continue;
      changed = true;
      if (outcome === PIN) protection.pinFound();
    }
  }
  return passes;
}

/** The object form of {@link protectCellStates}: the same rules, the states written back onto the cells. */
export function protectCells(cells: ProtectedCell[], lines: readonly SumLine[], k: number): number {
  const states = statesOf(cells);
  const passes = protectCellStates(states, packLines(lines), k);
  writeBack(states, cells);
  return passes;
}

export function primarySuppression(cells: ProtectedCell[], k: number): void {
  const states = statesOf(cells);
  primary(states, k);
  writeBack(states, cells);
}

function statesOf(cells: readonly ProtectedCell[]): CellStates {
  const states = { values: new Float64Array(cells.length), flags: new Uint8Array(cells.length), reasons: new Uint8Array(cells.length) };
  cells.forEach((cell, index) => {
    states.values[index] = cell.value;
    states.flags[index] = (cell.suppressed ? SUPPRESSED : 0) | (cell.hidden ? HIDDEN : 0) | (cell.frozen ? FROZEN : 0);
    states.reasons[index] = Math.max(0, REASONS.indexOf(cell.reason));
  });
  return states;
}

function writeBack(states: CellStates, cells: ProtectedCell[]): void {
  cells.forEach((cell, index) => {
    if (cell.frozen) return;
    cell.suppressed = (states.flags[index]! & SUPPRESSED) !== 0;
    cell.reason = REASONS[states.reasons[index]!];
  });
}

/** Rules 2–4 on one line at a time, over one protection run's pinned cells. */
class Protection {
  private readonly values: Float64Array;
  private readonly flags: Uint8Array;
  private readonly reasons: Uint8Array;
  /** Cells treated as known from now on, whatever is withheld (see protectCellStates). */
  private readonly pinned: Uint8Array;
  private readonly toPin: number[] = [];

  constructor(
    cells: CellStates,
    private readonly lines: SumLines,
    private readonly k: number,
  ) {
    this.values = cells.values;
    this.flags = cells.flags;
    this.reasons = cells.reasons;
    this.pinned = new Uint8Array(cells.values.length);
  }

  /** Known whatever is withheld: shown, and every line that hid behind it looks for another partner. */
  pinFound(): void {
    for (const cell of this.toPin) {
      this.pinned[cell] = 1;
      if (!(this.flags[cell]! & (HIDDEN | FROZEN))) {
        this.flags[cell]! &= ~SUPPRESSED;
        this.reasons[cell] = 0;
      }
    }
    this.toPin.length = 0;
  }

  private unknown(cell: number): boolean {
    return (this.flags[cell]! & SUPPRESSED) !== 0 && this.pinned[cell] === 0;
  }

  private suppress(cell: number): boolean {
    if (this.flags[cell]! & (SUPPRESSED | FROZEN) || this.pinned[cell]) return false;
    this.flags[cell]! |= SUPPRESSED;
    this.reasons[cell] = COMPLEMENTARY;
    return true;
  }

  /** The smallest shown child that is not zero, else (when `zeroes`) a shown zero; -1 for none. */
  private nextChild(line: number, zeroes: boolean): number {
    const { starts, children } = this.lines;
    const { values, flags, pinned } = this;
    let best = -1;
    for (let i = starts[line]!; i < starts[line + 1]!; i++) {
      const cell = children[i]!;
      const value = values[cell]!;
      if (flags[cell]! & (SUPPRESSED | FROZEN) || pinned[cell] || (value === 0 && !zeroes)) continue;
      if (best < 0 || (values[best] === 0 && value > 0) || (value > 0 && value < values[best]!)) best = cell;
    }
    return best;
  }

  /** Rules 2 and 3. */
  additive(line: number): number {
    const { starts, children } = this.lines;
    const from = starts[line]!;
    const to = starts[line + 1]!;
    const parent = this.lines.parents[line]!;
    let changed = false;
    for (;;) {
      let unknownCount = 0;
      let sum = 0;
      let lastUnknown = -1;
      for (let i = from; i < to; i++) {
        const cell = children[i]!;
        if (!this.unknown(cell)) continue;
        unknownCount += 1;
        sum += this.values[cell]!;
        lastUnknown = cell;
      }
      let choice: number;
      if (this.unknown(parent)) {
        // The children would sum to the parent: at least one of them must be unknown too.
        if (unknownCount > 0 || this.reasons[parent] === HIDDEN_REASON) return changed ? CHANGED : STABLE;
        choice = this.nextChild(line, true);
        // Every child is known, so the parent is: pin it and protect its other lines without it.
        if (choice < 0) return this.pin(parent);
      } else {
        // The parent minus the shown children is 0: every unknown here is a known 0.
        if (unknownCount > 0 && sum === 0) {
          for (let i = from; i < to; i++) if (this.unknown(children[i]!)) this.toPin.push(children[i]!);
          return PIN;
        }
        const group = sum > 0 && sum < this.k;
        // A lone unknown is solvable — unless it is a hidden row that is its line's only child:
        // then it is the parent itself (a country's figure), shown under the country's name.
        const lone = unknownCount === 1 && !(to - from === 1 && this.reasons[lastUnknown] === HIDDEN_REASON);
        if (!group && !lone) return changed ? CHANGED : STABLE;
        choice = this.nextChild(line, false);
        if (choice < 0 && !(this.flags[parent]! & FROZEN) && !this.pinned[parent]) choice = parent;
        if (choice < 0 && lone && !group && this.values[lastUnknown]! >= this.k) return this.pin(lastUnknown);
      }
      if (choice < 0 || !this.suppress(choice)) return changed ? CHANGED : STABLE;
      changed = true;
    }
  }

  /** Rule 4: only a known parent gives the records without the attribute away (a child bounds a withheld one from below, no more). */
  contained(line: number): number {
    const { starts, children } = this.lines;
    const parent = this.lines.parents[line]!;
    const parentKnown = !(this.flags[parent]! & SUPPRESSED) || this.pinned[parent] === 1;
    let changed = false;
    for (let i = starts[line]!; i < starts[line + 1]!; i++) {
      const child = children[i]!;
      if (this.flags[child]! & SUPPRESSED) continue;
      const rest = this.values[parent]! - this.values[child]!;
      if (parentKnown && rest > 0 && rest < this.k) changed = this.suppress(child) || changed;
    }
    return changed ? CHANGED : STABLE;
  }

  private pin(cell: number): number {
    this.toPin.push(cell);
    return PIN;
  }
}
