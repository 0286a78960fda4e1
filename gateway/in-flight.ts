import type { ServerResponse } from 'node:http';

/**
 * Counts requests being answered, so a shutdown can wait for them: it resolves once the last one
 * has been sent (or its client went away), or when the drain timeout says to stop waiting.
 */
export class InFlightRequests {
  private count = 0;
  private waiters: Array<() => void> = [];

  constructor(private readonly onChange: (delta: 1 | -1) => void = () => undefined) {}

  get size(): number {
    return this.count;
  }

  track(response: ServerResponse): void {
    this.count += 1;
    this.onChange(1);
    // `close` fires once per response, whether it was sent in full or the socket died first.
    response.once('close', () => {
      this.count -= 1;
      this.onChange(-1);
      if (this.count === 0) for (const wake of this.waiters.splice(0)) wake();
    });
  }

  /** Resolves `true` when no request is in flight, `false` if `timeoutMs` passed first. */
  idle(timeoutMs: number): Promise<boolean> {
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
