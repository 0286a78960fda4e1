import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IDENTIFIERS_PER_LIST } from '../../../shared/linkage/index.js';
import { caseworkerClaims, principalOf, startNgoTestSubgraph, type NgoTestSubgraph } from '../test-support/ngo-test-subgraph.js';
import type { SurvivorImportRecord } from './survivor.import.js';
import type { ImportTarget } from '../../../shared/import/index.js';
import type { CheckedIncidentReport } from '../incident-report/incident-report.service.js';

const caseworker = principalOf(caseworkerClaims);

/** The same survivor in Beacon's columns and in the HTCDS XLSForm's (an ODK export). */
const BEACON_ROW = {
  sourceRecordId: 'imp-0001',
  givenName: 'Olga',
  familyName: 'Rusu',
  dateOfBirth: '1996-11-05',
  gender: 'FEMININE',
  citizenships: 'MD',
  phones: '+373 69 555 010',
  typesOfExploitation: 'FORCED_LABOUR;SEXUAL_EXPLOITATION',
  typesOfSexExploitation: 'PROSTITUTION',
  forcedLabourIndustries: 'I',
  methodsOfControl: 'DEBT_BONDAGE|WITHHOLDS_DOCUMENTS',
  methodsOfRecruitment: 'AT_WORK',
  relationshipToTrafficker: 'ACQUAINTED',
  traffickingStatus: 'POSSIBLE_VICTIM_OF_TRAFFICKING',
  traffickingStatusDeterminedBy: 'NGO',
  consents: 'HUB:analysis',
};
const HTCDS_ROW = {
  'meta/instanceID': 'imp-0001',
  con_Consent: 'TRUE',
  prs_First_Name: 'Olga',
  prs_Second_Name: 'Rusu',
  prs_Birthdate: '1996-11-05',
  prs_Gender: 'Feminine',
  prs_Citizenship: 'MD',
  prs_MobilePhone: '+373 69 555 010',
  vic_TypeOfExploitation: 'ForcedLabour SexualExploitation',
  vic_TypeOfSexExploitation: 'Prostitution',
  vic_ForcedLabourIndustry: 'I_AccommodationAndFoodServiceActivities',
  vic_Methods_of_Control: 'DebtBondage WithholdsDocuments',
  vic_MethodOfRecruitment: 'AtWork',
  vic_RelationshipToTrafficker: 'Acquainted',
  vic_TraffickingStatus: 'PossibleVictimOfTrafficking',
  vic_TraffickingStatusDecisionMakingOrg: 'NGO',
};

let ngo: NgoTestSubgraph;
let survivors: ImportTarget<SurvivorImportRecord>;
let incidents: ImportTarget<CheckedIncidentReport>;
beforeAll(async () => {
  ngo = await startNgoTestSubgraph();
  const byName = new Map(ngo.subgraph.importTargets.map((target) => [target.name, target]));
  survivors = byName.get('survivor') as ImportTarget<SurvivorImportRecord>;
  incidents = byName.get('incident-report') as ImportTarget<CheckedIncidentReport>;
});
afterAll(async () => {
  await ngo?.close();
});

function parsed<T>(result: { ok: true; value: T } | { ok: false; problems: readonly unknown[] }): T {
  if (!result.ok) throw new Error(`row refused: ${JSON.stringify(result.problems)}`);
  return result.value;
}

describe('survivor import target', () => {
  it("reads the HTCDS XLSForm's columns and values into the same record as Beacon's own", () => {
    const beacon = parsed(survivors.parseRow(BEACON_ROW, 2));
    const htcds = parsed(survivors.parseRow(HTCDS_ROW, 2));
    expect({ ...htcds.checked, consents: [] }).toEqual({ ...beacon.checked, consents: [] });
    expect(survivors.sourceIdOf(htcds)).toBe('imp-0001');
    expect(beacon.checked.consents).toEqual([{ sector: 'HUB', purpose: 'analysis', validUntil: null }]);
  });

  it('names every problem of a row by the column it is in', () => {
    const result = survivors.parseRow(
      {
        prs_First_Name: 'Olga',
        prs_Birthdate: '31/31/1990',
        prs_Gender: 'Woman',
        prs_Citizenship: 'MD ZZ',
        vic_Methods_of_Control: 'DebtBondage MindControl',
        vic_AgeWhenTrafficked: 'twelve',
        con_Consent: 'FALSE',
      },
      7,
    );
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.map((problem) => problem.field);
    expect(problems.sort()).toEqual(
      ['meta/instanceID', 'con_Consent', 'prs_Birthdate', 'prs_Gender', 'prs_Citizenship[1]', 'vic_Methods_of_Control[1]', 'vic_AgeWhenTrafficked']
        .map((field) => (field === 'meta/instanceID' ? 'sourceRecordId' : field))
        .sort(),
    );
  });

  it(`names the column of a list longer than ${MAX_IDENTIFIERS_PER_LIST}, as the mutations refuse it`, () => {
    const phones = (count: number) => Array.from({ length: count }, (_, i) => `+373 69 100 ${100 + i}`).join(';');
    const result = survivors.parseRow({ ...BEACON_ROW, phones: phones(MAX_IDENTIFIERS_PER_LIST + 1) }, 7);

    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([{ field: 'phones', reason: `at most ${MAX_IDENTIFIERS_PER_LIST}` }]);
    expect(survivors.parseRow({ ...BEACON_ROW, phones: phones(MAX_IDENTIFIERS_PER_LIST) }, 8).ok).toBe(true);
  });

  it("writes with the mutation's publication; the same rows again change nothing, a changed phone updates and re-publishes", async () => {
    const dataSource = ngo.subgraph.dataSource;
    const records = [parsed(survivors.parseRow(HTCDS_ROW, 2)), parsed(survivors.parseRow({ ...BEACON_ROW, sourceRecordId: 'imp-0002', givenName: 'Ana' }, 3))];

    const first = await dataSource.transaction((manager) => survivors.writeBatch(manager, caseworker, records));
    const outbox = await ngo.count('SELECT 1 FROM linkage_outbox');
    const second = await dataSource.transaction((manager) => survivors.writeBatch(manager, caseworker, records));
    const changed = parsed(survivors.parseRow({ ...HTCDS_ROW, prs_MobilePhone: '+373 69 555 011' }, 2));
    const third = await dataSource.transaction((manager) => survivors.writeBatch(manager, caseworker, [changed]));

    expect(first).toEqual({ inserted: 2, updated: 0, unchanged: 0 });
    expect(second).toEqual({ inserted: 0, updated: 0, unchanged: 2 });
    expect(third).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    // Two registrations published once each; the changed phone re-published once.
    expect(await ngo.count('SELECT 1 FROM linkage_outbox')).toBe(outbox + 1);
    expect(await ngo.count("SELECT 1 FROM survivor WHERE source_record_id IN ('imp-0001', 'imp-0002')")).toBe(2);
  });
});

describe('incident report import target', () => {
  it('leaves a re-imported survivor with an address unchanged, whatever key order jsonb keeps the address in', async () => {
    const dataSource = ngo.subgraph.dataSource;
    const row = { ...BEACON_ROW, sourceRecordId: 'imp-addr-1', street: '12 Strada Mare', city: 'Chisinau', postalCode: 'MD-2001', country: 'MD' };
    const record = parsed(survivors.parseRow(row, 2));

    const first = await dataSource.transaction((manager) => survivors.writeBatch(manager, caseworker, [record]));
    const outbox = await ngo.count('SELECT 1 FROM linkage_outbox');
    const again = await dataSource.transaction((manager) => survivors.writeBatch(manager, caseworker, [parsed(survivors.parseRow(row, 2))]));

    expect(first).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
    expect(again).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
    expect(await ngo.count('SELECT 1 FROM linkage_outbox')).toBe(outbox);
  });

  it('requires its columns, checks each row like reportIncident, and is idempotent by source id', async () => {
    const dataSource = ngo.subgraph.dataSource;
    expect(incidents.requiredColumns).toContain('sourceRecordId');
    const bad = incidents.parseRow({ sourceRecordId: 'x', place: 'Nowhere', occurredOn: '2025-01-01', typeOfExploitation: 'ForcedLabour', source: 'HOTLINE', reliability: 'Q', notes: 'Olga, +373…' }, 2);
    expect(bad.ok ? [] : bad.problems.map((problem) => problem.field)).toEqual(['place', 'reliability']);
    const row = parsed(incidents.parseRow({ sourceRecordId: 'hl-9', place: 'GBLON', occurredOn: '2025-01-01', typeOfExploitation: 'ForcedLabour', source: 'HOTLINE', reliability: 'B' }, 3));
    expect(await dataSource.transaction((manager) => incidents.writeBatch(manager, caseworker, [row]))).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
    expect(await dataSource.transaction((manager) => incidents.writeBatch(manager, caseworker, [row]))).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
  });
});
