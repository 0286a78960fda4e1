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

export interface SumLine {
  readonly parent: number;
  readonly children: readonly number[];
  /** True when parent = Σ children; false when a record can count in several children. */
  readonly additive: boolean;
}

export function primarySuppression(cells: ProtectedCell[], k: number): void {
  for (const cell of cells) {
    if (cell.frozen) continue;
    const small = cell.value > 0 && cell.value < k;
    if (small) {
      cell.suppressed = true;
      cell.reason = 'PRIMARY';
    } else if (cell.hidden) {
      cell.suppressed = true;
      cell.reason = 'HIDDEN';
    } else {
      cell.suppressed = false;
      cell.reason = undefined;
    }
  }
}

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
export function protectCells(cells: ProtectedCell[], lines: readonly SumLine[], k: number): number {
  primarySuppression(cells, k);
  const pinned = new Set<ProtectedCell>();
  let passes = 0;
  let changed = true;
  while (changed) {
    changed = false;
    passes += 1;
    for (const line of lines) {
      const outcome = line.additive ? protectAdditive(cells, line, k, pinned) : protectContained(cells, line, k, pinned);
      if (outcome === 'STABLE') continue;
      changed = true;
      if (outcome === 'CHANGED') continue;
      // Known whatever is withheld: shown, and every line that hid behind it looks for another partner.
      for (const cell of outcome) {
        pinned.add(cell);
        if (!cell.hidden && !cell.frozen) Object.assign(cell, { suppressed: false, reason: undefined });
      }
    }
  }
  return passes;
}

function suppress(cell: ProtectedCell, pinned: ReadonlySet<ProtectedCell>): boolean {
  if (cell.suppressed || cell.frozen || pinned.has(cell)) return false;
  cell.suppressed = true;
  cell.reason = 'COMPLEMENTARY';
  return true;
}

/** The smallest shown child that is not zero, else (when `zeroes`) a shown zero. */
function nextChild(cells: ProtectedCell[], children: readonly number[], zeroes: boolean, pinned: ReadonlySet<ProtectedCell>): ProtectedCell | undefined {
  let best: ProtectedCell | undefined;
  for (const index of children) {
    const cell = cells[index]!;
    if (cell.suppressed || cell.frozen || pinned.has(cell) || (cell.value === 0 && !zeroes)) continue;
    if (!best || (best.value === 0 && cell.value > 0) || (cell.value > 0 && cell.value < best.value)) best = cell;
  }
  return best;
}

type Outcome = 'STABLE' | 'CHANGED' | readonly ProtectedCell[];

function protectAdditive(cells: ProtectedCell[], line: SumLine, k: number, pinned: ReadonlySet<ProtectedCell>): Outcome {
  const parent = cells[line.parent]!;
  const unknownOf = (cell: ProtectedCell) => cell.suppressed && !pinned.has(cell);
  let changed = false;
  for (;;) {
    // Counted without allocating: this runs for every line of every table on every pass.
    let unknownCount = 0;
    let sum = 0;
    let lastUnknown: ProtectedCell | undefined;
    for (const index of line.children) {
      const cell = cells[index]!;
      if (!unknownOf(cell)) continue;
      unknownCount += 1;
      sum += cell.value;
      lastUnknown = cell;
    }
    let choice: ProtectedCell | undefined;
    if (unknownOf(parent)) {
      // The children would sum to the parent: at least one of them must be unknown too.
      if (unknownCount > 0 || parent.reason === 'HIDDEN') return changed ? 'CHANGED' : 'STABLE';
      choice = nextChild(cells, line.children, true, pinned);
      // Every child is known, so the parent is: pin it and protect its other lines without it.
      if (!choice) return [parent];
    } else {
      // The parent minus the shown children is 0: every unknown here is a known 0.
      if (unknownCount > 0 && sum === 0) return line.children.map((index) => cells[index]!).filter(unknownOf);
      const group = sum > 0 && sum < k;
      // A lone unknown is solvable — unless it is a hidden row that is its line's only child:
      // then it is the parent itself (a country's figure), shown under the country's name.
      const lone = unknownCount === 1 && !(line.children.length === 1 && lastUnknown!.reason === 'HIDDEN');
      if (!group && !lone) return changed ? 'CHANGED' : 'STABLE';
      choice = nextChild(cells, line.children, false, pinned);
      if (!choice && !parent.frozen && !pinned.has(parent)) choice = parent;
      if (!choice && lone && !group && lastUnknown!.value >= k) return [lastUnknown!];
    }
    if (!choice || !suppress(choice, pinned)) return changed ? 'CHANGED' : 'STABLE';
    changed = true;
  }
}

function protectContained(cells: ProtectedCell[], line: SumLine, k: number, pinned: ReadonlySet<ProtectedCell>): Outcome {
  const parent = cells[line.parent]!;
  let changed = false;
  for (const index of line.children) {
    const child = cells[index]!;
    if (child.suppressed) continue;
    const rest = parent.value - child.value;
    // Only a known parent gives the records without the attribute away (a child bounds a withheld one from below, no more).
    if ((!parent.suppressed || pinned.has(parent)) && rest > 0 && rest < k) changed = suppress(child, pinned) || changed;
  }
  return changed ? 'CHANGED' : 'STABLE';
}
