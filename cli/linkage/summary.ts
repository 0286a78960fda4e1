import type { IssueReport } from './issue-report.js';
import type { LinkFilesResult } from './link-files.js';

const count = (value: number) => value.toLocaleString('en');
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function issueLines(report: IssueReport, indent: string): string[] {
  return report.summaries().flatMap(({ what, count: times, examples }) => [
    `${indent}${count(times)} × ${what}`,
    `${indent}  first at ${examples.join(', ')}${times > examples.length ? ', …' : ''}`,
  ]);
}

/** The summary `beacon link` prints when it is done: what was read, refused, compared and found. */
export function formatSummary(result: LinkFilesResult, out: string, totalMs: number): string {
  const { stats } = result;
  const lines = [
    `records read: ${count(result.records)} from ${result.inputs.length} input${result.inputs.length === 1 ? '' : 's'}` +
      ` (${result.inputs.map((input) => `${input.file}: ${count(input.records)}`).join(', ')})`,
    `rows rejected (not linked, not written): ${count(result.rejectedRows.total)}`,
    ...issueLines(result.rejectedRows, '  '),
    `identifiers that did not normalise (records kept, linked on their other identifiers): ${count(result.fieldIssues.total)}`,
    ...issueLines(result.fieldIssues, '  '),
  ];
  if (result.recordsWithoutIdentifiers > 0) {
    lines.push(`records with no identifier to link on (each its own cluster): ${count(result.recordsWithoutIdentifiers)}`);
  }
  lines.push(
    `blocks: ${count(stats.blocks)}` + (stats.oversizedBlocks > 0 ? ` (${count(stats.oversizedBlocks)} too large to compare, skipped)` : ''),
    `comparisons: ${count(stats.comparisons)} (${count(stats.pairsAboveThreshold)} at or above the threshold, ${count(stats.links)} linked)`,
    `clusters: ${count(stats.clusters)} (${count(result.multiRecordClusters)} with more than one record; largest ${count(result.largestCluster)})`,
    `time: ${seconds(totalMs)} (read and encode ${seconds(result.timings.readMs)}, link ${seconds(result.timings.linkMs)}, write ${seconds(result.timings.writeMs)})`,
    `wrote ${out}`,
  );
  return `${lines.join('\n')}\n`;
}
