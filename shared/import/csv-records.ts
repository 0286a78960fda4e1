import { StringDecoder } from 'node:string_decoder';
import { ImportFileError } from './import-file-error.js';

/** One physical record of a source file, before it is matched to the header. */
export interface SourceRecord {
  readonly fields: string[];
  /** The line on which the record starts (the header is line 1). */
  readonly line: number;
  /** Set when the record is malformed; its fields are what could be read. */
  readonly problem?: string;
  /** The record ends the file without a line break: a short last record may be a cut-off file. */
  readonly endsFile?: boolean;
}

/**
 * A record longer than this is not data but a quote that never closes: the reader would
 * otherwise hold the rest of the file in memory looking for it.
 */
export const DEFAULT_MAX_RECORD_CHARS = 1 << 20;

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;
const SPACE = 32;
const TAB = 9;

type Parsed = { fields: string[]; end: number; newlines: number; problem?: string; endsFile?: boolean; blank: boolean };

/**
 * Reads CSV records from byte chunks as they arrive, one array per chunk (a yield per record
 * would cost more than parsing it). RFC 4180 plus what real exports do: quoted fields with
 * doubled quotes and line breaks inside, LF, CRLF or CR line ends, a UTF-8 byte-order mark,
 * blanks around fields dropped (FEBRL writes `, ` between fields; quote a value whose edges
 * matter), a quote inside an unquoted field kept as text, and empty lines skipped. A quote
 * still open at the end of input yields what was read with a `problem`.
 */
export async function* readCsvRecords(
  chunks: AsyncIterable<Buffer | string>,
  maxRecordChars = DEFAULT_MAX_RECORD_CHARS,
): AsyncGenerator<SourceRecord[]> {
  const decoder = new StringDecoder('utf8');
  let text = '';
  let line = 1;
  let started = false;

  const drain = (eof: boolean): SourceRecord[] => {
    const records: SourceRecord[] = [];
    let pos = 0;
    while (pos < text.length) {
      const parsed = parseRecord(text, pos, eof, line);
      if (!parsed) break;
      if (!parsed.blank) {
        records.push({ fields: parsed.fields, line, problem: parsed.problem, endsFile: parsed.endsFile });
      }
      line += parsed.newlines;
      pos = parsed.end;
    }
    text = text.slice(pos);
    if (text.length > maxRecordChars) {
      throw new ImportFileError(
        'RECORD_TOO_LONG',
        `The record starting on line ${line} is longer than ${maxRecordChars} characters without ending; is a quote left open there?`,
      );
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
  if (!started && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const records = drain(true);
  if (records.length > 0) yield records;
}

/**
 * Parses the record starting at `start`, or returns undefined when its end is not in `s` yet
 * (never at end of input). Slices rather than appending character by character: a 1 GB file
 * goes through here.
 */
function parseRecord(s: string, start: number, eof: boolean, firstLine: number): Parsed | undefined {
  const n = s.length;
  const fields: string[] = [];
  let newlines = 0;
  let problem: string | undefined;
  let quotedAny = false;
  let i = start;

  for (;;) {
    while (i < n && isBlank(s.charCodeAt(i))) i += 1;
    if (i >= n) {
      if (!eof) return undefined;
      fields.push('');
      return finish(n, true);
    }
    let value: string;
    if (s.charCodeAt(i) === QUOTE) {
      quotedAny = true;
      const opened = i;
      value = '';
      let from = i + 1;
      for (;;) {
        const quote = s.indexOf('"', from);
        if (quote === -1 || (quote + 1 >= n && !eof)) {
          if (!eof) return undefined;
          value += s.slice(from);
          fields.push(value);
          const openedOn = firstLine + countLineBreaks(s, start, opened);
          newlines += countLineBreaks(s, opened, n);
          problem = `the file ends inside the quoted value of column ${fields.length}, opened on line ${openedOn}: the file looks truncated`;
          return finish(n, true);
        }
        if (s.charCodeAt(quote + 1) === QUOTE) {
          value += s.slice(from, quote + 1);
          from = quote + 2;
          continue;
        }
        value += s.slice(from, quote);
        newlines += countLineBreaks(s, opened, quote);
        i = quote + 1;
        break;
      }
      while (i < n && isBlank(s.charCodeAt(i))) i += 1;
      if (i < n && !isDelimiter(s.charCodeAt(i))) {
        problem ??= `column ${fields.length + 1} has text after its closing quote`;
        const rest = scanUnquoted(s, i);
        if (rest === n && !eof) return undefined;
        value += s.slice(i, rest).trimEnd();
        i = rest;
      }
    } else {
      const end = scanUnquoted(s, i);
      if (end === n && !eof) return undefined;
      value = s.slice(i, end).trimEnd();
      i = end;
    }
    fields.push(value);
    if (i >= n) {
      if (!eof) return undefined;
      return finish(n, true);
    }
    const code = s.charCodeAt(i);
    if (code === COMMA) {
      i += 1;
      continue;
    }
    // A CR at the very end of a chunk may be the first half of a CRLF.
    if (code === CR && i + 1 >= n && !eof) return undefined;
    const end = code === CR && s.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
    return finish(end, false, 1);
  }

  function finish(end: number, endsFile: boolean, lineBreak = 0): Parsed {
    const blank = fields.length === 1 && fields[0] === '' && !quotedAny;
    return { fields, end, newlines: newlines + lineBreak, problem, endsFile, blank };
  }
}

function scanUnquoted(s: string, from: number): number {
  let i = from;
  const n = s.length;
  while (i < n) {
    const code = s.charCodeAt(i);
    if (code === COMMA || code === LF || code === CR) return i;
    i += 1;
  }
  return n;
}

function countLineBreaks(s: string, from: number, to: number): number {
  let count = 0;
  for (let i = s.indexOf('\n', from); i !== -1 && i < to; i = s.indexOf('\n', i + 1)) count += 1;
  return count;
}

function isBlank(code: number): boolean {
  return code === SPACE || code === TAB;
}

function isDelimiter(code: number): boolean {
  return code === COMMA || code === LF || code === CR;
}
