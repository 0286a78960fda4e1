import { join } from 'node:path';
import { addDays } from './calendar.js';
import { writeDate, writeName, writePhone, type RecordingHabits } from './corruption.js';
import {
  businessActivity,
  cashWithoutPayroll,
  classifiedAds,
  funnel,
  manyUnrelatedSenders,
  ordinaryActivity,
  privateTransfers,
  structuring,
  type TransactionDraft,
} from './financial-patterns.js';
import { BankPayees } from './bank-payees.js';
import type { GroundTruth, PlantedIndicator } from './ground-truth.js';
import type { Group, Member, Network } from './population.js';
import { Prng } from './prng.js';
import { CsvFile, NdjsonFile } from './writers.js';

/** The columns `npx beacon import financial --kind account-holder` reads. */
export const HOLDER_FILE_COLUMNS = [
  'sourceRecordId', 'givenName', 'familyName', 'dateOfBirth', 'nationalities', 'documents', 'phones', 'emails', 'addressLocality', 'addressCountry',
] as const;
/** The columns `npx beacon import financial --kind transaction` reads. */
export const TRANSACTION_FILE_COLUMNS = [
  'sourceRecordId', 'fromAccount', 'toAccount', 'counterpartyReference', 'counterpartyCountry', 'counterpartyKind', 'amountMinor', 'currency',
  'occurredAt', 'channel', 'locationCode', 'branchReference', 'purposeCode', 'merchantCategoryCode',
] as const;

/** Know-your-customer records: names as on the passport (mostly), dates of birth always, in the core system's layouts. */
export const FINANCIAL_HABITS: RecordingHabits = {
  nativeScript: 0,
  otherTransliteration: 0.15,
  upperCaseFamily: 0.2,
  typo: 0.03,
  nickname: 0,
  swappedOrder: 0.03,
  missingGivenName: 0,
  missingDateOfBirth: 0.03,
  missingPhone: 0.1,
  dateLayouts: { ISO: 6, COMPACT: 2, DOTTED: 0, SLASHED: 2 },
  phoneLayouts: { E164: 2, SPACED: 3, DASHED: 1, BRACKETED: 0 },
};

/**
 * Red-flag patterns planted on ordinary customers' accounts, by share of those customers; the
 * rest of the planted flags ride on the networks (every recruiter at the bank collects from many
 * senders; a sexual-exploitation network's recruiter pays classified-ad sites).
 */
export const PLANTED_RATES = Object.freeze({
  background: { STRUCTURING: 0.02, FUNNEL_ACCOUNT: 0.01, CASH_WITHOUT_PAYROLL: 0.01 },
  recruiterFunnel: 0.3,
  /** Share of ordinary customers whose account is a business's, with payroll. */
  business: 0.08,
});

/**
 * Share of ordinary customers who pay another customer of the bank every month (rent, family):
 * the bank's account-to-account pairs besides victims paying their recruiter. Their holders
 * publish TRANSACTION keys, so the hub's network has money edges among ordinary people too.
 */
export const PRIVATE_TRANSFER_SHARE = 0.3;

const BANK_CODE = '10020030';
const RESIDENCES = ['Berlin', 'Hamburg', 'München', 'Köln', 'Frankfurt am Main', 'Düsseldorf', 'Leipzig'];
const EMPLOYERS = ['Logistik Ost GmbH', 'Bau & Montage KG', 'Hotel Service GmbH', 'Agrar Frisch GmbH', 'Pflege Plus gGmbH', 'Reinigung Rhein GmbH'];

/** Writes the bank's copies: customers, their accounts, and the accounts' transactions. */
export class FinancialRecords {
  private holders = 0;
  private accounts = 0;
  private transactions = 0;
  private readonly payees = new BankPayees();

  private constructor(
    private readonly seed: number,
    private readonly asOf: string,
    readonly holderFile: CsvFile<(typeof HOLDER_FILE_COLUMNS)[number]>,
    /** Accounts and their holders, as `npx beacon import financial --kind account` reads them (after the customers). */
    readonly accountFile: NdjsonFile,
    readonly transactionFile: CsvFile<(typeof TRANSACTION_FILE_COLUMNS)[number]>,
    private readonly truth: GroundTruth,
  ) {}

  static async open(folder: string, seed: number, asOf: string, truth: GroundTruth): Promise<FinancialRecords> {
    return new FinancialRecords(
      seed,
      asOf,
      await CsvFile.open(join(folder, 'account-holders.csv'), HOLDER_FILE_COLUMNS),
      await NdjsonFile.open(join(folder, 'accounts.ndjson')),
      await CsvFile.open(join(folder, 'transactions.csv'), TRANSACTION_FILE_COLUMNS),
      truth,
    );
  }

  add(group: Group): void {
    if (group.kind === 'single') {
      if (group.member.sectors.has('FIN')) this.customer(group.member, undefined);
      return;
    }
    this.network(group.network);
  }

  private network(network: Network): void {
    const victimAccounts: string[] = [];
    for (const victim of network.victims.filter((member) => member.sectors.has('FIN'))) {
      victimAccounts.push(this.customer(victim, network.networkId));
    }
    if (!network.recruiter.sectors.has('FIN')) return;
    const recruiter = network.recruiter;
    const prng = Prng.for(this.seed, 'financial', 'network', network.networkId);
    const account = this.customer(recruiter, network.networkId, { cashDeposits: false });
    const home = recruiter.identity.origin.country;
    this.plant(account, 'MANY_UNRELATED_SENDERS', recruiter, network.networkId, manyUnrelatedSenders(prng, account, this.asOf, victimAccounts, home, 5));
    if (network.exploitation === 'SexualExploitation') this.plant(account, 'CLASSIFIED_AD_PAYMENTS', recruiter, network.networkId, classifiedAds(prng, account, this.asOf));
    if (prng.chance(PLANTED_RATES.recruiterFunnel)) this.plant(account, 'FUNNEL_ACCOUNT', recruiter, network.networkId, funnel(prng, account, this.asOf, home));
  }

  /** A customer, one account, a quarter of activity and, for some, a planted pattern. Returns the account's source id. */
  private customer(member: Member, networkId: string | undefined, options: { cashDeposits?: boolean } = {}): string {
    const { identity } = member;
    const prng = Prng.for(this.seed, 'financial', identity.personId);
    const habits = FINANCIAL_HABITS;
    const name = writeName(prng, identity, habits);
    const holder = `CU${String(++this.holders).padStart(9, '0')}`;
    this.holderFile.write({
      sourceRecordId: holder,
      givenName: name.given,
      familyName: name.family,
      dateOfBirth: prng.chance(habits.missingDateOfBirth) ? undefined : writeDate(prng, identity.dateOfBirth, habits),
      nationalities: identity.origin.country,
      documents: prng.chance(0.9) ? `PASSPORT/${identity.origin.country}/${identity.passport}` : undefined,
      phones: prng.chance(habits.missingPhone) ? undefined : writePhone(prng, identity, habits),
      emails: prng.chance(0.7) ? `${identity.emailLocal}@${identity.emailDomain}` : undefined,
      addressLocality: prng.pick(RESIDENCES),
      addressCountry: 'DE',
    });
    this.truth.record('financial', 'account-holder', holder, member, networkId);

    const planted = member.role === 'BACKGROUND' ? prng.weighted({ ...PLANTED_RATES.background, NONE: 1 - sum(PLANTED_RATES.background) }) : 'NONE';
    const business = planted === 'CASH_WITHOUT_PAYROLL' || (planted === 'NONE' && member.role === 'BACKGROUND' && prng.chance(PLANTED_RATES.business));
    const account = `AC${String(++this.accounts).padStart(9, '0')}`;
    const accountNumber = String(this.accounts).padStart(10, '0');
    this.accountFile.write({
      sourceRecordId: account,
      type: business ? 'BUSINESS' : 'CURRENT',
      iban: germanIban(BANK_CODE, accountNumber),
      country: 'DE',
      openedOn: addDays(this.asOf, -prng.int(120, 3000)),
      holders: [holder],
    });
    this.truth.record('financial', 'account', account, member, networkId);

    const home = identity.origin.country;
    if (business) this.emit(planted === 'NONE' ? businessActivity(prng, account, this.asOf) : []);
    else this.emit(ordinaryActivity(prng, account, this.asOf, home, prng.pick(EMPLOYERS), { cashDeposits: planted === 'NONE' && options.cashDeposits !== false }));
    if (member.role === 'BACKGROUND' && planted === 'NONE' && !business) this.privateTransfers(member, account);
    if (planted === 'STRUCTURING') this.plant(account, planted, member, networkId, structuring(prng, account, this.asOf));
    if (planted === 'FUNNEL_ACCOUNT') this.plant(account, planted, member, networkId, funnel(prng, account, this.asOf, home));
    if (planted === 'CASH_WITHOUT_PAYROLL') this.plant(account, planted, member, networkId, cashWithoutPayroll(prng, account, this.asOf));
    return account;
  }

  /**
   * An ordinary customer's monthly payments to another ordinary customer of the bank, for some;
   * its own stream, so adding them changed no other draw. Then it may be paid by later ones.
   */
  private privateTransfers(member: Member, account: string): void {
    const prng = Prng.for(this.seed, 'financial', 'transfers', member.identity.personId);
    const payee = prng.chance(PRIVATE_TRANSFER_SHARE) ? this.payees.take(prng, account) : undefined;
    if (payee !== undefined) this.emit(privateTransfers(prng, account, payee, this.asOf));
    this.payees.add(account);
  }

  private plant(account: string, indicator: PlantedIndicator, member: Member, networkId: string | undefined, drafts: readonly TransactionDraft[]): void {
    this.truth.redFlag(account, indicator, member, networkId, this.emit(drafts));
  }

  /** Writes transactions and returns their source ids. */
  private emit(drafts: readonly TransactionDraft[]): string[] {
    return drafts.map((draft) => {
      const sourceRecordId = `TX${String(++this.transactions).padStart(10, '0')}`;
      this.transactionFile.write({ sourceRecordId, currency: 'EUR', ...draft });
      return sourceRecordId;
    });
  }

  get counts(): { holders: number; accounts: number; transactions: number } {
    return { holders: this.holders, accounts: this.accounts, transactions: this.transactions };
  }

  async drain(): Promise<void> {
    await Promise.all([this.holderFile.drain(), this.accountFile.drain(), this.transactionFile.drain()]);
  }

  async close(): Promise<void> {
    await Promise.all([this.holderFile.close(), this.accountFile.close(), this.transactionFile.close()]);
  }
}

function sum(rates: Readonly<Record<string, number>>): number {
  return Object.values(rates).reduce((total, rate) => total + rate, 0);
}

/** A German IBAN (ISO 13616): DE, two ISO 7064 mod-97 check digits, the bank code, the account number. */
export function germanIban(bankCode: string, accountNumber: string): string {
  const bban = `${bankCode}${accountNumber}`;
  let remainder = 0;
  for (const digit of `${bban}131400`) remainder = (remainder * 10 + Number(digit)) % 97;
  return `DE${String(98 - remainder).padStart(2, '0')}${bban}`;
}
