import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IDENTIFIERS_PER_LIST, MAX_RELATIONSHIP_KEYS } from '../../../shared/linkage/index.js';
import { caseworkerClaims, bankerClaims, otherNgoClaims, principalOf, startNgoTestSubgraph, type NgoTestSubgraph } from '../test-support/ngo-test-subgraph.js';
import type { RegisterSurvivorRequest } from './survivor.service.js';

const caseworker = principalOf(caseworkerClaims);
const otherNgo = principalOf(otherNgoClaims);

let ngo: NgoTestSubgraph;
beforeAll(async () => {
  ngo = await startNgoTestSubgraph();
});
afterAll(async () => {
  await ngo?.close();
});

const irina: RegisterSurvivorRequest = {
  givenName: 'Irina',
  familyName: 'Ceban',
  aliases: [{ givenName: 'Ira', familyName: 'Ceban' }],
  dateOfBirth: '1999-04-02',
  ageWhenTrafficked: 24,
  gender: 'Feminine',
  citizenships: ['md', 'RO'],
  phones: ['+37369000111'],
  emails: ['irina@example.org'],
  addresses: [{ city: 'Chișinău', country: 'MD' }],
  typesOfExploitation: ['SexualExploitation', 'FORCED_LABOUR'],
  typesOfSexExploitation: ['RemoteInteractiveServices'],
  forcedLabourIndustries: ['I', 'C_MANUFACTURING'],
  methodsOfControl: ['DebtBondage', 'WITHHOLDS_DOCUMENTS', 'debt_bondage'],
  methodsOfRecruitment: ['ThroughAnOnlineAdvertisement'],
  relationshipToTrafficker: 'Unaquainted',
  traffickingStatus: 'ActualVictimOfTrafficking',
  traffickingStatusDeterminedBy: 'CourtOrProsecution',
};

async function invalidFieldsOf(promise: Promise<unknown>): Promise<string[]> {
  const error = (await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )) as { code?: string; details?: { invalidFields?: Array<{ field: string }> } } | undefined;
  expect(error?.code).toBe('BAD_USER_INPUT');
  return (error?.details?.invalidFields ?? []).map((invalid) => invalid.field);
}

describe('SurvivorService.register with the HTCDS victim fields', () => {
  it('stores HTCDS names and Beacon values alike as enum values, ISIC letters as sections, duplicates once', async () => {
    const survivor = await ngo.subgraph.services.survivors.register(caseworker, { ...irina, sourceRecordId: 'htcds-full' });

    expect(survivor).toMatchObject({
      gender: 'FEMININE',
      citizenships: ['MD', 'RO'],
      aliases: [{ givenName: 'Ira', familyName: 'Ceban' }],
      addresses: [{ street: null, city: 'Chișinău', state: null, postalCode: null, country: 'MD' }],
      typesOfExploitation: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR'],
      typesOfSexExploitation: ['REMOTE_INTERACTIVE_SERVICES'],
      forcedLabourIndustries: ['I_ACCOMMODATION_AND_FOOD_SERVICE_ACTIVITIES', 'C_MANUFACTURING'],
      methodsOfControl: ['DEBT_BONDAGE', 'WITHHOLDS_DOCUMENTS'],
      methodsOfRecruitment: ['THROUGH_AN_ONLINE_ADVERTISEMENT'],
      relationshipToTrafficker: 'UNACQUAINTED',
      traffickingStatus: 'ACTUAL_VICTIM_OF_TRAFFICKING',
      traffickingStatusDeterminedBy: 'COURT_OR_PROSECUTION',
      ageWhenTrafficked: 24,
    });
    expect(survivor.retentionUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [publication] = await ngo.publications(survivor.id);
    // Name + alias each give a NAME_DOB key; phone and e-mail one each.
    expect(publication?.keys.map((key) => key.kind).sort()).toEqual(['EMAIL', 'NAME_DOB', 'NAME_DOB', 'PHONE']);
  });

  it('names every invalid field at once — enums, codes, dates, ages, sub-questions, identifiers — and writes nothing', async () => {
    const survivorsBefore = await ngo.count('SELECT 1 FROM survivor');
    const outboxBefore = await ngo.count('SELECT 1 FROM linkage_outbox');

    const fields = await invalidFieldsOf(
      ngo.subgraph.services.survivors.register(caseworker, {
        givenName: 'Bad',
        familyName: 'Input',
        dateOfBirth: '2990-01-01',
        ageWhenTrafficked: 130,
        gender: 'Woman',
        citizenships: ['MD', 'XX'],
        phones: ['not a phone'],
        emails: ['nobody'],
        addresses: [{ country: 'Atlantis' }],
        typesOfExploitation: ['FORCED_LABOUR', 'Smuggling'],
        typesOfSexExploitation: ['PROSTITUTION'],
        methodsOfControl: ['MindControl'],
        methodsOfRecruitment: ['Carrier pigeon'],
        relationshipToTrafficker: 'Cousin',
        traffickingStatusDeterminedBy: 'POLICE',
        retentionUntil: '2020-01-01',
        sourceRecordId: 'bad-input',
      }),
    );

    expect(fields.sort()).toEqual(
      [
        'gender',
        'citizenships[1]',
        'addresses[0].country',
        'typesOfExploitation[1]',
        'methodsOfControl[0]',
        'methodsOfRecruitment[0]',
        'relationshipToTrafficker',
        'retentionUntil',
        'ageWhenTrafficked',
        'phones[0]',
        'emails[0]',
        'dateOfBirth',
        'traffickingStatusDeterminedBy',
      ].sort(),
    );
    expect(await ngo.count('SELECT 1 FROM survivor')).toBe(survivorsBefore);
    expect(await ngo.count('SELECT 1 FROM linkage_outbox')).toBe(outboxBefore);
  });

  it('refuses a sub-question without its parent answer, but does not blame it for a parent that was itself invalid', async () => {
    const register = (typesOfExploitation: string[]) =>
      ngo.subgraph.services.survivors.register(caseworker, { givenName: 'Sub', typesOfExploitation, typesOfSexExploitation: ['PROSTITUTION'], forcedLabourIndustries: ['A'] });
    expect(await invalidFieldsOf(register(['SERVITUDE']))).toEqual(['typesOfSexExploitation', 'forcedLabourIndustries']);
    expect(await invalidFieldsOf(register(['Smuggling']))).toEqual(['typesOfExploitation[0]']);
  });

  it('refuses a survivor without any name, and an age when trafficked above her age today', async () => {
    expect(await invalidFieldsOf(ngo.subgraph.services.survivors.register(caseworker, { gender: 'FEMININE' }))).toEqual(['givenName']);
    expect(
      await invalidFieldsOf(
        ngo.subgraph.services.survivors.register(caseworker, { givenName: 'Young', dateOfBirth: '2020-01-01', ageWhenTrafficked: 30 }),
      ),
    ).toEqual(['ageWhenTrafficked']);
  });
});

describe('POST /graphql registerSurvivor: every identifier list is bounded', () => {
  const REGISTER = /* GraphQL */ `mutation ($input: RegisterSurvivorInput!) { registerSurvivor(input: $input) { id } }`;
  const addresses = (count: number) => Array.from({ length: count }, (_, i) => ({ street: `${i + 1} Strada Ismail`, city: 'Chișinău', country: 'MD' }));
  const aliases = (count: number) => Array.from({ length: count }, (_, i) => ({ givenName: `Ira${String.fromCharCode(97 + i)}`, familyName: 'Ceban' }));

  it(`refuses more than ${MAX_IDENTIFIERS_PER_LIST} of a list with BAD_USER_INPUT naming each list, and writes nothing`, async () => {
    const outboxBefore = await ngo.count('SELECT 1 FROM linkage_outbox');
    const { body } = await ngo.graphql(caseworkerClaims, 'victim-support', REGISTER, {
      input: { givenName: 'Irina', familyName: 'Ceban', sourceRecordId: 'too-many', aliases: aliases(MAX_IDENTIFIERS_PER_LIST + 1), addresses: addresses(MAX_IDENTIFIERS_PER_LIST + 1) },
    });

    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].extensions.invalidFields).toEqual(
      ['aliases', 'addresses'].map((field) => ({ field, reason: `at most ${MAX_IDENTIFIERS_PER_LIST}` })),
    );
    expect(await ngo.count("SELECT 1 FROM survivor WHERE source_record_id = 'too-many'")).toBe(0);
    expect(await ngo.count('SELECT 1 FROM linkage_outbox')).toBe(outboxBefore);
  });

  it(`registers ${MAX_IDENTIFIERS_PER_LIST} addresses, the most a survivor may have, within the hub's ${MAX_RELATIONSHIP_KEYS} relationship keys`, async () => {
    const { body } = await ngo.graphql(caseworkerClaims, 'victim-support', REGISTER, {
      input: { givenName: 'Irina', familyName: 'Ceban', dateOfBirth: '1999-04-02', aliases: aliases(MAX_IDENTIFIERS_PER_LIST), addresses: addresses(MAX_IDENTIFIERS_PER_LIST) },
    });

    expect(body.errors).toBeUndefined();
    const [publication] = await ngo.publications(body.data.registerSurvivor.id);
    // An ADDRESS key per address and nothing else: the NGO's largest publication.
    expect(publication?.relationshipKeys?.filter((key) => key.kind === 'ADDRESS')).toHaveLength(MAX_IDENTIFIERS_PER_LIST);
    expect(publication?.relationshipKeys?.length).toBeLessThanOrEqual(MAX_RELATIONSHIP_KEYS);
  });
});

describe('SurvivorService.update', () => {
  it('re-publishes her keys in the same transaction when an identifier changes', async () => {
    const survivor = await ngo.subgraph.services.survivors.register(caseworker, { ...irina, sourceRecordId: 'update-identifiers' });
    const [first] = await ngo.publications(survivor.id);

    const updated = await ngo.subgraph.services.survivors.update(caseworker, survivor.id, { phones: ['+37369000222'] });

    expect(updated.phones).toEqual(['+37369000222']);
    const publications = await ngo.publications(survivor.id);
    expect(publications).toHaveLength(2);
    expect(publications[1]?.keys).not.toEqual(first?.keys);
    expect(publications[1]).toMatchObject({ erased: false, discoverableBy: first?.discoverableBy });
  });

  it('publishes nothing when only non-identifying attributes change, and checks the record as a whole', async () => {
    const survivor = await ngo.subgraph.services.survivors.register(caseworker, { ...irina, sourceRecordId: 'update-attributes' });

    await ngo.subgraph.services.survivors.update(caseworker, survivor.id, { methodsOfControl: ['FalsePromises'], traffickingStatus: null, traffickingStatusDeterminedBy: null });

    expect(await ngo.publications(survivor.id)).toHaveLength(1);
    // Dropping sexual exploitation would orphan the sexual-exploitation types she has.
    expect(await invalidFieldsOf(ngo.subgraph.services.survivors.update(caseworker, survivor.id, { typesOfExploitation: ['FORCED_LABOUR'] }))).toEqual([
      'typesOfSexExploitation',
    ]);
  });

  it("answers another NGO's survivor exactly like a missing one, and changes nothing", async () => {
    const survivor = await ngo.subgraph.services.survivors.register(caseworker, { ...irina, sourceRecordId: 'update-stranger' });
    const attempts = await Promise.all(
      [survivor.id, '00000000-0000-4000-8000-000000000000', 'nope'].map((id) =>
        ngo.subgraph.services.survivors.update(otherNgo, id, { givenName: 'Hijacked' }).then(
          () => 'updated',
          (error: { code: string; message: string }) => `${error.code} ${error.message}`,
        ),
      ),
    );
    expect(new Set(attempts).size).toBe(1);
    expect(attempts[0]).toMatch(/^NOT_FOUND/);
    expect(await ngo.count("SELECT 1 FROM survivor WHERE given_name = 'Hijacked'")).toBe(0);
  });
});

describe('SurvivorService.erase', () => {
  it('removes her record, consents, route and referrals, and leaves only an erasure publication for the hub', async () => {
    const { survivors, traffickingEvents, referrals } = ngo.subgraph.services;
    const survivor = await survivors.register(caseworker, {
      ...irina,
      sourceRecordId: 'erase-me',
      consents: [{ sector: 'HUB', purpose: 'analysis' }],
    });
    await traffickingEvents.record(caseworker, { survivorId: survivor.id, stage: 'RECRUITMENT', place: 'MDKIV', date: '2024-01-02' });
    await referrals.record(caseworker, { survivorId: survivor.id, organisationName: 'Clinic', organisationType: 'HEALTH_SERVICE_ORGANISATION', supportType: 'HEALTH', referredOn: '2024-02-01' });

    await survivors.erase(caseworker, survivor.id);

    for (const table of ['survivor WHERE id = $1', 'consent WHERE survivor_id = $1', 'trafficking_event WHERE survivor_id = $1', 'referral WHERE survivor_id = $1']) {
      expect(await ngo.count(`SELECT 1 FROM ${table}`, [survivor.id]), table).toBe(0);
    }
    expect(await ngo.publications(survivor.id)).toEqual([
      { recordType: 'Survivor', recordId: survivor.id, category: 'SURVIVOR', discoverableBy: [], keys: [], erased: true },
    ]);
  });

  it('refuses a bank outright and another NGO as not found, and erases nothing', async () => {
    const survivor = await ngo.subgraph.services.survivors.register(caseworker, { ...irina, sourceRecordId: 'erase-strangers' });
    await expect(ngo.subgraph.services.survivors.erase(principalOf(bankerClaims), survivor.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(ngo.subgraph.services.survivors.erase(otherNgo, survivor.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await ngo.count('SELECT 1 FROM survivor WHERE id = $1', [survivor.id])).toBe(1);
  });
});
