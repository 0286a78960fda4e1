import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type GraphQLResponse, type TestStack } from './support/stack.js';

/*
 * The thin slice: Elena Petrova is known to the police (a victim on a case), to an NGO (a survivor,
 * her name written in Cyrillic) and to a bank (an account holder). Linkage joins the three records
 * from keyed encodings only; one gateway query returns her, and each persona sees its own slice.
 */
const PERSON_QUERY = /* GraphQL */ `
  query LinkedPeople {
    people(minSectors: 2) {
      id
      personRecords { id category givenName familyName }
      survivors { id givenName familyName gender }
      accountHolders { id givenName familyName accountNumber }
      evidence { sector recordType matchedOn }
    }
  }
`;

interface PersonView {
  id: string;
  personRecords: Array<Record<string, unknown> | null> | null;
  survivors: Array<Record<string, unknown> | null> | null;
  accountHolders: Array<Record<string, unknown> | null> | null;
  evidence: Array<{ sector: string; recordType: string; matchedOn: string[] }> | null;
}

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

function people(body: GraphQLResponse): PersonView[] {
  return (body.data?.people ?? []) as PersonView[];
}

function forbiddenPaths(body: GraphQLResponse): string[] {
  return (body.errors ?? [])
    .filter((error) => error.extensions?.code === 'FORBIDDEN')
    .map((error) => (error.path ?? []).filter((part) => typeof part === 'string').join('.'));
}

describe('one person across three sectors, through the gateway', () => {
  it('links the police, NGO and bank records of the demo person into one Person', async () => {
    const { status, body } = await stack.query('hub-analyst', PERSON_QUERY);
    expect(status).toBe(200);
    const [elena, ...others] = people(body);
    expect(others).toHaveLength(0);
    expect(elena?.personRecords).toHaveLength(1);
    expect(elena?.survivors).toHaveLength(1);
    expect(elena?.accountHolders).toHaveLength(1);
    const matched = new Set(elena?.evidence?.flatMap((item) => item.matchedOn));
    // The Cyrillic NGO record matches the Latin ones on name + date of birth; phones match too.
    expect(matched).toContain('NAME_DOB');
    expect(matched).toContain('PHONE');
  });

  it('shows the hub analyst that the records exist but no name from any sector', async () => {
    const { body } = await stack.query('hub-analyst', PERSON_QUERY);
    const [elena] = people(body);
    expect(elena?.personRecords?.[0]).toMatchObject({ givenName: null, familyName: null, category: null });
    expect(elena?.survivors?.[0]).toMatchObject({ givenName: null, familyName: null });
    expect(elena?.accountHolders?.[0]).toMatchObject({ givenName: null, accountNumber: null });
    expect(forbiddenPaths(body)).toEqual(
      expect.arrayContaining(['people.personRecords.givenName', 'people.survivors.givenName', 'people.accountHolders.givenName']),
    );
  });

  it("shows the NGO caseworker the survivor's name, but not the police record's, and hides the bank record", async () => {
    const { body } = await stack.query('ngo-caseworker', PERSON_QUERY);
    const [elena] = people(body);
    expect(elena?.survivors?.[0]).toMatchObject({ givenName: 'Елена', familyName: 'Петрова' });
    expect(elena?.personRecords?.[0]).toMatchObject({ givenName: null, category: null });
    // The bank did not allow NGOs to learn its customers exist.
    expect(elena?.accountHolders).toEqual([]);
    expect(forbiddenPaths(body)).toContain('people.personRecords.givenName');
    expect(forbiddenPaths(body)).not.toContain('people.survivors.givenName');
  });

  it("never shows the bank's compliance officer the survivor's name, and hides the police victim record", async () => {
    const { body } = await stack.query('bank-compliance', PERSON_QUERY);
    const [elena] = people(body);
    expect(elena?.accountHolders?.[0]).toMatchObject({ givenName: 'Elena', familyName: 'PETROVA' });
    expect(elena?.survivors?.[0]).toMatchObject({ givenName: null, familyName: null });
    expect(elena?.personRecords).toEqual([]);
    expect(JSON.stringify(body)).not.toContain('Елена');
    expect(forbiddenPaths(body)).toContain('people.survivors.givenName');
  });

  it('shows the investigator the police record and the bank customer, not the survivor', async () => {
    const { body } = await stack.query('le-investigator', PERSON_QUERY);
    const [elena] = people(body);
    expect(elena?.personRecords?.[0]).toMatchObject({ givenName: 'Elena', familyName: 'Petrova', category: 'VICTIM' });
    expect(elena?.accountHolders?.[0]).toMatchObject({ givenName: 'Elena' });
    expect(elena?.survivors?.[0]).toMatchObject({ givenName: null });
    expect(JSON.stringify(body)).not.toContain('Елена');
  });

  it('keeps every sibling field when one field is denied (nullability follows policy)', async () => {
    const { body } = await stack.query('bank-compliance', PERSON_QUERY);
    const [elena] = people(body);
    expect(elena?.id).toEqual(expect.any(String));
    expect(elena?.survivors?.[0]?.id).toEqual(expect.any(String));
    expect(elena?.accountHolders?.[0]?.accountNumber).toBe('GB33BUKB20201555555555');
  });
});

describe('identity, end to end', () => {
  it('answers 401 UNAUTHENTICATED at the gateway without a token, before any planning', async () => {
    const { status, body } = await stack.query(null, PERSON_QUERY);
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers 401 at a subgraph called directly without a token, and with a forged one', async () => {
    const url = stack.subgraphUrls.ngo as string;
    const none = await stack.query(null, '{ survivors { id givenName } }', { url, headers: { 'x-beacon-purpose': 'victim-support' } });
    expect(none.status).toBe(401);
    expect(none.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [header, payload] = stack.tokens['ngo-caseworker'].split('.');
    const forged = `${header}.${payload}.${Buffer.from('not a signature').toString('base64url')}`;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${forged}`, 'x-beacon-purpose': 'victim-support' },
      body: JSON.stringify({ query: '{ survivors { id givenName } }' }),
    });
    expect(response.status).toBe(401);
  });

  it("refuses a subgraph's schema (_service) to a member's token: only the gateway identity may read it", async () => {
    const { body } = await stack.query('hub-analyst', '{ _service { sdl } }', {
      url: stack.subgraphUrls.linkage,
      headers: { 'x-beacon-purpose': 'analysis' },
    });
    expect(body.data?._service ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('declared purpose and justification', () => {
  it('refuses a request that declares no purpose, at the gateway and at a subgraph, with no data', async () => {
    const atGateway = await stack.query('ngo-caseworker', PERSON_QUERY, { headers: {} });
    expect(atGateway.status).toBe(400);
    expect(atGateway.body.data).toBeUndefined();
    expect(atGateway.body.errors?.[0]?.extensions?.code).toBe('PURPOSE_REQUIRED');
    const atSubgraph = await stack.query('ngo-caseworker', '{ survivors { id givenName } }', { url: stack.subgraphUrls.ngo, headers: {} });
    expect(atSubgraph.status).toBe(400);
    expect(atSubgraph.body.errors?.[0]?.extensions?.code).toBe('PURPOSE_REQUIRED');
  });

  it('refuses a purpose the token does not grant, and one that is not a Beacon purpose', async () => {
    for (const purpose of ['investigation', 'curiosity']) {
      const { status, body } = await stack.query('ngo-caseworker', PERSON_QUERY, { headers: { 'x-beacon-purpose': purpose } });
      expect(status).toBe(403);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.extensions?.code).toBe('PURPOSE_NOT_GRANTED');
    }
  });

  it('withholds personal fields from an investigator who states no justification', async () => {
    const { body } = await stack.query('le-investigator', PERSON_QUERY, { headers: { 'x-beacon-purpose': 'investigation' } });
    const [elena] = people(body);
    expect(elena?.personRecords?.[0]).toMatchObject({ givenName: null, familyName: null, category: 'VICTIM' });
    const codes = (body.errors ?? []).map((error) => error.extensions?.code);
    expect(codes).toContain('JUSTIFICATION_REQUIRED');
  });

  it("shows the caseworker's own survivor only for victim support, not for analysis", async () => {
    const { body } = await stack.query('ngo-caseworker', PERSON_QUERY, { headers: { 'x-beacon-purpose': 'analysis' } });
    const [elena] = people(body);
    expect(elena?.survivors?.[0]).toMatchObject({ givenName: null });
  });
});

describe('claims come only from the verified token', () => {
  it('ignores role, organisation and sector claims forged in headers', async () => {
    const { body } = await stack.query('bank-compliance', PERSON_QUERY, {
      headers: {
        'x-beacon-purpose': 'aml-compliance',
        'x-beacon-org': 'safe-passage',
        'x-beacon-sector': 'NGO',
        'x-beacon-roles': 'caseworker',
        'x-forwarded-user': 'demo:ngo-caseworker',
      },
    });
    const [elena] = people(body);
    expect(elena?.survivors?.[0]).toMatchObject({ givenName: null, familyName: null });
    expect(JSON.stringify(body)).not.toContain('Елена');
  });
});

describe('the hub', () => {
  it('stores no raw identifier of the demo data: no name, date of birth, phone or document number', async () => {
    const client = new pg.Client({ connectionString: stack.databaseUrls.linkage });
    await client.connect();
    try {
      // Every table the hub has, so that a table added later is searched too.
      const { rows: tables } = await client.query<{ name: string }>(
        `SELECT quote_ident(table_name) AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
      );
      expect(tables.map((table) => table.name)).toEqual(expect.arrayContaining(['person', 'linked_record', 'linkage_key']));
      const dumps: string[] = [];
      // One query at a time: a pg client queues concurrent queries, and pg 8 deprecates relying on it.
      for (const { name } of tables) dumps.push(JSON.stringify((await client.query(`SELECT * FROM ${name}`)).rows));
      const dump = dumps.join('\n');
      expect(dump).toContain('NAME_DOB');
      for (const raw of ['Elena', 'elena', 'Petrova', 'PETROVA', 'Елена', '1994-03-12', '19940312', '+37369123456', '69123456', 'AB1234567', 'Lungu', 'GB33BUKB']) {
        expect(dump, raw).not.toContain(raw);
      }
    } finally {
      await client.end();
    }
  });
});
