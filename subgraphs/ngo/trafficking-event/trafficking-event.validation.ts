import { TraffickingEventStageValues, type TraffickingEventStage } from '../htcds/htcds-enums.js';
import type { InvalidFields } from '../validation/invalid-fields.js';

/** A route leg's own fields as a caseworker or an import sends them, unchecked. */
export interface TraffickingEventFields {
  readonly stage: string;
  readonly place: string;
  readonly date?: string | null;
  readonly periodStart?: string | null;
  readonly periodEnd?: string | null;
}

/** A route leg's columns, checked: a stage, a Location code, and a day or a period. */
export interface CheckedTraffickingEvent {
  readonly stage: TraffickingEventStage;
  readonly placeCode: string;
  readonly occurredOn: string | null;
  readonly periodStart: string | null;
  readonly periodEnd: string | null;
}

const given = (raw: string | null | undefined): raw is string => raw !== null && raw !== undefined && raw.trim() !== '';

/** The days a route leg gives, those that passed their checks (null otherwise). */
export type TraffickingEventDates = Pick<CheckedTraffickingEvent, 'occurredOn' | 'periodStart' | 'periodEnd'>;

/**
 * Checks what can be checked without the survivor (`record` and the import both call it); every
 * problem goes to `invalid`, named by the request's field. `event` is undefined when any was
 * found; `dates` are the valid days even then, so that the survivor's check can still be named.
 */
export function checkTraffickingEvent(
  request: TraffickingEventFields,
  invalid: InvalidFields,
): { event?: CheckedTraffickingEvent; dates: TraffickingEventDates } {
  const before = invalid.list.length;
  const stage = invalid.htcdsOne('stage', request.stage, TraffickingEventStageValues);
  const placeCode = invalid.location('place', request.place);
  const date = given(request.date) ? invalid.date('date', request.date, { past: true }) : undefined;
  const periodStart = given(request.periodStart) ? invalid.date('periodStart', request.periodStart, { past: true }) : undefined;
  const periodEnd = given(request.periodEnd) ? invalid.date('periodEnd', request.periodEnd, { past: true }) : undefined;
  if (given(request.date) && (given(request.periodStart) || given(request.periodEnd))) invalid.add('date', 'either a day or a period, not both');
  if (periodStart && periodEnd && periodEnd < periodStart) invalid.add('periodEnd', 'before periodStart');
  const dates = { occurredOn: date ?? null, periodStart: periodStart ?? null, periodEnd: periodEnd ?? null };
  if (invalid.list.length > before || !stage || !placeCode) return { dates };
  return { event: { stage, placeCode, ...dates }, dates };
}

/** The field to blame when a leg is dated before the survivor was born, if it is. */
export function datedBeforeBirth(dates: TraffickingEventDates, dateOfBirth: string | null): 'date' | 'periodStart' | undefined {
  const earliest = [dates.occurredOn, dates.periodStart, dates.periodEnd].filter((day): day is string => day !== null).sort()[0];
  if (!earliest || !dateOfBirth || earliest >= dateOfBirth) return undefined;
  return dates.occurredOn ? 'date' : 'periodStart';
}
