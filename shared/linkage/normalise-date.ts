/** The layouts a source may declare for its dates. */
export type DateFormat = 'YYYYMMDD' | 'YYYY-MM-DD' | 'DD/MM/YYYY' | 'MM/DD/YYYY' | 'DD.MM.YYYY';

type FieldOrder = 'YMD' | 'DMY' | 'MDY';

// Separated layouts allow one-digit days and months ("5/2/1990"), as spreadsheets export them.
const LAYOUTS: Readonly<Record<DateFormat, { pattern: RegExp; order: FieldOrder }>> = {
  YYYYMMDD: { pattern: /^(\d{4})(\d{2})(\d{2})$/, order: 'YMD' },
  'YYYY-MM-DD': { pattern: /^(\d{4})-(\d{2})-(\d{2})$/, order: 'YMD' },
  'DD/MM/YYYY': { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: 'DMY' },
  'MM/DD/YYYY': { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: 'MDY' },
  'DD.MM.YYYY': { pattern: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, order: 'DMY' },
};

const UNDECLARED_SEPARATED = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$/;

/**
 * A date recorded "today" somewhere east of UTC can be tomorrow in UTC: the future starts after
 * the current date at UTC+14, the earliest time zone, not at UTC midnight.
 */
const EARLIEST_UTC_OFFSET_MS = 14 * 3600_000;

/**
 * Reads a calendar date and returns it as ISO `YYYY-MM-DD`, or undefined when it is not a date
 * that exists (30 February, month 13), lies in the future, or cannot be read without guessing.
 *
 * With `format`, the input must have exactly that layout. Without it, `YYYY-MM-DD` and
 * `YYYYMMDD` are read as such, and `A/B/YYYY` (or `A.B.YYYY`) only when one reading is certain:
 * one of A and B is above 12, so it must be the day, or A equals B. "03/04/1990" is 3 April in
 * London and 4 March in New York; a wrong date of birth links the wrong people, so it is refused.
 *
 * @throws RangeError when `format` is not one of {@link DateFormat} (a configuration mistake).
 */
export function normaliseDate(raw: string, format?: DateFormat): string | undefined {
  const text = raw.normalize('NFKC').trim();
  if (format !== undefined) {
    const layout = LAYOUTS[format] as (typeof LAYOUTS)[DateFormat] | undefined;
    if (layout === undefined) throw new RangeError(`Unknown date format "${String(format)}".`);
    const match = layout.pattern.exec(text);
    return match ? fromFields(match[1], match[2], match[3], layout.order) : undefined;
  }
  for (const layout of [LAYOUTS['YYYY-MM-DD'], LAYOUTS.YYYYMMDD]) {
    const match = layout.pattern.exec(text);
    if (match) return fromFields(match[1], match[2], match[3], 'YMD');
  }
  const separated = UNDECLARED_SEPARATED.exec(text);
  if (!separated) return undefined;
  const [first, second, year] = [Number(separated[1]), Number(separated[3]), separated[4]];
  if (first === second || first > 12) return fromFields(separated[1], separated[3], year, 'DMY');
  if (second > 12) return fromFields(separated[1], separated[3], year, 'MDY');
  return undefined;
}

function fromFields(
  a: string | undefined,
  b: string | undefined,
  c: string | undefined,
  order: FieldOrder,
): string | undefined {
  const [year, month, day] =
    order === 'YMD' ? [a, b, c] : order === 'DMY' ? [c, b, a] : [c, a, b];
  return isoDate(Number(year), Number(month), Number(day));
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined;
  const iso = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  // Both sides are zero-padded ISO dates, so string order is date order.
  return iso <= latestToday() ? iso : undefined;
}

// The latest date that is today somewhere, kept until it changes: formatting a Date on every
// call was the dearest step of reading a date (an import reads millions).
// Bounded on both sides, as a clock may be set back.
let latest = { day: '', from: 0, until: 0 };

function latestToday(): string {
  const now = Date.now();
  if (now < latest.from || now >= latest.until) {
    const shifted = now + EARLIEST_UTC_OFFSET_MS;
    const intoDay = ((shifted % DAY_MS) + DAY_MS) % DAY_MS;
    latest = { day: new Date(shifted).toISOString().slice(0, 10), from: now - intoDay, until: now - intoDay + DAY_MS };
  }
  return latest.day;
}

const DAY_MS = 86_400_000;

// Arithmetic rather than Date.UTC, which maps years 0–99 onto 1900–1999.
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * The eight digits YYYYMMDD of a date written in `format` (or, undeclared, as `YYYY-MM-DD` or
 * `YYYYMMDD`), whether or not the date exists: "19319924" gives "19319924". The fuzzy encoding
 * compares a date mistyped into an impossible one by its digits; {@link normaliseDate} still
 * refuses it, so it is reported and never becomes an exact key.
 */
export function dateDigits(raw: string, format?: DateFormat): string | undefined {
  const text = raw.normalize('NFKC').trim();
  const layouts = format === undefined ? [LAYOUTS['YYYY-MM-DD'], LAYOUTS.YYYYMMDD] : [LAYOUTS[format]];
  for (const layout of layouts) {
    const match = layout?.pattern.exec(text);
    if (!match) continue;
    const [a, b, c] = [match[1] ?? '', match[2] ?? '', match[3] ?? ''];
    const [year, month, day] = layout?.order === 'YMD' ? [a, b, c] : layout?.order === 'DMY' ? [c, b, a] : [c, a, b];
    return `${year}${month.padStart(2, '0')}${day.padStart(2, '0')}`;
  }
  return undefined;
}
