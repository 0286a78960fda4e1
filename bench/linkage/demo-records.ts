// The sectors' import targets pull in decorated entities: the metadata polyfill must come first.
import 'reflect-metadata';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { readSourceRows, type ImportTarget } from '../../shared/import/index.js';
import { decodeBlockingKey, foldWords } from '../../shared/linkage/index.js';
import { publicationFields, type LinkagePublisher, type RecordPublication } from '../../shared/linkage-outbox/index.js';
import type { Logger } from '../../shared/logging/index.js';
import { AccountHolderService } from '../../subgraphs/financial/account-holder/account-holder.service.js';
import { accountHolderPublication } from '../../subgraphs/financial/account-holder/account-holder.publication.js';
import { accountHolderImportTarget } from '../../subgraphs/financial/import/account-holder.import.js';
import { personRecordImport } from '../../subgraphs/law-enforcement/import/person-record.import.js';
import { PersonRecordService } from '../../subgraphs/law-enforcement/person-record/person-record.service.js';
import { personRecordLinkage } from '../../subgraphs/law-enforcement/person-record/person-record.publication.js';
import { survivorImportTarget } from '../../subgraphs/ngo/import/survivor.import.js';
import { SurvivorPublication } from '../../subgraphs/ngo/survivor/survivor.publication.js';
import { SurvivorService } from '../../subgraphs/ngo/survivor/survivor.service.js';

export type DemoSector = 'LE' | 'NGO' | 'FIN';

/** One generated record as the hub would receive it, with who it really is. */
export interface DemoRecord {
  readonly sector: DemoSector;
  readonly sourceRecordId: string;
  /** The generator's person id; the linker never sees it. */
  readonly personId: string;
  /** The identifiers as the import parsed them (for reading false links and misses). */
  readonly parsed: { readonly names: string; readonly dateOfBirth: string | null; readonly address: string };
  /** The primary name's words, folded to ASCII and sorted: equal for namesakes however written (order, case, script). */
  readonly nameWords: string;
  /** Observable corruptions of this record, from its parsed identifiers. */
  readonly nonLatinName: boolean;
  readonly missingDateOfBirth: boolean;
  readonly singleName: boolean;
  readonly keys: readonly string[];
  readonly encoding: Uint8Array | null;
  readonly blockingKeys: readonly number[];
  readonly identityKeys: readonly number[];
}

export interface DemoRecords {
  readonly records: DemoRecord[];
  /** Rows the import would refuse, per sector. */
  readonly rejected: Readonly<Record<DemoSector, number>>;
  /** Rows with no ground-truth person (should be none). */
  readonly unlabelled: number;
}

const FILES: ReadonlyArray<{ sector: DemoSector; truthSector: string; file: string }> = [
  { sector: 'LE', truthSector: 'law-enforcement', file: 'law-enforcement/person-records.csv' },
  { sector: 'NGO', truthSector: 'ngo', file: 'ngo/survivors.csv' },
  { sector: 'FIN', truthSector: 'financial', file: 'financial/account-holders.csv' },
];

// What each sector publishes, from the value its import target's parseRow returns: the very
// functions the sectors' set-based import writes call (no database is touched by parseRow or these).
// The services are built without a data source or publisher: parseRow only validates.
function sectorReaders(secret: string): Record<DemoSector, { target: ImportTarget<unknown>; publish: (value: unknown, id: string) => RecordPublication }> {
  const none = undefined as never;
  const survivorPublication = new SurvivorPublication(none as LinkagePublisher, secret, none as Logger);
  const survivors = new SurvivorService(none as DataSource, survivorPublication, secret);
  const personRecords = new PersonRecordService(none as DataSource, none as LinkagePublisher, secret);
  const holders = new AccountHolderService(none as DataSource, none as LinkagePublisher, secret);
  const leTarget = personRecordImport(personRecords);
  const ngoTarget = survivorImportTarget(survivors, none as LinkagePublisher);
  const finTarget = accountHolderImportTarget(holders);
  return {
    LE: {
      target: leTarget as ImportTarget<unknown>,
      publish: (value, id) => {
        const row = value as Parameters<NonNullable<typeof leTarget.sourceIdOf>>[0];
        // The case id stands in for the stored case's uuid: it only feeds the CASE relationship key.
        const material = personRecordLinkage({ ...row.person, caseId: row.caseReference }, secret);
        return { recordType: 'PersonRecord', recordId: id, category: row.person.category, discoverableBy: [], ...publicationFields(material), erased: false };
      },
    },
    NGO: {
      target: ngoTarget as ImportTarget<unknown>,
      publish: (value, id) => survivorPublication.publicationOf({ ...(value as Parameters<typeof ngoTarget.sourceIdOf>[0]).checked.columns, id }, []),
    },
    FIN: {
      target: finTarget as ImportTarget<unknown>,
      publish: (value, id) => {
        const { keys: _keys, ...columns } = (value as Parameters<typeof finTarget.sourceIdOf>[0]).holder;
        return accountHolderPublication({ ...columns, id }, secret);
      },
    },
  };
}

/**
 * Reads a `beacon seed --out` folder: each sector's person file through its import target's
 * parseRow (what `beacon import` refuses is left out, as it would be), each accepted row
 * published as the sector's import would publish it, labelled from ground-truth/records.csv.
 */
export async function loadDemoRecords(folder: string, secret: string): Promise<DemoRecords> {
  const truth = await readTruth(path.join(folder, 'ground-truth', 'records.csv'));
  const readers = sectorReaders(secret);
  const records: DemoRecord[] = [];
  const rejected: Record<DemoSector, number> = { LE: 0, NGO: 0, FIN: 0 };
  let unlabelled = 0;
  for (const { sector, truthSector, file } of FILES) {
    const { target, publish } = readers[sector];
    for await (const rows of readSourceRows(createReadStream(path.join(folder, file)), 'csv', target.requiredColumns)) {
      for (const row of rows) {
        const parsed = row.values ? target.parseRow(row.values, row.rowNumber) : undefined;
        if (!parsed?.ok) {
          rejected[sector] += 1;
          continue;
        }
        const sourceRecordId = target.sourceIdOf(parsed.value);
        const personId = truth.get(`${truthSector}\u001f${sourceRecordId}`);
        if (personId === undefined) {
          unlabelled += 1;
          continue;
        }
        const publication = publish(parsed.value, sourceRecordId);
        records.push({ sector, sourceRecordId, personId, ...describe(sector, parsed.value), ...hubMaterial(publication) });
      }
    }
  }
  return { records, rejected, unlabelled };
}

/** What the hub keeps of a publication, decoded as its publication validation decodes it. */
function hubMaterial(publication: RecordPublication): Pick<DemoRecord, 'keys' | 'encoding' | 'blockingKeys' | 'identityKeys'> {
  const decode = (keys: readonly string[] | undefined) => (keys ?? []).map((key) => decodeBlockingKey(key) as number);
  return {
    keys: publication.keys.map((key) => `${key.kind}\u001f${key.value}`),
    encoding: publication.encoding ? new Uint8Array(Buffer.from(publication.encoding, 'base64')) : null,
    blockingKeys: decode(publication.blockingKeys),
    identityKeys: decode(publication.identityKeys),
  };
}

const LATIN_ONLY = /^[\p{Script=Latin}\p{Script=Common}\p{Mark}\s]*$/u;

function describe(sector: DemoSector, value: unknown): Pick<DemoRecord, 'parsed' | 'nameWords' | 'nonLatinName' | 'missingDateOfBirth' | 'singleName'> {
  let names: Array<{ given?: string | null; family?: string | null }>;
  let dateOfBirth: string | null;
  let address: Record<string, unknown> | undefined;
  if (sector === 'LE') {
    const person = (value as { person: { names: typeof names; dateOfBirth: string | null; addresses: Array<Record<string, unknown>> } }).person;
    [names, dateOfBirth, address] = [person.names, person.dateOfBirth, person.addresses[0]];
  } else {
    const columns = sector === 'NGO'
      ? (value as { checked: { columns: Record<string, unknown> } }).checked.columns
      : (value as { holder: Record<string, unknown> }).holder;
    const aliases = (columns.aliases as Array<{ givenName?: string | null; familyName?: string | null }> | undefined) ?? [];
    names = [{ givenName: columns.givenName as string | null, familyName: columns.familyName as string | null }, ...aliases]
      .map((name) => ({ given: name.givenName, family: name.familyName }));
    dateOfBirth = (columns.dateOfBirth as string | null) ?? null;
    address = (columns.addresses as Array<Record<string, unknown>> | undefined)?.[0];
  }
  const first = names[0];
  const text = names.map((name) => `${name.given ?? '∅'} ${name.family ?? '∅'}`).join(' / ');
  return {
    parsed: { names: text, dateOfBirth, address: address ? Object.values(address).filter(Boolean).join(', ') : '' },
    nameWords: foldWords(`${first?.given ?? ''} ${first?.family ?? ''}`).sort().join(' '),
    nonLatinName: !LATIN_ONLY.test(`${first?.given ?? ''} ${first?.family ?? ''}`),
    missingDateOfBirth: !dateOfBirth,
    singleName: !first?.given || !first?.family,
  };
}

async function readTruth(file: string): Promise<Map<string, string>> {
  const byRecord = new Map<string, string>();
  for await (const rows of readSourceRows(createReadStream(file), 'csv', ['sector', 'sourceRecordId', 'personId'])) {
    for (const row of rows) {
      const values = row.values;
      if (values) byRecord.set(`${values.sector}\u001f${values.sourceRecordId}`, values.personId as string);
    }
  }
  return byRecord;
}
