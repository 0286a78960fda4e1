import { DEV_ISSUER, PERSONAS, type Principal } from '../../../shared/auth/index.js';
import { Gender } from '../survivor/survivor.entity.js';
import type { RegisterSurvivorInput } from '../survivor/survivor.service.js';
import type { NgoSubgraph } from '../index.js';

/**
 * Safe Passage's demo survivors. Elena Petrova is written in Cyrillic, as the NGO recorded her;
 * law enforcement (as a victim) and the bank (as an account holder) know her in Latin script,
 * and linkage must still find her in all three. She agreed that the police may use her
 * non-identifying attributes for their investigation, the bank for its AML work and the hub for
 * analysis. The others are known to the NGO only; Amina agreed to the hub's analysis.
 */
export const NGO_DEMO_RECORDS: readonly RegisterSurvivorInput[] = [
  {
    sourceRecordId: 'sp-survivor-0001',
    givenName: 'Елена',
    familyName: 'Петрова',
    dateOfBirth: '1994-03-12',
    gender: Gender.FEMININE,
    citizenship: 'MD',
    phones: ['+37369123456'],
    consents: [
      { sector: 'LAW_ENFORCEMENT', purpose: 'investigation' },
      { sector: 'FINANCIAL', purpose: 'aml-compliance' },
      { sector: 'HUB', purpose: 'analysis' },
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
    consents: [{ sector: 'HUB', purpose: 'analysis' }],
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
  },
];

/**
 * Seeds the demo survivors, with the consents they gave at intake, as Safe Passage's caseworker
 * would; running it twice adds nothing (registration is idempotent by source record id).
 */
export async function seedNgoDemo(subgraph: NgoSubgraph): Promise<number> {
  const principal: Principal = { ...PERSONAS['ngo-caseworker'], issuer: DEV_ISSUER };
  for (const record of NGO_DEMO_RECORDS) {
    await subgraph.services.survivors.register(principal, record);
  }
  return NGO_DEMO_RECORDS.length;
}
