import { describe, expect, it } from 'vitest';
import { readCsvRecords, type SourceRecord } from './csv-records.js';
import { ImportFileError } from './import-file-error.js';

async function records(chunks: Array<string | Buffer>, maxRecordChars?: number): Promise<SourceRecord[]> {
  const all: SourceRecord[] = [];
  for await (const batch of readCsvRecords(
    (async function* () {
      yield* chunks;
    })(),
    maxRecordChars,
  )) {
    all.push(...batch);
  }
  return all;
}

/** Every byte its own chunk: each record straddles chunk boundaries, UTF-8 sequences too. */
function byteByByte(text: string): Buffer[] {
  return [...Buffer.from(text, 'utf8')].map((byte) => Buffer.from([byte]));
}

describe('readCsvRecords', () => {
  const quirky =
    '\ufeffid, name , note\r\n' +
    '1, "Smith, John", "said ""hi"""\r\n' +
    '2,"two\r\nlines",Ünïcödé 名前\r\n' +
    '\r\n' +
    '3,,5\'10" tall\r\n';

  it('reads quotes, doubled quotes, line breaks inside quotes, CRLF, a BOM and blanks after commas', async () => {
    const read = await records([quirky]);
    expect(read.map((record) => record.fields)).toEqual([
      ['id', 'name', 'note'],
      ['1', 'Smith, John', 'said "hi"'],
      ['2', 'two\r\nlines', 'Ünïcödé 名前'],
      ['3', '', '5\'10" tall'],
    ]);
    expect(read.map((record) => record.line)).toEqual([1, 2, 3, 6]);
    expect(read.every((record) => record.problem === undefined)).toBe(true);
  });

  it('reads the same records whatever the chunk boundaries', async () => {
    expect(await records(byteByByte(quirky))).toEqual(await records([quirky]));
  });

  it('reads FEBRL-style ", " separators and a last line without a line break', async () => {
    const read = await records(['rec_id, given_name, surname\nrec-1-org, michaela, neumann']);
    expect(read.map((record) => record.fields)).toEqual([
      ['rec_id', 'given_name', 'surname'],
      ['rec-1-org', 'michaela', 'neumann'],
    ]);
    expect(read[1]?.endsFile).toBe(true);
  });

  it('accepts LF and lone CR line ends', async () => {
    expect((await records(['a,b\n1,2\r3,4'])).map((record) => record.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps blanks inside quotes and around a quoted value drops only the outer ones', async () => {
    expect((await records(['a,b\n  " x "  ,y  \n']))[1]?.fields).toEqual([' x ', 'y']);
  });

  it('names a file that ends inside a quoted value as truncated, with the line the quote opened on', async () => {
    const read = await records(byteByByte('id,note\n1,"fine"\n2,"cut\noff'));
    expect(read).toHaveLength(3);
    expect(read[2]?.line).toBe(3);
    expect(read[2]?.problem).toMatch(/ends inside the quoted value of column 2, opened on line 3: the file looks truncated/);
  });

  it('names text after a closing quote', async () => {
    const read = await records(['a,b\n"x"y,2\n']);
    expect(read[1]?.problem).toMatch(/column 1 has text after its closing quote/);
  });

  it('stops on a record longer than the limit instead of holding the rest of the file', async () => {
    const open = `a\n"${'x'.repeat(5000)}`;
    await expect(records([open, 'y'.repeat(5000)], 4096)).rejects.toThrow(ImportFileError);
    await expect(records([open, 'y'.repeat(5000)], 4096)).rejects.toThrow(/starting on line 2 is longer than 4096/);
  });
});
