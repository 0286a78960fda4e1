import { DEV_ISSUER, PERSONAS, type Principal } from '../../../shared/auth/index.js';
import type { OpenAccountHolderInput } from '../account-holder/account-holder.service.js';
import type { FinancialSubgraph } from '../index.js';

/**
 * Northbank's demo customers. Elena Petrova is also known to law enforcement (as a victim) and to
 * the NGO (as a survivor, in Cyrillic): linkage must find her in all three. The others are
 * Northbank's alone. IBANs are the published example numbers of their countries.
 */
export const FINANCIAL_DEMO_RECORDS: readonly OpenAccountHolderInput[] = [
  {
    sourceRecordId: 'nb-holder-0001',
    givenName: 'Elena',
    familyName: 'PETROVA',
    dateOfBirth: '1994-03-12',
    nationality: 'MD',
    phones: ['+373 69 123 456'],
    documents: [{ type: 'PASSPORT', issuingCountry: 'MD', number: 'AB1234567' }],
    accountNumber: 'GB33BUKB20201555555555',
  },
  {
    sourceRecordId: 'nb-holder-0002',
    givenName: 'Jonas',
    familyName: 'Berg',
    dateOfBirth: '1979-09-04',
    nationality: 'SE',
    phones: ['+46 70 123 45 67'],
    documents: [{ type: 'PASSPORT', issuingCountry: 'SE', number: '91234567' }],
    accountNumber: 'DE89370400440532013000',
  },
  {
    sourceRecordId: 'nb-holder-0003',
    givenName: 'Ana',
    familyName: 'Rusu',
    dateOfBirth: '1990-12-08',
    nationality: 'RO',
    phones: ['+40 722 123 456'],
    documents: [{ type: 'NATIONAL_ID', issuingCountry: 'RO', number: 'RX123456' }],
    accountNumber: 'RO49AAAA1B31007593840000',
  },
];

/** Seeds the demo customers as Northbank's compliance officer would; running it twice adds nothing. */
export async function seedFinancialDemo(subgraph: FinancialSubgraph): Promise<number> {
  const principal: Principal = { ...PERSONAS['bank-compliance'], issuer: DEV_ISSUER };
  for (const record of FINANCIAL_DEMO_RECORDS) {
    await subgraph.services.accountHolders.open(principal, record);
  }
  return FINANCIAL_DEMO_RECORDS.length;
}
