import { DEV_ISSUER, PERSONAS, type Principal } from '../../../shared/auth/index.js';
import { PersonCategory } from '../person-record/person-record.entity.js';
import type { RecordPersonInput } from '../person-record/person-record.service.js';
import type { LawEnforcementSubgraph } from '../index.js';

/**
 * Harbour Police's demo case. Elena Petrova is also known to the NGO (as a survivor, written in
 * Cyrillic) and to the bank (as an account holder): linkage must find her in all three.
 */
export const LAW_ENFORCEMENT_DEMO_RECORDS: readonly RecordPersonInput[] = [
  {
    sourceRecordId: 'hp-person-0001',
    caseReference: 'HP-2026-0042',
    category: PersonCategory.VICTIM,
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
    givenName: 'Sarah',
    familyName: 'Okafor',
    dateOfBirth: '1988-11-23',
    nationalities: ['GB'],
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
