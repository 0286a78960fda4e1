import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../../../shared/database/index.js';
import { MAX_IDENTIFIERS_PER_LIST } from '../../../shared/linkage/index.js';
import { HANDLING_CODES } from '../../../shared/policy/index.js';
import { HandlingCode } from '../handling-code/handling-code.enum.js';
import { LAW_ENFORCEMENT_MIGRATIONS } from '../index.js';
import { LAW_ENFORCEMENT_DEMO_CASES, seedLawEnforcementDemo } from '../seed/demo-data.js';
import {
  caseInput,
  caseworkerClaims,
  coastalClaims,
  coastalPolice,
  harbourClaims,
  harbourPolice,
  INVESTIGATION,
  principalOf,
  startLawEnforcementTestSubgraph,
  type LawEnforcementTestSubgraph,
} from '../test-support/law-enforcement-test-subgraph.js';
import type { PersonRecord } from './person-record.entity.js';

const CP_INVESTIGATION = { 'x-beacon-purpose': 'investigation', 'x-beacon-justification': 'CP-2026-0101' };

let le: LawEnforcementTestSubgraph & { databases: { urls: Record<string, string> } };
/** The demo records by their case's handling code: H0 suspect, H1 victim, H2 suspect, H3 witness. */
let byCode: Record<HandlingCode, PersonRecord>;
let caseId: string;

beforeAll(async () => {
  le = await startLawEnforcementTestSubgraph(['law-enforcement-legacy']);
  await seedLawEnforcementDemo(le.subgraph);
  const page = await le.subgraph.services.personRecords.list(harbourPolice, { first: 100 });
  byCode = Object.fromEntries(page.edges.map(({ node }) => [node.handlingCode, node])) as Record<HandlingCode, PersonRecord>;
  caseId = (await le.subgraph.services.cases.open(harbourPolice, caseInput('HP-TEST-PR-1'))).id;
});
afterAll(async () => {
  await le?.close();
});

describe('PersonRecordService.record', () => {
  it("gives each record its case's handling code", () => {
    expect(Object.keys(byCode).sort()).toEqual([...HANDLING_CODES]);
    expect(byCode.H2).toMatchObject({ givenName: 'Viktor', category: 'SUSPECT', caseReference: 'HP-2026-0043' });
  });

  it('refuses a record naming every bad field at once, and writes neither the record nor a publication', async () => {
    const outboxBefore = await le.count('SELECT count(*)::int AS n FROM linkage_outbox');
    const attempt = le.subgraph.services.personRecords.record(harbourPolice, {
      caseId,
      sourceRecordId: 'test-bad',
      category: 'BOSS',
      perpetratorRoles: ['MASTERMIND'],
      names: [{ given: 'Test', family: 'Person', kind: 'ALIAS' }],
      dateOfBirth: '1990-02-30',
      nationalities: ['XX'],
      documents: [{ type: 'PASSPORT', issuingCountry: 'ZZ', number: 'AB123' }],
      phones: ['not a phone'],
      emails: ['nobody'],
      addresses: [{ locality: 'Chișinău', country: 'Moldova' }],
    });

    const error = (await attempt.catch((caught: unknown) => caught)) as { code: string; details: { invalidFields: Array<{ field: string }> } };
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details.invalidFields.map((item) => item.field).sort()).toEqual(
      [
        'category', 'perpetratorRoles[0]', 'names', 'dateOfBirth', 'nationalities[0]', 'documents[0].issuingCountry',
        'phones[0]', 'emails[0]', 'addresses[0].country',
      ].sort(),
    );
    expect(await le.count("SELECT count(*)::int AS n FROM person_record WHERE source_record_id = 'test-bad'")).toBe(0);
    expect(await le.count('SELECT count(*)::int AS n FROM linkage_outbox')).toBe(outboxBefore);
  });

  it('refuses a perpetrator role on a victim, and a date of birth in the future', async () => {
    const attempt = le.subgraph.services.personRecords.record(harbourPolice, {
      caseId,
      category: 'VICTIM',
      perpetratorRoles: ['EXPLOITER'],
      names: [{ given: 'Ana', family: 'Rusu' }],
      dateOfBirth: '2099-01-01',
    });
    await expect(attempt).rejects.toMatchObject({
      details: { invalidFields: [{ field: 'perpetratorRoles' }, { field: 'dateOfBirth', reason: 'in the future' }] },
    });
  });

  it("records nothing on another agency's case: the case is not found, whoever owns it", async () => {
    const attempt = le.subgraph.services.personRecords.record(coastalPolice, { caseId, category: 'VICTIM', names: [{ given: 'Ana', family: 'Rusu' }] });
    await expect(attempt).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("refuses another sector's caller before reading anything", async () => {
    const attempt = le.subgraph.services.personRecords.record(principalOf(caseworkerClaims), {
      caseId,
      category: 'VICTIM',
      names: [{ given: 'Ana', family: 'Rusu' }],
    });
    await expect(attempt).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('publishes the keys of every identifier in the same transaction', async () => {
    const record = await le.subgraph.services.personRecords.record(harbourPolice, {
      caseId,
      category: 'SUSPECT',
      perpetratorRoles: ['Transporter'],
      names: [{ given: 'Ion', family: 'Rusu' }, { given: 'Vanea', family: 'Rusu' }],
      dateOfBirth: '1985-01-20',
      phones: ['+373 69 000 111'],
      emails: ['ion.rusu@example.org'],
    });
    const [publication] = await le.publications(record.id);
    expect(publication).toMatchObject({ recordType: 'PersonRecord', category: 'SUSPECT', erased: false, discoverableBy: ['LAW_ENFORCEMENT', 'HUB'] });
    expect(publication?.keys.map((key) => key.kind).sort()).toEqual(['EMAIL', 'NAME_DOB', 'NAME_DOB', 'PHONE']);
    expect(record.perpetratorRoles).toEqual(['Transporter']);
  });
});

const RECORD_PERSON = /* GraphQL */ `
  mutation ($input: RecordPersonInput!) { recordPerson(input: $input) { id } }
`;

/** `count` distinct addresses in Chișinău, each one a precise address (an ADDRESS key). */
const addresses = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ streetNumber: String(i + 1), street: 'Strada Ismail', locality: 'Chișinău', country: 'MD' }));
const phones = (count: number) => Array.from({ length: count }, (_, i) => `+373 69 100 ${100 + i}`);
const aliases = (count: number) => Array.from({ length: count }, (_, i) => ({ given: `Alias${String.fromCharCode(97 + i)}`, family: 'Rusu', kind: 'ALIAS' }));

describe('POST /graphql recordPerson: every identifier list is bounded', () => {
  it(`refuses more than ${MAX_IDENTIFIERS_PER_LIST} of a list, or of aliases, with BAD_USER_INPUT naming each list, and writes nothing`, async () => {
    const outboxBefore = await le.count('SELECT count(*)::int AS n FROM linkage_outbox');
    const { body } = await le.graphql(harbourClaims, INVESTIGATION, RECORD_PERSON, {
      input: {
        caseId,
        sourceRecordId: 'test-too-many',
        category: 'SUSPECT',
        names: [{ given: 'Ion', family: 'Rusu', kind: 'PRIMARY' }, ...aliases(MAX_IDENTIFIERS_PER_LIST + 1)],
        dateOfBirth: '1985-01-20',
        phones: phones(MAX_IDENTIFIERS_PER_LIST + 1),
        nationalities: Array(MAX_IDENTIFIERS_PER_LIST + 1).fill('MD'),
        addresses: addresses(MAX_IDENTIFIERS_PER_LIST + 1),
      },
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].extensions.invalidFields).toEqual([
      { field: 'names', reason: `at most ${MAX_IDENTIFIERS_PER_LIST} aliases besides the primary name` },
      { field: 'nationalities', reason: `at most ${MAX_IDENTIFIERS_PER_LIST}` },
      { field: 'phones', reason: `at most ${MAX_IDENTIFIERS_PER_LIST}` },
      { field: 'addresses', reason: `at most ${MAX_IDENTIFIERS_PER_LIST}` },
    ]);
    expect(await le.count("SELECT count(*)::int AS n FROM person_record WHERE source_record_id = 'test-too-many'")).toBe(0);
    expect(await le.count('SELECT count(*)::int AS n FROM linkage_outbox')).toBe(outboxBefore);
  });

  it(`records a person with ${MAX_IDENTIFIERS_PER_LIST} of each list and publishes an ADDRESS key for each address`, async () => {
    const { body } = await le.graphql(harbourClaims, INVESTIGATION, RECORD_PERSON, {
      input: {
        caseId,
        category: 'SUSPECT',
        names: [{ given: 'Ion', family: 'Rusu', kind: 'PRIMARY' }, ...aliases(MAX_IDENTIFIERS_PER_LIST)],
        dateOfBirth: '1985-01-20',
        phones: phones(MAX_IDENTIFIERS_PER_LIST),
        addresses: addresses(MAX_IDENTIFIERS_PER_LIST),
      },
    });
    expect(body.errors).toBeUndefined();
    const [publication] = await le.publications(body.data.recordPerson.id);
    expect(publication?.relationshipKeys?.filter((key) => key.kind === 'ADDRESS')).toHaveLength(MAX_IDENTIFIERS_PER_LIST);
  });
});

describe('PersonRecordService.update', () => {
  it('re-publishes when identifiers change, and not when only the role does', async () => {
    const record = await le.subgraph.services.personRecords.record(harbourPolice, {
      caseId,
      category: 'SUSPECT',
      names: [{ given: 'Dan', family: 'Moraru' }],
      dateOfBirth: '1979-09-09',
    });
    await le.subgraph.services.personRecords.update(harbourPolice, record.id, { perpetratorRoles: ['SMUGGLER'] });
    expect(await le.publications(record.id)).toHaveLength(1);

    const updated = await le.subgraph.services.personRecords.update(harbourPolice, record.id, { phones: ['+40 721 000 222'] });

    const publications = await le.publications(record.id);
    expect(publications).toHaveLength(2);
    expect(publications[1]?.keys.map((key) => key.kind).sort()).toEqual(['NAME_DOB', 'PHONE']);
    expect(updated).toMatchObject({ phones: ['+40 721 000 222'], perpetratorRoles: ['Smuggler'], givenName: 'Dan' });
  });

  it('re-publishes when only the address changes: the same exact keys, a new ADDRESS key and encoding', async () => {
    const record = await le.subgraph.services.personRecords.record(harbourPolice, {
      caseId,
      category: 'VICTIM',
      names: [{ given: 'Olga', family: 'Rusu' }],
      dateOfBirth: '1998-02-14',
      addresses: [{ streetNumber: '4', street: 'Strada Mihai Eminescu', locality: 'Chișinău', country: 'MD' }],
    });

    await le.subgraph.services.personRecords.update(harbourPolice, record.id, {
      addresses: [{ streetNumber: '17', street: 'Dock Road', locality: 'Felixstowe', postcode: 'IP11 3SY', country: 'GB' }],
    });

    const [before, after] = await le.publications(record.id);
    expect(after).toBeDefined();
    expect(after?.keys).toEqual(before?.keys);
    expect(after?.encoding).not.toEqual(before?.encoding);
    const address = (publication: typeof before) => publication?.relationshipKeys?.find((key) => key.kind === 'ADDRESS')?.value;
    expect(address(after)).toMatch(/^[0-9a-f]{64}$/);
    expect(address(after)).not.toEqual(address(before));
  });

  it('validates the record as a whole and leaves it untouched when refused', async () => {
    const record = await le.subgraph.services.personRecords.record(harbourPolice, { caseId, category: 'VICTIM', names: [{ given: 'Lia', family: 'Ursu' }] });
    const attempt = le.subgraph.services.personRecords.update(harbourPolice, record.id, { perpetratorRoles: ['ABUSER'], emails: ['nope'] });
    await expect(attempt).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { invalidFields: [{ field: 'perpetratorRoles' }, { field: 'emails[0]' }] },
    });
    expect(await le.subgraph.services.personRecords.findOwned(harbourPolice, record.id)).toMatchObject({ emails: [], perpetratorRoles: [] });
  });

  it("changes no other agency's record", async () => {
    await expect(le.subgraph.services.personRecords.update(coastalPolice, byCode.H0.id, { phones: [] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('PersonRecordService.erase', () => {
  it('removes the record and its journey legs, and leaves only an erased publication in the outbox', async () => {
    const record = await le.subgraph.services.personRecords.record(harbourPolice, {
      caseId,
      category: 'VICTIM',
      names: [{ given: 'Nina', family: 'Cojocaru' }],
      dateOfBirth: '1999-12-01',
    });
    await le.subgraph.services.journeyLegs.record(harbourPolice, { caseId, personRecordId: record.id, from: 'MDKIV', to: 'ROBUH', mode: 'ROAD' });

    await expect(le.subgraph.services.personRecords.erase(coastalPolice, record.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await le.subgraph.services.personRecords.erase(harbourPolice, record.id);

    expect(await le.count('SELECT count(*)::int AS n FROM person_record WHERE id = $1', [record.id])).toBe(0);
    expect(await le.count('SELECT count(*)::int AS n FROM journey_leg WHERE person_record_id = $1', [record.id])).toBe(0);
    expect(await le.publications(record.id)).toEqual([
      { recordType: 'PersonRecord', recordId: record.id, category: 'VICTIM', discoverableBy: ['LAW_ENFORCEMENT', 'NGO', 'HUB'], keys: [], erased: true },
    ]);
  });
});

describe('the cases migration', () => {
  it("moves each (agency, case reference) into a case with its records' strictest code, keeping every name", async () => {
    const url = le.databases.urls['law-enforcement-legacy'] as string;
    const [first, second, third] = LAW_ENFORCEMENT_MIGRATIONS;
    const before = createDataSource({ url, entities: [], migrations: [first!, second!] });
    await before.initialize();
    await before.runMigrations();
    await before.query(`INSERT INTO person_record (case_reference, category, owner_org, handling_code, given_name, family_name, date_of_birth)
      VALUES ('HP-2025-0001', 'VICTIM', 'harbour-police', 'H1', 'Elena', 'Petrova', '1994-03-12'),
             ('HP-2025-0001', 'SUSPECT', 'harbour-police', 'H2', 'Viktor', 'Lungu', NULL),
             ('HP-2025-0001', 'WITNESS', 'coastal-police', 'H0', NULL, 'Doe', NULL)`);
    await before.destroy();

    const after = createDataSource({ url, entities: [], migrations: [first!, second!, third!] });
    await after.initialize();
    try {
      await after.runMigrations();
      const cases = await after.query('SELECT reference, owner_org, handling_code, source_reliability, information_accuracy FROM law_enforcement_case ORDER BY owner_org');
      expect(cases).toEqual([
        { reference: 'HP-2025-0001', owner_org: 'coastal-police', handling_code: 'H0', source_reliability: 'X', information_accuracy: '4' },
        { reference: 'HP-2025-0001', owner_org: 'harbour-police', handling_code: 'H2', source_reliability: 'X', information_accuracy: '4' },
      ]);
      const people = await after.query(`SELECT p.names, p.date_of_birth::text AS dob, c.owner_org FROM person_record p
        JOIN law_enforcement_case c ON c.id = p.case_id ORDER BY p.category`);
      expect(people).toEqual([
        { names: [{ given: 'Viktor', family: 'Lungu', kind: 'PRIMARY' }], dob: null, owner_org: 'harbour-police' },
        { names: [{ given: 'Elena', family: 'Petrova', kind: 'PRIMARY' }], dob: '1994-03-12', owner_org: 'harbour-police' },
        { names: [{ given: null, family: 'Doe', kind: 'PRIMARY' }], dob: null, owner_org: 'coastal-police' },
      ]);
    } finally {
      await after.destroy();
    }
  });
});

const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on PersonRecord { id handlingCode owningAgency category caseReference givenName familyName dateOfBirth nationalities }
    }
  }
`;

/** One record as a caller sees it through `_entities`, with the codes of its denied fields. */
async function seenAs(claims: typeof harbourClaims, headers: Record<string, string>, record: PersonRecord) {
  const { body } = await le.graphql(claims, headers, ENTITIES, { representations: [{ __typename: 'PersonRecord', id: record.id }] });
  const denied = Object.fromEntries(((body.errors ?? []) as Array<{ path: string[]; extensions: { code: string } }>).map((error) => [error.path.at(-1), error.extensions.code]));
  return { fields: body.data?._entities[0] ?? null, denied };
}

describe("POST /graphql: the case's handling code governs its records", () => {
  it('shows the owning agency every record in full, whatever its code', async () => {
    for (const code of HANDLING_CODES) {
      const { fields, denied } = await seenAs(harbourClaims, { 'x-beacon-purpose': 'investigation', 'x-beacon-justification': 'HP-2026-0042' }, byCode[code]);
      expect(denied, code).toEqual({});
      expect(fields, code).toMatchObject({ handlingCode: code, givenName: byCode[code].givenName, caseReference: byCode[code].caseReference });
    }
  });

  it("shows another agency's investigator H0 and H1 records, and of H2 and H3 only whose they are and their code", async () => {
    for (const code of ['H0', 'H1'] as const) {
      const { fields, denied } = await seenAs(coastalClaims, CP_INVESTIGATION, byCode[code]);
      expect(denied, code).toEqual({});
      expect(fields, code).toMatchObject({ givenName: byCode[code].givenName, category: byCode[code].category });
    }
    for (const code of ['H2', 'H3'] as const) {
      const { fields, denied } = await seenAs(coastalClaims, CP_INVESTIGATION, byCode[code]);
      expect(fields, code).toEqual({
        id: byCode[code].id,
        handlingCode: code,
        owningAgency: 'harbour-police',
        category: null,
        caseReference: null,
        givenName: null,
        familyName: null,
        dateOfBirth: null,
        nationalities: null,
      });
      expect(Object.values(denied), code).toEqual(Array(6).fill('FORBIDDEN'));
    }
  });

  it('never shows another agency an H1 record for analysis', async () => {
    const { fields, denied } = await seenAs(coastalClaims, { 'x-beacon-purpose': 'analysis' }, byCode.H1);
    expect(fields).toMatchObject({ givenName: null, category: null, caseReference: null });
    expect(denied.givenName).toBe('FORBIDDEN');
  });

  it("asks another agency's investigator for a justification before any identity, whatever the code", async () => {
    const h0 = await seenAs(coastalClaims, { 'x-beacon-purpose': 'investigation' }, byCode.H0);
    const h2 = await seenAs(coastalClaims, { 'x-beacon-purpose': 'investigation' }, byCode.H2);
    expect(h0.fields).toMatchObject({ category: 'SUSPECT', givenName: null });
    expect(h0.denied.givenName).toBe('JUSTIFICATION_REQUIRED');
    expect(h2.denied.givenName).toBe('JUSTIFICATION_REQUIRED');
    expect(h2.denied.category).toBe('FORBIDDEN');
  });

  it('shows no other sector more than the id of a record, even an H0 one', async () => {
    for (const persona of ['ngo-caseworker', 'bank-compliance', 'hub-analyst'] as const) {
      const { PERSONAS } = await import('../../../shared/auth/index.js');
      const claims = PERSONAS[persona];
      const { fields } = await seenAs(claims, { 'x-beacon-purpose': claims.purposes[0] as string }, byCode.H0);
      expect(fields, persona).toEqual({
        id: byCode.H0.id,
        handlingCode: null,
        owningAgency: null,
        category: null,
        caseReference: null,
        givenName: null,
        familyName: null,
        dateOfBirth: null,
        nationalities: null,
      });
    }
  });

  it('seeds one demo case per handling code, once however often it runs', async () => {
    expect(LAW_ENFORCEMENT_DEMO_CASES.map((demo) => demo.case.handlingCode).sort()).toEqual([...HANDLING_CODES]);
    await seedLawEnforcementDemo(le.subgraph);
    const demoRecords = await le.count("SELECT count(*)::int AS n FROM person_record WHERE source_record_id LIKE 'hp-person-%'");
    expect(demoRecords).toBe(LAW_ENFORCEMENT_DEMO_CASES.flatMap((demo) => demo.people).length);
    expect(await le.count("SELECT count(*)::int AS n FROM law_enforcement_case WHERE reference LIKE 'HP-202%'")).toBe(LAW_ENFORCEMENT_DEMO_CASES.length);
    expect(await le.count('SELECT count(*)::int AS n FROM journey_leg')).toBe(4);
  });

  it('matches the GraphQL enum to the codes the policy knows', () => {
    expect(Object.values(HandlingCode)).toEqual([...HANDLING_CODES]);
  });
});
