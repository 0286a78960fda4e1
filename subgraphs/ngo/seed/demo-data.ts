import { DEV_ISSUER, PERSONAS, type Principal } from '../../../shared/auth/index.js';
import type { IncidentReportRequest } from '../incident-report/incident-report.service.js';
import type { ReferralRequest } from '../referral/referral.service.js';
import { Gender } from '../survivor/survivor.entity.js';
import type { RegisterSurvivorRequest } from '../survivor/survivor.service.js';
import type { TraffickingEventRequest } from '../trafficking-event/trafficking-event.service.js';
import type { NgoSubgraph } from '../index.js';

/** A demo survivor with her route legs and referrals (their survivor is hers, filled in at seeding). */
export interface NgoDemoRecord extends RegisterSurvivorRequest {
  readonly route?: ReadonlyArray<Omit<TraffickingEventRequest, 'survivorId'>>;
  readonly referrals?: ReadonlyArray<Omit<ReferralRequest, 'survivorId'>>;
}

/**
 * Safe Passage's demo survivors. Elena Petrova is written in Cyrillic, as the NGO recorded her;
 * law enforcement (as a victim) and the bank (as an account holder) know her in Latin script,
 * and linkage must still find her in all three. She agreed that the police may use her
 * non-identifying attributes for their investigation, the bank for its AML work and the hub for
 * analysis. Her route (Chișinău → Bucharest → London) is the one the police's journey legs show.
 * The others are known to the NGO only; Amina agreed to the hub's analysis.
 */
export const NGO_DEMO_RECORDS: readonly NgoDemoRecord[] = [
  {
    sourceRecordId: 'sp-survivor-0001',
    givenName: 'Елена',
    familyName: 'Петрова',
    dateOfBirth: '1994-03-12',
    ageWhenTrafficked: 31,
    gender: Gender.FEMININE,
    citizenship: 'MD',
    phones: ['+37369123456'],
    typesOfExploitation: ['SEXUAL_EXPLOITATION'],
    typesOfSexExploitation: ['PROSTITUTION'],
    methodsOfRecruitment: ['THROUGH_AN_ONLINE_ADVERTISEMENT'],
    methodsOfControl: ['DEBT_BONDAGE', 'WITHHOLDS_DOCUMENTS', 'FALSE_PROMISES', 'TAKES_EARNINGS'],
    relationshipToTrafficker: 'ACQUAINTED',
    traffickingStatus: 'ACTUAL_VICTIM_OF_TRAFFICKING',
    traffickingStatusDeterminedBy: 'POLICE',
    consents: [
      { sector: 'LAW_ENFORCEMENT', purpose: 'investigation' },
      { sector: 'FINANCIAL', purpose: 'aml-compliance' },
      { sector: 'HUB', purpose: 'analysis' },
    ],
    route: [
      { stage: 'RECRUITMENT', place: 'MDKIV', date: '2025-08-30' },
      { stage: 'TRANSIT', place: 'ROBUH', date: '2025-09-14' },
      { stage: 'EXPLOITATION', place: 'GBLON', periodStart: '2025-09-16', periodEnd: '2025-12-02' },
    ],
    referrals: [
      { organisationName: 'Harbour Legal Aid', organisationType: 'LEGAL_SERVICE', supportType: 'LEGAL', referredOn: '2025-12-10', status: 'ACCEPTED' },
      {
        organisationName: 'St Anne Clinic',
        organisationType: 'HEALTH_SERVICE_ORGANISATION',
        supportType: 'HEALTH',
        reason: 'ADDITIONAL_SERVICES_REQUIRED',
        referredOn: '2025-12-11',
      },
    ],
  },
  {
    sourceRecordId: 'sp-survivor-0002',
    givenName: 'Amina',
    familyName: 'Yusuf',
    dateOfBirth: '2001-06-30',
    gender: Gender.FEMININE,
    citizenship: 'NG',
    phones: ['+234 810 555 0142'],
    typesOfExploitation: ['FORCED_LABOUR'],
    forcedLabourIndustries: ['T_ACTIVITIES_OF_HOUSEHOLDS_AS_EMPLOYERS'],
    methodsOfRecruitment: ['THROUGH_FRIENDS_OR_SOCIAL_EVENTS'],
    methodsOfControl: ['WITHHOLDS_DOCUMENTS', 'EXCESSIVE_WORKING_HOURS', 'RESTRICTS_FINANCIAL_ACCESS'],
    relationshipToTrafficker: 'ACQUAINTED',
    traffickingStatus: 'POSSIBLE_VICTIM_OF_TRAFFICKING',
    traffickingStatusDeterminedBy: 'NGO',
    consents: [{ sector: 'HUB', purpose: 'analysis' }],
    route: [
      { stage: 'RECRUITMENT', place: 'NGLOS', date: '2023-02-01' },
      { stage: 'EXPLOITATION', place: 'GB', periodStart: '2023-03-01', periodEnd: '2024-11-30' },
    ],
  },
  {
    sourceRecordId: 'sp-survivor-0003',
    // Vietnamese order: family name Trần first; diacritics are folded for linkage keys.
    givenName: 'Văn Minh',
    familyName: 'Trần',
    dateOfBirth: '1998-01-17',
    gender: Gender.MASCULINE,
    citizenship: 'VN',
    phones: ['+84 912 345 678'],
    typesOfExploitation: ['FORCED_LABOUR'],
    forcedLabourIndustries: ['A_AGRICULTURE_FORESTRY_AND_FISHING'],
    methodsOfRecruitment: ['THROUGH_FAMILY_OR_FAMILY_EVENTS'],
    methodsOfControl: ['DEBT_BONDAGE', 'THREATS_LAW_ENFORCEMENT'],
    relationshipToTrafficker: 'FAMILIAL',
    traffickingStatus: 'POSSIBLE_VICTIM_OF_TRAFFICKING',
    route: [{ stage: 'EXPLOITATION', place: 'GB', periodStart: '2024-05-01' }],
  },
];

/** Non-personal reports Safe Passage's hotline and open-source monitoring recorded. */
export const NGO_DEMO_INCIDENTS: readonly IncidentReportRequest[] = [
  { sourceRecordId: 'sp-hotline-0001', place: 'GBLON', occurredOn: '2025-10-02', typeOfExploitation: 'SEXUAL_EXPLOITATION', source: 'HOTLINE', reliability: 'B' },
  { sourceRecordId: 'sp-hotline-0002', place: 'GB', occurredOn: '2025-11-18', typeOfExploitation: 'FORCED_LABOUR', source: 'HOTLINE', reliability: 'C' },
  { sourceRecordId: 'sp-osint-0001', place: 'MDKIV', occurredOn: '2025-08-21', typeOfExploitation: 'SEXUAL_EXPLOITATION', source: 'OPEN_SOURCE', reliability: 'X' },
];

/**
 * Seeds the demo survivors with the consents they gave at intake, their routes and referrals, and
 * the hotline's incident reports, as Safe Passage's caseworker would. Running it twice adds
 * nothing: registrations and reports are idempotent by source record id, and a survivor's route
 * and referrals are recorded only when she has none yet.
 */
export async function seedNgoDemo(subgraph: NgoSubgraph): Promise<number> {
  const principal: Principal = { ...PERSONAS['ngo-caseworker'], issuer: DEV_ISSUER };
  const { survivors, traffickingEvents, referrals, incidentReports } = subgraph.services;
  for (const { route = [], referrals: referred = [], ...record } of NGO_DEMO_RECORDS) {
    const survivor = await survivors.register(principal, record);
    if ((await traffickingEvents.pageOfSurvivor(survivor.id, 1, null)).edges.length === 0) {
      for (const leg of route) await traffickingEvents.record(principal, { ...leg, survivorId: survivor.id });
    }
    if ((await referrals.pageOfSurvivor(survivor.id, 1, null)).edges.length === 0) {
      for (const referral of referred) await referrals.record(principal, { ...referral, survivorId: survivor.id });
    }
  }
  for (const incident of NGO_DEMO_INCIDENTS) await incidentReports.report(principal, incident);
  return NGO_DEMO_RECORDS.length;
}
