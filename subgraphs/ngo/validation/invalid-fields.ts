import { BeaconError } from '../../../shared/errors/index.js';
import { isCountryCode, isLocationCode, normaliseUnLocode } from '../../../shared/reference-data/index.js';
import { parseHtcdsValue } from '../htcds/htcds-enums.js';
import type { HtcdsValue } from '../htcds/htcds-value.js';

/** One field of an input that cannot be accepted, and why (never repeating the value). */
export interface InvalidField {
  readonly field: string;
  readonly reason: string;
}

/**
 * Collects every problem of one input, so the caller hears of all of them at once; each check
 * returns the cleaned value (or undefined) and records its own problem.
 */
export class InvalidFields {
  readonly list: InvalidField[] = [];

  add(field: string, reason: string): void {
    this.list.push({ field, reason });
  }

  addAll(fields: readonly InvalidField[]): void {
    this.list.push(...fields);
  }

  /** BAD_USER_INPUT naming every invalid field, when there is one. */
  throwIfAny(message = 'Some fields are invalid; nothing was written.'): void {
    if (this.list.length > 0) throw new BeaconError('BAD_USER_INPUT', message, { invalidFields: this.list });
  }

  /** One value of an HTCDS picklist (enum value or HTCDS value name). */
  htcdsOne<T extends string>(field: string, raw: string, values: readonly HtcdsValue<T>[]): T | undefined {
    const value = parseHtcdsValue(values, raw);
    if (value === undefined) this.add(field, `not one of ${values.map((item) => item.value).join(', ')}`);
    return value;
  }

  /** A multi-select: each value checked and named by its position; duplicates kept once. */
  htcdsMany<T extends string>(field: string, raws: readonly string[], values: readonly HtcdsValue<T>[]): T[] {
    const chosen = new Set<T>();
    raws.forEach((raw, index) => {
      const value = this.htcdsOne(`${field}[${index}]`, raw, values);
      if (value !== undefined) chosen.add(value);
    });
    return [...chosen];
  }

  /** One of a fixed list of literal values (Beacon's own vocabularies). */
  literal<T extends string>(field: string, raw: string, allowed: readonly T[]): T | undefined {
    const value = raw.trim().toUpperCase().replace(/[\s-]+/g, '_');
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.add(field, `not one of ${allowed.join(', ')}`);
    return undefined;
  }

  country(field: string, raw: string): string | undefined {
    const code = raw.trim().toUpperCase();
    if (isCountryCode(code)) return code;
    this.add(field, 'not an ISO 3166-1 alpha-2 country code');
    return undefined;
  }

  /** A `Location` code: ISO 3166 country (`MD`) or UN/LOCODE (`MD KIV` → `MDKIV`). */
  location(field: string, raw: string): string | undefined {
    const text = raw.trim().toUpperCase();
    const code = text.length === 2 ? text : normaliseUnLocode(text);
    if (code !== undefined && isLocationCode(code)) return code;
    this.add(field, 'not an ISO 3166-1 alpha-2 country code or a UN/LOCODE');
    return undefined;
  }

  /** A calendar date `YYYY-MM-DD` that exists; `past` refuses one after today (UTC+14, the earliest zone). */
  date(field: string, raw: string, { past = false, future = false }: { past?: boolean; future?: boolean } = {}): string | undefined {
    const text = raw.trim();
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const parsed = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
    if (!parsed || parsed.toISOString().slice(0, 10) !== text || Number(match?.[1]) < 1900) {
      this.add(field, 'not a calendar date YYYY-MM-DD (from 1900)');
      return undefined;
    }
    if (past && text > latestToday()) {
      this.add(field, 'in the future');
      return undefined;
    }
    if (future && text <= new Date().toISOString().slice(0, 10)) {
      this.add(field, 'not in the future');
      return undefined;
    }
    return text;
  }

  /** Non-empty text of at most `max` characters, trimmed. */
  text(field: string, raw: string, max = 200): string | undefined {
    const text = raw.trim();
    if (text === '' || text.length > max) {
      this.add(field, `must be 1 to ${max} characters`);
      return undefined;
    }
    return text;
  }
}

/** Today's date where it is latest (UTC+14): a date recorded today anywhere is not "future". */
function latestToday(): string {
  return new Date(Date.now() + 14 * 3600_000).toISOString().slice(0, 10);
}
