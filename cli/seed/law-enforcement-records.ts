import { join } from 'node:path';
import { addDays } from './calendar.js';
import { writeName, writePhone, type RecordingHabits } from './corruption.js';
import type { GroundTruth } from './ground-truth.js';
import { ascii } from './identity.js';
import type { Group, Member, Network } from './population.js';
import { Prng } from './prng.js';
import { destinationOf, type Corridor } from './routes.js';
import { CsvFile, NdjsonFile } from './writers.js';

/** The columns `npx beacon import law-enforcement` reads (subgraphs/law-enforcement/import). */
export const PERSON_RECORD_FILE_COLUMNS = [
  'source_record_id', 'case_reference', 'case_jurisdiction', 'case_opened_on', 'case_status', 'case_closed_on', 'case_handling_code',
  'case_source_reliability', 'case_information_accuracy', 'case_retention_until', 'case_types_of_exploitation', 'category',
  'perpetrator_roles', 'given_name', 'family_name', 'aliases', 'date_of_birth', 'nationalities', 'phones', 'emails', 'document_type',
  'document_issuing_country', 'document_number', 'address_locality', 'address_country',
] as const;
type Column = (typeof PERSON_RECORD_FILE_COLUMNS)[number];

/** Police records: romanised as on the passport, family names often in capitals, dates ISO only (the import takes no other). */
export const LAW_ENFORCEMENT_HABITS: RecordingHabits = {
  nativeScript: 0,
  otherTransliteration: 0.3,
  upperCaseFamily: 0.5,
  typo: 0.08,
  nickname: 0.1,
  swappedOrder: 0.06,
  missingGivenName: 0.02,
  missingDateOfBirth: 0.15,
  missingPhone: 0.4,
  dateLayouts: { ISO: 1, COMPACT: 0, DOTTED: 0, SLASHED: 0 },
  phoneLayouts: { E164: 1, SPACED: 3, DASHED: 0, BRACKETED: 1 },
};

const RETENTION_YEARS = 10;
/** HTCDS perpetrator roles a network's suspect is recorded with. */
const SUSPECT_ROLES = ['RecruiterOrIntermediary;Exploiter', 'RecruiterOrIntermediary', 'Exploiter;ControlledIndividual', 'Transporter;RecruiterOrIntermediary'];

/** Writes the law-enforcement copies: one person record a row, each row carrying its case. */
export class LawEnforcementRecords {
  private records = 0;
  private cases = 0;
  private legs = 0;

  private constructor(
    private readonly seed: number,
    private readonly asOf: string,
    readonly people: CsvFile<Column>,
    /** Journey legs per case, as `npx beacon import law-enforcement --kind journey-leg` reads them (after the person records, whose rows open the cases). */
    readonly journeys: NdjsonFile,
    private readonly truth: GroundTruth,
  ) {}

  static async open(folder: string, seed: number, asOf: string, truth: GroundTruth): Promise<LawEnforcementRecords> {
    return new LawEnforcementRecords(
      seed,
      asOf,
      await CsvFile.open(join(folder, 'person-records.csv'), PERSON_RECORD_FILE_COLUMNS),
      await NdjsonFile.open(join(folder, 'journey-legs.ndjson')),
      truth,
    );
  }

  add(group: Group): void {
    const prng = Prng.for(this.seed, 'law-enforcement', group.index);
    if (group.kind === 'network') return this.network(prng, group.network);
    if (!group.member.sectors.has('LE')) return;
    const category = prng.weighted({ WITNESS: 5, SUSPECT: 3, VICTIM: 2 });
    const openedOn = addDays(this.asOf, -prng.int(30, 1500));
    const reference = this.caseReference(group.corridor, openedOn);
    const onCase = this.caseColumns(prng, reference, group.corridor, openedOn, prng.weighted(group.corridor.exploitation));
    this.person(prng, group.member, category, onCase, undefined);
  }

  private network(prng: Prng, network: Network): void {
    const openedOn = addDays(network.recruitedFrom, prng.int(120, 190));
    const reference = this.caseReference(network.corridor, openedOn);
    const onCase = this.caseColumns(prng, reference, network.corridor, openedOn, network.exploitation);
    const onIt = [network.recruiter, ...network.victims].filter((member) => member.sectors.has('LE'));
    for (const member of onIt) this.person(prng, member, member.role === 'RECRUITER' ? 'SUSPECT' : 'VICTIM', onCase, network.networkId);
    // No one on it at the police: the case was never written, and a leg must name a case the agency has.
    if (onIt.length === 0) return;
    const places = network.corridor.places;
    let day = addDays(network.recruitedFrom, prng.int(3, 20));
    for (let leg = 0; leg + 1 < places.length; leg++) {
      const from = places[leg] as string;
      const to = places[leg + 1] as string;
      day = addDays(day, prng.int(1, 20));
      this.journeys.write({
        source_record_id: `JL-${String(++this.legs).padStart(8, '0')}`,
        case_reference: reference,
        from,
        to,
        date: day,
        mode: prng.pick(network.corridor.modes),
        border_crossing: from.slice(0, 2) !== to.slice(0, 2),
      });
    }
  }

  /** An agency-style case number (`DE-2025-000123`): nothing in it points at the ground truth. */
  private caseReference(corridor: Corridor, openedOn: string): string {
    return `${destinationOf(corridor)}-${openedOn.slice(0, 4)}-${String(++this.cases).padStart(6, '0')}`;
  }

  private caseColumns(prng: Prng, reference: string, corridor: Corridor, openedOn: string, exploitation: string): Partial<Record<Column, string>> {
    const closed = prng.chance(0.25) && openedOn < addDays(this.asOf, -60);
    return {
      case_reference: reference,
      case_jurisdiction: destinationOf(corridor),
      case_opened_on: openedOn,
      case_status: closed ? 'CLOSED' : 'OPEN',
      case_closed_on: closed ? addDays(openedOn, prng.int(30, 59)) : undefined,
      case_handling_code: prng.weighted({ H0: 1, H1: 4, H2: 3, H3: 1 }),
      case_source_reliability: prng.weighted({ A: 1, B: 4, C: 3, X: 1 }),
      case_information_accuracy: String(prng.weighted({ 1: 1, 2: 4, 3: 3, 4: 1 })),
      case_retention_until: addDays(this.asOf, RETENTION_YEARS * 365),
      case_types_of_exploitation: exploitation,
    };
  }

  private person(caseStream: Prng, member: Member, category: string, onCase: Partial<Record<Column, string>>, networkId: string | undefined): void {
    const { identity } = member;
    const prng = Prng.for(this.seed, 'law-enforcement', 'person', identity.personId);
    const habits = LAW_ENFORCEMENT_HABITS;
    const name = writeName(prng, identity, habits);
    const sourceRecordId = `PR-${String(++this.records).padStart(8, '0')}`;
    const suspect = category === 'SUSPECT';
    // A suspect's alias: the street name (a nickname) or another romanisation; dropped when it came out as the name itself.
    const alias = suspect && prng.chance(0.5) ? writeName(prng, identity, { ...habits, nickname: 0.9, otherTransliteration: 0.7, typo: 0, swappedOrder: 0 }) : undefined;
    const distinctAlias = alias && (alias.given !== name.given || alias.family !== name.family) ? alias : undefined;
    const withDocument = prng.chance(suspect ? 0.7 : 0.4);
    const withAddress = prng.chance(0.4);
    this.people.write({
      ...onCase,
      source_record_id: sourceRecordId,
      category,
      perpetrator_roles: suspect ? caseStream.pick(SUSPECT_ROLES) : undefined,
      given_name: name.given,
      family_name: name.family,
      aliases: distinctAlias ? `${distinctAlias.given ?? ''}|${distinctAlias.family ?? ''}` : undefined,
      date_of_birth: prng.chance(habits.missingDateOfBirth) ? undefined : identity.dateOfBirth,
      nationalities: identity.origin.country,
      phones: prng.chance(habits.missingPhone) ? undefined : writePhone(prng, identity, habits),
      emails: prng.chance(0.25) ? `${identity.emailLocal}@${identity.emailDomain}` : undefined,
      document_type: withDocument ? 'PASSPORT' : undefined,
      document_issuing_country: withDocument ? identity.origin.country : undefined,
      document_number: withDocument ? identity.passport : undefined,
      address_locality: withAddress ? ascii(identity.locality) : undefined,
      address_country: withAddress ? identity.origin.country : undefined,
    });
    this.truth.record('law-enforcement', 'person-record', sourceRecordId, member, networkId);
  }

  async drain(): Promise<void> {
    await Promise.all([this.people.drain(), this.journeys.drain()]);
  }

  async close(): Promise<void> {
    await Promise.all([this.people.close(), this.journeys.close()]);
  }
}
