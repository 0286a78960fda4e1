import { DEV_ISSUER, PERSONAS, type Principal } from '../../../shared/auth/index.js';
import type { OpenAccountHolderInput } from '../account-holder/account-holder.service.js';
import type { OpenAccountRequest } from '../account/account.service.js';
import type { FinancialSubgraph } from '../index.js';
import { SuspiciousActivityTypology } from '../suspicious-activity-report/suspicious-activity-report.enums.js';
import type { FileReportInput } from '../suspicious-activity-report/suspicious-activity-report.service.js';
import type { TransactionRequest } from '../transaction/transaction.validation.js';

/**
 * Northbank's demo customers. Elena Petrova is also known to law enforcement (as a victim) and to
 * the NGO (as a survivor, in Cyrillic): linkage must find her in all three. The others are
 * Northbank's alone.
 */
export const FINANCIAL_DEMO_RECORDS: readonly OpenAccountHolderInput[] = [
  {
    sourceRecordId: 'nb-holder-0001',
    givenName: 'Elena',
    familyName: 'PETROVA',
    dateOfBirth: '1994-03-12',
    nationalities: ['MD'],
    phones: ['+373 69 123 456'],
    documents: [{ type: 'PASSPORT', issuingCountry: 'MD', number: 'AB1234567' }],
  },
  {
    sourceRecordId: 'nb-holder-0002',
    givenName: 'Jonas',
    familyName: 'Berg',
    dateOfBirth: '1979-09-04',
    nationalities: ['SE'],
    phones: ['+46 70 123 45 67'],
    documents: [{ type: 'PASSPORT', issuingCountry: 'SE', number: '91234567' }],
  },
  {
    sourceRecordId: 'nb-holder-0003',
    givenName: 'Ana',
    familyName: 'Rusu',
    dateOfBirth: '1990-12-08',
    nationalities: ['RO'],
    phones: ['+40 722 123 456'],
    documents: [{ type: 'NATIONAL_ID', issuingCountry: 'RO', number: 'RX123456' }],
  },
];

/** Each demo customer's account (`holder`: a source record id above). IBANs are published example numbers. */
export const FINANCIAL_DEMO_ACCOUNTS: ReadonlyArray<Omit<OpenAccountRequest, 'holderIds' | 'holders'> & { holder: string }> = [
  { holder: 'nb-holder-0001', sourceRecordId: 'nb-account-0001', type: 'CURRENT', iban: 'GB33BUKB20201555555555', openedOn: '2025-09-15' },
  { holder: 'nb-holder-0002', sourceRecordId: 'nb-account-0002', type: 'CURRENT', iban: 'DE89370400440532013000', openedOn: '2019-04-01' },
  { holder: 'nb-holder-0003', sourceRecordId: 'nb-account-0003', type: 'SAVINGS', iban: 'RO49AAAA1B31007593840000', openedOn: '2021-06-10' },
];

type DemoTransaction = Omit<TransactionRequest, 'fromAccountId' | 'toAccountId'> & { from?: string; to?: string };

/**
 * Elena's account as a funnel account (FIN-2020-A008): twelve cash deposits of GBP 300–900 at
 * four branches in four cities, each wired on to the same person in Moldova within a day.
 */
function elenasFunnel(): DemoTransaction[] {
  const branches = [
    ['NB-LON-012', 'GBLON'],
    ['NB-MAN-003', 'GBMNC'],
    ['NB-BHM-007', 'GBBHM'],
    ['NB-LIV-002', 'GBLIV'],
  ] as const;
  const amounts = [45_000, 62_000, 38_000, 90_000, 51_000, 30_000, 77_000, 84_000, 43_000, 69_000, 56_000, 88_000];
  return amounts.flatMap((amount, i) => {
    const [branch, place] = branches[i % branches.length] as (typeof branches)[number];
    const deposited = new Date(Date.UTC(2026, 0, 5 + 3 * i, 10, 15));
    const wired = new Date(deposited.getTime() + 20 * 3_600_000);
    return [
      {
        sourceRecordId: `nb-tx-elena-dep-${String(i + 1).padStart(2, '0')}`,
        to: 'nb-account-0001',
        amountMinor: String(amount),
        currency: 'GBP',
        occurredAt: deposited.toISOString(),
        channel: 'CASH_DEPOSIT',
        locationCode: place,
        branchReference: branch,
      },
      {
        sourceRecordId: `nb-tx-elena-out-${String(i + 1).padStart(2, '0')}`,
        from: 'nb-account-0001',
        counterpartyReference: 'NB-CP-7781',
        counterpartyKind: 'INDIVIDUAL',
        counterpartyCountry: 'MD',
        amountMinor: String(amount),
        currency: 'GBP',
        occurredAt: wired.toISOString(),
        channel: 'WIRE',
      },
    ];
  });
}

/** Jonas's account as an ordinary one: salary in, rent and groceries out, one cash withdrawal a month. */
function jonasEveryday(): DemoTransaction[] {
  return [0, 1, 2].flatMap((month) => {
    const on = (day: number, hour: number) => new Date(Date.UTC(2025, 11 + month, day, hour)).toISOString();
    const id = (what: string) => `nb-tx-jonas-${month + 1}-${what}`;
    return [
      { sourceRecordId: id('salary'), to: 'nb-account-0002', counterpartyReference: 'NB-CP-EMPLOYER-01', counterpartyKind: 'BUSINESS', counterpartyCountry: 'DE', amountMinor: '320000', currency: 'EUR', occurredAt: on(1, 8), channel: 'WIRE', purposeCode: 'SALA' },
      { sourceRecordId: id('rent'), from: 'nb-account-0002', counterpartyReference: 'NB-CP-LANDLORD-01', counterpartyKind: 'INDIVIDUAL', counterpartyCountry: 'DE', amountMinor: '110000', currency: 'EUR', occurredAt: on(2, 9), channel: 'WIRE' },
      { sourceRecordId: id('grocer-1'), from: 'nb-account-0002', counterpartyReference: 'NB-MERCHANT-2291', counterpartyKind: 'BUSINESS', counterpartyCountry: 'DE', amountMinor: '8745', currency: 'EUR', occurredAt: on(6, 17), channel: 'CARD', merchantCategoryCode: '5411', locationCode: 'DEBER' },
      { sourceRecordId: id('grocer-2'), from: 'nb-account-0002', counterpartyReference: 'NB-MERCHANT-2291', counterpartyKind: 'BUSINESS', counterpartyCountry: 'DE', amountMinor: '6320', currency: 'EUR', occurredAt: on(20, 18), channel: 'CARD', merchantCategoryCode: '5411', locationCode: 'DEBER' },
      { sourceRecordId: id('cash'), from: 'nb-account-0002', amountMinor: '20000', currency: 'EUR', occurredAt: on(12, 12), channel: 'CASH_WITHDRAWAL', locationCode: 'DEBER', branchReference: 'NB-ATM-BER-01' },
    ];
  });
}

export const FINANCIAL_DEMO_TRANSACTIONS: readonly DemoTransaction[] = [...elenasFunnel(), ...jonasEveryday()];

/**
 * Northbank's suspicious-activity reports, each on the demo customer named by `holder` (a source
 * record id above). Elena's account shows the funnel pattern of FIN-2020-A008: cash paid in at
 * branches in several cities and sent on abroad within a day — her earnings, controlled by
 * someone else. Only Northbank and police investigators may learn that this report exists.
 */
export const FINANCIAL_DEMO_REPORTS: ReadonlyArray<Omit<FileReportInput, 'accountHolderId'> & { holder: string }> = [
  {
    holder: 'nb-holder-0001',
    reference: 'NB-SAR-2026-0007',
    filedAt: '2026-02-18T10:30:00Z',
    typology: SuspiciousActivityTypology.FUNNEL_ACCOUNT,
    narrative:
      'HUMAN TRAFFICKING FIN-2020-A008. Between 2026-01-05 and 2026-02-07 the account received 12 cash deposits ' +
      'of GBP 300–900 at branches in four cities, none above GBP 1,000; each was wired on to one person in Moldova ' +
      'within 24 hours. No salary or benefit payments. The customer attended branch visits accompanied by a man ' +
      'who answered for her.',
  },
];

/** Seeds the demo customers, accounts, transactions and reports as Northbank's compliance officer would; running it twice adds nothing. */
export async function seedFinancialDemo(subgraph: FinancialSubgraph): Promise<number> {
  const principal: Principal = { ...PERSONAS['bank-compliance'], issuer: DEV_ISSUER };
  const { accountHolders, accounts, transactions, suspiciousActivityReports } = subgraph.services;
  const holderIds = new Map<string, string>();
  for (const record of FINANCIAL_DEMO_RECORDS) {
    const holder = await accountHolders.open(principal, record);
    if (record.sourceRecordId) holderIds.set(record.sourceRecordId, holder.id);
  }
  const accountIds = new Map<string, string>();
  for (const { holder, ...account } of FINANCIAL_DEMO_ACCOUNTS) {
    const opened = await accounts.open(principal, { ...account, holderIds: [holderIds.get(holder) ?? ''] });
    accountIds.set(account.sourceRecordId as string, opened.id);
  }
  await transactions.record(
    principal,
    FINANCIAL_DEMO_TRANSACTIONS.map(({ from, to, ...transaction }) => ({
      ...transaction,
      fromAccountId: from ? accountIds.get(from) : undefined,
      toAccountId: to ? accountIds.get(to) : undefined,
    })),
  );
  for (const { holder, ...report } of FINANCIAL_DEMO_REPORTS) {
    await suspiciousActivityReports.file(principal, { ...report, accountHolderId: holderIds.get(holder) ?? '' });
  }
  return FINANCIAL_DEMO_RECORDS.length + FINANCIAL_DEMO_ACCOUNTS.length + FINANCIAL_DEMO_TRANSACTIONS.length + FINANCIAL_DEMO_REPORTS.length;
}
