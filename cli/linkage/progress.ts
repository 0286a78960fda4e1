/** Least time between two rewrites of the progress line. */
const UPDATE_EVERY_MS = 200;

/**
 * Progress on stderr: one line rewritten in place on a terminal, and on anything else (a log
 * file, CI) one plain line when each phase ends, so logs are not flooded with counters.
 */
export class Progress {
  readonly #tty: boolean;
  readonly #stream: NodeJS.WriteStream;
  readonly #enabled: boolean;
  #open = false;
  #lastUpdate = 0;

  constructor(stream: NodeJS.WriteStream = process.stderr, enabled = true) {
    this.#stream = stream;
    this.#tty = stream.isTTY === true;
    this.#enabled = enabled;
  }

  /** Reports `count` of a running phase; on a terminal only, at most five times a second. */
  update(label: string, count: number, total?: number): void {
    if (!this.#enabled || !this.#tty) return;
    const now = performance.now();
    if (now - this.#lastUpdate < UPDATE_EVERY_MS) return;
    this.#lastUpdate = now;
    const share = total ? ` (${Math.floor((count / total) * 100)}%)` : '';
    this.#stream.write(`\r\u001b[2K${label}: ${count.toLocaleString('en')}${share}`);
    this.#open = true;
  }

  /** Ends a phase with a plain line everywhere. */
  done(line: string): void {
    if (!this.#enabled) return;
    this.#stream.write(`${this.#open ? '\r\u001b[2K' : ''}${line}\n`);
    this.#open = false;
  }
}
