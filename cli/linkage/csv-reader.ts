/** One record of a CSV file. */
export interface CsvRow {
  readonly fields: string[];
  /** Line on which the record starts, 1 for the header. */
  readonly line: number;
  /** Set when the record is malformed; its fields are what could be read. */
  readonly problem?: string;
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/**
 * Reads CSV records from text chunks as they arrive (RFC 4180, plus what real exports do):
 * quoted fields with doubled quotes and line breaks inside, LF, CRLF or CR line ends, a UTF-8
 * byte-order mark, and blanks around fields ignored — FEBRL writes ", " between fields — except
 * inside quotes. Empty lines are skipped. A quote left open at the end of input yields the
 * record read so far with a `problem`, rather than swallowing the rest of the file silently.
 */
export async function* readCsvRows(chunks: AsyncIterable<string | Buffer>): AsyncGenerator<CsvRow> {
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let inQuotes = false;
  let afterQuote = false;
  let line = 1;
  let rowLine = 1;
  let first = true;
  let lastWasCr = false;
  let pendingBlanks = '';

  const endField = () => {
    fields.push(quoted ? field : field.trim());
    field = '';
    quoted = false;
    afterQuote = false;
    pendingBlanks = '';
  };
  const endRow = (): CsvRow | undefined => {
    endField();
    const row = fields.length === 1 && fields[0] === '' ? undefined : { fields, line: rowLine };
    fields = [];
    return row;
  };

  for await (const chunk of chunks) {
    let text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    if (first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code === LF && lastWasCr) {
        lastWasCr = false;
        continue;
      }
      lastWasCr = code === CR;
      if (inQuotes) {
        if (code === QUOTE) {
          if (text.charCodeAt(i + 1) === QUOTE) {
            field += '"';
            i += 1;
          } else {
            inQuotes = false;
            afterQuote = true;
          }
        } else {
          if (code === LF || code === CR) line += 1;
          field += text[i];
        }
        continue;
      }
      if (code === COMMA) {
        endField();
      } else if (code === LF || code === CR) {
        const row = endRow();
        line += 1;
        rowLine = line;
        if (row) yield row;
      } else if (code === QUOTE && !afterQuote && field.trim() === '') {
        field = '';
        quoted = true;
        inQuotes = true;
      } else if (afterQuote) {
        // Text after a closing quote: blanks are dropped, anything else is kept as written.
        if (isBlank(code)) pendingBlanks += text[i];
        else {
          field += pendingBlanks + text[i];
          pendingBlanks = '';
        }
      } else {
        field += text[i];
      }
    }
  }
  if (inQuotes) {
    endField();
    yield { fields, line: rowLine, problem: 'a quoted field is not closed before the end of the file' };
    return;
  }
  const row = endRow();
  if (row) yield row;
}
