import type { AccountType } from '../account/account.enums.js';
import { formatMoney } from '../common/money.js';
import { CounterpartyKind, TransactionChannel } from '../transaction/transaction.enums.js';
import { RedFlagIndicator } from './red-flag.indicator.js';
import type { RedFlagOptions } from './red-flag.options.js';

/*
 * Each rule is a small pure function over one account's transactions: no database, no clock.
 * They look at windows within the data itself (the 30 days after a deposit, …), so a flag does
 * not fade because time passed, and a test can plant a pattern and see exactly what fires.
 */

/** A transaction as seen from the account under examination. */
export interface FlowTransaction {
  readonly id: string;
  readonly occurredAt: Date;
  readonly amountMinor: number;
  readonly currency: string;
  readonly channel: TransactionChannel;
  /** IN: money reached the account; OUT: money left it. */
  readonly direction: 'IN' | 'OUT';
  /** Who the other party is: the external reference, or the other account's id. */
  readonly counterparty: string | null;
  readonly counterpartyKind: CounterpartyKind | null;
  readonly counterpartyCountry: string | null;
  /** Where a cash or card movement happened: the branch, or else the UN/LOCODE. */
  readonly place: string | null;
  /** The place in words for explanations: its UN/LOCODE, or else the branch reference. */
  readonly placeLabel: string | null;
  readonly purposeCode: string | null;
  readonly merchantCategoryCode: string | null;
}

export interface FlowAccount {
  readonly id: string;
  readonly type: AccountType;
  /** Accounts sharing a holder with this one: money from them is not from an unrelated sender. */
  readonly relatedAccountIds: readonly string[];
}

export interface RedFlagFinding {
  readonly indicator: RedFlagIndicator;
  /** Plain words with the numbers that triggered it. */
  readonly explanation: string;
  readonly transactionIds: readonly string[];
}

export type RedFlagRule = (account: FlowAccount, transactions: readonly FlowTransaction[], options: RedFlagOptions) => RedFlagFinding | null;

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Channels by which deposited money leaves an account "elsewhere" for the funnel pattern. */
const OUTFLOW_CHANNELS: ReadonlySet<TransactionChannel> = new Set([
  TransactionChannel.WIRE,
  TransactionChannel.REMITTANCE,
  TransactionChannel.CASH_WITHDRAWAL,
  TransactionChannel.CRYPTO,
]);

/** FIN-2020-A008: cash deposited at many places into one account, then quickly moved on. */
export const funnelAccount: RedFlagRule = (_account, transactions, options) => {
  const { windowDays, minDeposits, minPlaces, outflowWithinHours, minOutflowShare } = options.funnel;
  let best: RedFlagFinding | null = null;
  let bestCount = 0;
  for (const [currency, inCurrency] of byCurrency(transactions)) {
    const deposits = inCurrency.filter((t) => t.direction === 'IN' && t.channel === TransactionChannel.CASH_DEPOSIT);
    for (const window of windows(deposits, windowDays * DAY_MS)) {
      const places = distinct(window.map((t) => t.place));
      if (window.length < minDeposits || places.length < minPlaces || window.length <= bestCount) continue;
      const first = window[0] as FlowTransaction;
      const last = window.at(-1) as FlowTransaction;
      const until = last.occurredAt.getTime() + outflowWithinHours * HOUR_MS;
      const outflows = inCurrency.filter(
        (t) => t.direction === 'OUT' && OUTFLOW_CHANNELS.has(t.channel) && t.occurredAt >= first.occurredAt && t.occurredAt.getTime() <= until,
      );
      const deposited = sum(window);
      const left = sum(outflows);
      if (deposited === 0n || Number((left * 1000n) / deposited) / 1000 < minOutflowShare) continue;
      const destinations = distinct(outflows.map((t) => t.counterpartyCountry));
      bestCount = window.length;
      best = {
        indicator: RedFlagIndicator.FUNNEL_ACCOUNT,
        explanation:
          `${window.length} cash deposits totalling ${formatMoney(deposited, currency)} at ${places.length} different places ` +
          `(${distinct(window.map((t) => t.placeLabel)).join(', ')}) between ${day(first)} and ${day(last)}; ` +
          `${formatMoney(left, currency)} (${percent(left, deposited)}) left the account in ${outflows.length} ` +
          `${plural(outflows.length, 'payment')} by ${distinct(outflows.map((t) => t.channel)).join(', ')} within ${outflowWithinHours} hours of the last deposit` +
          (destinations.length ? `, to ${destinations.join(', ')}.` : '.'),
        transactionIds: [...window, ...outflows].map((t) => t.id),
      };
    }
  }
  return best;
};

/** Several cash deposits just below a reporting threshold within days. */
export const structuring: RedFlagRule = (_account, transactions, options) => {
  const { thresholds, band, windowDays, minDeposits } = options.structuring;
  let best: RedFlagFinding | null = null;
  let bestCount = 0;
  for (const [currency, inCurrency] of byCurrency(transactions)) {
    const threshold = thresholds[currency];
    if (threshold === undefined) continue;
    const floor = Math.ceil(threshold * (1 - band));
    const justBelow = inCurrency.filter(
      (t) => t.direction === 'IN' && t.channel === TransactionChannel.CASH_DEPOSIT && t.amountMinor >= floor && t.amountMinor < threshold,
    );
    for (const window of windows(justBelow, windowDays * DAY_MS)) {
      const total = sum(window);
      if (window.length < minDeposits || window.length <= bestCount || total < BigInt(threshold)) continue;
      const amounts = window.map((t) => t.amountMinor);
      const first = window[0] as FlowTransaction;
      const last = window.at(-1) as FlowTransaction;
      bestCount = window.length;
      best = {
        indicator: RedFlagIndicator.STRUCTURING,
        explanation:
          `${window.length} cash deposits of ${formatMoney(Math.min(...amounts), currency)} to ${formatMoney(Math.max(...amounts), currency)} ` +
          `between ${day(first)} and ${day(last)}, each just below the ${formatMoney(threshold, currency)} reporting threshold; ` +
          `together ${formatMoney(total, currency)}.`,
        transactionIds: window.map((t) => t.id),
      };
    }
  }
  return best;
};

/** FIN-2020-A008: a business taking cash steadily, paying no wages. */
export const cashWithoutPayroll: RedFlagRule = (account, transactions, options) => {
  if (account.type !== 'BUSINESS') return null;
  const { windowDays, minCashDeposits, payrollPurposeCodes } = options.cashWithoutPayroll;
  const payroll = transactions.filter((t) => t.direction === 'OUT' && t.purposeCode !== null && payrollPurposeCodes.includes(t.purposeCode));
  let best: RedFlagFinding | null = null;
  let bestCount = 0;
  for (const [currency, inCurrency] of byCurrency(transactions)) {
    const deposits = inCurrency.filter((t) => t.direction === 'IN' && t.channel === TransactionChannel.CASH_DEPOSIT);
    for (const window of windows(deposits, windowDays * DAY_MS)) {
      if (window.length < minCashDeposits || window.length <= bestCount) continue;
      const first = window[0] as FlowTransaction;
      const last = window.at(-1) as FlowTransaction;
      const paid = payroll.some((t) => t.occurredAt >= first.occurredAt && t.occurredAt <= last.occurredAt);
      if (paid) continue;
      bestCount = window.length;
      best = {
        indicator: RedFlagIndicator.CASH_WITHOUT_PAYROLL,
        explanation:
          `Business account: ${window.length} cash deposits totalling ${formatMoney(sum(window), currency)} between ${day(first)} and ${day(last)}, ` +
          `and no payroll payment (ISO 20022 purpose ${payrollPurposeCodes.join(', ')}) out of the account in that time.`,
        transactionIds: window.map((t) => t.id),
      };
    }
  }
  return best;
};

/** FIN-2020-A008: payments to online classified-ad and escort-advertising sites. */
export const classifiedAdPayments: RedFlagRule = (_account, transactions, options) => {
  const { windowDays, minPayments, counterpartyKinds, merchantCategoryCodes } = options.classifiedAds;
  const payments = transactions.filter(
    (t) =>
      t.direction === 'OUT' &&
      ((t.counterpartyKind !== null && counterpartyKinds.includes(t.counterpartyKind)) ||
        (t.merchantCategoryCode !== null && merchantCategoryCodes.includes(t.merchantCategoryCode))),
  );
  let best: RedFlagFinding | null = null;
  let bestCount = 0;
  for (const window of windows(payments, windowDays * DAY_MS)) {
    if (window.length < minPayments || window.length <= bestCount) continue;
    const first = window[0] as FlowTransaction;
    const last = window.at(-1) as FlowTransaction;
    const sites = distinct(window.map((t) => t.counterparty));
    const countries = distinct(window.map((t) => t.counterpartyCountry));
    bestCount = window.length;
    best = {
      indicator: RedFlagIndicator.CLASSIFIED_AD_PAYMENTS,
      explanation:
        `${window.length} payments totalling ${totals(window)} to ${sites.length} classified-ad or escort-advertising ${plural(sites.length, 'site')}` +
        `${countries.length ? ` (based in ${countries.join(', ')})` : ''} between ${day(first)} and ${day(last)}.`,
      transactionIds: window.map((t) => t.id),
    };
  }
  return best;
};

/** FATF: many unrelated people paying into one account, as victims' earnings are collected. */
export const manyUnrelatedSenders: RedFlagRule = (account, transactions, options) => {
  const { windowDays, minSenders } = options.manyUnrelatedSenders;
  const related = new Set([account.id, ...account.relatedAccountIds]);
  const received = transactions.filter(
    (t) =>
      t.direction === 'IN' &&
      t.channel !== TransactionChannel.CASH_DEPOSIT &&
      t.counterparty !== null &&
      !related.has(t.counterparty) &&
      t.counterpartyKind !== CounterpartyKind.GOVERNMENT,
  );
  let best: RedFlagFinding | null = null;
  let bestSenders = 0;
  for (const window of windows(received, windowDays * DAY_MS)) {
    const senders = distinct(window.map((t) => t.counterparty));
    if (senders.length < minSenders || senders.length <= bestSenders) continue;
    const first = window[0] as FlowTransaction;
    const last = window.at(-1) as FlowTransaction;
    bestSenders = senders.length;
    best = {
      indicator: RedFlagIndicator.MANY_UNRELATED_SENDERS,
      explanation:
        `${senders.length} different senders, none an account of the same holders, paid ${totals(window)} into the account ` +
        `in ${window.length} ${plural(window.length, 'transaction')} between ${day(first)} and ${day(last)}.`,
      transactionIds: window.map((t) => t.id),
    };
  }
  return best;
};

/** Every rule, in the order flags are listed. */
export const RED_FLAG_RULES: readonly RedFlagRule[] = [funnelAccount, structuring, cashWithoutPayroll, classifiedAdPayments, manyUnrelatedSenders];

/** Runs every rule over one account's transactions (any order). */
export function computeRedFlags(account: FlowAccount, transactions: readonly FlowTransaction[], options: RedFlagOptions): RedFlagFinding[] {
  const chronological = [...transactions].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || (a.id < b.id ? -1 : 1));
  return RED_FLAG_RULES.map((rule) => rule(account, chronological, options)).filter((finding): finding is RedFlagFinding => finding !== null);
}

/** Every maximal run of chronological items starting at one item and spanning at most `spanMs`. */
function* windows(items: readonly FlowTransaction[], spanMs: number): Generator<FlowTransaction[]> {
  let end = 0;
  for (let start = 0; start < items.length; start++) {
    const limit = (items[start] as FlowTransaction).occurredAt.getTime() + spanMs;
    end = Math.max(end, start);
    while (end < items.length && (items[end] as FlowTransaction).occurredAt.getTime() <= limit) end++;
    yield items.slice(start, end);
  }
}

function byCurrency(transactions: readonly FlowTransaction[]): Map<string, FlowTransaction[]> {
  const groups = new Map<string, FlowTransaction[]>();
  for (const t of transactions) {
    const group = groups.get(t.currency) ?? [];
    group.push(t);
    groups.set(t.currency, group);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

function sum(transactions: readonly FlowTransaction[]): bigint {
  return transactions.reduce((total, t) => total + BigInt(t.amountMinor), 0n);
}

/** "GBP 120.00 and EUR 40.00": a total per currency, never added across currencies. */
function totals(transactions: readonly FlowTransaction[]): string {
  return [...byCurrency(transactions)].map(([currency, group]) => formatMoney(sum(group), currency)).join(' and ');
}

function distinct<T>(values: ReadonlyArray<T | null>): T[] {
  return [...new Set(values.filter((value): value is T => value !== null))];
}

function day(t: FlowTransaction): string {
  return t.occurredAt.toISOString().slice(0, 10);
}

function percent(part: bigint, whole: bigint): string {
  return `${Number((part * 100n) / whole)}%`;
}

function plural(count: number, noun: string): string {
  return count === 1 ? noun : `${noun}s`;
}
