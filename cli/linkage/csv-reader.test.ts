import { describe, expect, it } from 'vitest';
import { readCsvRows, type CsvRow } from './csv-reader.js';

async function rows(...chunks: string[]): Promise<CsvRow[]> {
  async function* source() {
    yield* chunks;
  }
  const out: CsvRow[] = [];
  for await (const row of readCsvRows(source())) out.push(row);
  return out;
}

describe('readCsvRows', () => {
  it('reads the FEBRL layout: a space after each comma and empty fields', async () => {
    const read = await rows('rec_id, given_name, surname, postcode\nrec-561-dup-0, elton, , 3212\n');
    expect(read.map((row) => row.fields)).toEqual([
      ['rec_id', 'given_name', 'surname', 'postcode'],
      ['rec-561-dup-0', 'elton', '', '3212'],
    ]);
  });

  it('keeps commas, doubled quotes, blanks and line breaks inside quoted fields', async () => {
    const read = await rows('id, note\n1, "Unit 4, Rear"\n2,"say ""hi"""\n3, " padded "\n4, "two\nlines"\n5, x\n');
    expect(read.map((row) => row.fields[1])).toEqual(['note', 'Unit 4, Rear', 'say "hi"', ' padded ', 'two\nlines', 'x']);
    expect(read.map((row) => row.line)).toEqual([1, 2, 3, 4, 5, 7]);
  });

  it('reads CRLF and CR line ends, a byte-order mark, a missing final newline, and skips empty lines', async () => {
    const read = await rows('\ufeffa,b\r\n1,2\r\n\r\n3,4\r5,6');
    expect(read.map((row) => row.fields)).toEqual([['a', 'b'], ['1', '2'], ['3', '4'], ['5', '6']]);
  });

  it('reads records split anywhere across chunks, even between a CR and its LF', async () => {
    const read = await rows('id, na', 'me\r', '\n1, "Ol', 'ga"', '\r\n2, x');
    expect(read.map((row) => row.fields)).toEqual([['id', 'name'], ['1', 'Olga'], ['2', 'x']]);
  });

  it('flags a quoted field left open at the end of the file instead of swallowing it silently', async () => {
    const read = await rows('id, name\n1, "Olga\n2, Ivan\n');
    expect(read).toHaveLength(2);
    expect(read[1]).toMatchObject({ line: 2, problem: expect.stringMatching(/not closed/) });
  });
});
