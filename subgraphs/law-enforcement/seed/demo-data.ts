import { DEV_ISSUER, PERSONAS, type Principal } from '../../../shared/auth/index.js';
import { HandlingCode } from '../handling-code/handling-code.enum.js';
import { PersonCategory } from '../person-record/person-record.entity.js';
import type { RecordPersonInput } from '../person-record/person-record.service.js';
import type { LawEnforcementSubgraph } from '../index.js';

/**
 * Harbour Police's demo cases. Elena Petrova is also known to the NGO (as a survivor, written in
 * Cyrillic) and to the bank (as an account holder): linkage must find her in all three.
 *
 * One record per handling code, each coded as an agency would:
 * - Elena (victim, live case HP-2026-0042): H1 — other agencies may act on it in their own
 *   investigations, but her account reaches a court only through Harbour Police.
 * - Viktor Lungu (suspect, same live case): H2 — a covert investigation; telling another agency
 *   who the suspect is risks tipping him off or colliding with its work, so not without asking.
 * - Sarah Okafor (witness): H3 — witness protection; the restriction (contact only through the
 *   case officer) is the owner's own.
 * - Marius Ciobanu (suspect, case HP-2024-0311, closed with a conviction): H0 — already used in
 *   judicial proceedings; any agency may use it.
 */
export const LAW_ENFORCEMENT_DEMO_RECORDS: readonly RecordPersonInput[] = [
  {
    sourceRecordId: 'hp-person-0001',
    caseReference: 'HP-2026-0042',
    category: PersonCategory.VICTIM,
    handlingCode: HandlingCode.H1,
    givenName: 'Elena',
    familyName: 'Petrova',
    dateOfBirth: '1994-03-12',
    nationalities: ['MD'],
    phones: ['+373 69 123 456'],
    documents: [{ type: 'PASSPORT', issuingCountry: 'MD', number: 'AB1234567' }],
  },
  {
    sourceRecordId: 'hp-person-0002',
    caseReference: 'HP-2026-0042',
    category: PersonCategory.SUSPECT,
    handlingCode: HandlingCode.H2,
    givenName: 'Viktor',
    familyName: 'Lungu',
    dateOfBirth: '1981-07-02',
    nationalities: ['MD', 'RO'],
    phones: ['+40 721 555 019'],
  },
  {
    sourceRecordId: 'hp-person-0003',
    caseReference: 'HP-2026-0057',
    category: PersonCategory.WITNESS,
    handlingCode: HandlingCode.H3,
    givenName: 'Sarah',
    familyName: 'Okafor',
    dateOfBirth: '1988-11-23',
    nationalities: ['GB'],
  },
  {
    sourceRecordId: 'hp-person-0004',
    caseReference: 'HP-2024-0311',
    category: PersonCategory.SUSPECT,
    handlingCode: HandlingCode.H0,
    givenName: 'Marius',
    familyName: 'Ciobanu',
    dateOfBirth: '1976-05-19',
    nationalities: ['MD'],
  },
];

/** Seeds the demo records as Harbour Police's investigator would; running it twice adds nothing. */
export async function seedLawEnforcementDemo(subgraph: LawEnforcementSubgraph): Promise<number> {
  const principal: Principal = { ...PERSONAS['le-investigator'], issuer: DEV_ISSUER };
  for (const record of LAW_ENFORCEMENT_DEMO_RECORDS) {
    await subgraph.services.personRecords.record(principal, record);
  }
  return LAW_ENFORCEMENT_DEMO_RECORDS.length;
}
