import { join } from 'node:path';
import {
  ForcedLabourIndustryValues,
  MethodOfControlValues,
  MethodOfRecruitmentValues,
  TypeOfSexExploitationValues,
} from '../../subgraphs/ngo/htcds/htcds-vocabulary.js';
import { addDays, ageOn } from './calendar.js';
import { writeDate, writeName, writePhone, type RecordingHabits } from './corruption.js';
import type { GroundTruth } from './ground-truth.js';
import type { Exploitation, Group, Member } from './population.js';
import { Prng } from './prng.js';
import type { Corridor } from './routes.js';
import { CsvFile, NdjsonFile } from './writers.js';

/**
 * An ODK export of the HTCDS XLSForm, in the standard's column names, as
 * `npx beacon import ngo --kind survivor` reads it (subgraphs/ngo/import/survivor.import.ts).
 */
export const SURVIVOR_FILE_COLUMNS = [
  'meta/instanceID', 'prs_FirstName', 'prs_SecondName', 'prs_Birthdate', 'vic_AgeWhenTrafficked', 'prs_Gender', 'prs_Citizenship',
  'prs_MobilePhone', 'prs_Email', 'prs_MailingCity', 'prs_MailingCountry', 'vic_TypeOfExploitation', 'vic_TypeOfSexExploitation',
  'vic_ForcedLabourIndustry', 'vic_MethodsOfControl', 'vic_MethodOfRecruitment', 'vic_RelationshipToTrafficker', 'vic_TraffickingStatus',
  'vic_TraffickingStatusDecisionMakingOrg', 'retentionUntil', 'consents',
] as const;
type Column = (typeof SURVIVOR_FILE_COLUMNS)[number];

/** Caseworkers: the survivor's own script half the time, nicknames, dates as she gives them, often her age rather than a birth date. */
export const NGO_HABITS: RecordingHabits = {
  nativeScript: 0.5,
  otherTransliteration: 0.5,
  upperCaseFamily: 0,
  typo: 0.05,
  nickname: 0.12,
  swappedOrder: 0.08,
  missingGivenName: 0,
  missingDateOfBirth: 0.3,
  missingPhone: 0.3,
  dateLayouts: { ISO: 4, COMPACT: 1, DOTTED: 3, SLASHED: 2 },
  phoneLayouts: { E164: 3, SPACED: 2, DASHED: 1, BRACKETED: 0 },
};

/** ISIC sections where forced labour is most often found (ILO 2022 global estimates). */
const COMMON_LABOUR_INDUSTRIES = ForcedLabourIndustryValues.filter((value) => ['A_', 'C_', 'F_', 'I_', 'T_', 'G_', 'S_'].some((section) => value.htcds.startsWith(section)));
const RETENTION_YEARS = 10;

/** Writes the NGO copies: survivors in HTCDS columns, and their trafficking events. */
export class NgoRecords {
  private survivorsWritten = 0;

  private constructor(
    private readonly seed: number,
    private readonly asOf: string,
    readonly survivors: CsvFile<Column>,
    /** HTCDS HistoricTraffickingEvents, as `npx beacon import ngo --kind trafficking-event` reads them (after the survivors). */
    readonly events: NdjsonFile,
    private readonly truth: GroundTruth,
  ) {}

  static async open(folder: string, seed: number, asOf: string, truth: GroundTruth): Promise<NgoRecords> {
    return new NgoRecords(
      seed,
      asOf,
      await CsvFile.open(join(folder, 'survivors.csv'), SURVIVOR_FILE_COLUMNS),
      await NdjsonFile.open(join(folder, 'trafficking-events.ndjson')),
      truth,
    );
  }

  add(group: Group): void {
    if (group.kind === 'single') {
      if (!group.member.sectors.has('NGO')) return;
      const prng = Prng.for(this.seed, 'ngo', group.index);
      const exploitation = prng.weighted(group.corridor.exploitation);
      this.survivor(prng, group.member, group.corridor, exploitation, addDays(this.asOf, -prng.int(200, 1500)), undefined);
      return;
    }
    const { network } = group;
    for (const victim of network.victims.filter((member) => member.sectors.has('NGO'))) {
      const prng = Prng.for(this.seed, 'ngo', victim.identity.personId);
      this.survivor(prng, victim, network.corridor, network.exploitation, addDays(network.recruitedFrom, prng.int(0, 60)), network.networkId);
    }
  }

  private survivor(prng: Prng, member: Member, corridor: Corridor, exploitation: Exploitation, recruitedOn: string, networkId: string | undefined): void {
    const { identity } = member;
    const habits = NGO_HABITS;
    const name = writeName(prng, identity, habits);
    const instanceId = `uuid:${hex(prng, 8)}-${hex(prng, 4)}-4${hex(prng, 3)}-${prng.pick(['8', '9', 'a', 'b'])}${hex(prng, 3)}-${hex(prng, 12)}`;
    const withBirthDate = !prng.chance(habits.missingDateOfBirth);
    const sexual = exploitation === 'SexualExploitation';
    const labour = exploitation === 'ForcedLabour';
    const htcds = (values: ReadonlyArray<{ htcds: string }>, min: number, max: number) =>
      prng.sample(values.map((value) => value.htcds).filter((value) => value !== 'Other'), prng.int(min, max)).join(' ');
    const status = prng.weighted({ ActualVictimOfTrafficking: 6, PossibleVictimOfTrafficking: 4 });
    this.survivors.write({
      'meta/instanceID': instanceId,
      prs_FirstName: name.given,
      prs_SecondName: name.family,
      prs_Birthdate: withBirthDate ? writeDate(prng, identity.dateOfBirth, habits) : undefined,
      // HTCDS asks for the birth date or, failing it, the age when trafficked.
      vic_AgeWhenTrafficked: withBirthDate && prng.chance(0.5) ? undefined : ageOn(identity.dateOfBirth, recruitedOn),
      prs_Gender: identity.sex === 'F' ? 'Feminine' : 'Masculine',
      prs_Citizenship: identity.origin.country,
      prs_MobilePhone: prng.chance(habits.missingPhone) ? undefined : writePhone(prng, identity, habits),
      prs_Email: prng.chance(0.2) ? `${identity.emailLocal}@${identity.emailDomain}` : undefined,
      prs_MailingCity: prng.chance(0.3) ? identity.locality : undefined,
      prs_MailingCountry: identity.origin.country,
      vic_TypeOfExploitation: exploitation,
      vic_TypeOfSexExploitation: sexual ? htcds(TypeOfSexExploitationValues, 1, 2) : undefined,
      vic_ForcedLabourIndustry: labour ? htcds(COMMON_LABOUR_INDUSTRIES, 1, 2) : undefined,
      vic_MethodsOfControl: htcds(MethodOfControlValues, 2, 4),
      vic_MethodOfRecruitment: htcds(MethodOfRecruitmentValues, 1, 2),
      vic_RelationshipToTrafficker: prng.weighted({ Acquainted: 5, Unaquainted: 3, Familial: 2 }),
      vic_TraffickingStatus: status,
      vic_TraffickingStatusDecisionMakingOrg: prng.weighted({ NGO: 5, Police: 3, CourtOrProsecution: 1 }),
      retentionUntil: addDays(this.asOf, RETENTION_YEARS * 365),
      // What she agreed to at intake (Beacon's `SECTOR:purpose`): it decides which sectors may discover her record.
      consents: [
        prng.chance(0.7) ? 'HUB:analysis' : undefined,
        prng.chance(0.5) ? 'LAW_ENFORCEMENT:investigation' : undefined,
        prng.chance(0.2) ? 'FINANCIAL:aml-compliance' : undefined,
      ].filter((terms) => terms !== undefined).join(' ') || undefined,
    });
    this.survivorsWritten++;
    this.truth.record('ngo', 'survivor', instanceId, member, networkId);
    this.writeEvents(prng, instanceId, corridor, recruitedOn);
  }

  /** Recruitment at the corridor's start, transit through its middle, exploitation at its end. */
  private writeEvents(prng: Prng, survivor: string, corridor: Corridor, recruitedOn: string): void {
    let day = recruitedOn;
    corridor.places.forEach((place, i) => {
      const stage = i === 0 ? 'Recruitment' : i === corridor.places.length - 1 ? 'Exploitation' : 'Transit';
      // An ODK repeat's KEY: the submission's instanceID and the repeat's position.
      this.events.write({ sourceRecordId: `${survivor}/hte[${i + 1}]`, survivorSourceRecordId: survivor, stage, place, occurredOn: day });
      day = addDays(day, prng.int(1, 30));
    });
  }

  get count(): number {
    return this.survivorsWritten;
  }

  async drain(): Promise<void> {
    await Promise.all([this.survivors.drain(), this.events.drain()]);
  }

  async close(): Promise<void> {
    await Promise.all([this.survivors.close(), this.events.close()]);
  }
}

function hex(prng: Prng, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += prng.int(0, 15).toString(16);
  return text;
}
