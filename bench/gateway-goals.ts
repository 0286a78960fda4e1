import type { TargetFigures } from './support/report-table.js';

/** The goals (issue 6, item 10), each a ratio of requests per second within one run. */
export interface Goal {
  readonly name: string;
  readonly numerator: string;
  readonly denominator: string;
  /** The ratio must reach this. */
  readonly atLeast: number | undefined;
}

export interface GoalRow extends Goal {
  readonly perSecond: number;
  /** The same comparison on the gateway's own CPU time per request (denominator's / numerator's), when both were measured. */
  readonly cpu: number | undefined;
}

/** Compares two rows by requests per second and, where both carry one, by the gateway's CPU time per request. */
export function compare(goal: Goal, rows: ReadonlyMap<string, TargetFigures>): GoalRow | undefined {
  const numerator = rows.get(goal.numerator);
  const denominator = rows.get(goal.denominator);
  if (numerator === undefined || denominator === undefined) return undefined;
  const ownCpu = (row: TargetFigures) => row.cpuMsPerRequest?.gateway;
  const [numeratorCpu, denominatorCpu] = [ownCpu(numerator), ownCpu(denominator)];
  return {
    ...goal,
    perSecond: numerator.perSecond / denominator.perSecond,
    cpu: numeratorCpu === undefined || denominatorCpu === undefined ? undefined : denominatorCpu / numeratorCpu,
  };
}

export function formatGoals(rows: readonly GoalRow[]): string {
  const ratio = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '—' : `${value.toFixed(2)}×`);
  const lines = rows.map((row) => {
    const verdict = row.atLeast === undefined ? '' : `  goal ≥ ${row.atLeast.toFixed(2)}×: ${row.perSecond >= row.atLeast ? 'met' : 'NOT met'}`;
    return `  ${row.name.padEnd(58)} req/s ${ratio(row.perSecond).padStart(6)}   gateway CPU/req ${ratio(row.cpu).padStart(6)}${verdict}`;
  });
  return ['ratios (req/s: numerator ÷ denominator; gateway CPU/req: denominator ÷ numerator, higher = cheaper):', ...lines].join('\n');
}
