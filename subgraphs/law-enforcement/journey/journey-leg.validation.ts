import { normaliseUnLocode, isCountryCode } from '../../../shared/reference-data/index.js';
import { InputProblems } from '../validation/invalid-fields.js';
import { JourneyLegMode } from './journey-leg.entity.js';

/** A journey leg as a caller writes it. */
export interface JourneyLegFields {
  readonly from?: string | null;
  readonly to?: string | null;
  readonly date?: string | null;
  readonly mode?: string | null;
  readonly borderCrossing?: boolean | null;
  readonly crossingPoint?: string | null;
}

export interface ValidJourneyLeg {
  readonly fromCode: string;
  readonly toCode: string;
  readonly travelledOn: string | null;
  readonly mode: JourneyLegMode;
  readonly borderCrossing: boolean;
  readonly crossingPoint: string | null;
}

/**
 * A `Location` code in its one canonical form: a country (`MD`) or a compact UN/LOCODE (`MDKIV`,
 * also accepted as `MD KIV` or lower case), so that every sector's `Location` keys agree.
 */
export function locationCode(raw: string): string | undefined {
  const text = raw.trim().toUpperCase();
  if (isCountryCode(text)) return text;
  return normaliseUnLocode(text);
}

/** The country a Location code lies in. */
function countryOf(code: string): string {
  return code.slice(0, 2);
}

export function validateJourneyLeg(fields: JourneyLegFields, today: string, problems = new InputProblems()): ValidJourneyLeg {
  const place = (field: 'from' | 'to'): string | undefined => {
    const raw = fields[field];
    if (!problems.required(field, raw)) return undefined;
    const code = locationCode(raw as string);
    if (!code) problems.add(field, 'not an ISO 3166-1 alpha-2 country code or a UN/LOCODE');
    return code;
  };
  const fromCode = place('from');
  const toCode = place('to');
  if (fromCode && toCode && fromCode === toCode) problems.add('to', 'the same place as from');
  const travelledOn = problems.date('date', fields.date, { notFuture: true, today }) ?? null;
  const mode = problems.required('mode', fields.mode) ? problems.enumValue('mode', JourneyLegMode, fields.mode) : undefined;
  const borderCrossing = fields.borderCrossing ?? (fromCode && toCode ? countryOf(fromCode) !== countryOf(toCode) : false);
  if (fromCode && toCode && countryOf(fromCode) !== countryOf(toCode) && fields.borderCrossing === false) {
    problems.add('borderCrossing', 'from and to are in different countries');
  }
  const crossingPoint = fields.crossingPoint?.trim() || null;
  if (crossingPoint && !borderCrossing) problems.add('crossingPoint', 'only for a leg that crosses a border');
  problems.throwIfAny('journey leg');
  return {
    fromCode: fromCode as string,
    toCode: toCode as string,
    travelledOn,
    mode: mode as JourneyLegMode,
    borderCrossing,
    crossingPoint,
  };
}
