import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { readCsvRecords } from '../../../shared/import/index.js';

/** A CSV file's rows by column name, read with the import's own CSV reader. */
export async function readCsv(path: string): Promise<Array<Record<string, string>>> {
  let header: string[] | undefined;
  const rows: Array<Record<string, string>> = [];
  for await (const records of readCsvRecords(createReadStream(path))) {
    for (const { fields } of records) {
      if (!header) header = fields;
      else rows.push(Object.fromEntries(header.map((name, i) => [name, fields[i] ?? ''])));
    }
  }
  return rows;
}

export async function readNdjson(path: string): Promise<Array<Record<string, unknown>>> {
  return (await readFile(path, 'utf8'))
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Every file under a folder with the SHA-256 of its bytes, by path relative to the folder. */
export async function digestFolder(folder: string): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    digests[relative(folder, path)] = createHash('sha256').update(await readFile(path)).digest('hex');
  }
  return digests;
}
