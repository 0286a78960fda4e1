import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../../shared/auth/index.js';
import { runImport, type ImportFormat, type ImportTarget } from '../../../shared/import/index.js';
import { caseworkerClaims, otherNgoClaims, principalOf, startNgoTestSubgraph, type NgoTestSubgraph } from '../test-support/ngo-test-subgraph.js';

const caseworker = principalOf(caseworkerClaims);
const otherNgo = principalOf(otherNgoClaims);

let ngo: NgoTestSubgraph;
let events: ImportTarget<unknown>;

const HEADER = 'sourceRecordId,survivorSourceRecordId,stage,place,occurredOn,periodStart,periodEnd\n';
const GOOD = [
  'te-1,surv-1,RECRUITMENT,MDKIV,2024-01-10,,',
  'te-2,surv-1,Transit,RO BUH,,2024-01-12,2024-01-20',
  'te-3,surv-1,EXPLOITATION,GB,2024-02-01,,',
];

function importText(text: string, options: { format?: ImportFormat; principal?: Principal; target?: ImportTarget<unknown> } = {}) {
  return runImport({
    dataSource: ngo.subgraph.dataSource,
    target: options.target ?? events,
    principal: options.principal ?? caseworker,
    input: Readable.from([Buffer.from(text)]),
    format: options.format ?? 'csv',
    batchSize: 100,
  });
}

beforeAll(async () => {
  ngo = await startNgoTestSubgraph();
  const byName = new Map(ngo.subgraph.importTargets.map((target) => [target.name, target]));
  events = byName.get('trafficking-event') as ImportTarget<unknown>;
  const survivors = byName.get('survivor') as ImportTarget<unknown>;
  const header = 'sourceRecordId,givenName,familyName,dateOfBirth,citizenships\n';
  const mine = await importText(`${header}surv-1,Olga,Rusu,1996-11-05,MD\nsurv-2,Ana,Rusu,2001-04-02,MD\n`, { target: survivors });
  const theirs = await importText(`${header}surv-other,Ion,Rusu,1990-01-01,MD\n`, { target: survivors, principal: otherNgo });
  expect([mine.inserted, theirs.inserted]).toEqual([2, 1]);
});
afterAll(async () => {
  await ngo?.close();
});

async function stored(): Promise<Array<Record<string, unknown>>> {
  const { rows } = await ngo.db.query(
    `SELECT e.source_record_id, s.source_record_id AS survivor, e.stage, e.place_code, e.occurred_on::text, e.period_start::text, e.period_end::text, e.owner_org
       FROM trafficking_event e JOIN survivor s ON s.id = e.survivor_id WHERE e.source_record_id LIKE 'te-%' ORDER BY e.source_record_id`,
  );
  return rows;
}

describe('the trafficking-event import target', () => {
  it('imports a survivor’s route legs by her source id, and the same file again changes nothing', async () => {
    const first = await importText(HEADER + GOOD.join('\n'));
    const again = await importText(HEADER + GOOD.join('\n'));

    expect(first).toMatchObject({ rowsRead: 3, inserted: 3, updated: 0, unchanged: 0, rejected: 0 });
    expect(again).toMatchObject({ rowsRead: 3, inserted: 0, updated: 0, unchanged: 3, rejected: 0 });
    expect(await stored()).toEqual([
      { source_record_id: 'te-1', survivor: 'surv-1', stage: 'RECRUITMENT', place_code: 'MDKIV', occurred_on: '2024-01-10', period_start: null, period_end: null, owner_org: caseworker.org },
      { source_record_id: 'te-2', survivor: 'surv-1', stage: 'TRANSIT', place_code: 'ROBUH', occurred_on: null, period_start: '2024-01-12', period_end: '2024-01-20', owner_org: caseworker.org },
      { source_record_id: 'te-3', survivor: 'surv-1', stage: 'EXPLOITATION', place_code: 'GB', occurred_on: '2024-02-01', period_start: null, period_end: null, owner_org: caseworker.org },
    ]);
    // The aggregates' route fact follows imported events through the table's trigger.
    expect(await ngo.count("SELECT 1 FROM survivor_route_fact f JOIN survivor s ON s.id = f.survivor_id WHERE s.source_record_id = 'surv-1' AND f.place_code = 'GB' AND f.origin_country = 'MD'")).toBe(1);
  });

  it('reads HTCDS and ODK column names, and updates the event whose row changed', async () => {
    const ndjson = [
      { KEY: 'te-1', PARENT_KEY: 'surv-1', hte_Type: 'Recruitment', hte_Country: 'MD', hte_Date: '2024-01-10' },
      { KEY: 'te-3', PARENT_KEY: 'surv-1', hte_Type: 'Exploitation', hte_Country: 'GB', hte_Date: '2024-02-01' },
    ].map((row) => JSON.stringify(row)).join('\n');
    const summary = await importText(ndjson, { format: 'ndjson' });

    expect(summary).toMatchObject({ inserted: 0, updated: 1, unchanged: 1, rejected: 0 });
    expect((await stored())[0]).toMatchObject({ source_record_id: 'te-1', place_code: 'MD' });
  });

  it('names every bad field of a row by its column, as recordTraffickingEvent would', async () => {
    const summary = await importText(`${HEADER}te-9,surv-1,SMUGGLING,Atlantis,2024-01-10,2024-01-01,\nte-10,,TRANSIT,MD,,2024-05-01,2024-04-01\n`);

    expect(summary).toMatchObject({ inserted: 0, rejected: 2 });
    const byRow = (row: number) => summary.firstRejections.filter((rejection) => rejection.row === row).map(({ field, reason }) => `${field}: ${reason}`);
    expect(byRow(1)).toEqual([
      'stage: not one of RECRUITMENT, TRANSIT, EXPLOITATION',
      'place: not an ISO 3166-1 alpha-2 country code or a UN/LOCODE',
      'occurredOn: either a day or a period, not both',
    ]);
    expect(byRow(2)).toEqual(['survivorSourceRecordId: missing: the survivor’s source record id (or an ODK PARENT_KEY)', 'periodEnd: before periodStart']);
  });

  it('refuses only the rows whose survivor is not the NGO’s, or who was not yet born, and writes the others', async () => {
    const before = await ngo.count("SELECT 1 FROM trafficking_event WHERE source_record_id LIKE 'te-%'");
    const summary = await importText(`${HEADER}te-20,surv-2,TRANSIT,MD,2024-03-01,,\nte-21,surv-other,TRANSIT,MD,2024-03-01,,\nte-22,surv-2,TRANSIT,MD,2000-03-01,,\n`);

    expect(summary).toMatchObject({ inserted: 1, rejected: 2, failedBatches: 0 });
    expect(summary.firstRejections.map(({ row, field, reason }) => ({ row, field, reason }))).toEqual([
      { row: 2, field: 'survivorSourceRecordId', reason: 'not a survivor of your NGO' },
      { row: 3, field: 'occurredOn', reason: 'before her date of birth' },
    ]);
    expect(await ngo.count("SELECT 1 FROM trafficking_event WHERE source_record_id LIKE 'te-%'")).toBe(before + 1);
  });

  it('imports the rows before a cut-off last line and names that line as truncated', async () => {
    const csv = await importText(`${HEADER}te-30,surv-2,TRANSIT,MD,2024-03-01,,\nte-31,surv-2,TRAN`);
    const ndjson = await importText('{"sourceRecordId":"te-32","survivorSourceRecordId":"surv-2","stage":"TRANSIT","place":"RO"}\n{"sourceRecordId":"te-33","surv', { format: 'ndjson' });

    expect(csv).toMatchObject({ inserted: 1, rejected: 1 });
    expect(csv.firstRejections[0]).toMatchObject({ row: 2, field: '*', reason: 'has 3 values for 7 columns: the file ends here, it looks truncated' });
    expect(ndjson).toMatchObject({ inserted: 1, rejected: 1 });
    expect(ndjson.firstRejections[0]?.reason).toMatch(/the file looks truncated$/);
  });
});
