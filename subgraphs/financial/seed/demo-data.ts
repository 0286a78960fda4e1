import { DEV_ISSUER, PERSONAS, type Principal } from '../../../shared/auth/index.js';
import type { OpenAccountHolderInput } from '../account-holder/account-holder.service.js';
import type { FinancialSubgraph } from '../index.js';
import { SuspiciousActivityTypology } from '../suspicious-activity-report/suspicious-activity-report.enums.js';
import type { FileReportInput } from '../suspicious-activity-report/suspicious-activity-report.service.js';

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

/**
 * Northbank's suspicious-activity reports, each on the demo customer named by `holder` (a source
 * record id above). Elena's account shows the funnel pattern of FIN-2020-A008: cash paid in at
 * branches in several cities and drawn out abroad within a day — her earnings, controlled by
 * someone else. Only Northbank and police investigators may learn that this report exists.
 */
export const FINANCIAL_DEMO_REPORTS: ReadonlyArray<Omit<FileReportInput, 'accountHolderId'> & { holder: string }> = [
  {
    holder: 'nb-holder-0001',
    reference: 'NB-SAR-2026-0007',
    filedAt: '2026-02-18T10:30:00Z',
    typology: SuspiciousActivityTypology.FUNNEL_ACCOUNT,
    narrative:
      'HUMAN TRAFFICKING FIN-2020-A008. Between 2025-11-03 and 2026-02-12 the account received 46 cash deposits ' +
      'of GBP 300–900 at branches in four cities, none above GBP 1,000; each was withdrawn by card in Chișinău ' +
      'within 24 hours. No salary or benefit payments. The customer attended branch visits accompanied by a man ' +
      'who answered for her.',
  },
];

/** Seeds the demo customers and reports as Northbank's compliance officer would; running it twice adds nothing. */
export async function seedFinancialDemo(subgraph: FinancialSubgraph): Promise<number> {
  const principal: Principal = { ...PERSONAS['bank-compliance'], issuer: DEV_ISSUER };
  const holderIds = new Map<string, string>();
  for (const record of FINANCIAL_DEMO_RECORDS) {
    const holder = await subgraph.services.accountHolders.open(principal, record);
    if (record.sourceRecordId) holderIds.set(record.sourceRecordId, holder.id);
  }
  for (const { holder, ...report } of FINANCIAL_DEMO_REPORTS) {
    await subgraph.services.suspiciousActivityReports.file(principal, { ...report, accountHolderId: holderIds.get(holder) ?? '' });
  }
  return FINANCIAL_DEMO_RECORDS.length + FINANCIAL_DEMO_REPORTS.length;
}
