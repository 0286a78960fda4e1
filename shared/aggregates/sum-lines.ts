/** An equation a reader of a table can write down between its cells, by index. */
export interface SumLine {
  readonly parent: number;
  readonly children: readonly number[];
  /** True when parent = Σ children; false when a record can count in several children. */
  readonly additive: boolean;
}

/**
 * Sum lines packed into flat integer arrays: line i is `parents[i]` over
 * `children[starts[i]] … children[starts[i + 1] - 1]`. A corridor table has thousands of lines
 * and tens of thousands of terms, and protection walks every one on every pass: an object and an
 * array per line made building and walking them cost more than the rules themselves.
 */
export interface SumLines {
  readonly count: number;
  readonly parents: Int32Array;
  /** 1 when additive, 0 when a record can count in several children. */
  readonly additive: Uint8Array;
  readonly starts: Int32Array;
  readonly children: Int32Array;
}

/** Collects lines in order — the order protection visits them, which decides its choices. */
export class SumLinesBuilder {
  private readonly parents: number[] = [];
  private readonly additive: number[] = [];
  /** Where each line's children begin; the last line's end is added by build(). */
  private readonly starts: number[] = [];
  private readonly children: number[] = [];

  /** Starts a line; its children follow with {@link child}. */
  line(parent: number, additive: boolean): this {
    this.parents.push(parent);
    this.additive.push(additive ? 1 : 0);
    this.starts.push(this.children.length);
    return this;
  }

  child(index: number): this {
    this.children.push(index);
    return this;
  }

  build(): SumLines {
    return {
      count: this.parents.length,
      parents: Int32Array.from(this.parents),
      additive: Uint8Array.from(this.additive),
      starts: Int32Array.from([...this.starts, this.children.length]),
      children: Int32Array.from(this.children),
    };
  }
}

export function packLines(lines: readonly SumLine[]): SumLines {
  const builder = new SumLinesBuilder();
  for (const line of lines) {
    builder.line(line.parent, line.additive);
    for (const child of line.children) builder.child(child);
  }
  return builder.build();
}
