import { DEV_ISSUER, PERSONAS, type Principal } from '../../../shared/auth/index.js';
import type { CaseFields } from '../case/case.validation.js';
import type { LawEnforcementSubgraph } from '../index.js';
import type { JourneyLegFields } from '../journey/journey-leg.validation.js';
import type { PersonRecordFields } from '../person-record/person-record.validation.js';

/** A demo person: the record's own fields, its source id, and the legs they travelled. */
export interface DemoPerson extends PersonRecordFields {
  readonly sourceRecordId: string;
  readonly journey?: readonly JourneyLegFields[];
}

export interface DemoCase {
  readonly case: CaseFields & { readonly reference: string; readonly handlingCode: string };
  readonly people: readonly DemoPerson[];
}

const RETENTION = '2036-12-31';

/**
 * Harbour Police's demo cases. Elena Petrova is also known to the NGO (as a survivor, written in
 * Cyrillic) and to the bank (as an account holder): linkage must find her in all three.
 *
 * One case per handling code, each coded as an agency would:
 * - HP-2026-0042, Elena's case (victim): H1 — other agencies may act on it in their own
 *   investigations, but her account reaches a court only through Harbour Police.
 * - HP-2026-0043, the covert operation against Viktor Lungu, who recruited her: H2 — telling
 *   another agency who the suspect is risks tipping him off, so not without asking. It is a case
 *   of its own precisely because its code differs from her case's.
 * - HP-2026-0057, Sarah Okafor (witness): H3 — witness protection; the restriction (contact only
 *   through the case officer) is the owner's own.
 * - HP-2024-0311, Marius Ciobanu (suspect), closed with a conviction: H0 — already used in
 *   judicial proceedings; any agency may use it.
 */
export const LAW_ENFORCEMENT_DEMO_CASES: readonly DemoCase[] = [
  {
    case: {
      reference: 'HP-2026-0042',
      jurisdiction: 'GB',
      openedOn: '2026-02-03',
      typesOfExploitation: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR'],
      handlingCode: 'H1',
      sourceReliability: 'B',
      informationAccuracy: 'KNOWN_TO_SOURCE',
      retentionUntil: RETENTION,
    },
    people: [
      {
        sourceRecordId: 'hp-person-0001',
        category: 'VICTIM',
        names: [{ given: 'Elena', family: 'Petrova' }],
        dateOfBirth: '1994-03-12',
        nationalities: ['MD'],
        phones: ['+373 69 123 456'],
        documents: [{ type: 'PASSPORT', issuingCountry: 'MD', number: 'AB1234567' }],
        addresses: [{ street: 'Strada Ismail', streetNumber: '12', locality: 'Chișinău', postcode: 'MD-2001', country: 'MD' }],
        journey: [
          { from: 'MDKIV', to: 'ROBUH', date: '2025-09-14', mode: 'ROAD', borderCrossing: true, crossingPoint: 'Leușeni–Albița' },
          { from: 'ROBUH', to: 'GBLON', date: '2025-09-16', mode: 'AIR' },
        ],
      },
    ],
  },
  {
    case: {
      reference: 'HP-2026-0043',
      jurisdiction: 'GB',
      openedOn: '2026-02-10',
      typesOfExploitation: ['SEXUAL_EXPLOITATION'],
      handlingCode: 'H2',
      sourceReliability: 'B',
      informationAccuracy: 'CORROBORATED',
      retentionUntil: RETENTION,
    },
    people: [
      {
        sourceRecordId: 'hp-person-0002',
        category: 'SUSPECT',
        perpetratorRoles: ['RECRUITER_OR_INTERMEDIARY', 'TRANSPORTER'],
        names: [{ given: 'Viktor', family: 'Lungu' }, { given: 'Vitea', family: 'Lungu', kind: 'ALIAS' }],
        dateOfBirth: '1981-07-02',
        nationalities: ['MD', 'RO'],
        phones: ['+40 721 555 019'],
        journey: [{ from: 'MDKIV', to: 'ROBUH', date: '2025-09-14', mode: 'ROAD', borderCrossing: true, crossingPoint: 'Leușeni–Albița' }],
      },
    ],
  },
  {
    case: {
      reference: 'HP-2026-0057',
      jurisdiction: 'GB',
      openedOn: '2026-04-21',
      typesOfExploitation: ['FORCED_LABOUR'],
      handlingCode: 'H3',
      sourceReliability: 'A',
      informationAccuracy: 'KNOWN_WITHOUT_RESERVATION',
      retentionUntil: RETENTION,
    },
    people: [
      {
        sourceRecordId: 'hp-person-0003',
        category: 'WITNESS',
        names: [{ given: 'Sarah', family: 'Okafor' }],
        dateOfBirth: '1988-11-23',
        nationalities: ['GB'],
      },
    ],
  },
  {
    case: {
      reference: 'HP-2024-0311',
      status: 'CLOSED',
      jurisdiction: 'GB',
      openedOn: '2024-05-02',
      closedOn: '2025-06-30',
      typesOfExploitation: ['FORCED_LABOUR', 'FORCED_BEGGING'],
      handlingCode: 'H0',
      sourceReliability: 'A',
      informationAccuracy: 'KNOWN_WITHOUT_RESERVATION',
      retentionUntil: RETENTION,
    },
    people: [
      {
        sourceRecordId: 'hp-person-0004',
        category: 'SUSPECT',
        perpetratorRoles: ['EXPLOITER'],
        names: [{ given: 'Marius', family: 'Ciobanu' }],
        dateOfBirth: '1976-05-19',
        nationalities: ['MD'],
        journey: [{ from: 'MDKIV', to: 'GBLON', date: '2024-03-01', mode: 'AIR' }],
      },
    ],
  },
];

/** Seeds the demo cases as Harbour Police's investigator would; running it twice adds nothing. */
export async function seedLawEnforcementDemo(subgraph: LawEnforcementSubgraph): Promise<number> {
  const principal: Principal = { ...PERSONAS['le-investigator'], issuer: DEV_ISSUER };
  const { cases, personRecords, journeyLegs } = subgraph.services;
  let people = 0;
  for (const demo of LAW_ENFORCEMENT_DEMO_CASES) {
    const onCase = (await cases.findOwnedByReference(principal, demo.case.reference)) ?? (await cases.open(principal, demo.case));
    for (const { journey, ...person } of demo.people) {
      const record = await personRecords.record(principal, { ...person, caseId: onCase.id });
      people += 1;
      // Legs have no source id: a person who already has legs was seeded before.
      if ((await journeyLegs.listForPerson(record.id, { first: 1 })).edges.length > 0) continue;
      for (const leg of journey ?? []) await journeyLegs.record(principal, { ...leg, caseId: onCase.id, personRecordId: record.id });
    }
  }
  return people;
}
