import type { LoadResult } from './load-plan.js';

export interface TargetFigures {
  readonly target: string;
  readonly requests: number;
  readonly errors: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

export function figuresOf(target: string, result: LoadResult): TargetFigures {
  const sorted = Float64Array.from(result.latenciesMs).sort();
  return {
    target,
    requests: result.requests,
    errors: result.errors,
    perSecond: result.elapsedMs > 0 ? (result.requests * 1000) / result.elapsedMs : 0,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
  };
}

/** Nearest-rank percentile of an ascending array; NaN when there is nothing to rank. */
function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export function formatTable(rows: readonly TargetFigures[]): string {
  const header = ['target', 'requests', 'errors', 'req/s', 'p50 ms', 'p99 ms'];
  const cells = rows.map((row) => [
    row.target,
    String(row.requests),
    String(row.errors),
    row.perSecond.toFixed(0),
    row.p50Ms.toFixed(2),
    row.p99Ms.toFixed(2),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => (line[column] ?? '').length)));
  const render = (line: readonly string[]) =>
    line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return [render(header), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.map(render)].join('\n');
}

/** How the gateway compares with calling the subgraph directly: throughput kept, latency multiplied. */
export function formatRatio(direct: TargetFigures, gateway: TargetFigures): string {
  const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a');
  return (
    `gateway / direct (same single-subgraph query): ` +
    `req/s ${ratio(gateway.perSecond / direct.perSecond)}, ` +
    `p50 ${ratio(gateway.p50Ms / direct.p50Ms)}, p99 ${ratio(gateway.p99Ms / direct.p99Ms)}`
  );
}
