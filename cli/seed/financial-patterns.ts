import { instant } from './calendar.js';
import type { Prng } from './prng.js';

/**
 * Transactions of one account as `npx beacon import financial --kind transaction` reads them,
 * less the source id (the writer numbers them). Accounts are named by their source ids.
 */
export interface TransactionDraft {
  readonly fromAccount?: string;
  readonly toAccount?: string;
  readonly counterpartyReference?: string;
  readonly counterpartyCountry?: string;
  readonly counterpartyKind?: string;
  readonly amountMinor: number;
  readonly occurredAt: string;
  readonly channel: string;
  readonly locationCode?: string;
  readonly branchReference?: string;
  readonly purposeCode?: string;
  readonly merchantCategoryCode?: string;
}

/** Where the bank's customers live and bank: its branches, each at a UN/LOCODE. */
export const BRANCHES: ReadonlyArray<{ readonly reference: string; readonly place: string }> = [
  { reference: 'BR-BER-01', place: 'DEBER' }, { reference: 'BR-BER-07', place: 'DEBER' }, { reference: 'BR-HAM-02', place: 'DEHAM' },
  { reference: 'BR-MUC-03', place: 'DEMUC' }, { reference: 'BR-CGN-04', place: 'DECGN' }, { reference: 'BR-FRA-05', place: 'DEFRA' },
  { reference: 'BR-DUS-06', place: 'DEDUS' }, { reference: 'BR-LEJ-08', place: 'DELEJ' },
];
const MERCHANTS: ReadonlyArray<{ readonly name: string; readonly mcc: string; readonly min: number; readonly max: number }> = [
  { name: 'Supermarkt Nord', mcc: '5411', min: 800, max: 9_000 }, { name: 'Discount Markt', mcc: '5411', min: 500, max: 6_000 },
  { name: 'Tankstelle Ring', mcc: '5541', min: 2_000, max: 8_000 }, { name: 'Imbiss am Platz', mcc: '5812', min: 600, max: 3_500 },
  { name: 'Mobilfunk Shop', mcc: '4814', min: 1_000, max: 4_000 }, { name: 'Apotheke Mitte', mcc: '5912', min: 400, max: 3_000 },
];
/** Classified-ad and escort-advertising sites (FIN-2020-A008), invented names. */
const AD_SITES = ['quickads-eu.example', 'nightlist.example', 'companion-ads.example', 'local-classifieds.example'];

/** The quarter of activity every account has, ending the day before `asOf`. */
export const ACTIVITY_DAYS = 90;

type Draft = TransactionDraft;
type Branch = (typeof BRANCHES)[number];
type Party = Pick<Draft, 'counterpartyReference' | 'counterpartyKind' | 'counterpartyCountry'>;

const at = (asOf: string, day: number, prng: Prng) => instant(asOf, -ACTIVITY_DAYS + day, prng.int(7 * 60, 21 * 60));
const party = (reference: string, kind: string, country: string): Party => ({ counterpartyReference: reference, counterpartyKind: kind, counterpartyCountry: country });
const paidTo = (account: string, to: Party, amountMinor: number, occurredAt: string, channel: string, extra: Partial<Draft> = {}): Draft =>
  ({ fromAccount: account, ...to, amountMinor, occurredAt, channel, ...extra });
const paidBy = (account: string, from: Party, amountMinor: number, occurredAt: string, channel: string, extra: Partial<Draft> = {}): Draft =>
  ({ toAccount: account, ...from, amountMinor, occurredAt, channel, ...extra });
const cashIn = (account: string, amountMinor: number, occurredAt: string, branch: Branch): Draft =>
  ({ toAccount: account, amountMinor, occurredAt, channel: 'CASH_DEPOSIT', branchReference: branch.reference, locationCode: branch.place });

/** Wages in, shopping by card, cash out, and now and then money home: nothing a rule should flag. */
export function ordinaryActivity(prng: Prng, account: string, asOf: string, home: string, employer: string, { cashDeposits = true } = {}): Draft[] {
  const drafts: Draft[] = [];
  for (let month = 0; month < 3; month++) {
    const day = () => at(asOf, month * 30 + prng.int(2, 29), prng);
    drafts.push(paidBy(account, party(employer, 'BUSINESS', 'DE'), prng.int(150_000, 420_000), at(asOf, month * 30 + 1, prng), 'WIRE', { purposeCode: 'SALA' }));
    for (let i = prng.int(3, 7); i > 0; i--) {
      const merchant = prng.pick(MERCHANTS);
      drafts.push(paidTo(account, party(merchant.name, 'BUSINESS', 'DE'), prng.int(merchant.min, merchant.max), day(), 'CARD', { merchantCategoryCode: merchant.mcc }));
    }
    const branch = prng.pick(BRANCHES);
    drafts.push({ fromAccount: account, amountMinor: prng.int(2, 30) * 1_000, occurredAt: day(), channel: 'CASH_WITHDRAWAL', locationCode: branch.place });
    // Off on accounts carrying a planted cash pattern: the pattern's numbers are then exactly the planted ones.
    if (prng.chance(0.3) && cashDeposits) drafts.push(cashIn(account, prng.int(5, 60) * 1_000, day(), branch));
    if (home !== 'DE' && prng.chance(0.5)) {
      drafts.push(paidTo(account, party(`family-${home}-${prng.digits(6)}`, 'INDIVIDUAL', home), prng.int(50, 400) * 100, day(), 'REMITTANCE'));
    }
  }
  return drafts;
}

/**
 * A private payment every month to another customer of the same bank (rent to a landlord, or
 * money to a relative): an internal transfer, so the bank holds both accounts of the pair.
 */
export function privateTransfers(prng: Prng, account: string, payee: string, asOf: string): Draft[] {
  const rent = prng.chance(0.5);
  const rentMinor = prng.int(350, 900) * 100;
  const day = prng.int(2, 6);
  return [0, 1, 2].map((month) => ({
    fromAccount: account,
    toAccount: payee,
    amountMinor: rent ? rentMinor : prng.int(30, 250) * 100,
    occurredAt: at(asOf, month * 30 + day, prng),
    channel: 'INTERNAL',
    ...(rent ? { purposeCode: 'RENT' } : {}),
  }));
}

/** A business that takes some cash and pays its staff every month (ISO 20022 purpose SALA). */
export function businessActivity(prng: Prng, account: string, asOf: string): Draft[] {
  const drafts: Draft[] = [];
  const branch = prng.pick(BRANCHES);
  for (let month = 0; month < 3; month++) {
    for (let staff = prng.int(2, 5); staff > 0; staff--) {
      const employee = party(`staff-${prng.digits(6)}`, 'INDIVIDUAL', 'DE');
      drafts.push(paidTo(account, employee, prng.int(180_000, 320_000), at(asOf, month * 30 + 28, prng), 'WIRE', { purposeCode: 'SALA' }));
    }
    for (let i = prng.int(1, 2); i > 0; i--) drafts.push(cashIn(account, prng.int(200, 1_500) * 100, at(asOf, month * 30 + prng.int(1, 27), prng), branch));
  }
  return drafts;
}

/** FIN-2020-A008 funnel: cash paid in at several branches within weeks, then wired abroad within two days. */
export function funnel(prng: Prng, account: string, asOf: string, abroad: string): Draft[] {
  const start = prng.int(5, 50);
  const branches = prng.sample(BRANCHES.filter((b, i, all) => all.findIndex((o) => o.place === b.place) === i), prng.int(3, 5));
  const count = prng.int(5, 8);
  // Spread over 18 days: inside the rule's 30-day window, at three places or more.
  const dayOf = (i: number) => start + Math.floor((i * 18) / count);
  const deposits = Array.from({ length: count }, (_, i) => cashIn(account, prng.int(300, 2_500) * 100, at(asOf, dayOf(i), prng), branches[i % branches.length] as Branch));
  const total = deposits.reduce((sum, draft) => sum + draft.amountMinor, 0);
  const beneficiary = party(`${abroad}-beneficiary-${prng.digits(8)}`, 'INDIVIDUAL', abroad);
  const nextDay = instant(asOf, -ACTIVITY_DAYS + dayOf(count - 1) + 1, prng.int(8 * 60, 20 * 60));
  return [...deposits, paidTo(account, beneficiary, Math.floor((total * prng.int(82, 96)) / 100), nextDay, prng.pick(['WIRE', 'REMITTANCE']))];
}

/** Cash deposits each just under the EUR 10,000 reporting threshold, within a week. */
export function structuring(prng: Prng, account: string, asOf: string): Draft[] {
  const start = prng.int(5, 70);
  const branch = prng.pick(BRANCHES);
  return Array.from({ length: prng.int(3, 4) }, (_, i) => cashIn(account, prng.int(9_000, 9_990) * 100, at(asOf, start + i * 2, prng), branch));
}

/** A business paying in cash week after week, with no wages ever paid out (a front). */
export function cashWithoutPayroll(prng: Prng, account: string, asOf: string): Draft[] {
  const branch = prng.pick(BRANCHES);
  const count = prng.int(12, 18);
  const deposits = Array.from({ length: count }, (_, i) => cashIn(account, prng.int(500, 3_000) * 100, at(asOf, 2 + Math.floor((i * 80) / count), prng), branch));
  const landlord = party(`landlord-${prng.digits(6)}`, 'BUSINESS', 'DE');
  return [...deposits, paidTo(account, landlord, prng.int(800, 2_500) * 100, at(asOf, 30, prng), 'WIRE', { purposeCode: 'RENT' })];
}

/** Card payments to classified-ad and escort-advertising sites within a month. */
export function classifiedAds(prng: Prng, account: string, asOf: string): Draft[] {
  const start = prng.int(5, 60);
  return Array.from({ length: prng.int(3, 6) }, (_, i) => {
    const site = party(prng.pick(AD_SITES), prng.pick(['CLASSIFIED_AD_SITE', 'ESCORT_SERVICE']), prng.pick(['NL', 'CY', 'MT']));
    return paidTo(account, site, prng.int(15, 120) * 100, at(asOf, start + i * 4, prng), 'CARD', prng.chance(0.5) ? { merchantCategoryCode: '7273' } : {});
  });
}

/**
 * Victims' earnings collected into the recruiter's account: from the victims' own accounts at the
 * bank and from outside senders, at least `minSenders` different ones within three weeks.
 */
export function manyUnrelatedSenders(prng: Prng, account: string, asOf: string, victimAccounts: readonly string[], home: string, minSenders: number): Draft[] {
  const start = prng.int(5, 60);
  const day = () => at(asOf, start + prng.int(0, 20), prng);
  const drafts: Draft[] = victimAccounts.map((victim) => ({ fromAccount: victim, toAccount: account, amountMinor: prng.int(200, 1_500) * 100, occurredAt: day(), channel: 'WIRE' }));
  for (let outside = Math.max(minSenders + prng.int(1, 3) - victimAccounts.length, 2); outside > 0; outside--) {
    const sender = party(`sender-${home}-${prng.digits(8)}`, 'INDIVIDUAL', prng.pick([home, 'DE']));
    drafts.push(paidBy(account, sender, prng.int(100, 1_200) * 100, day(), prng.pick(['WIRE', 'REMITTANCE'])));
  }
  return drafts;
}
