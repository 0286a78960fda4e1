/** Examples kept per kind of issue; the count covers them all. */
const EXAMPLES_PER_ISSUE = 5;

/** One kind of problem, how often it happened, and where the first few were. */
export interface IssueSummary {
  /** The column (or "row") and the reason, e.g. `date_of_birth: not a past calendar date…`. */
  readonly what: string;
  readonly count: number;
  /** `file:line` (and column) of the first occurrences. */
  readonly examples: readonly string[];
}

/**
 * Counts problems by kind and keeps the first examples of each, so a million bad dates are
 * reported in a few lines and the operator still knows where to look. Examples give the place
 * (file, line, column), never the value: the value is personal data.
 */
export class IssueReport {
  readonly #issues = new Map<string, { count: number; examples: string[] }>();

  add(what: string, where: string): void {
    const issue = this.#issues.get(what) ?? { count: 0, examples: [] };
    issue.count += 1;
    if (issue.examples.length < EXAMPLES_PER_ISSUE) issue.examples.push(where);
    this.#issues.set(what, issue);
  }

  get total(): number {
    let total = 0;
    for (const issue of this.#issues.values()) total += issue.count;
    return total;
  }

  /** Most frequent first. */
  summaries(): IssueSummary[] {
    return [...this.#issues.entries()]
      .map(([what, { count, examples }]) => ({ what, count, examples }))
      .sort((a, b) => b.count - a.count || a.what.localeCompare(b.what));
  }
}
