/**
 * The latest answers of a pure function of a string, bounded: when `capacity` keys are held the
 * older half is dropped whole. An import reads each record's identifiers twice, a batch or two
 * apart (validation, then the publication's material), and the second read then finds the
 * first's answer; memory stays bounded however long the file, with no bookkeeping per hit.
 */
export class RecentValues<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  /** The value kept for `key`, or `compute(key)` (then kept). */
  get(key: string, compute: (key: string) => V): V {
    // One lookup per hit; `has` only settles a value that is itself undefined.
    const hit = this.current.get(key);
    if (hit !== undefined || this.current.has(key)) return hit as V;
    const kept = this.previous.get(key);
    const value = kept !== undefined || this.previous.has(key) ? (kept as V) : compute(key);
    this.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    if (this.current.size >= this.capacity / 2) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }
}
