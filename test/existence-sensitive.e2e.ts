import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonaClaims } from '../shared/auth/index.js';
import { DEFAULT_HEADERS, startTestStack, type TestStack } from './support/stack.js';

/*
 * Existence can be the secret (DESIGN.md): whoever may not learn that a suspicious-activity report
 * exists gets, byte for byte, the answer they would get if it did not. And handling codes: another
 * police agency sees what the owning agency's SIENA code allows, and no more.
 */

let stack: TestStack;
/** Northbank's demo report, on Elena's account. */
let reportId: string;
/** Northbank's customers with and without a report. */
let holderWithReport: string;
let holderWithoutReport: string;

const SOUTHBANK_COMPLIANCE: PersonaClaims = {
  sub: 'test:southbank-compliance',
  org: 'southbank',
  sector: 'FINANCIAL',
  roles: ['compliance-officer'],
  purposes: ['aml-compliance'],
};
const COASTAL_INVESTIGATOR: PersonaClaims = {
  sub: 'test:coastal-investigator',
  org: 'coastal-police',
  sector: 'LAW_ENFORCEMENT',
  roles: ['investigator'],
  purposes: ['investigation', 'analysis'],
};

beforeAll(async () => {
  stack = await startTestStack();
  const { body } = await stack.query(
    'bank-compliance',
    '{ accountHolders(first: 100) { id givenName suspiciousActivityReports { id } } }',
  );
  const holders = body.data?.accountHolders as Array<{ id: string; givenName: string; suspiciousActivityReports: Array<{ id: string }> }>;
  const elena = holders.find((holder) => holder.givenName === 'Elena');
  const jonas = holders.find((holder) => holder.givenName === 'Jonas');
  reportId = elena?.suspiciousActivityReports[0]?.id as string;
  holderWithReport = elena?.id as string;
  holderWithoutReport = jonas?.id as string;
  expect(jonas?.suspiciousActivityReports).toEqual([]);
});
afterAll(async () => {
  await stack?.stop();
});

interface Caller {
  readonly token: string;
  readonly headers: Record<string, string>;
}

/** Posts an operation and returns the body exactly as sent, request ids blanked. */
async function raw(caller: Caller, url: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${caller.token}`, ...caller.headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, text: text.replace(/"requestId":"[^"]*"/g, '"requestId":"-"') };
}

const REPORT = /* GraphQL */ `
  query Report($id: ID!) {
    suspiciousActivityReport(id: $id) { id reference typology status filedAt narrative filingInstitution }
  }
`;
const REPORT_ENTITY = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on SuspiciousActivityReport { id reference typology narrative } }
  }
`;
const HOLDER_REPORTS_ENTITY = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on AccountHolder { suspiciousActivityReports { id reference typology } } }
  }
`;
const HOLDER_REPORTS = /* GraphQL */ `
  query HolderReports($id: ID!) { accountHolder(id: $id) { suspiciousActivityReports { id reference } } }
`;

const UNAUTHORISED: ReadonlyArray<[string, () => Caller]> = [
  ['an NGO caseworker', () => ({ token: stack.tokens['ngo-caseworker'], headers: { ...DEFAULT_HEADERS['ngo-caseworker'] } })],
  ['the hub analyst', () => ({ token: stack.tokens['hub-analyst'], headers: { ...DEFAULT_HEADERS['hub-analyst'] } })],
  [
    "another bank's compliance officer",
    () => ({ token: stack.issuer.mint(SOUTHBANK_COMPLIANCE), headers: { 'x-beacon-purpose': 'aml-compliance' } }),
  ],
  [
    'an investigator who states no justification',
    () => ({ token: stack.tokens['le-investigator'], headers: { 'x-beacon-purpose': 'investigation' } }),
  ],
  [
    'an investigator doing analysis',
    () => ({ token: stack.tokens['le-investigator'], headers: { 'x-beacon-purpose': 'analysis', 'x-beacon-justification': 'HP-2026-0042' } }),
  ],
  ["the filing bank's own officer doing analysis", () => ({ token: stack.tokens['bank-compliance'], headers: { 'x-beacon-purpose': 'analysis' } })],
];

describe.each(UNAUTHORISED)('to %s, a suspicious-activity report', (_who, callerOf) => {
  it('by id, through the gateway, is answered byte for byte as an id that does not exist', async () => {
    const caller = callerOf();
    const gateway = `${stack.gatewayUrl}/graphql`;

    const existing = await raw(caller, gateway, REPORT, { id: reportId });
    const missing = await raw(caller, gateway, REPORT, { id: randomUUID() });

    expect(existing.status).toBe(200);
    expect(existing.text).not.toContain('NB-SAR');
    expect(missing).toEqual(existing);
  });

  it('by id, at the financial subgraph, is answered byte for byte as an id that does not exist', async () => {
    const caller = callerOf();
    const financial = stack.subgraphUrls.financial as string;

    const existing = await raw(caller, financial, REPORT, { id: reportId });
    const missing = await raw(caller, financial, REPORT, { id: randomUUID() });

    expect(existing.text).not.toContain('NB-SAR');
    expect(missing).toEqual(existing);
  });

  it('through _entities is null, byte for byte as for an id that does not exist', async () => {
    const caller = callerOf();
    const financial = stack.subgraphUrls.financial as string;
    const entity = (id: string) => raw(caller, financial, REPORT_ENTITY, { representations: [{ __typename: 'SuspiciousActivityReport', id }] });

    const existing = await entity(reportId);
    const missing = await entity(randomUUID());

    expect(JSON.parse(existing.text)).toEqual({ data: { _entities: [null] } });
    expect(missing).toEqual(existing);
  });

  it("leaves a customer's report list exactly as for a customer without reports", async () => {
    const caller = callerOf();
    const financial = stack.subgraphUrls.financial as string;
    const gateway = `${stack.gatewayUrl}/graphql`;
    const listAtSubgraph = (id: string) =>
      raw(caller, financial, HOLDER_REPORTS_ENTITY, { representations: [{ __typename: 'AccountHolder', id }] });

    const withReport = await listAtSubgraph(holderWithReport);
    expect(withReport.text).not.toContain('NB-SAR');
    expect(await listAtSubgraph(holderWithoutReport)).toEqual(withReport);
    expect(await raw(caller, gateway, HOLDER_REPORTS, { id: holderWithoutReport })).toEqual(
      await raw(caller, gateway, HOLDER_REPORTS, { id: holderWithReport }),
    );
  });
});

describe('those who may know of a report', () => {
  it('shows the filing bank its report through the gateway, and nothing for an id that does not exist', async () => {
    const existing = await stack.query('bank-compliance', REPORT, { variables: { id: reportId } });
    const missing = await stack.query('bank-compliance', REPORT, { variables: { id: randomUUID() } });

    expect(existing.body.errors).toBeUndefined();
    expect(existing.body.data?.suspiciousActivityReport).toMatchObject({
      id: reportId,
      reference: 'NB-SAR-2026-0007',
      typology: 'FUNNEL_ACCOUNT',
      status: 'FILED',
      filingInstitution: 'northbank',
    });
    expect(missing.body).toEqual({ data: { suspiciousActivityReport: null } });
  });

  it('shows a justified investigator the report by id and on the linked person across sectors', async () => {
    const byId = await stack.query('le-investigator', REPORT, { variables: { id: reportId } });
    expect(byId.body.data?.suspiciousActivityReport).toMatchObject({ reference: 'NB-SAR-2026-0007', typology: 'FUNNEL_ACCOUNT' });

    const { body } = await stack.query(
      'le-investigator',
      '{ people(minSectors: 2) { personRecords { givenName } accountHolders { suspiciousActivityReports { reference typology } } } }',
    );
    const [elena] = body.data?.people as Array<{ personRecords: unknown[]; accountHolders: Array<{ suspiciousActivityReports: unknown[] }> }>;
    expect(elena?.personRecords).toEqual([{ givenName: 'Elena' }]);
    expect(elena?.accountHolders[0]?.suspiciousActivityReports).toEqual([{ reference: 'NB-SAR-2026-0007', typology: 'FUNNEL_ACCOUNT' }]);
  });
});

describe('handling codes between police agencies, through the gateway', () => {
  const PEOPLE = '{ people(first: 100) { personRecords { id handlingCode owningAgency category givenName } } }';
  type RecordView = { id: string; handlingCode: string | null; owningAgency: string | null; category: string | null; givenName: string | null };

  /** Harbour Police's records as the owner sees them, by handling code. */
  async function ownRecordsByCode(): Promise<Record<string, RecordView>> {
    const { body } = await stack.query('le-investigator', '{ personRecords(first: 100) { edges { node { id handlingCode owningAgency category givenName } } } }');
    const { edges } = body.data?.personRecords as { edges: Array<{ node: RecordView }> };
    return Object.fromEntries(edges.map(({ node }) => [node.handlingCode, node]));
  }

  /** Every person record reachable through linkage, as a caller sees it, by id. */
  async function recordsSeenBy(token: string, headers: Record<string, string>): Promise<Map<string, RecordView>> {
    const { body } = await stack.query(null, PEOPLE, { headers: { authorization: `Bearer ${token}`, ...headers } });
    const people = body.data?.people as Array<{ personRecords: RecordView[] }>;
    return new Map(people.flatMap((person) => person.personRecords).map((record) => [record.id, record]));
  }

  it('shows the owning agency every record, whatever its code', async () => {
    const own = await ownRecordsByCode();
    expect(Object.keys(own).sort()).toEqual(['H0', 'H1', 'H2', 'H3']);
    expect(Object.values(own).map((record) => record.givenName).sort()).toEqual(['Elena', 'Marius', 'Sarah', 'Viktor']);
  });

  it("shows a second agency's investigator an H0 suspect's name but not an H2 suspect's, whose owner and code it does see", async () => {
    const own = await ownRecordsByCode();
    const seen = await recordsSeenBy(stack.issuer.mint(COASTAL_INVESTIGATOR), {
      'x-beacon-purpose': 'investigation',
      'x-beacon-justification': 'CP-2026-0101',
    });

    expect(seen.get(own.H0!.id)).toMatchObject({ category: 'SUSPECT', givenName: 'Marius' });
    expect(seen.get(own.H2!.id)).toEqual({ id: own.H2!.id, handlingCode: 'H2', owningAgency: 'harbour-police', category: null, givenName: null });
    expect(seen.get(own.H1!.id)).toMatchObject({ givenName: 'Elena' });
    expect(seen.get(own.H3!.id)).toMatchObject({ givenName: null });
  });

  it("never shows a second agency an H1 record's content for analysis", async () => {
    const own = await ownRecordsByCode();
    const seen = await recordsSeenBy(stack.issuer.mint(COASTAL_INVESTIGATOR), {
      'x-beacon-purpose': 'analysis',
      'x-beacon-justification': 'CP-2026-0101',
    });

    expect(seen.get(own.H1!.id)).toMatchObject({ category: null, givenName: null });
  });
});
