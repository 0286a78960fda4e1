import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  caseInput,
  caseworkerClaims,
  coastalPolice,
  harbourPolice,
  principalOf,
  startLawEnforcementTestSubgraph,
  type LawEnforcementTestSubgraph,
} from '../test-support/law-enforcement-test-subgraph.js';

let le: LawEnforcementTestSubgraph;

beforeAll(async () => {
  le = await startLawEnforcementTestSubgraph();
});
afterAll(async () => {
  await le?.close();
});

const NOW = new Date('2026-11-29T12:00:00Z');

describe('CaseService.open', () => {
  it('opens a case for the caller’s agency with its grading and handling code', async () => {
    const opened = await le.subgraph.services.cases.open(harbourPolice, caseInput('HP-TEST-C-1', { typesOfExploitation: ['ForcedLabour', 'ORGAN_REMOVAL'] }), NOW);
    expect(opened).toMatchObject({
      reference: 'HP-TEST-C-1',
      status: 'OPEN',
      jurisdiction: 'GB',
      handlingCode: 'H1',
      sourceReliability: 'B',
      informationAccuracy: '3',
      typesOfExploitation: ['ForcedLabour', 'OrganRemoval'],
      ownerOrg: 'harbour-police',
      closedOn: null,
    });
  });

  it('names every bad field at once and writes nothing', async () => {
    const before = await le.count('SELECT count(*)::int AS n FROM law_enforcement_case');
    const attempt = le.subgraph.services.cases.open(
      harbourPolice,
      {
        reference: 'x',
        status: 'CLOSED',
        jurisdiction: 'XX',
        openedOn: '2027-01-01',
        typesOfExploitation: ['PICKPOCKETING'],
        handlingCode: 'H5',
        sourceReliability: 'D',
        informationAccuracy: '5',
        retentionUntil: '2026-02-30',
      },
      NOW,
    );
    const error = (await attempt.catch((caught: unknown) => caught)) as { code: string; details: { invalidFields: Array<{ field: string; reason: string }> } };
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details.invalidFields).toEqual([
      { field: 'reference', reason: expect.stringContaining('3 to 64') },
      { field: 'jurisdiction', reason: 'not an ISO 3166-1 alpha-2 country code' },
      { field: 'openedOn', reason: 'in the future' },
      { field: 'closedOn', reason: 'required when the status is CLOSED' },
      { field: 'typesOfExploitation[0]', reason: expect.stringContaining('FORCED_LABOUR') },
      { field: 'handlingCode', reason: expect.any(String) },
      { field: 'sourceReliability', reason: expect.any(String) },
      { field: 'informationAccuracy', reason: expect.any(String) },
      { field: 'retentionUntil', reason: 'not a calendar date YYYY-MM-DD (from 1900)' },
    ]);
    expect(await le.count('SELECT count(*)::int AS n FROM law_enforcement_case')).toBe(before);
  });

  it('refuses a reference the agency already uses, but not one another agency uses', async () => {
    await le.subgraph.services.cases.open(harbourPolice, caseInput('SHARED-REF-1'), NOW);
    await expect(le.subgraph.services.cases.open(harbourPolice, caseInput('SHARED-REF-1'), NOW)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { invalidFields: [{ field: 'reference' }] },
    });
    await expect(le.subgraph.services.cases.open(coastalPolice, caseInput('SHARED-REF-1'), NOW)).resolves.toMatchObject({ ownerOrg: 'coastal-police' });
  });

  it("refuses another sector's caller", async () => {
    await expect(le.subgraph.services.cases.open(principalOf(caseworkerClaims), caseInput('NGO-1'), NOW)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('CaseService.update', () => {
  it('closes a case only with its closing date, and reopening clears it', async () => {
    const opened = await le.subgraph.services.cases.open(harbourPolice, caseInput('HP-TEST-C-2'), NOW);
    await expect(le.subgraph.services.cases.update(harbourPolice, opened.id, { status: 'CLOSED' }, NOW)).rejects.toMatchObject({
      details: { invalidFields: [{ field: 'closedOn', reason: 'required when the status is CLOSED' }] },
    });
    const closed = await le.subgraph.services.cases.update(harbourPolice, opened.id, { status: 'CLOSED', closedOn: '2026-03-01', handlingCode: 'H0' }, NOW);
    expect(closed).toMatchObject({ status: 'CLOSED', closedOn: '2026-03-01', handlingCode: 'H0' });
    const reopened = await le.subgraph.services.cases.update(harbourPolice, opened.id, { status: 'OPEN', closedOn: null }, NOW);
    expect(reopened).toMatchObject({ status: 'OPEN', closedOn: null });
  });

  it("changes no other agency's case: NOT_FOUND, as for a missing one", async () => {
    const opened = await le.subgraph.services.cases.open(harbourPolice, caseInput('HP-TEST-C-3'), NOW);
    await expect(le.subgraph.services.cases.update(coastalPolice, opened.id, { handlingCode: 'H0' }, NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(le.subgraph.services.cases.update(harbourPolice, '00000000-0000-4000-8000-000000000000', {}, NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

async function caseWithPeople(reference: string, retentionUntil = '2035-01-01') {
  const { cases, personRecords, journeyLegs } = le.subgraph.services;
  const opened = await cases.open(harbourPolice, caseInput(reference, { openedOn: '2019-06-01', retentionUntil }), new Date('2020-01-10T00:00:00Z'));
  const victim = await personRecords.record(harbourPolice, { caseId: opened.id, category: 'VICTIM', names: [{ given: 'Ana', family: reference }], dateOfBirth: '2000-01-01' });
  const suspect = await personRecords.record(harbourPolice, { caseId: opened.id, category: 'SUSPECT', names: [{ given: 'Ion', family: reference }], phones: ['+373 69 111 222'] });
  await journeyLegs.record(harbourPolice, { caseId: opened.id, personRecordId: victim.id, from: 'MDKIV', to: 'GBLON', mode: 'AIR' });
  return { opened, people: [victim, suspect] };
}

describe('CaseService.erase', () => {
  it('removes the case, its records and legs, and queues an erased publication for each record in place of its keys', async () => {
    const { opened, people } = await caseWithPeople('HP-TEST-ERASE');
    await expect(le.subgraph.services.cases.erase(coastalPolice, opened.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    await le.subgraph.services.cases.erase(harbourPolice, opened.id);

    expect(await le.count('SELECT count(*)::int AS n FROM law_enforcement_case WHERE id = $1', [opened.id])).toBe(0);
    expect(await le.count('SELECT count(*)::int AS n FROM person_record WHERE case_id = $1', [opened.id])).toBe(0);
    expect(await le.count('SELECT count(*)::int AS n FROM journey_leg WHERE case_id = $1', [opened.id])).toBe(0);
    for (const person of people) {
      expect(await le.publications(person.id)).toEqual([expect.objectContaining({ recordId: person.id, erased: true, keys: [] })]);
    }
  });
});

describe('retention.purgeExpired', () => {
  it('erases cases whose retention date has passed, with their records, and keeps the rest', async () => {
    const expired = await caseWithPeople('HP-TEST-EXPIRED', '2026-06-30');
    const lastDay = await caseWithPeople('HP-TEST-LAST-DAY', '2026-07-01');

    const purged = await le.subgraph.retention.purgeExpired(new Date('2026-07-01T23:00:00Z'));

    expect(purged).toBe(1);
    expect(await le.count('SELECT count(*)::int AS n FROM law_enforcement_case WHERE id = $1', [expired.opened.id])).toBe(0);
    expect(await le.count('SELECT count(*)::int AS n FROM person_record WHERE case_id = $1', [expired.opened.id])).toBe(0);
    expect(await le.count('SELECT count(*)::int AS n FROM law_enforcement_case WHERE id = $1', [lastDay.opened.id])).toBe(1);
    for (const person of expired.people) {
      expect(await le.publications(person.id)).toEqual([expect.objectContaining({ erased: true, keys: [] })]);
    }
    expect(await le.subgraph.retention.purgeExpired(new Date('2026-07-01T23:00:00Z'))).toBe(0);
  });
});
