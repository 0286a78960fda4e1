import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../../../shared/database/index.js';
import { MAX_IDENTIFIERS_PER_LIST } from '../../../shared/linkage/index.js';
import type { DataSource } from 'typeorm';
import { Case } from '../case/case.entity.js';
import { JourneyLeg } from '../journey/journey-leg.entity.js';
import { PersonRecord } from '../person-record/person-record.entity.js';
import { harbourPolice, startLawEnforcementTestSubgraph, type LawEnforcementTestSubgraph } from '../test-support/law-enforcement-test-subgraph.js';
import type { PersonRecordRow } from './person-record.import.js';

let le: LawEnforcementTestSubgraph;
let dataSource: DataSource;

beforeAll(async () => {
  le = await startLawEnforcementTestSubgraph();
  dataSource = createDataSource({ url: le.databaseUrl, entities: [Case, PersonRecord, JourneyLeg], migrations: [] });
  await dataSource.initialize();
});
afterAll(async () => {
  await dataSource?.destroy();
  await le?.close();
});

const ROW = {
  source_record_id: 'rms-1001',
  case_reference: 'HP-IMP-0001',
  case_jurisdiction: 'GB',
  case_opened_on: '2026-03-01',
  case_handling_code: 'H1',
  case_source_reliability: 'B',
  case_information_accuracy: '2',
  case_retention_until: '2036-03-01',
  case_types_of_exploitation: 'ForcedLabour;SexualExploitation',
  category: 'SUSPECT',
  perpetrator_roles: 'RecruiterOrIntermediary',
  given_name: 'Andrei',
  family_name: 'Popa',
  aliases: 'Andy|Popa',
  date_of_birth: '1980-04-04',
  nationalities: 'MD;RO',
  phones: '+373 69 222 333',
  document_type: 'PASSPORT',
  document_issuing_country: 'MD',
  document_number: 'AC7654321',
  address_locality: 'Bălți',
  address_country: 'MD',
};

function target() {
  const found = le.subgraph.importTargets.find((candidate) => candidate.name === 'person-record');
  if (!found) throw new Error('no person-record import target');
  return found;
}

describe('the person-record import target', () => {
  it('declares the columns a file must have', () => {
    expect(target().requiredColumns).toEqual(expect.arrayContaining(['source_record_id', 'case_reference', 'category', 'case_handling_code']));
  });

  it('reads a row with the same validation as the mutations, naming each bad column', () => {
    const bad = target().parseRow({ ...ROW, case_handling_code: 'H9', date_of_birth: '1980-02-31', nationalities: 'MD;QQ', phones: 'call me', category: 'BYSTANDER' }, 7);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems.map((problem) => problem.field).sort()).toEqual(['case_handling_code', 'category', 'date_of_birth', 'nationalities', 'phones'].sort());
  });

  it(`names the aliases, phones or e-mails column of a row listing more than ${MAX_IDENTIFIERS_PER_LIST}, as the mutations refuse them`, () => {
    const many = (count: number, item: (i: number) => string) => Array.from({ length: count }, (_, i) => item(i)).join(';');
    const bad = target().parseRow(
      {
        ...ROW,
        aliases: many(MAX_IDENTIFIERS_PER_LIST + 1, (i) => `Andy${String.fromCharCode(97 + i)}|Popa`),
        phones: many(MAX_IDENTIFIERS_PER_LIST + 1, (i) => `+373 69 100 ${100 + i}`),
        emails: many(MAX_IDENTIFIERS_PER_LIST + 1, (i) => `andrei${i}@example.org`),
      },
      8,
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems).toEqual([
      { field: 'aliases', reason: `at most ${MAX_IDENTIFIERS_PER_LIST} aliases besides the primary name` },
      { field: 'phones', reason: `at most ${MAX_IDENTIFIERS_PER_LIST}` },
      { field: 'emails', reason: `at most ${MAX_IDENTIFIERS_PER_LIST}` },
    ]);
    const atBound = target().parseRow({ ...ROW, aliases: many(MAX_IDENTIFIERS_PER_LIST, (i) => `Andy${String.fromCharCode(97 + i)}|Popa`) }, 9);
    expect(atBound.ok).toBe(true);
  });

  it('writes a batch once: the same rows again change nothing, a changed row is updated and re-published', async () => {
    const parsed = target().parseRow(ROW, 1);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(target().sourceIdOf(parsed.value)).toBe('rms-1001');
    const write = (records: unknown[]) => dataSource.transaction((manager) => target().writeBatch(manager, harbourPolice, records));

    expect(await write([parsed.value])).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
    expect(await write([parsed.value])).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
    const stored = await le.subgraph.services.personRecords.findBySource(dataSource.manager, harbourPolice, 'rms-1001');
    expect(stored).toMatchObject({ caseReference: 'HP-IMP-0001', handlingCode: 'H1', givenName: 'Andrei', perpetratorRoles: ['RecruiterOrIntermediary'] });
    expect(stored?.names).toHaveLength(2);
    expect(await le.publications(stored!.id)).toHaveLength(1);

    const changed = target().parseRow({ ...ROW, phones: '+373 69 999 000' }, 1);
    if (!changed.ok) throw new Error(JSON.stringify(changed.problems));
    expect(await write([(changed.value as PersonRecordRow)])).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    expect(await le.publications(stored!.id)).toHaveLength(2);
  });

  it('re-publishes a record whose address alone changed in the file, and not one whose role alone did', async () => {
    const row = { ...ROW, source_record_id: 'rms-1002', address_street: 'Strada Independenței', address_street_number: '8' };
    const write = async (changes: Record<string, string>) => {
      const parsed = target().parseRow({ ...row, ...changes }, 1);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      return dataSource.transaction((manager) => target().writeBatch(manager, harbourPolice, [parsed.value]));
    };
    await write({});
    const stored = await le.subgraph.services.personRecords.findBySource(dataSource.manager, harbourPolice, 'rms-1002');

    expect(await write({ perpetrator_roles: 'Transporter' })).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    expect(await le.publications(stored!.id)).toHaveLength(1);
    expect(await write({ perpetrator_roles: 'Transporter', address_street_number: '10' })).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    const [before, after] = await le.publications(stored!.id);
    expect(after?.keys).toEqual(before?.keys);
    const address = (publication: typeof before) => publication?.relationshipKeys?.find((key) => key.kind === 'ADDRESS')?.value;
    expect(address(after)).not.toEqual(address(before));
  });
});
