import type { Logger } from '../../../shared/logging/index.js';
import type { ConsentService } from './consent.service.js';

/** How often lapsed consents are looked for. A consent ends at most this long after its `validUntil` at the hub. */
export const CONSENT_SWEEP_INTERVAL_MS = 60_000;

/**
 * Consents end by themselves when their `validUntil` passes; nothing writes at that moment, so
 * this sweep tells the hub. Field access and this subgraph's own reference resolution read the
 * consents directly and need no sweep: only the hub's discoverability lags, by one interval.
 */
export class ConsentExpirySweep {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly consents: ConsentService,
    private readonly logger: Logger,
    private readonly intervalMs: number = CONSENT_SWEEP_INTERVAL_MS,
  ) {}

  /** One sweep; concurrent calls share it. Resolves to the number of survivors re-published. */
  run(): Promise<number> {
    this.running ??= this.consents.republishExpired().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Sweeps now, then every interval until `stop`; the timer never keeps the process alive. */
  async start(): Promise<void> {
    await this.run();
    this.timer = setInterval(() => {
      this.run().catch((error: unknown) => this.logger.warn({ err: error }, 'consent expiry sweep failed; retried next interval'));
    }, this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }
}
