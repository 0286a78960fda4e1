import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BEACON_AUDIENCE,
  DEV_ISSUER,
  PERSONAS,
  loadOrCreateDevIssuer,
  type DevIssuer,
  type PersonaClaims,
  type Principal,
} from '../../../shared/auth/index.js';
import type { SectorSubgraphConfig } from '../../../shared/config/index.js';
import { isolatedDatabases, type IsolatedDatabases } from '../../../test/support/databases.js';
import type { AccountHolder } from '../account-holder/account-holder.entity.js';
import { createFinancialSubgraph, type FinancialSubgraph } from '../index.js';
import { FINANCIAL_DEMO_REPORTS, seedFinancialDemo } from '../seed/demo-data.js';
import { NO_REPORT_ACCESS, reportAccessOf } from './suspicious-activity-report.access.js';
import type { SuspiciousActivityReport } from './suspicious-activity-report.entity.js';
import { SuspiciousActivityReportStatus, SuspiciousActivityTypology } from './suspicious-activity-report.enums.js';
import { SuspiciousActivityReportService, type FileReportInput } from './suspicious-activity-report.service.js';

const compliance: Principal = { ...PERSONAS['bank-compliance'], issuer: DEV_ISSUER };
const otherBank: PersonaClaims = { ...PERSONAS['bank-compliance'], sub: 'test:southbank-compliance', org: 'southbank' };
const northbankFiu: PersonaClaims = { ...PERSONAS['bank-compliance'], sub: 'test:northbank-fiu', roles: ['fiu'] };
const MISSING_ID = '00000000-0000-4000-8000-000000000000';

let databases: IsolatedDatabases;
let keyFolder: string;
let issuer: DevIssuer;
let subgraph: FinancialSubgraph;
let url: string;
let db: pg.Client;
let withReport: AccountHolder;
let withoutReport: AccountHolder;
let otherBanksHolder: AccountHolder;
let report: SuspiciousActivityReport;

function reportOn(holder: AccountHolder, reference: string): FileReportInput {
  return {
    reference,
    accountHolderId: holder.id,
    filedAt: '2026-01-20T09:00:00+01:00',
    typology: SuspiciousActivityTypology.STRUCTURING,
    narrative: 'Cash deposits of GBP 950–990 on consecutive days.',
  };
}

beforeAll(async () => {
  databases = await isolatedDatabases(['financial']);
  keyFolder = await mkdtemp(join(tmpdir(), 'beacon-sar-keys-'));
  issuer = loadOrCreateDevIssuer(keyFolder);
  const config: SectorSubgraphConfig = {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: databases.urls.financial as string,
    issuers: [{ issuer: DEV_ISSUER, jwksFile: issuer.jwksFile }],
    audience: BEACON_AUDIENCE,
    logLevel: 'silent',
    linkage: { url: 'http://127.0.0.1:9/graphql', secret: 'x'.repeat(40), credential: () => 'unused' },
  };
  subgraph = await createFinancialSubgraph(config);
  ({ url } = await subgraph.listen(0, '127.0.0.1'));
  db = new pg.Client({ connectionString: databases.urls.financial });
  await db.connect();

  const holders = subgraph.services.accountHolders;
  const base = {};
  withReport = await holders.open(compliance, { ...base, sourceRecordId: 'sar-test-1', givenName: 'Elena', familyName: 'Petrova' });
  withoutReport = await holders.open(compliance, { ...base, sourceRecordId: 'sar-test-2', givenName: 'Jonas', familyName: 'Berg' });
  otherBanksHolder = await holders.open({ ...otherBank, issuer: DEV_ISSUER }, { ...base, sourceRecordId: 'sar-test-3', givenName: 'Ana', familyName: 'Rusu' });
  report = await subgraph.services.suspiciousActivityReports.file(compliance, reportOn(withReport, 'NB-SAR-TEST-1'));
});

afterAll(async () => {
  await db?.end();
  await subgraph?.close();
  await databases?.drop();
  if (keyFolder) await rm(keyFolder, { recursive: true, force: true });
});

/** The response body as sent, so that two answers can be compared byte for byte. */
async function post(token: string, headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, text: await response.text() };
}

const AML = { 'x-beacon-purpose': 'aml-compliance' };
const INVESTIGATION = { 'x-beacon-purpose': 'investigation', 'x-beacon-justification': 'HP-2026-0042' };
const REPORT_QUERY = /* GraphQL */ `
  query ($id: ID!) {
    suspiciousActivityReport(id: $id) { id reference typology status filedAt narrative filingInstitution subject { id givenName } }
  }
`;
const REPORT_ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on SuspiciousActivityReport { id reference } } }
`;
const HOLDER_REPORTS = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on AccountHolder { suspiciousActivityReports { id reference } } }
  }
`;

describe('SuspiciousActivityReportService.file', () => {
  it("files a report on the institution's own customer, once per reference, and publishes nothing to linkage", async () => {
    const again = await subgraph.services.suspiciousActivityReports.file(compliance, reportOn(withReport, 'NB-SAR-TEST-1'));

    expect(again.id).toBe(report.id);
    expect(report).toMatchObject({
      reference: 'NB-SAR-TEST-1',
      accountHolderId: withReport.id,
      status: SuspiciousActivityReportStatus.FILED,
      ownerOrg: 'northbank',
    });
    expect(report.filedAt.toISOString()).toBe('2026-01-20T08:00:00.000Z');
    const { rows } = await db.query('SELECT count(*)::int AS n FROM linkage_outbox WHERE record_id = $1', [report.id]);
    expect(rows[0].n).toBe(0);
  });

  it("refuses another institution's customer exactly like a customer that does not exist", async () => {
    const attempt = (holderId: string) =>
      subgraph.services.suspiciousActivityReports
        .file(compliance, { ...reportOn(withReport, `NB-SAR-PROBE-${holderId}`), accountHolderId: holderId })
        .then(
          () => 'filed',
          (error: { code: string; message: string; details: unknown }) => JSON.stringify([error.code, error.message, error.details]),
        );

    const foreign = await attempt(otherBanksHolder.id);
    expect(foreign).toContain('BAD_USER_INPUT');
    expect(await attempt(MISSING_ID)).toBe(foreign);
  });

  it('names every invalid field at once, and writes nothing', async () => {
    const error = await subgraph.services.suspiciousActivityReports
      .file(compliance, {
        reference: ' ',
        accountHolderId: 'nope',
        filedAt: '2026-01-20 09:00',
        typology: 'HUNCH' as SuspiciousActivityTypology,
        narrative: '',
        status: 'PENDING' as SuspiciousActivityReportStatus,
      })
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'BAD_USER_INPUT' });
    const fields = (error as { details: { invalidFields: Array<{ field: string }> } }).details.invalidFields.map((item) => item.field);
    expect(fields.sort()).toEqual(['accountHolderId', 'filedAt', 'narrative', 'reference', 'status', 'typology']);
  });

  it('refuses a filing date in the future', async () => {
    await expect(
      subgraph.services.suspiciousActivityReports.file(compliance, { ...reportOn(withReport, 'NB-SAR-FUTURE'), filedAt: '2999-01-01T00:00:00Z' }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { invalidFields: [{ field: 'filedAt', reason: 'in the future' }] } });
  });

  it('refuses an NGO and a law-enforcement agency', async () => {
    for (const persona of ['ngo-caseworker', 'le-investigator'] as const) {
      await expect(
        subgraph.services.suspiciousActivityReports.file({ ...PERSONAS[persona], issuer: DEV_ISSUER }, reportOn(withReport, `X-${persona}`)),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('seeds the demo report once, however often it runs', async () => {
    await seedFinancialDemo(subgraph);
    await seedFinancialDemo(subgraph);

    const { rows } = await db.query("SELECT typology FROM suspicious_activity_report WHERE reference LIKE 'NB-SAR-2026-%'");
    expect(rows).toEqual(FINANCIAL_DEMO_REPORTS.map((item) => ({ typology: item.typology })));
  });
});

describe('reads for a caller who may not know of reports', () => {
  /** A DataSource that records every use: these reads must not touch the database at all. */
  function watchedDataSource(): { dataSource: DataSource; uses: string[] } {
    const uses: string[] = [];
    const dataSource = new Proxy({} as DataSource, {
      get: (_target, property) => {
        uses.push(String(property));
        throw new Error(`the database was used (${String(property)})`);
      },
    });
    return { dataSource, uses };
  }

  it('answers nothing without a database lookup, for an id, a batch of ids and a holder list', async () => {
    const { dataSource, uses } = watchedDataSource();
    const service = new SuspiciousActivityReportService(dataSource);

    expect(await service.findVisible(NO_REPORT_ACCESS, report.id)).toBeNull();
    expect(await service.loadByIds(NO_REPORT_ACCESS, [report.id, MISSING_ID])).toEqual([null, null]);
    expect(await service.listForHolders(NO_REPORT_ACCESS, [withReport.id, withoutReport.id])).toEqual([[], []]);
    expect(uses).toEqual([]);
  });

  it.each([
    ['an NGO caseworker', PERSONAS['ngo-caseworker'], 'victim-support', undefined],
    ['the hub analyst', PERSONAS['hub-analyst'], 'analysis', undefined],
    ['the filing bank for analysis', PERSONAS['bank-compliance'], 'analysis', undefined],
    ['a bank teller', { ...PERSONAS['bank-compliance'], roles: ['teller'] }, 'aml-compliance', undefined],
    ['an investigator without a justification', PERSONAS['le-investigator'], 'investigation', undefined],
    ['an investigator doing analysis', PERSONAS['le-investigator'], 'analysis', 'HP-2026-0042'],
  ])('gives %s no report access', (_who, claims, purpose, justification) => {
    const access = reportAccessOf({ principal: { ...claims, issuer: DEV_ISSUER }, purpose: purpose as never, justification });
    expect(access).toEqual(NO_REPORT_ACCESS);
  });
});

describe('the policy and the report access', () => {
  const justified = { 'x-beacon-justification': 'HP-2026-0042' };
  it.each([
    ['the filing bank, for AML compliance', PERSONAS['bank-compliance'], { ...AML }, true],
    ["the filing bank's FIU liaison", northbankFiu, { ...AML }, true],
    ["another bank's compliance officer", otherBank, { ...AML }, true],
    ['the filing bank, for analysis', PERSONAS['bank-compliance'], { 'x-beacon-purpose': 'analysis' }, false],
    ['a justified investigator', PERSONAS['le-investigator'], { ...INVESTIGATION }, true],
    ['an investigator without a justification', PERSONAS['le-investigator'], { 'x-beacon-purpose': 'investigation' }, false],
    ['an investigator doing analysis', PERSONAS['le-investigator'], { 'x-beacon-purpose': 'analysis', ...justified }, false],
    ['an NGO caseworker', PERSONAS['ngo-caseworker'], { 'x-beacon-purpose': 'victim-support' }, false],
    ['the hub analyst', PERSONAS['hub-analyst'], { 'x-beacon-purpose': 'analysis' }, false],
  ] as const)('agree on %s (may look: %s)', async (_who, claims, headers, mayLook) => {
    const { text } = await post(issuer.mint(claims), headers, REPORT_QUERY, { id: MISSING_ID });
    const admittedByPolicy = JSON.parse(text).errors === undefined;
    const access = reportAccessOf({
      principal: { ...claims, issuer: DEV_ISSUER },
      purpose: headers['x-beacon-purpose'] as never,
      justification: 'x-beacon-justification' in headers ? headers['x-beacon-justification'] : undefined,
    });

    expect(admittedByPolicy).toBe(mayLook);
    expect(access.kind !== 'none').toBe(mayLook);
  });
});

describe('POST /graphql', () => {
  it('shows the filing institution its report, by id, through its customer and through _entities', async () => {
    const token = issuer.mint(PERSONAS['bank-compliance']);

    const byId = JSON.parse((await post(token, AML, REPORT_QUERY, { id: report.id })).text);
    expect(byId).toEqual({
      data: {
        suspiciousActivityReport: {
          id: report.id,
          reference: 'NB-SAR-TEST-1',
          typology: 'STRUCTURING',
          status: 'FILED',
          filedAt: '2026-01-20T08:00:00.000Z',
          narrative: 'Cash deposits of GBP 950–990 on consecutive days.',
          filingInstitution: 'northbank',
          subject: { id: withReport.id, givenName: 'Elena' },
        },
      },
    });
    const listed = JSON.parse(
      (await post(token, AML, HOLDER_REPORTS, { representations: [{ __typename: 'AccountHolder', id: withReport.id }] })).text,
    );
    expect(listed.data._entities[0].suspiciousActivityReports).toEqual([{ id: report.id, reference: 'NB-SAR-TEST-1' }]);
    const entity = JSON.parse(
      (await post(token, AML, REPORT_ENTITIES, { representations: [{ __typename: 'SuspiciousActivityReport', id: report.id }] })).text,
    );
    expect(entity).toEqual({ data: { _entities: [{ id: report.id, reference: 'NB-SAR-TEST-1' }] } });
  });

  it("shows the filing institution's FIU liaison the report", async () => {
    const { text } = await post(issuer.mint(northbankFiu), AML, REPORT_QUERY, { id: report.id });
    expect(JSON.parse(text).data.suspiciousActivityReport.reference).toBe('NB-SAR-TEST-1');
  });

  it("shows a justified investigator the report and the customer's identity, not the bank's account data", async () => {
    const token = issuer.mint(PERSONAS['le-investigator']);
    const { text } = await post(
      token,
      INVESTIGATION,
      /* GraphQL */ `query ($id: ID!) { suspiciousActivityReport(id: $id) { reference subject { givenName accountNumber } } }`,
      { id: report.id },
    );
    const body = JSON.parse(text);
    expect(body.data.suspiciousActivityReport).toEqual({ reference: 'NB-SAR-TEST-1', subject: { givenName: 'Elena', accountNumber: null } });
    expect(body.errors.map((error: { path: string[] }) => error.path.join('.'))).toEqual(['suspiciousActivityReport.subject.accountNumber']);
  });

  it("answers another bank's compliance officer about a report exactly as about a report that does not exist", async () => {
    const token = issuer.mint(otherBank);

    const existing = await post(token, AML, REPORT_QUERY, { id: report.id });
    const missing = await post(token, AML, REPORT_QUERY, { id: MISSING_ID });
    expect(JSON.parse(existing.text)).toEqual({ data: { suspiciousActivityReport: null } });
    expect(missing).toEqual(existing);

    const entityOf = (id: string) => post(token, AML, REPORT_ENTITIES, { representations: [{ __typename: 'SuspiciousActivityReport', id }] });
    expect(JSON.parse((await entityOf(report.id)).text)).toEqual({ data: { _entities: [null] } });
    expect(await entityOf(MISSING_ID)).toEqual(await entityOf(report.id));

    const listOf = (holder: AccountHolder) =>
      post(token, AML, HOLDER_REPORTS, { representations: [{ __typename: 'AccountHolder', id: holder.id }] });
    expect(JSON.parse((await listOf(withReport)).text)).toEqual({ data: { _entities: [{ suspiciousActivityReports: [] }] } });
    expect(await listOf(withoutReport)).toEqual(await listOf(withReport));
  });

  it("answers the filing bank's own officer, for analysis, with the same refusal whether a report exists or not", async () => {
    const token = issuer.mint(PERSONAS['bank-compliance']);
    const analysis = { 'x-beacon-purpose': 'analysis' };

    const existing = await post(token, analysis, REPORT_QUERY, { id: report.id });
    const missing = await post(token, analysis, REPORT_QUERY, { id: MISSING_ID });
    expect(JSON.parse(existing.text).errors[0].extensions.code).toBe('FORBIDDEN');
    expect(missing).toEqual(existing);
  });
});

describe('the queries behind the lookups', () => {
  /** The plan Postgres picks with sequential scans ruled out, as it would on a table with rows. */
  async function planOf(sql: string): Promise<string> {
    await db.query('SET enable_seqscan = off');
    try {
      const { rows } = await db.query(`EXPLAIN ${sql}`);
      return rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
    } finally {
      await db.query('RESET enable_seqscan');
    }
  }

  it("finds a filer's report by id through the (owner, id) index, missing other banks' reports in the index", async () => {
    const plan = await planOf(
      `SELECT * FROM suspicious_activity_report WHERE id IN ('${report.id}') AND owner_org = 'southbank'`,
    );
    expect(plan).toContain('suspicious_activity_report_owner_id');
    expect(plan.split('\n').find((line) => line.includes('Index Cond'))).toMatch(/owner_org.*id|id.*owner_org/);
  });

  it("finds a filer's reports on a holder through the (holder, owner) index, never by reading other banks' rows", async () => {
    const plan = await planOf(
      `SELECT * FROM suspicious_activity_report
        WHERE account_holder_id IN ('${withReport.id}') AND owner_org = 'southbank' ORDER BY filed_at DESC`,
    );
    expect(plan).toContain('suspicious_activity_report_holder_owner_filed');
    const indexCondition = plan.split('\n').find((line) => line.includes('Index Cond'));
    expect(indexCondition).toContain('account_holder_id');
    expect(indexCondition).toContain('owner_org');
  });
});
