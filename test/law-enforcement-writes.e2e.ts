import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAS, type PersonaClaims } from '../shared/auth/index.js';
import { DEFAULT_HEADERS, startTestStack, type GraphQLResponse, type TestStack } from './support/stack.js';

/*
 * Writes to law enforcement through the gateway, as a partner tool would make them: a case, a
 * person on it, a journey leg; bad input named field by field; the owner alone writing; and an
 * erasure that leaves the hub an `erased` publication and the audit trail its event.
 */

const COASTAL_INVESTIGATOR: PersonaClaims = { ...PERSONAS['le-investigator'], sub: 'test:coastal-investigator', org: 'coastal-police' };

const OPEN_CASE = /* GraphQL */ `
  mutation ($input: OpenCaseInput!) {
    openCase(input: $input) { id reference status jurisdiction handlingCode sourceReliability informationAccuracy typesOfExploitation owningAgency retentionUntil }
  }
`;
const RECORD_PERSON = /* GraphQL */ `
  mutation ($input: RecordPersonInput!) {
    recordPerson(input: $input) {
      id category caseReference handlingCode perpetratorRoles givenName familyName
      names { given family kind } documents { type issuingCountry number } phones emails addresses { locality country }
    }
  }
`;
const RECORD_LEG = /* GraphQL */ `
  mutation ($input: RecordJourneyLegInput!) {
    recordJourneyLeg(input: $input) { id date mode borderCrossing crossingPoint from { code } to { code } corridor { origin destination } }
  }
`;

const CASE_INPUT = {
  reference: 'HP-2026-0900',
  jurisdiction: 'GB',
  openedOn: '2026-05-04',
  typesOfExploitation: ['FORCED_LABOUR'],
  handlingCode: 'H1',
  sourceReliability: 'B',
  informationAccuracy: 'CORROBORATED',
  retentionUntil: '2036-05-04',
};

let stack: TestStack;
let db: pg.Client;
let caseId: string;
let personId: string;

beforeAll(async () => {
  stack = await startTestStack();
  db = new pg.Client({ connectionString: stack.databaseUrls['law-enforcement'] });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await stack?.stop();
});

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await db.query(sql, params);
  return Number(rows[0].n);
}

function invalidFields(body: GraphQLResponse): string[] {
  const error = body.errors?.[0];
  expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  return (error?.extensions?.invalidFields as Array<{ field: string }>).map((item) => item.field);
}

describe('law-enforcement writes through the gateway', () => {
  it('opens a case, records a person on it and a journey leg, and reads them back', async () => {
    const opened = await stack.query('le-investigator', OPEN_CASE, { variables: { input: CASE_INPUT } });
    expect(opened.body.errors).toBeUndefined();
    expect(opened.body.data?.openCase).toMatchObject({
      reference: 'HP-2026-0900',
      status: 'OPEN',
      handlingCode: 'H1',
      informationAccuracy: 'CORROBORATED',
      typesOfExploitation: ['FORCED_LABOUR'],
      owningAgency: 'harbour-police',
      retentionUntil: '2036-05-04',
    });
    caseId = (opened.body.data?.openCase as { id: string }).id;

    const recorded = await stack.query('le-investigator', RECORD_PERSON, {
      variables: {
        input: {
          caseId,
          category: 'SUSPECT',
          perpetratorRoles: ['RECRUITER_OR_INTERMEDIARY'],
          names: [{ given: 'Radu', family: 'Ceban' }, { given: 'Rado', family: 'Ceban', kind: 'ALIAS' }],
          dateOfBirth: '1983-08-08',
          nationalities: ['MD'],
          documents: [{ type: 'NATIONAL_ID', issuingCountry: 'MD', number: '2003004005006' }],
          phones: ['+373 69 444 555'],
          emails: ['radu.ceban@example.org'],
          addresses: [{ locality: 'Chișinău', country: 'MD' }],
        },
      },
    });
    expect(recorded.body.errors).toBeUndefined();
    expect(recorded.body.data?.recordPerson).toMatchObject({
      category: 'SUSPECT',
      caseReference: 'HP-2026-0900',
      handlingCode: 'H1',
      perpetratorRoles: ['RECRUITER_OR_INTERMEDIARY'],
      givenName: 'Radu',
      names: [{ given: 'Radu', family: 'Ceban', kind: 'PRIMARY' }, { given: 'Rado', family: 'Ceban', kind: 'ALIAS' }],
      documents: [{ type: 'NATIONAL_ID', issuingCountry: 'MD', number: '2003004005006' }],
      addresses: [{ locality: 'Chișinău', country: 'MD' }],
    });
    personId = (recorded.body.data?.recordPerson as { id: string }).id;

    const leg = await stack.query('le-investigator', RECORD_LEG, {
      variables: { input: { caseId, personRecordId: personId, from: 'MDKIV', to: 'GB LON', date: '2026-04-01', mode: 'AIR' } },
    });
    expect(leg.body.errors).toBeUndefined();
    expect(leg.body.data?.recordJourneyLeg).toMatchObject({
      mode: 'AIR',
      borderCrossing: true,
      from: { code: 'MDKIV' },
      to: { code: 'GBLON' },
      corridor: { origin: 'MDKIV', destination: 'GBLON' },
    });

    // The gateway's depth limit (8) counts a connection's edges and node: one list per query level.
    const read = await stack.query(
      'le-investigator',
      `query ($id: ID!) { case(id: $id) { reference
         personRecords { edges { node { id givenName } } pageInfo { hasNextPage } }
         journeyLegs { edges { node { personRecord { id } to { code } } } }
       } }`,
      { variables: { id: caseId } },
    );
    expect(read.body.errors).toBeUndefined();
    const onCase = read.body.data?.case as {
      personRecords: { edges: Array<{ node: { id: string; givenName: string } }> };
      journeyLegs: { edges: Array<{ node: { personRecord: { id: string }; to: { code: string } } }> };
    };
    expect(onCase.personRecords.edges.map((edge) => edge.node)).toEqual([{ id: personId, givenName: 'Radu' }]);
    expect(onCase.journeyLegs.edges.map((edge) => edge.node)).toEqual([{ personRecord: { id: personId }, to: { code: 'GBLON' } }]);

    const place = await stack.query(
      'le-investigator',
      `query ($id: ID!) { personRecord(id: $id) { journeyLegs { edges { node { to { lawEnforcementJourneyLegsTo { edges { cursor } } } } } } } }`,
      { variables: { id: personId } },
    );
    expect(place.body.errors).toBeUndefined();
    const arriving = place.body.data?.personRecord as { journeyLegs: { edges: Array<{ node: { to: { lawEnforcementJourneyLegsTo: { edges: unknown[] } } } }> } };
    // This leg and the demo's two legs into London (Elena's and Marius's).
    expect(arriving.journeyLegs.edges[0]?.node.to.lawEnforcementJourneyLegsTo.edges).toHaveLength(3);
  });

  it('names every bad field of a case at once, with BAD_USER_INPUT, and writes nothing', async () => {
    const before = await count('SELECT count(*)::int AS n FROM law_enforcement_case');
    const { body } = await stack.query('le-investigator', OPEN_CASE, {
      variables: { input: { ...CASE_INPUT, reference: 'HP-2026-0901', jurisdiction: 'ZZ', openedOn: '2026-02-30', handlingCode: 'H7', typesOfExploitation: ['BURGLARY'] } },
    });
    expect(body.data?.openCase ?? null).toBeNull();
    expect(invalidFields(body)).toEqual(['jurisdiction', 'openedOn', 'typesOfExploitation[0]', 'handlingCode']);
    expect(await count('SELECT count(*)::int AS n FROM law_enforcement_case')).toBe(before);
  });

  it('refuses an owner field smuggled into the input (no mass assignment), writing nothing', async () => {
    const before = await count('SELECT count(*)::int AS n FROM law_enforcement_case');
    const { body } = await stack.query('le-investigator', OPEN_CASE, {
      variables: { input: { ...CASE_INPUT, reference: 'HP-2026-0902', ownerOrg: 'coastal-police' } },
    });
    expect(body.data?.openCase ?? null).toBeNull();
    expect(JSON.stringify(body.errors)).toContain('ownerOrg');
    expect(await count('SELECT count(*)::int AS n FROM law_enforcement_case')).toBe(before);
  });

  it("refuses another sector's caller, and lets no other agency change the owner's records", async () => {
    const ngo = await stack.query('ngo-caseworker', OPEN_CASE, { variables: { input: { ...CASE_INPUT, reference: 'NGO-1' } } });
    expect(ngo.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count("SELECT count(*)::int AS n FROM law_enforcement_case WHERE reference = 'NGO-1'")).toBe(0);

    const coastal = await stack.query(null, 'mutation ($id: ID!) { updatePersonRecord(input: { id: $id, phones: [] }) { id } }', {
      variables: { id: personId },
      headers: { authorization: `Bearer ${stack.issuer.mint(COASTAL_INVESTIGATOR)}`, ...DEFAULT_HEADERS['le-investigator'] },
    });
    expect(coastal.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await count("SELECT count(*)::int AS n FROM person_record WHERE id = $1 AND phones <> '{}'", [personId])).toBe(1);
  });

  it('re-publishes a record to linkage when its identifiers change', async () => {
    const before = await count('SELECT count(*)::int AS n FROM linkage_outbox WHERE record_id = $1', [personId]);
    const { body } = await stack.query('le-investigator', 'mutation ($id: ID!) { updatePersonRecord(input: { id: $id, emails: ["r.ceban@example.org"] }) { emails } }', {
      variables: { id: personId },
    });
    expect(body.data?.updatePersonRecord).toEqual({ emails: ['r.ceban@example.org'] });
    expect(await count('SELECT count(*)::int AS n FROM linkage_outbox WHERE record_id = $1', [personId])).toBe(before + 1);
  });

  it('erases a record on request of its owner, leaving linkage an erased publication and the audit trail its event', async () => {
    const { body } = await stack.query('le-investigator', 'mutation ($id: ID!) { erasePersonRecord(id: $id) { id } }', { variables: { id: personId } });
    expect(body.data?.erasePersonRecord).toEqual({ id: personId });

    expect(await count('SELECT count(*)::int AS n FROM person_record WHERE id = $1', [personId])).toBe(0);
    expect(await count('SELECT count(*)::int AS n FROM journey_leg WHERE person_record_id = $1', [personId])).toBe(0);
    const { rows } = await db.query('SELECT publication FROM linkage_outbox WHERE record_id = $1', [personId]);
    expect(rows.map((row: { publication: { erased: boolean; keys: unknown[] } }) => row.publication)).toEqual([
      expect.objectContaining({ erased: true, keys: [] }),
    ]);
    const events = await count(
      "SELECT count(*)::int AS n FROM audit_event WHERE kind = 'WRITE' AND record_type = 'PersonRecord' AND $1 = ANY(record_ids) AND 'erasePersonRecord' = ANY(fields)",
      [personId],
    );
    expect(events).toBe(1);
  });

  it('pages a list with cursors and caps the page size', async () => {
    const first = await stack.query('le-investigator', '{ cases(first: 2) { edges { cursor node { reference } } pageInfo { hasNextPage endCursor } } }');
    const page = first.body.data?.cases as { edges: Array<{ node: { reference: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } };
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await stack.query('le-investigator', 'query ($after: String) { cases(first: 1000, after: $after) { edges { node { reference } } pageInfo { hasNextPage } } }', {
      variables: { after: page.pageInfo.endCursor },
    });
    const rest = next.body.data?.cases as { edges: Array<{ node: { reference: string } }>; pageInfo: { hasNextPage: boolean } };
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const references = [...page.edges, ...rest.edges].map((edge) => edge.node.reference);
    expect(new Set(references).size).toBe(references.length);
    expect(references).toEqual(expect.arrayContaining(['HP-2026-0042', 'HP-2026-0900']));
  });
});
