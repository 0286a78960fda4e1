import { isCountryCode } from '../../../shared/reference-data/index.js';
import { BeaconError } from '../../../shared/errors/index.js';
import { enumNames, enumValueOf } from '../taxonomy/enum-values.js';

/** One bad input field and why, in words that never repeat the value (rejections may be logged). */
export interface InvalidField {
  readonly field: string;
  readonly reason: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Collects every problem of one input before anything is written, so that a caller fixes them all
 * in one round trip: the services throw one BAD_USER_INPUT naming each field.
 */
export class InputProblems {
  readonly list: InvalidField[] = [];

  add(field: string, reason: string): void {
    this.list.push({ field, reason });
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  /** A calendar date `YYYY-MM-DD` that exists (no 31 April, no 29 February 2025). */
  date(field: string, value: string | null | undefined, options: { notFuture?: boolean; today: string }): string | undefined {
    if (value === undefined || value === null) return undefined;
    const match = ISO_DATE.exec(value);
    const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
    if (!match || !date || date.toISOString().slice(0, 10) !== value || Number(match[1]) < 1900) {
      this.add(field, 'not a calendar date YYYY-MM-DD (from 1900)');
      return undefined;
    }
    if (options.notFuture && value > options.today) {
      this.add(field, 'in the future');
      return undefined;
    }
    return value;
  }

  country(field: string, value: string): string | undefined {
    const code = value.trim().toUpperCase();
    if (!isCountryCode(code)) {
      this.add(field, 'not an ISO 3166-1 alpha-2 country code');
      return undefined;
    }
    return code;
  }

  enumValue<E extends Record<string, string>>(field: string, values: E, raw: string | null | undefined): E[keyof E] | undefined {
    if (raw === undefined || raw === null) return undefined;
    const value = enumValueOf(values, raw);
    if (value === undefined) this.add(field, `not one of ${enumNames(values)}`);
    return value;
  }

  enumList<E extends Record<string, string>>(field: string, values: E, raw: readonly string[] | null | undefined): Array<E[keyof E]> | undefined {
    if (raw === undefined || raw === null) return undefined;
    const parsed = raw.map((item, i) => this.enumValue(`${field}[${i}]`, values, item));
    return parsed.every((item) => item !== undefined) ? [...new Set(parsed as Array<E[keyof E]>)] : undefined;
  }

  /** A required field the input left out or empty. */
  required(field: string, value: unknown): boolean {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      this.add(field, 'required');
      return false;
    }
    return true;
  }

  throwIfAny(what: string): void {
    if (!this.empty) {
      throw new BeaconError('BAD_USER_INPUT', `Some fields of the ${what} are invalid.`, { invalidFields: [...this.list] });
    }
  }
}

/** Today's date in UTC, `YYYY-MM-DD`: the clock every date rule reads, passed in so tests can fix it. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}
