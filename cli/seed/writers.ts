import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Text is handed to the file system in pieces of about this size: few syscalls, little memory. */
const FLUSH_CHARS = 1 << 20;

/**
 * One output file written as rows arrive, buffered, with the stream's backpressure respected
 * (`drain`), so a million rows never sit in memory together.
 */
abstract class RowFile {
  private readonly stream: WriteStream;
  private buffer: string[] = [];
  private buffered = 0;
  rows = 0;

  protected constructor(readonly path: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
  }

  protected push(line: string): void {
    this.buffer.push(line);
    this.buffered += line.length;
    this.rows++;
  }

  /** Hands the buffer to the stream when it is large enough; waits while the stream is full. */
  async drain(force = false): Promise<void> {
    if (this.buffered === 0 || (!force && this.buffered < FLUSH_CHARS)) return;
    const text = this.buffer.join('');
    this.buffer = [];
    this.buffered = 0;
    if (!this.stream.write(text)) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }

  async close(): Promise<void> {
    await this.drain(true);
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(resolve);
    });
  }
}

/** A CSV file (RFC 4180: quoted where a value holds a comma, quote or line break) with a fixed header. */
export class CsvFile<C extends string> extends RowFile {
  private constructor(path: string, private readonly columns: readonly C[]) {
    super(path);
    this.push(`${columns.join(',')}\n`);
    this.rows = 0;
  }

  static async open<C extends string>(path: string, columns: readonly C[]): Promise<CsvFile<C>> {
    await mkdir(dirname(path), { recursive: true });
    return new CsvFile(path, columns);
  }

  write(row: Readonly<Partial<Record<C, string | number | undefined>>>): void {
    let line = '';
    for (let i = 0; i < this.columns.length; i++) {
      const value = row[this.columns[i] as C];
      if (i > 0) line += ',';
      if (value !== undefined) line += csvField(String(value));
    }
    this.push(`${line}\n`);
  }
}

/** An NDJSON file: one JSON object a line, keys in the order given. */
export class NdjsonFile extends RowFile {
  private constructor(path: string) {
    super(path);
  }

  static async open(path: string): Promise<NdjsonFile> {
    await mkdir(dirname(path), { recursive: true });
    return new NdjsonFile(path);
  }

  write(row: Readonly<Record<string, unknown>>): void {
    this.push(`${JSON.stringify(row)}\n`);
  }
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
