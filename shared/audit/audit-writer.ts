import type { AuditEventInput } from './audit-event.js';

/** Where a request's audit events go; resolves once they are committed. */
export interface AuditSink {
  append(events: readonly AuditEventInput[]): Promise<void>;
}

/** The most events one INSERT carries; what is beyond waits for the next one. */
export const MAX_EVENTS_PER_INSERT = 5_000;

interface Pending {
  readonly events: readonly AuditEventInput[];
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit for the audit chain. Every INSERT extends the chain under a lock that is held
 * until its commit (and so its fsync), so one INSERT per request makes concurrent requests queue
 * behind each other's commits: measured on the dev VM, that capped a database at 150–270 appends
 * a second, fewer the more requests were waiting. This writer sends one INSERT at a time; while
 * it is in flight, it gathers what other requests hand it, and the next INSERT carries all of
 * them. Each request's events still travel together and in order in one statement, and each
 * request still waits for the commit that holds them before its answer leaves. When an INSERT
 * fails, every request in it is told so (and withholds its answer).
 */
export class AuditWriter implements AuditSink {
  private readonly queue: Pending[] = [];
  private inFlight = false;

  constructor(
    private readonly log: AuditSink,
    private readonly maxEventsPerInsert = MAX_EVENTS_PER_INSERT,
  ) {
    if (!Number.isInteger(maxEventsPerInsert) || maxEventsPerInsert < 1) {
      throw new RangeError(`maxEventsPerInsert must be a positive integer, got ${maxEventsPerInsert}.`);
    }
  }

  append(events: readonly AuditEventInput[]): Promise<void> {
    if (events.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.queue.push({ events, resolve, reject });
      this.sendNext();
    });
  }

  private sendNext(): void {
    if (this.inFlight || this.queue.length === 0) return;
    const batch: Pending[] = [];
    let size = 0;
    // A request's events are never split; one larger than the limit goes alone.
    while (this.queue.length > 0 && (batch.length === 0 || size + (this.queue[0]?.events.length ?? 0) <= this.maxEventsPerInsert)) {
      const next = this.queue.shift() as Pending;
      batch.push(next);
      size += next.events.length;
    }
    this.inFlight = true;
    this.log
      .append(batch.flatMap((pending) => pending.events))
      .then(
        () => batch.forEach((pending) => pending.resolve()),
        (error: unknown) => batch.forEach((pending) => pending.reject(error)),
      )
      .finally(() => {
        this.inFlight = false;
        this.sendNext();
      });
  }
}
