import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { PUBLISH_RECORDS_MUTATION, type RecordPublication } from './publication.js';

/** Publications sent to the hub in one request. */
export const DEFAULT_PUBLISH_BATCH = 200;
/** How often pending publications are retried when the hub was unreachable. */
export const DEFAULT_RETRY_INTERVAL_MS = 5_000;
const PUBLISH_TIMEOUT_MS = 10_000;

export interface LinkagePublisherOptions {
  readonly dataSource: DataSource;
  /** The linkage subgraph's GraphQL endpoint. */
  readonly linkageUrl: string;
  /** A fresh service token (role `linkage-publisher`) for each request to the hub. */
  readonly credential: () => string;
  readonly logger: Logger;
  readonly batchSize?: number;
  readonly retryIntervalMs?: number;
}

/**
 * The transactional outbox between a sector and the hub. `enqueue` joins the caller's transaction;
 * `flush` delivers in order and marks delivered rows, so a publication is sent at least once and
 * linkage applies it idempotently (by record id).
 */
export class LinkagePublisher {
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<number> | undefined;
  private readonly batchSize: number;
  /** Managers (transactions) inside `enqueueGathered`, and what they enqueued so far. */
  private readonly gathering = new WeakMap<EntityManager, RecordPublication[]>();

  constructor(private readonly options: LinkagePublisherOptions) {
    this.batchSize = options.batchSize ?? DEFAULT_PUBLISH_BATCH;
  }

  async enqueue(manager: EntityManager, publication: RecordPublication): Promise<void> {
    const gathered = this.gathering.get(manager);
    if (gathered) {
      gathered.push(publication);
      return;
    }
    await manager.query('INSERT INTO linkage_outbox (record_id, publication) VALUES ($1, $2)', [
      publication.recordId,
      JSON.stringify(publication),
    ]);
  }

  /**
   * Runs `work` with the publications it enqueues on `manager` gathered, then writes them in one
   * INSERT in the same transaction, in the order enqueued. Bulk writes (imports) derive each
   * record's publication with the same per-record code as single writes, for one round trip a
   * batch instead of one a record.
   */
  async enqueueGathered<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
    if (this.gathering.has(manager)) return work();
    const gathered: RecordPublication[] = [];
    this.gathering.set(manager, gathered);
    let result: T;
    try {
      result = await work();
    } finally {
      this.gathering.delete(manager);
    }
    if (gathered.length > 0) {
      // One JSON document rather than a text[] of them: no array-literal escaping in node-postgres
      // and one parse in Postgres, which measured twice as fast. Ordered, so the bigserial ids
      // (the delivery order) follow the order enqueued.
      await manager.query(
        `INSERT INTO linkage_outbox (record_id, publication)
         SELECT e.publication ->> 'recordId', e.publication FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(publication, n) ORDER BY e.n`,
        [JSON.stringify(gathered)],
      );
    }
    return result;
  }

  /** Delivers everything pending; resolves to the number delivered. Concurrent calls share one run. */
  flush(): Promise<number> {
    this.flushing ??= this.flushAll().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  /** Retries pending publications in the background until `stop`. */
  start(): void {
    const interval = this.options.retryIntervalMs ?? DEFAULT_RETRY_INTERVAL_MS;
    this.timer = setInterval(() => {
      this.flush().catch((error: unknown) => this.options.logger.warn({ err: error }, 'linkage publication deferred'));
    }, interval);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.flushing?.catch(() => undefined);
  }

  private async flushAll(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const sent = await this.flushBatch();
      delivered += sent;
      if (sent < this.batchSize) return delivered;
    }
  }

  private flushBatch(): Promise<number> {
    return this.options.dataSource.transaction(async (manager) => {
      // SKIP LOCKED lets several replicas of a subgraph drain one outbox without double work.
      const rows: Array<{ id: string; publication: RecordPublication }> = await manager.query(
        `SELECT id, publication FROM linkage_outbox WHERE published_at IS NULL
         ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      );
      if (rows.length === 0) return 0;
      await this.send(rows.map((row) => row.publication));
      await manager.query('UPDATE linkage_outbox SET published_at = now() WHERE id = ANY($1::bigint[])', [
        rows.map((row) => row.id),
      ]);
      return rows.length;
    });
  }

  private async send(publications: RecordPublication[]): Promise<void> {
    const response = await fetch(this.options.linkageUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${this.options.credential()}`,
        'x-beacon-purpose': 'linkage',
      },
      body: JSON.stringify({ query: PUBLISH_RECORDS_MUTATION, variables: { publications } }),
      signal: AbortSignal.timeout(PUBLISH_TIMEOUT_MS),
    });
    const body = (await response.json().catch(() => ({}))) as { errors?: Array<{ message: string }> };
    if (!response.ok || body.errors?.length) {
      const reason = body.errors?.map((error) => error.message).join('; ') ?? `HTTP ${response.status}`;
      throw new Error(`The linkage hub refused the publications: ${reason}`);
    }
  }
}
