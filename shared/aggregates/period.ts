import { BeaconError } from '../errors/index.js';

/**
 * The only time buckets Beacon aggregates over: a calendar year (`2024`), quarter (`2024-Q2`) or
 * month (`2024-05`). Fixed buckets nest (month ⊂ quarter ⊂ year), so every figure belongs to one
 * known table and suppression can protect the whole table; an arbitrary date range could cut a
 * window one person wide out of two overlapping ones.
 */
export type Period =
  | { readonly kind: 'YEAR'; readonly year: number }
  | { readonly kind: 'QUARTER'; readonly year: number; readonly quarter: number }
  | { readonly kind: 'MONTH'; readonly year: number; readonly month: number };

/** Years before this hold no Beacon data (the oldest standard it follows, HTCDS, is from 2019). */
export const FIRST_YEAR = 2000;

const PATTERN = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;

/** Parses a bucket, or throws BAD_USER_INPUT naming the accepted forms. */
export function parsePeriod(text: string, now: Date = new Date()): Period {
  const match = PATTERN.exec(text.trim());
  const year = match ? Number(match[1]) : NaN;
  if (!match || year < FIRST_YEAR || year > now.getUTCFullYear()) {
    throw new BeaconError('BAD_USER_INPUT', `"${text.slice(0, 20)}" is not a period Beacon aggregates over: give a year (2024), a quarter (2024-Q2) or a month (2024-05), from ${FIRST_YEAR} to this year.`, {
      invalidFields: [{ field: 'period', reason: 'not a fixed bucket (YYYY, YYYY-Qn or YYYY-MM)' }],
    });
  }
  if (match[2]) return { kind: 'QUARTER', year, quarter: Number(match[2]) };
  if (match[3]) return { kind: 'MONTH', year, month: Number(match[3]) };
  return { kind: 'YEAR', year };
}

export function checkYear(year: number, now: Date = new Date()): number {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > now.getUTCFullYear()) {
    throw new BeaconError('BAD_USER_INPUT', `year must be from ${FIRST_YEAR} to this year.`, {
      invalidFields: [{ field: 'year', reason: 'outside the years Beacon aggregates over' }],
    });
  }
  return year;
}

/*
 * Inside one year's table the periods have fixed indexes: 0 the year, 1–4 the quarters, 5–16 the
 * months. The table protects every line year = Σ quarters and quarter = Σ its months.
 */
export const PERIOD_COUNT = 17;
export const YEAR_INDEX = 0;
export const quarterIndex = (quarter: number): number => quarter;
export const monthIndex = (month: number): number => 4 + month;
export const quarterOfMonth = (month: number): number => Math.ceil(month / 3);

export function periodIndex(period: Period): number {
  switch (period.kind) {
    case 'YEAR':
      return YEAR_INDEX;
    case 'QUARTER':
      return quarterIndex(period.quarter);
    case 'MONTH':
      return monthIndex(period.month);
  }
}

export function periodLabel(year: number, index: number): string {
  if (index === YEAR_INDEX) return String(year);
  if (index <= 4) return `${year}-Q${index}`;
  return `${year}-${String(index - 4).padStart(2, '0')}`;
}
