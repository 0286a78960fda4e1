import { createReadStream } from 'node:fs';
import path from 'node:path';
import { readCsvRows } from '../../cli/linkage/csv-reader.js';
import type { LabelledRecord } from './labelled-record.js';

const FILES = ['dataset4a.csv', 'dataset4b.csv'] as const;
/** rec-N-org and rec-N-dup-0 are the same person (SOURCE.txt beside the data). */
const ENTITY = /^rec-(\d+)-(?:org|dup-\d+)$/;

/**
 * Reads FEBRL4 from `folder` (the two files as published, never copied into the repository).
 * soc_sec_id is read past and not used: the published private-linkage figures do without it.
 */
export async function loadFebrl4(folder: string): Promise<LabelledRecord[]> {
  const records: LabelledRecord[] = [];
  for (const [source, file] of FILES.entries()) {
    let header: string[] | undefined;
    for await (const row of readCsvRows(createReadStream(path.join(folder, file), 'utf8'))) {
      if (!header) {
        header = row.fields;
        continue;
      }
      const get = (column: string) => row.fields[(header as string[]).indexOf(column)] ?? '';
      const id = get('rec_id');
      const entity = ENTITY.exec(id)?.[1];
      if (entity === undefined) throw new Error(`${file} line ${row.line}: unexpected rec_id "${id}"`);
      records.push({
        id,
        source,
        entity,
        identifiers: {
          names: [{ given: get('given_name'), family: get('surname') }],
          dateOfBirth: get('date_of_birth'),
          dateOfBirthFormat: 'YYYYMMDD',
          address: {
            streetNumber: get('street_number'),
            street: get('address_1'),
            addressLine2: get('address_2'),
            locality: get('suburb'),
            postcode: get('postcode'),
            region: get('state'),
          },
        },
      });
    }
  }
  return records;
}
