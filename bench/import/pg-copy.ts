import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type pg from 'pg';

/**
 * COPY … FROM STDIN and COPY … TO STDOUT over node-postgres's own protocol hooks, which is what
 * `pg-copy-streams` wraps; the benchmark needs one call of each, not the dependency.
 */
interface PgConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  stream: Writable;
}

abstract class CopySubmittable {
  readonly done: Promise<number>;
  protected resolve!: (rows: number) => void;
  protected reject!: (error: Error) => void;
  protected failed = false;
  private rows = 0;

  constructor(private readonly text: string) {
    this.done = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  submit(connection: PgConnection): void {
    connection.query(this.text);
  }

  handleCommandComplete(message: { text: string }): void {
    this.rows = Number(/\d+$/.exec(message.text)?.[0] ?? 0);
  }

  handleReadyForQuery(): void {
    if (!this.failed) this.resolve(this.rows);
  }

  handleError(error: Error): void {
    this.failed = true;
    this.reject(error);
  }

  handleCopyInResponse(connection: PgConnection): void {
    connection.sendCopyFail('not a COPY FROM');
  }

  handleCopyData(_message: { chunk: Buffer }): void {}
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
}

class CopyFrom extends CopySubmittable {
  constructor(
    text: string,
    private readonly source: AsyncIterable<Buffer>,
  ) {
    super(text);
  }

  override handleCopyInResponse(connection: PgConnection): void {
    void (async () => {
      try {
        for await (const chunk of this.source) {
          if (this.failed) return;
          connection.sendCopyFromChunk(chunk);
          if (connection.stream.writableNeedDrain) await once(connection.stream, 'drain');
        }
        connection.endCopyFrom();
      } catch (error) {
        connection.sendCopyFail(error instanceof Error ? error.message : String(error));
      }
    })();
  }
}

class CopyTo extends CopySubmittable {
  constructor(
    text: string,
    private readonly sink: (chunk: Buffer) => void,
  ) {
    super(text);
  }

  override handleCopyData(message: { chunk: Buffer }): void {
    this.sink(message.chunk);
  }
}

/** Runs `COPY … FROM STDIN` with the chunks of `source`; resolves to the rows copied. */
export function copyFrom(client: pg.Client, sql: string, source: AsyncIterable<Buffer>): Promise<number> {
  const copy = new CopyFrom(sql, source);
  void client.query(copy as unknown as pg.QueryConfig);
  return copy.done;
}

/** Runs `COPY … TO STDOUT`, handing each chunk to `sink`; resolves to the rows copied. */
export function copyTo(client: pg.Client, sql: string, sink: (chunk: Buffer) => void): Promise<number> {
  const copy = new CopyTo(sql, sink);
  void client.query(copy as unknown as pg.QueryConfig);
  return copy.done;
}
