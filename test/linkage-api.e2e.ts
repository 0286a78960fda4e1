import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type GraphQLResponse, type TestStack } from './support/stack.js';
import { eventually } from './support/eventually.js';

/*
 * The hub through the gateway: a person with each sector's records and the evidence of each
 * link; a hit/no-hit lookup that each caller's own sector subgraph keys; a person's network
 * through what their records share. Discoverability holds in all three: nothing references a
 * record to a sector that may not know of it.
 */
const PERSON = /* GraphQL */ `
  query Person($id: ID!) {
    person(id: $id) {
      id
      personRecords { id }
      survivors { id }
      accountHolders { id }
      links { from { sector recordType recordId } to { sector recordType recordId } matchedOn similarity }
    }
  }
`;
const NETWORK = /* GraphQL */ `
  query Network($id: ID!) {
    network(personId: $id, depth: 2) {
      start { id }
      people { id personRecords { id category } }
      edges { from { id } to { id } sharedOn strength depth }
      truncated
    }
  }
`;
const lookupQuery = (field: string) => /* GraphQL */ `
  query Lookup($identifiers: LinkageLookupInput!) { ${field}(identifiers: $identifiers) { matched sectors } }
`;
const ELENA = { names: [{ given: 'Elena', family: 'Petrova' }], dateOfBirth: '1994-03-12' };

let stack: TestStack;
let elenaId: string;

beforeAll(async () => {
  stack = await startTestStack();
  const { body } = await stack.query('hub-analyst', '{ people(minSectors: 3) { id } }');
  elenaId = (body.data?.people as Array<{ id: string }>)[0]!.id;
});
afterAll(async () => {
  await stack?.stop();
});

function data<T>(body: GraphQLResponse, field: string): T {
  expect(body.errors).toBeUndefined();
  return body.data?.[field] as T;
}

describe('a person through the gateway', () => {
  it('returns the records of every sector with the evidence of each link: key kinds, or a similarity', async () => {
    const { body } = await stack.query('le-investigator', PERSON, { variables: { id: elenaId } });
    const person = data<{ personRecords: unknown[]; accountHolders: unknown[]; links: Array<{ from: { sector: string }; to: { sector: string }; matchedOn: string[]; similarity: number | null }> }>(body, 'person');
    expect(person.personRecords).toHaveLength(1);
    expect(person.accountHolders).toHaveLength(1);
    const police = person.links.find((link) => [link.from.sector, link.to.sector].sort().join() === 'FINANCIAL,LAW_ENFORCEMENT');
    expect(police?.matchedOn).toEqual(expect.arrayContaining(['DOCUMENT', 'NAME_DOB', 'PHONE']));
    // Every link carries its evidence: shared key kinds, a similarity, or both.
    for (const link of person.links) expect(link.matchedOn.length > 0 || link.similarity !== null).toBe(true);
  });

  it('never shows an NGO a link to the bank record it may not know exists', async () => {
    const { body } = await stack.query('ngo-caseworker', PERSON, { variables: { id: elenaId } });
    const person = data<{ accountHolders: unknown[]; links: unknown[] }>(body, 'person');
    expect(person.accountHolders).toEqual([]);
    expect(person.links.length).toBeGreaterThan(0);
    expect(JSON.stringify(person.links)).not.toContain('FINANCIAL');
    expect(JSON.stringify(person.links)).not.toContain('AccountHolder');
  });
});

describe('hit/no-hit lookup, keyed by the caller\'s own sector', () => {
  it('answers an NGO caseworker with a hit in the sectors the NGO may know of, and not the bank', async () => {
    const { body } = await stack.query('ngo-caseworker', lookupQuery('ngoLinkageLookup'), { variables: { identifiers: ELENA } });
    expect(data(body, 'ngoLinkageLookup')).toEqual({ matched: true, sectors: ['LAW_ENFORCEMENT', 'NGO'] });
  });

  it('answers the bank with the survivor she allowed banks to know of, and not the police victim record', async () => {
    const { body } = await stack.query('bank-compliance', lookupQuery('financialLinkageLookup'), { variables: { identifiers: ELENA } });
    expect(data(body, 'financialLinkageLookup')).toEqual({ matched: true, sectors: ['FINANCIAL', 'NGO'] });
  });

  it('finds a misspelt name with the same birth date by fuzzy encoding, and answers a stranger with no hit', async () => {
    const fuzzy = await stack.query('le-investigator', lookupQuery('lawEnforcementLinkageLookup'), {
      variables: { identifiers: { names: [{ given: 'Jelena', family: 'Petrowa' }], dateOfBirth: '1994-03-12' } },
    });
    expect(data<{ matched: boolean }>(fuzzy.body, 'lawEnforcementLinkageLookup').matched).toBe(true);
    const stranger = await stack.query('le-investigator', lookupQuery('lawEnforcementLinkageLookup'), {
      variables: { identifiers: { names: [{ given: 'Gunnhild', family: 'Aasveen' }], dateOfBirth: '1950-01-01', phones: ['+47 22 00 00 00'] } },
    });
    expect(data(stranger.body, 'lawEnforcementLinkageLookup')).toEqual({ matched: false, sectors: [] });
  });

  it("refuses another sector's lookup, and identifiers that do not normalise, naming the field", async () => {
    const other = await stack.query('ngo-caseworker', lookupQuery('financialLinkageLookup'), { variables: { identifiers: ELENA } });
    expect(other.body.data?.financialLinkageLookup ?? null).toBeNull();
    expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await stack.query('ngo-caseworker', lookupQuery('ngoLinkageLookup'), { variables: { identifiers: { ...ELENA, phones: ['call me'] } } });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.body.errors?.[0]?.extensions?.invalidFields).toEqual([{ field: 'identifiers.phones[0]', reason: expect.any(String) }]);
  });
});

describe("a person's network", () => {
  let suspectPersonId: string | undefined;

  beforeAll(async () => {
    const cases = await stack.query('le-investigator', '{ cases(first: 100) { edges { node { id reference } } } }');
    const edges = (cases.body.data?.cases as { edges: Array<{ node: { id: string; reference: string } }> }).edges;
    const caseId = edges.find((edge) => edge.node.reference === 'HP-2026-0042')!.node.id;
    const recorded = await stack.query('le-investigator', 'mutation ($input: RecordPersonInput!) { recordPerson(input: $input) { id } }', {
      variables: { input: { caseId, category: 'SUSPECT', names: [{ given: 'Dorin', family: 'Sandu' }], dateOfBirth: '1979-10-10', phones: ['+373 69 777 888'] } },
    });
    expect(recorded.body.errors).toBeUndefined();
    const network = await eventually(
      () => stack.query('le-investigator', NETWORK, { variables: { id: elenaId } }),
      ({ body }) => ((body.data?.network as { people?: unknown[] } | null)?.people?.length ?? 0) > 0,
    );
    suspectPersonId = (network.body.data?.network as { people: Array<{ id: string }> }).people[0]?.id;
  });

  it('relates the victim to a suspect on the same case, with CASE as the evidence', async () => {
    const { body } = await stack.query('le-investigator', NETWORK, { variables: { id: elenaId } });
    const network = data<{ start: { id: string }; people: Array<{ id: string; personRecords: Array<{ category: string }> }>; edges: unknown[] }>(body, 'network');
    expect(network.start.id).toBe(elenaId);
    expect(network.people).toEqual([{ id: suspectPersonId, personRecords: [{ id: expect.any(String), category: 'SUSPECT' }] }]);
    expect(network.edges).toEqual([{ from: { id: elenaId }, to: { id: suspectPersonId }, sharedOn: ['CASE'], strength: 1, depth: 1 }]);
  });

  it('shows an NGO no edge through a suspect record it may not know exists', async () => {
    const { body } = await stack.query('ngo-caseworker', NETWORK, { variables: { id: elenaId } });
    expect(data(body, 'network')).toMatchObject({ start: { id: elenaId }, people: [], edges: [] });
    expect(JSON.stringify(body)).not.toContain(suspectPersonId);
  });

  it('answers a person the caller may know nothing of with null, as for one that does not exist', async () => {
    const hidden = await stack.query('ngo-caseworker', NETWORK, { variables: { id: suspectPersonId } });
    const missing = await stack.query('ngo-caseworker', NETWORK, { variables: { id: '00000000-0000-4000-8000-000000000000' } });
    expect(hidden.body).toEqual(missing.body);
    expect(hidden.body.data?.network).toBeNull();
  });
});
