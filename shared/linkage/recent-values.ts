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
    if (this.current.has(key)) return this.current.get(key) as V;
    const value = this.previous.has(key) ? (this.previous.get(key) as V) : compute(key);
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
