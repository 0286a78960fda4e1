import {
  at,
  isUuid,
  oneOf,
  parseCalendarDate,
  parseCountry,
  parseCurrency,
  parseEnum,
  parseInstant,
  parseLocationCode,
  parseMinorUnits,
  text,
  todayUtc,
  type InvalidField,
} from '../common/validation.js';
import { CounterpartyKind, TransactionChannel } from './transaction.enums.js';

/** How long a transaction is kept by default: FATF Recommendation 11, at least five years. */
export const DEFAULT_RETENTION_YEARS = 5;
/** Clock skew tolerated between the source system and this server for "not in the future". */
const CLOCK_SKEW_MS = 5 * 60_000;

/** A transaction as any source gives it: the GraphQL input, an import row (as strings). */
export interface TransactionRequest {
  readonly sourceRecordId?: string | null;
  readonly fromAccountId?: string | null;
  readonly toAccountId?: string | null;
  readonly counterpartyReference?: string | null;
  readonly counterpartyCountry?: string | null;
  readonly counterpartyKind?: string | null;
  readonly amountMinor?: string | number | null;
  readonly currency?: string | null;
  readonly occurredAt?: string | null;
  readonly channel?: string | null;
  readonly locationCode?: string | null;
  readonly branchReference?: string | null;
  readonly purposeCode?: string | null;
  readonly merchantCategoryCode?: string | null;
  readonly retentionUntil?: string | null;
}

/**
 * An account named by a transaction: by Beacon id (the API) or by the institution's own account
 * id (an import from the core banking system, which does not know Beacon's ids). `field` is where
 * it was named, for the error if it is not one of the caller's accounts.
 */
export interface AccountRef {
  readonly by: 'id' | 'source';
  readonly value: string;
  readonly field: string;
}

/** A transaction that passed every check that needs no database. */
export interface CheckedTransaction {
  readonly sourceRecordId: string;
  readonly from: AccountRef | null;
  readonly to: AccountRef | null;
  readonly counterpartyReference: string | null;
  readonly counterpartyCountry: string | null;
  readonly counterpartyKind: CounterpartyKind | null;
  readonly amountMinor: number;
  readonly currency: string;
  readonly occurredAt: Date;
  readonly channel: TransactionChannel;
  readonly locationCode: string | null;
  readonly branchReference: string | null;
  readonly purposeCode: string | null;
  readonly merchantCategoryCode: string | null;
  readonly retentionUntil: string;
}

export interface AccountFields {
  /** The field names accounts are given under: `fromAccountId` (API) or `fromAccount` (import). */
  readonly from: string;
  readonly to: string;
  readonly by: AccountRef['by'];
}
export const API_ACCOUNT_FIELDS: AccountFields = { from: 'fromAccountId', to: 'toAccountId', by: 'id' };

/**
 * Checks one transaction without the database; every problem is named under `prefix`. Whether
 * the accounts are the caller's is checked when writing (`TransactionService`).
 */
export function checkTransaction(
  input: TransactionRequest & Readonly<Record<string, unknown>>,
  prefix: string,
  accountFields: AccountFields = API_ACCOUNT_FIELDS,
  now: Date = new Date(),
): { transaction?: CheckedTransaction; problems: InvalidField[] } {
  const problems: InvalidField[] = [];
  const problem = (field: string, reason: string) => problems.push({ field: at(prefix, field), reason });

  const sourceRecordId = text(input.sourceRecordId);
  if (!sourceRecordId) problem('sourceRecordId', 'required');

  const refOf = (field: string): AccountRef | null => {
    const value = text(input[field]);
    if (value === undefined) return null;
    if (accountFields.by === 'id' && !isUuid(value)) problem(field, 'not an account id');
    return { by: accountFields.by, value, field: at(prefix, field) };
  };
  const from = refOf(accountFields.from);
  const to = refOf(accountFields.to);

  const amount = parseMinorUnits(input.amountMinor);
  if ('reason' in amount) problem('amountMinor', amount.reason);
  const currency = parseCurrency(input.currency);
  if (!currency) problem('currency', 'not an ISO 4217 currency code in current use');

  const occurredAt = parseInstant(input.occurredAt);
  if (!occurredAt) problem('occurredAt', 'not an ISO 8601 date-time with a time zone');
  else if (occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) problem('occurredAt', 'in the future');

  const channel = parseEnum(TransactionChannel, input.channel);
  if (!channel) problem('channel', oneOf(TransactionChannel));

  const counterpartyReference = text(input.counterpartyReference) ?? null;
  const counterpartyCountry = parseCountry(input.counterpartyCountry) ?? null;
  if (text(input.counterpartyCountry) !== undefined && !counterpartyCountry) {
    problem('counterpartyCountry', 'not an ISO 3166-1 alpha-2 country code');
  }
  const counterpartyKind = parseEnum(CounterpartyKind, input.counterpartyKind) ?? null;
  if (text(input.counterpartyKind) !== undefined && !counterpartyKind) problem('counterpartyKind', oneOf(CounterpartyKind));

  // Which sides an account must, may or must not be on follows from the channel.
  if (channel === TransactionChannel.CASH_DEPOSIT) {
    if (!to) problem(accountFields.to, 'a cash deposit is paid into one of your accounts');
    if (from) problem(accountFields.from, 'a cash deposit comes from no account');
  } else if (channel === TransactionChannel.CASH_WITHDRAWAL) {
    if (!from) problem(accountFields.from, 'a cash withdrawal is taken from one of your accounts');
    if (to) problem(accountFields.to, 'a cash withdrawal goes to no account');
  } else if (channel === TransactionChannel.INTERNAL) {
    if (!from) problem(accountFields.from, 'an internal transfer is between two of your accounts');
    if (!to) problem(accountFields.to, 'an internal transfer is between two of your accounts');
  } else if (channel) {
    if (!from && !to) problem(accountFields.from, 'one side must be an account of your institution');
    else if (!from || !to) {
      // The other party of a non-cash movement must be recognisable to follow the money.
      if (!counterpartyReference) problem('counterpartyReference', 'required when one side is not an account of yours');
      if (!counterpartyKind) problem('counterpartyKind', 'required when one side is not an account of yours');
      if (!counterpartyCountry && text(input.counterpartyCountry) === undefined) {
        problem('counterpartyCountry', 'required when one side is not an account of yours');
      }
    }
  }
  if (from && to && from.value === to.value) problem(accountFields.to, `the same account as ${accountFields.from}`);
  if (from && to && counterpartyReference) problem('counterpartyReference', 'only for a side that is not one of your accounts');

  const locationCode = parseLocationCode(input.locationCode) ?? null;
  if (text(input.locationCode) !== undefined && !locationCode) problem('locationCode', 'not a UN/LOCODE or ISO 3166-1 alpha-2 code');
  const purposeCode = text(input.purposeCode)?.toUpperCase() ?? null;
  if (purposeCode !== null && !/^[A-Z]{4}$/.test(purposeCode)) problem('purposeCode', 'not an ISO 20022 purpose code (four letters)');
  const merchantCategoryCode = text(input.merchantCategoryCode) ?? null;
  if (merchantCategoryCode !== null && !/^\d{4}$/.test(merchantCategoryCode)) {
    problem('merchantCategoryCode', 'not an ISO 18245 merchant category code (four digits)');
  }

  let retentionUntil = text(input.retentionUntil) === undefined ? undefined : parseCalendarDate(input.retentionUntil);
  if (text(input.retentionUntil) !== undefined && (!retentionUntil || retentionUntil < todayUtc(now))) {
    problem('retentionUntil', 'not a calendar date (YYYY-MM-DD) from today on');
  }
  if (retentionUntil === undefined && occurredAt) {
    const until = new Date(occurredAt);
    until.setUTCFullYear(until.getUTCFullYear() + DEFAULT_RETENTION_YEARS);
    retentionUntil = until.toISOString().slice(0, 10);
  }

  if (problems.length > 0) return { problems };
  return {
    transaction: {
      sourceRecordId: sourceRecordId as string,
      from,
      to,
      counterpartyReference,
      counterpartyCountry,
      counterpartyKind,
      amountMinor: (amount as { amount: number }).amount,
      currency: currency as string,
      occurredAt: occurredAt as Date,
      channel: channel as TransactionChannel,
      locationCode,
      branchReference: text(input.branchReference) ?? null,
      purposeCode,
      merchantCategoryCode,
      retentionUntil: retentionUntil as string,
    },
    problems,
  };
}
