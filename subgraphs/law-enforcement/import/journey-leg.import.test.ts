import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport, type ImportFormat, type ImportTarget } from '../../../shared/import/index.js';
import {
  caseInput,
  coastalPolice,
  harbourPolice,
  startLawEnforcementTestSubgraph,
  type LawEnforcementTestSubgraph,
} from '../test-support/law-enforcement-test-subgraph.js';

let le: LawEnforcementTestSubgraph;
let target: ImportTarget<unknown>;
let caseId: string;

const HEADER = 'source_record_id,case_reference,traveller_source_record_id,from,to,date,mode,border_crossing,crossing_point\n';
const GOOD = [
  'leg-1,HP-LEG-0001,rms-leg-1,MDKIV,ROBUH,2025-03-02,ROAD,true,Leuseni',
  'leg-2,HP-LEG-0001,,ROBUH,GBLON,2025-03-04,AIR,,',
  'leg-3,HP-LEG-0001,rms-leg-1,GB LON,GBMNC,,RAIL,false,',
];

beforeAll(async () => {
  le = await startLawEnforcementTestSubgraph();
  target = le.subgraph.importTargets.find((candidate) => candidate.name === 'journey-leg') as ImportTarget<unknown>;
  const { cases, personRecords } = le.subgraph.services;
  caseId = (await cases.open(harbourPolice, caseInput('HP-LEG-0001'))).id;
  const other = await cases.open(harbourPolice, caseInput('HP-LEG-0002'));
  await cases.open(coastalPolice, caseInput('CP-LEG-0001'));
  await personRecords.record(harbourPolice, { caseId, category: 'VICTIM', sourceRecordId: 'rms-leg-1', names: [{ given: 'Olga', family: 'Rusu', kind: 'PRIMARY' }] });
  await personRecords.record(harbourPolice, { caseId: other.id, category: 'WITNESS', sourceRecordId: 'rms-leg-2', names: [{ given: 'Ion', family: 'Rusu', kind: 'PRIMARY' }] });
});
afterAll(async () => {
  await le?.close();
});

function importText(text: string, format: ImportFormat = 'csv') {
  return runImport({ dataSource: le.subgraph.dataSource, target, principal: harbourPolice, input: Readable.from([Buffer.from(text)]), format, batchSize: 100 });
}

async function legs(): Promise<Array<Record<string, unknown>>> {
  const { rows } = await le.db.query(
    `SELECT l.source_record_id, c.reference, p.source_record_id AS traveller, l.from_code, l.to_code, l.travelled_on::text, l.mode, l.border_crossing, l.crossing_point, l.owner_org
       FROM journey_leg l JOIN law_enforcement_case c ON c.id = l.case_id LEFT JOIN person_record p ON p.id = l.person_record_id
      WHERE l.source_record_id LIKE 'leg-%' ORDER BY l.source_record_id`,
  );
  return rows;
}

describe('the journey-leg import target', () => {
  it('imports legs onto the agency’s case by its reference, with their traveller, and the same file again changes nothing', async () => {
    const first = await importText(HEADER + GOOD.join('\n'));
    const again = await importText(HEADER + GOOD.join('\n'));

    expect(first).toMatchObject({ rowsRead: 3, inserted: 3, updated: 0, unchanged: 0, rejected: 0 });
    expect(again).toMatchObject({ rowsRead: 3, inserted: 0, updated: 0, unchanged: 3, rejected: 0 });
    expect(await legs()).toEqual([
      { source_record_id: 'leg-1', reference: 'HP-LEG-0001', traveller: 'rms-leg-1', from_code: 'MDKIV', to_code: 'ROBUH', travelled_on: '2025-03-02', mode: 'ROAD', border_crossing: true, crossing_point: 'Leuseni', owner_org: harbourPolice.org },
      { source_record_id: 'leg-2', reference: 'HP-LEG-0001', traveller: null, from_code: 'ROBUH', to_code: 'GBLON', travelled_on: '2025-03-04', mode: 'AIR', border_crossing: true, crossing_point: null, owner_org: harbourPolice.org },
      { source_record_id: 'leg-3', reference: 'HP-LEG-0001', traveller: 'rms-leg-1', from_code: 'GBLON', to_code: 'GBMNC', travelled_on: null, mode: 'RAIL', border_crossing: false, crossing_point: null, owner_org: harbourPolice.org },
    ]);
    // The API reads them like legs recorded through recordJourneyLeg.
    const onCase = await le.subgraph.services.journeyLegs.listOnCase(caseId, { first: 10 });
    expect(onCase.edges.map((edge) => edge.node.personRecord?.id ?? null).filter((id) => id !== null)).toHaveLength(2);
  });

  it('updates a leg whose row changed, from NDJSON as from CSV, and leaves the others alone', async () => {
    const ndjson = [
      { source_record_id: 'leg-1', case_reference: 'HP-LEG-0001', traveller_source_record_id: 'rms-leg-1', from: 'MDKIV', to: 'ROBUH', date: '2025-03-02', mode: 'ROAD', border_crossing: true, crossing_point: 'Leuseni' },
      { source_record_id: 'leg-2', case_reference: 'HP-LEG-0001', from: 'ROBUH', to: 'GBLON', date: '2025-03-05', mode: 'AIR' },
    ].map((row) => JSON.stringify(row)).join('\n');
    const summary = await importText(ndjson, 'ndjson');

    expect(summary).toMatchObject({ inserted: 0, updated: 1, unchanged: 1, rejected: 0 });
    expect((await legs()).find((leg) => leg.source_record_id === 'leg-2')).toMatchObject({ travelled_on: '2025-03-05' });
  });

  it('names every bad field of a row by its column, as recordJourneyLeg would', async () => {
    const summary = await importText(`${HEADER}leg-9,HP-LEG-0001,,MDKIV,Nowhere,2025-02-30,TELEPORT,maybe,\nleg-10,,,MD,MD,,FOOT,false,Leuseni\n`);

    expect(summary).toMatchObject({ inserted: 0, rejected: 2 });
    const byRow = (row: number) => summary.firstRejections.filter((rejection) => rejection.row === row).map(({ field, reason }) => `${field}: ${reason}`);
    expect(byRow(1)).toEqual([
      'border_crossing: not true or false',
      'to: not an ISO 3166-1 alpha-2 country code or a UN/LOCODE',
      'date: not a calendar date YYYY-MM-DD (from 1900)',
      expect.stringMatching(/^mode: not one of /),
    ]);
    expect(byRow(2)).toEqual(['case_reference: required', 'to: the same place as from', 'crossing_point: only for a leg that crosses a border']);
  });

  it('refuses only the rows whose case or traveller the agency does not have, naming the column, and writes the others', async () => {
    const before = await le.count("SELECT count(*) AS n FROM journey_leg WHERE source_record_id LIKE 'leg-%'");
    const summary = await importText(
      `${HEADER}leg-20,HP-LEG-0001,,MDKIV,ROBUH,2025-03-02,ROAD,,\n` +
        `leg-21,CP-LEG-0001,,MDKIV,ROBUH,2025-03-02,ROAD,,\n` +
        `leg-22,HP-LEG-0001,rms-leg-2,MDKIV,ROBUH,2025-03-02,ROAD,,\n`,
    );

    expect(summary).toMatchObject({ inserted: 1, rejected: 2, failedBatches: 0 });
    expect(summary.firstRejections.map(({ row, field, reason }) => ({ row, field, reason }))).toEqual([
      { row: 2, field: 'case_reference', reason: 'no case of your agency has this reference' },
      { row: 3, field: 'traveller_source_record_id', reason: 'not a person recorded on this case' },
    ]);
    expect(await le.count("SELECT count(*) AS n FROM journey_leg WHERE source_record_id LIKE 'leg-%'")).toBe(before + 1);
    expect(await le.count("SELECT count(*) AS n FROM journey_leg WHERE source_record_id IN ('leg-21', 'leg-22')")).toBe(0);
  });

  it('imports the rows before a cut-off last line and names that line as truncated', async () => {
    const csv = await importText(`${HEADER}leg-30,HP-LEG-0001,,MDKIV,ROBUH,2025-03-02,ROAD,,\nleg-31,HP-LEG-0001,,MDKIV`);
    const ndjson = await importText('{"source_record_id":"leg-32","case_reference":"HP-LEG-0001","from":"MD","to":"RO","mode":"ROAD"}\n{"source_record_id":"leg-33","case_ref', 'ndjson');

    expect(csv).toMatchObject({ inserted: 1, rejected: 1 });
    expect(csv.firstRejections[0]).toMatchObject({ row: 2, field: '*', reason: 'has 4 values for 9 columns: the file ends here, it looks truncated' });
    expect(ndjson).toMatchObject({ inserted: 1, rejected: 1 });
    expect(ndjson.firstRejections[0]?.reason).toMatch(/the file looks truncated$/);
  });

  it('refuses a writer who is not an investigator', async () => {
    const parsed = target.parseRow({ source_record_id: 'leg-40', case_reference: 'HP-LEG-0001', from: 'MD', to: 'RO', mode: 'ROAD' }, 1);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const analyst = { ...harbourPolice, roles: ['analyst'] };
    await expect(le.subgraph.dataSource.transaction((manager) => target.writeBatch(manager, analyst, [parsed.value]))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
