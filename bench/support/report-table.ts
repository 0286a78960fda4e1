import type { LoadResult } from './load-plan.js';

export interface TargetFigures {
  readonly target: string;
  readonly requests: number;
  readonly errors: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /**
   * CPU time per measured request of each server process, by column title (`gateway`,
   * `subgraphs`): a figure other load on the machine moves far less than requests per second.
   */
  readonly cpuMsPerRequest?: Readonly<Record<string, number>>;
}

export function figuresOf(target: string, result: LoadResult, cpuMsPerRequest?: Readonly<Record<string, number>>): TargetFigures {
  const sorted = Float64Array.from(result.latenciesMs).sort();
  return {
    target,
    requests: result.requests,
    errors: result.errors,
    perSecond: result.elapsedMs > 0 ? (result.requests * 1000) / result.elapsedMs : 0,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    ...(cpuMsPerRequest === undefined ? {} : { cpuMsPerRequest }),
  };
}

/** Nearest-rank percentile of an ascending array; NaN when there is nothing to rank. */
function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export function formatTable(rows: readonly TargetFigures[]): string {
  // Columns in the order of the row that has the most (a gateway row: gateway first), so a row
  // without a gateway (the subgraph called directly) does not push that column to the end.
  const byColumnCount = [...rows].sort((a, b) => Object.keys(b.cpuMsPerRequest ?? {}).length - Object.keys(a.cpuMsPerRequest ?? {}).length);
  const cpuColumns = [...new Set(byColumnCount.flatMap((row) => Object.keys(row.cpuMsPerRequest ?? {})))];
  const header = ['target', 'requests', 'errors', 'req/s', 'p50 ms', 'p99 ms', ...cpuColumns.map((name) => `${name} CPU ms/req`)];
  const cells = rows.map((row) => [
    row.target,
    String(row.requests),
    String(row.errors),
    row.perSecond.toFixed(0),
    row.p50Ms.toFixed(2),
    row.p99Ms.toFixed(2),
    ...cpuColumns.map((name) => {
      const value = row.cpuMsPerRequest?.[name];
      return value === undefined ? '—' : value.toFixed(3);
    }),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => (line[column] ?? '').length)));
  const render = (line: readonly string[]) =>
    line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return [render(header), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.map(render)].join('\n');
}
