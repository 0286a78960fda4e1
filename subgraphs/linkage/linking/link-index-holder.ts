import type { DataSource } from 'typeorm';
import type { Logger } from '../../../shared/logging/index.js';
import type { LinkageMatchingConfig } from '../config.js';
import { EncodingIndex } from './encoding-index.js';

/** Rows read per round trip when the index is loaded. */
const LOAD_PAGE = 50_000;

/**
 * The hub's one {@link EncodingIndex}: loaded from `linked_record` before first use, changed
 * only inside {@link exclusive} (one publication batch at a time in this process; the advisory
 * lock serialises processes), and reloaded when a batch's transaction fails, so it never keeps
 * a record Postgres rolled back.
 *
 * One process applies publications: a second hub replica would not see the first's changes in
 * its memory. Replicas may serve reads; publications go to one writer (docs/linkage.md).
 */
export class LinkIndexHolder {
  readonly #index: EncodingIndex;
  #ready: Promise<void> | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    matching: LinkageMatchingConfig,
    private readonly logger: Logger,
  ) {
    this.#index = new EncodingIndex(matching);
  }

  /** The index, loaded; for reads (lookups) between writes. */
  async read(): Promise<EncodingIndex> {
    await this.#load();
    return this.#index;
  }

  /** Runs `work` as the only writer of the index; on failure the index is reloaded from Postgres. */
  exclusive<T>(work: (index: EncodingIndex) => Promise<T>): Promise<T> {
    const run = this.#queue.then(async () => {
      await this.#load();
      try {
        return await work(this.#index);
      } catch (error) {
        this.#ready = undefined;
        await this.#load();
        throw error;
      }
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  #load(): Promise<void> {
    this.#ready ??= this.#loadAll().catch((error: unknown) => {
      this.#ready = undefined;
      throw error;
    });
    return this.#ready;
  }

  async #loadAll(): Promise<void> {
    const started = performance.now();
    this.#index.clear();
    const [{ count }] = (await this.dataSource.query('SELECT count(*)::int AS count FROM linked_record WHERE encoding IS NOT NULL')) as [
      { count: number },
    ];
    this.#index.reserve(count);
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = (await this.dataSource.query(
        `SELECT id, encoding, blocking_keys, identity_keys FROM linked_record
          WHERE encoding IS NOT NULL AND id > $1 ORDER BY id LIMIT $2`,
        [after, LOAD_PAGE],
      )) as Array<{ id: string; encoding: Buffer; blocking_keys: string[]; identity_keys: string[] }>;
      for (const row of rows) {
        this.#index.put(row.id, {
          encoding: new Uint8Array(row.encoding),
          blockingKeys: row.blocking_keys.map(Number),
          identityKeys: row.identity_keys.map(Number),
        });
      }
      if (rows.length < LOAD_PAGE) break;
      after = (rows[rows.length - 1] as { id: string }).id;
    }
    this.logger.info({ records: this.#index.size, ms: Math.round(performance.now() - started) }, 'linkage index loaded');
  }
}
