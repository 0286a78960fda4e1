import type { DataSource, EntityManager } from 'typeorm';
import type { LinkagePublisher } from './linkage-publisher.js';

/** Records re-derived and enqueued in one transaction: bounded memory, short row locks. */
export const DEFAULT_REPUBLISH_BATCH = 500;
/** A batch that lost a deadlock to a concurrent write is tried again this many times in all. */
const BATCH_ATTEMPTS = 3;
/** Postgres aborts one side of a deadlock or serialization conflict; the batch can simply run again. */
const RETRYABLE_SQLSTATES: ReadonlySet<string> = new Set(['40P01', '40001']);

/** One sector's records that publish to the hub, as `beacon republish` walks them. */
export interface RepublicationSource {
  /** What the records are called in messages: `person records`. */
  readonly records: string;
  /** How many records publish now. */
  count(manager: EntityManager): Promise<number>;
  /**
   * Locks the next page of at most `limit` records with ids after `after` (from the first when
   * null), in id order, and enqueues each one's publication derived now, with the sector's one
   * derivation and the current secret, on `manager`'s transaction. The lock makes a concurrent
   * change or erasure of a record wait, so its own publication, enqueued after ours, is the one
   * the hub keeps (and an erasure's clean-up of the outbox sees ours).
   */
  republishAfter(manager: EntityManager, after: string | null, limit: number): Promise<RepublishedPage>;
}

export interface RepublishedPage {
  /** Records enqueued: fewer than the page when some were erased meanwhile. */
  readonly republished: number;
  /** The page's last id, where the next page starts; null when there was none (the walk is over). */
  readonly last: string | null;
}

export interface RepublicationProgress {
  readonly republished: number;
  readonly elapsedMs: number;
}

export interface RepublicationRun {
  readonly batchSize?: number;
  readonly onProgress?: (progress: RepublicationProgress) => void;
}

export interface RepublicationSummary {
  readonly records: string;
  readonly republished: number;
  readonly batches: number;
  readonly elapsedMs: number;
}

/**
 * Publishes every record of a sector to the hub again, as after a new linkage secret or a new
 * derivation: keyset-paginated by id, one transaction per batch whose publications go to the
 * outbox in one INSERT (`enqueueGathered`). The outbox delivers them as usual, and the hub
 * replaces each record's material, so a second run only sends the same again.
 */
export class LinkageRepublication {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: LinkagePublisher,
    private readonly source: RepublicationSource,
  ) {}

  get records(): string {
    return this.source.records;
  }

  count(): Promise<number> {
    return this.source.count(this.dataSource.manager);
  }

  async run({ batchSize = DEFAULT_REPUBLISH_BATCH, onProgress }: RepublicationRun = {}): Promise<RepublicationSummary> {
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer; got ${batchSize}`);
    const started = Date.now();
    let after: string | null = null;
    let republished = 0;
    let batches = 0;
    // Until an empty page, not a short one: a locked read skips rows erased while it waited.
    for (;;) {
      const page = await this.batch(after, batchSize);
      if (page.last === null) break;
      republished += page.republished;
      batches += 1;
      after = page.last;
      onProgress?.({ republished, elapsedMs: Date.now() - started });
    }
    return { records: this.source.records, republished, batches, elapsedMs: Date.now() - started };
  }

  private async batch(after: string | null, limit: number): Promise<RepublishedPage> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.dataSource.transaction((manager) =>
          this.publisher.enqueueGathered(manager, () => this.source.republishAfter(manager, after, limit)),
        );
      } catch (error) {
        if (attempt >= BATCH_ATTEMPTS || !RETRYABLE_SQLSTATES.has(sqlStateOf(error))) throw error;
      }
    }
  }
}

/** TypeORM's QueryFailedError keeps the driver's error beside its own copy of the fields. */
function sqlStateOf(error: unknown): string {
  const { code, driverError } = (error ?? {}) as { code?: unknown; driverError?: { code?: unknown } };
  const state = code ?? driverError?.code;
  return typeof state === 'string' ? state : '';
}
