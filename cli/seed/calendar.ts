const DAY_MS = 86_400_000;

/** The ISO day `days` after (or before, when negative) an ISO day. */
export function addDays(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** An ISO 8601 instant (UTC) `days` and `minutes` after the start of an ISO day. */
export function instant(isoDay: string, days: number, minutes: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * DAY_MS + minutes * 60_000).toISOString();
}

/** Whole years from an ISO birth date to an ISO day. */
export function ageOn(dateOfBirth: string, isoDay: string): number {
  const years = Number(isoDay.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return isoDay.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}
