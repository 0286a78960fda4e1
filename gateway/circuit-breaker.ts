/** A breaker's state, as the `beacon_gateway_subgraph_breaker_state` gauge reports it (0, 1, 2). */
export type BreakerState = 'closed' | 'half-open' | 'open';
export const BREAKER_STATE_VALUES: Readonly<Record<BreakerState, number>> = { closed: 0, 'half-open': 1, open: 2 };

/** Transport failures (refused, reset, timed out, not GraphQL) that open a breaker. */
export const DEFAULT_BREAKER_FAILURE_THRESHOLD = 5;
/** …when they happen within this window. Slow, scattered failures never open it. */
export const DEFAULT_BREAKER_WINDOW_MS = 10_000;
/** How long an open breaker fails calls fast before it lets one probe through. */
export const DEFAULT_BREAKER_OPEN_MS = 5_000;

export interface CircuitBreakerOptions {
  /** Failures within {@link windowMs} that open the breaker. Default {@link DEFAULT_BREAKER_FAILURE_THRESHOLD}. */
  readonly failureThreshold: number;
  /** Default {@link DEFAULT_BREAKER_WINDOW_MS}. */
  readonly windowMs: number;
  /** Default {@link DEFAULT_BREAKER_OPEN_MS}. */
  readonly openMs: number;
}

export const DEFAULT_BREAKER_OPTIONS: CircuitBreakerOptions = Object.freeze({
  failureThreshold: DEFAULT_BREAKER_FAILURE_THRESHOLD,
  windowMs: DEFAULT_BREAKER_WINDOW_MS,
  openMs: DEFAULT_BREAKER_OPEN_MS,
});

export function checkBreakerOptions(options: CircuitBreakerOptions): void {
  for (const name of ['failureThreshold', 'windowMs', 'openMs'] as const) {
    const value = options[name];
    if (!Number.isInteger(value) || value <= 0) throw new Error(`breaker.${name} must be a positive whole number; got ${value}.`);
  }
}

/**
 * One subgraph's breaker: closed → open after `failureThreshold` failures within `windowMs` →
 * after `openMs`, half-open: exactly one call goes through as a probe while the others still fail
 * fast → closed if the probe succeeds, open again if it fails. Calls that started while closed and
 * end after it opened are counted but change nothing: only the probe decides a half-open breaker.
 */
export class CircuitBreaker {
  private current: BreakerState = 'closed';
  private failures: number[] = [];
  private openedAt = 0;
  private probing = false;

  constructor(
    private readonly options: CircuitBreakerOptions,
    private readonly onChange: (state: BreakerState) => void = () => undefined,
    private readonly now: () => number = Date.now,
  ) {}

  get state(): BreakerState {
    return this.current;
  }

  /**
   * Whether a call may go out now; `'probe'` when it is the half-open probe, whose outcome must be
   * reported with `probe: true`.
   */
  admit(): 'yes' | 'probe' | 'no' {
    if (this.current === 'open' && this.now() - this.openedAt >= this.options.openMs) this.transition('half-open');
    if (this.current === 'closed') return 'yes';
    if (this.current === 'half-open' && !this.probing) {
      this.probing = true;
      return 'probe';
    }
    return 'no';
  }

  succeeded(probe: boolean): void {
    if (probe) {
      this.probing = false;
      this.failures = [];
      this.transition('closed');
    }
  }

  failed(probe: boolean): void {
    const at = this.now();
    if (probe) {
      this.probing = false;
      this.open(at);
      return;
    }
    if (this.current !== 'closed') return;
    this.failures = this.failures.filter((time) => at - time < this.options.windowMs);
    this.failures.push(at);
    if (this.failures.length >= this.options.failureThreshold) this.open(at);
  }

  private open(at: number): void {
    this.openedAt = at;
    this.failures = [];
    this.transition('open');
  }

  private transition(state: BreakerState): void {
    if (state === this.current) return;
    this.current = state;
    this.onChange(state);
  }
}
