/**
 * The fenced code blocks of a guide, so that a test can run what the guide tells its reader to
 * run (`test/guides.e2e.ts`; the hosting guide's test can use it too).
 */
export interface FencedBlock {
  /** Line of the opening fence (1-based), to name the block in a failure. */
  readonly line: number;
  /** The fence's language, e.g. `sh`, `graphql`, `text`. */
  readonly language: string;
  /** Words after the language: `sh serve`, `sh scratch` tell the test how to run the block. */
  readonly flags: readonly string[];
  readonly body: string;
}

/** Every fenced block, in order. Fences are three backticks at the start of a line. */
export function fencedBlocks(markdown: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  const fence = /^```([^\n`]*)\n([\s\S]*?)^```$/gm;
  for (let match = fence.exec(markdown); match; match = fence.exec(markdown)) {
    const [language = '', ...flags] = match[1]!.trim().split(/\s+/);
    blocks.push({ line: markdown.slice(0, match.index).split('\n').length, language, flags, body: match[2]! });
  }
  return blocks;
}

/** A shell block and the output the guide shows for it (the `text` block that follows it, if any). */
export interface ShellStep {
  readonly block: FencedBlock;
  readonly expected?: FencedBlock;
}

/** The guide's `sh` blocks, each with the `text` block the guide prints after it as its output. */
export function shellSteps(markdown: string): ShellStep[] {
  const steps: { block: FencedBlock; expected?: FencedBlock }[] = [];
  for (const block of fencedBlocks(markdown)) {
    if (block.language === 'sh') steps.push({ block });
    else if (block.language === 'text' && steps.length > 0 && steps.at(-1)!.expected === undefined) steps.at(-1)!.expected = block;
  }
  return steps;
}

/**
 * The lines of an expected output that the actual output must contain, in order. `…` stands for
 * lines the guide leaves out; whitespace runs compare equal.
 */
export function missingOutputLines(expected: string, actual: string): string[] {
  const squash = (line: string) => line.trim().replace(/\s+/g, ' ');
  const actualLines = actual.split('\n').map(squash);
  const missing: string[] = [];
  let from = 0;
  for (const line of expected.split('\n').map(squash)) {
    if (line === '' || line === '…') continue;
    const at = actualLines.findIndex((candidate, index) => index >= from && candidate.includes(line));
    if (at === -1) missing.push(line);
    else from = at + 1;
  }
  return missing;
}
