import { StringDecoder } from 'node:string_decoder';
import { DEFAULT_MAX_RECORD_CHARS } from './csv-records.js';
import { ImportFileError } from './import-file-error.js';

/** One NDJSON line: its object as strings, or why it is not one. */
export interface JsonRecord {
  readonly values?: Record<string, string>;
  /** The line number (1-based, empty lines counted). */
  readonly line: number;
  readonly problem?: string;
  readonly endsFile?: boolean;
}

/**
 * Reads NDJSON objects from byte chunks, one array per chunk. Values become the strings a CSV
 * cell would hold: strings as they are, numbers and booleans as their JSON text, null as empty,
 * arrays and objects as their JSON text (a target reading a list column accepts a JSON array).
 * Empty lines are skipped; a line that is not a JSON object is a problem of that line, and a
 * last line without a line break that does not parse is named as a cut-off file.
 */
export async function* readNdjsonRecords(
  chunks: AsyncIterable<Buffer | string>,
  maxRecordChars = DEFAULT_MAX_RECORD_CHARS,
): AsyncGenerator<JsonRecord[]> {
  const decoder = new StringDecoder('utf8');
  let text = '';
  let line = 1;
  let started = false;

  const drain = (eof: boolean): JsonRecord[] => {
    const records: JsonRecord[] = [];
    let pos = 0;
    for (;;) {
      const newline = text.indexOf('\n', pos);
      if (newline === -1 && !(eof && pos < text.length)) break;
      const end = newline === -1 ? text.length : newline;
      const raw = text.slice(pos, end).trim();
      if (raw !== '') records.push(parseLine(raw, line, newline === -1));
      line += 1;
      pos = newline === -1 ? text.length : newline + 1;
    }
    text = text.slice(pos);
    if (text.length > maxRecordChars) {
      throw new ImportFileError('RECORD_TOO_LONG', `Line ${line} is longer than ${maxRecordChars} characters; is this an NDJSON file?`);
    }
    return records;
  };

  for await (const chunk of chunks) {
    let piece = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (!started && piece.length > 0) {
      if (piece.charCodeAt(0) === 0xfeff) piece = piece.slice(1);
      started = true;
    }
    text += piece;
    const records = drain(false);
    if (records.length > 0) yield records;
  }
  text += decoder.end();
  const records = drain(true);
  if (records.length > 0) yield records;
}

function parseLine(raw: string, line: number, endsFile: boolean): JsonRecord {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    const reason = (error as Error).message;
    const problem = endsFile
      ? `the last line is not complete JSON (${reason}): the file looks truncated`
      : `not valid JSON (${reason})`;
    return { line, problem, endsFile };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { line, problem: 'not a JSON object', endsFile };
  }
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed)) values[key] = cellOf(value);
  return { line, values, endsFile };
}

function cellOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
