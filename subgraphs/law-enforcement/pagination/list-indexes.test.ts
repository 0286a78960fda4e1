import { DataSource, type Logger } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LinkagePublisher } from '../../../shared/linkage-outbox/index.js';
import { createLogger } from '../../../shared/logging/index.js';
import { Case } from '../case/case.entity.js';
import { CaseService } from '../case/case.service.js';
import { JourneyLeg } from '../journey/journey-leg.entity.js';
import { JourneyLegService } from '../journey/journey-leg.service.js';
import { PersonRecord } from '../person-record/person-record.entity.js';
import { PersonRecordService } from '../person-record/person-record.service.js';
import { caseInput, harbourPolice, startLawEnforcementTestSubgraph, type LawEnforcementTestSubgraph } from '../test-support/law-enforcement-test-subgraph.js';
import { encodeCursor } from './connection.js';

/*
 * Every list the API offers runs on an index. The services run here over a DataSource that
 * records their SQL; each statement is then EXPLAINed in a session with sequential scans off,
 * which makes the planner's choice on these small tables the one it makes on large ones.
 */

let le: LawEnforcementTestSubgraph;
let dataSource: DataSource;
const statements: Array<{ sql: string; parameters: unknown[] }> = [];
let services: { cases: CaseService; personRecords: PersonRecordService; journeyLegs: JourneyLegService };
let caseId: string;
let personId: string;

const recorder: Logger = {
  logQuery: (sql, parameters) => {
    if (/^SELECT/i.test(sql)) statements.push({ sql, parameters: parameters ?? [] });
  },
  logQueryError: () => undefined,
  logQuerySlow: () => undefined,
  logSchemaBuild: () => undefined,
  logMigration: () => undefined,
  log: () => undefined,
};

beforeAll(async () => {
  le = await startLawEnforcementTestSubgraph();
  const opened = await le.subgraph.services.cases.open(harbourPolice, caseInput('HP-EXPLAIN-1'));
  caseId = opened.id;
  personId = (await le.subgraph.services.personRecords.record(harbourPolice, { caseId, category: 'VICTIM', names: [{ given: 'A', family: 'B' }] })).id;
  await le.subgraph.services.journeyLegs.record(harbourPolice, { caseId, personRecordId: personId, from: 'MDKIV', to: 'ROBUH', mode: 'ROAD' });
  await le.db.query('ANALYZE');
  dataSource = new DataSource({ type: 'postgres', url: le.databaseUrl, entities: [Case, PersonRecord, JourneyLeg], logging: ['query'], logger: recorder });
  await dataSource.initialize();
  const publisher = new LinkagePublisher({ dataSource, linkageUrl: 'http://127.0.0.1:9', credential: () => '', logger: createLogger('test', 'silent') });
  services = {
    cases: new CaseService(dataSource, publisher),
    personRecords: new PersonRecordService(dataSource, publisher, 'x'.repeat(40)),
    journeyLegs: new JourneyLegService(dataSource),
  };
});
afterAll(async () => {
  await dataSource?.destroy();
  await le?.close();
});

/** The plan of the one SELECT `run` issues, with sequential scans off. */
async function planOf(run: () => Promise<unknown>): Promise<string> {
  statements.length = 0;
  await run();
  expect(statements).toHaveLength(1);
  const [{ sql, parameters }] = statements as [{ sql: string; parameters: unknown[] }];
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SET enable_seqscan = off');
    const rows: Array<{ 'QUERY PLAN': string }> = await runner.query(`EXPLAIN ${sql}`, parameters);
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  } finally {
    await runner.query('RESET enable_seqscan');
    await runner.release();
  }
}

const after = encodeCursor({ createdAt: new Date('2020-01-01T00:00:00Z'), id: '00000000-0000-4000-8000-000000000000' });
const viewer = () => ({ principal: harbourPolice, purpose: 'investigation' });

describe('EXPLAIN of the list queries', () => {
  it.each([
    ['cases', 'law_enforcement_case_owner_page', () => services.cases.list(harbourPolice, { first: 20 })],
    ['cases after a cursor', 'law_enforcement_case_owner_page', () => services.cases.list(harbourPolice, { first: 20, after })],
    ['cases by status', 'law_enforcement_case_owner_status', () => services.cases.list(harbourPolice, { first: 20, status: 'OPEN' })],
    ['cases by jurisdiction', 'law_enforcement_case_owner_jurisdiction', () => services.cases.list(harbourPolice, { first: 20, jurisdiction: 'GB' })],
    // The GIN index serves a selective type across many cases; within one agency's ordered page the
    // planner may as well walk the agency's page index and filter. Either is an index, never a scan.
    ['cases by exploitation', /law_enforcement_case_(exploitation|owner_page)/, () => services.cases.list(harbourPolice, { first: 20, typeOfExploitation: 'FORCED_LABOUR' })],
    ['person records', 'person_record_owner_page', () => services.personRecords.list(harbourPolice, { first: 20 })],
    ['person records by category', 'person_record_owner_category', () => services.personRecords.list(harbourPolice, { first: 20, category: 'VICTIM' })],
    ['person records on a case', 'person_record_case', () => services.personRecords.listOnCase(caseId, { first: 20 })],
    ['journey legs on a case', 'journey_leg_case', () => services.journeyLegs.listOnCase(caseId, { first: 20 })],
    ['journey legs of a person', 'journey_leg_person_record', () => services.journeyLegs.listForPerson(personId, { first: 20 })],
    ['journey legs from a place', 'journey_leg_from', () => services.journeyLegs.listFrom(viewer(), 'MDKIV', { first: 20 })],
    ['journey legs to a place', 'journey_leg_to', () => services.journeyLegs.listTo(viewer(), 'ROBUH', { first: 20 })],
    ['journey legs on a corridor', 'journey_leg_corridor', () => services.journeyLegs.listOnCorridor(viewer(), 'MDKIV', 'ROBUH', { first: 20 })],
  ] as const)('%s uses the index %s', async (_name, index, run) => {
    const plan = await planOf(run);
    expect(plan).toMatch(index);
    expect(plan).not.toContain('Seq Scan');
  });
});
