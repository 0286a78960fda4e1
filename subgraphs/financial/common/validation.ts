import { BeaconError } from '../../../shared/errors/index.js';
import { isCountryCode, isCurrencyCode, isLocationCode, normaliseUnLocode } from '../../../shared/reference-data/index.js';

/** One bad field of an input, named by its path (`transactions[3].amountMinor`). */
export interface InvalidField {
  readonly field: string;
  readonly reason: string;
}

/**
 * Collects every problem of one input (or one batch) so that a single BAD_USER_INPUT names all of
 * them: fixing a file one error at a time is how imports stall.
 */
export class InvalidFields {
  private readonly problems: InvalidField[] = [];

  add(field: string, reason: string): void {
    this.problems.push({ field, reason });
  }

  addAll(problems: readonly InvalidField[]): void {
    this.problems.push(...problems);
  }

  get list(): readonly InvalidField[] {
    return this.problems;
  }

  get isEmpty(): boolean {
    return this.problems.length === 0;
  }

  throwIfAny(message: string): void {
    if (!this.isEmpty) throw new BeaconError('BAD_USER_INPUT', message, { invalidFields: [...this.problems] });
  }
}

/** Joins a path and a field: `at('transactions[3]', 'amountMinor')`, `at('', 'iban')`. */
export function at(prefix: string, field: string): string {
  return prefix === '' ? field : `${prefix}.${field}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Trimmed text, or undefined for missing and blank values: a blank CSV cell means "not given". */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** An instant with an explicit offset; a bare local time would depend on the server's zone. */
export function parseInstant(value: unknown): Date | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value.trim())) {
    return undefined;
  }
  const instant = new Date(value.trim());
  if (Number.isNaN(instant.getTime())) return undefined;
  // `new Date` rolls 2026-02-30 over into March; a date that had to be rolled over is not a date.
  const [date] = value.trim().split('T');
  return parseCalendarDate(date) === undefined ? undefined : instant;
}

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30), returned as given. */
export function parseCalendarDate(value: unknown): string | undefined {
  const candidate = typeof value === 'string' ? value.trim() : undefined;
  if (candidate === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(candidate)) return undefined;
  const date = new Date(`${candidate}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === candidate ? candidate : undefined;
}

/** Today in UTC as `YYYY-MM-DD`, to compare calendar dates with. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * An amount in minor units: a string of decimal digits (GraphQL and CSV) or a JSON integer
 * (NDJSON), never negative, never fractional, never above 2^53 − 1 (where JavaScript numbers stop
 * being exact). Returns the reason it is refused, or the amount.
 */
export function parseMinorUnits(value: unknown): { amount: number } | { reason: string } {
  let digits: string;
  if (typeof value === 'number') digits = Number.isFinite(value) ? String(value) : 'NaN';
  else if (typeof value === 'string') digits = value.trim();
  else return { reason: 'required' };
  if (digits === '') return { reason: 'required' };
  if (digits.startsWith('-')) return { reason: 'negative; a debit is expressed by the direction (from/to), not the sign' };
  if (!/^\d+$/.test(digits)) return { reason: 'not a whole number of minor units (no decimal point, no fraction)' };
  const amount = Number(digits);
  if (!Number.isSafeInteger(amount)) return { reason: 'larger than 9007199254740991 minor units' };
  return { amount };
}

/** ISO 3166-1 alpha-2, upper-cased; undefined when it is not a current country code. */
export function parseCountry(value: unknown): string | undefined {
  const code = text(value)?.toUpperCase();
  return code !== undefined && isCountryCode(code) ? code : undefined;
}

/** ISO 4217 alphabetic code in current use, upper-cased. */
export function parseCurrency(value: unknown): string | undefined {
  const code = text(value)?.toUpperCase();
  return code !== undefined && isCurrencyCode(code) ? code : undefined;
}

/** A `Location` code: an ISO 3166 country (`GB`) or a UN/LOCODE place (`GB LON` → `GBLON`). */
export function parseLocationCode(value: unknown): string | undefined {
  const raw = text(value)?.toUpperCase();
  if (raw === undefined) return undefined;
  const code = normaliseUnLocode(raw) ?? raw;
  return isLocationCode(code) ? code : undefined;
}

/** One of an enum's values, exactly as spelled (upper case); undefined otherwise. */
export function parseEnum<T extends string>(values: Readonly<Record<string, T>>, value: unknown): T | undefined {
  const candidate = text(value)?.toUpperCase();
  return (Object.values(values) as string[]).includes(candidate ?? '') ? (candidate as T) : undefined;
}

export function oneOf(values: Readonly<Record<string, string>>): string {
  return `not one of ${Object.values(values).join(', ')}`;
}
