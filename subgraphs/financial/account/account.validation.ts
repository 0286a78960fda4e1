import { normaliseIban } from '../account-holder/iban.js';
import { at, oneOf, parseCalendarDate, parseCountry, parseEnum, text, todayUtc, type InvalidField } from '../common/validation.js';
import { AccountType } from './account.enums.js';

/** An account's own fields as `openAccount` and the import take them: strings, checked here. */
export interface AccountFields {
  readonly type?: string | null;
  readonly iban?: string | null;
  readonly localNumber?: string | null;
  readonly country?: string | null;
  readonly openedOn?: string | null;
  readonly retentionUntil?: string | null;
}

/** The stored columns of a checked account (its holders are checked apart). */
export interface CheckedAccount {
  readonly type: AccountType;
  readonly iban: string | null;
  readonly localNumber: string | null;
  readonly country: string;
  readonly openedOn: string | null;
  readonly retentionUntil: string | null;
}

/**
 * Checks an account's own fields, naming every problem under `prefix`: its type; an IBAN with
 * valid check digits or a local number; a country that agrees with the IBAN (ISO 13616: its first
 * two letters are the country of the account-servicing institution), taken from it when omitted;
 * a past opening date; a retention date from today on.
 */
export function checkAccount(input: AccountFields, prefix = ''): { account?: CheckedAccount; problems: InvalidField[] } {
  const problems: InvalidField[] = [];
  const add = (field: string, reason: string) => problems.push({ field: at(prefix, field), reason });
  const type = parseEnum(AccountType, input.type);
  if (!type) add('type', oneOf(AccountType));

  let iban: string | null = null;
  if (text(input.iban) !== undefined) {
    iban = normaliseIban(input.iban as string) ?? null;
    if (!iban) add('iban', 'not an IBAN with valid check digits');
  }
  const localNumber = text(input.localNumber) ?? null;
  if (text(input.iban) === undefined && localNumber === null) add('iban', 'an IBAN or a localNumber is required');

  let country = parseCountry(input.country) ?? null;
  if (text(input.country) !== undefined && !country) add('country', 'not an ISO 3166-1 alpha-2 country code');
  if (iban && country && iban.slice(0, 2) !== country) add('country', `does not match the IBAN's country ${iban.slice(0, 2)}`);
  if (iban && !country && text(input.country) === undefined) {
    country = parseCountry(iban.slice(0, 2)) ?? null;
    if (!country) add('iban', 'its country code is not an ISO 3166-1 country');
  }
  if (!iban && !country && text(input.country) === undefined) add('country', 'required for an account without an IBAN');

  const openedOn = text(input.openedOn) === undefined ? null : (parseCalendarDate(input.openedOn) ?? null);
  if (text(input.openedOn) !== undefined && (!openedOn || openedOn > todayUtc())) add('openedOn', 'not a past calendar date (YYYY-MM-DD)');
  const retentionUntil = text(input.retentionUntil) === undefined ? null : (parseCalendarDate(input.retentionUntil) ?? null);
  if (text(input.retentionUntil) !== undefined && (!retentionUntil || retentionUntil < todayUtc())) {
    add('retentionUntil', 'not a calendar date (YYYY-MM-DD) from today on');
  }
  if (problems.length > 0 || !type || !country) return { problems };
  return { account: { type, iban, localNumber, country, openedOn, retentionUntil }, problems };
}
