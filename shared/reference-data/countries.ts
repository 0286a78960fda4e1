/**
 * ISO 3166-1 alpha-2 country codes, checked against the ICU data Node ships (`Intl.DisplayNames`)
 * rather than a copied list. ICU also names codes that are not current country assignments
 * (grouping, transitional or withdrawn ones); those are refused explicitly. XK (Kosovo) is a
 * user-assigned code in wide use (EU, Interpol) and is accepted.
 */
// Withdrawn codes ICU still names after today's country (DD → Germany, RH → Zimbabwe, …) are here
// too: a name shared with a current code must resolve to that code alone.
const NOT_COUNTRIES: ReadonlySet<string> = new Set([
  'AN', 'BU', 'CS', 'DD', 'DY', 'EU', 'EZ', 'FX', 'HV', 'NH', 'QO', 'RH', 'SU', 'TP', 'UK', 'UN', 'VD', 'XA', 'XB', 'YD', 'YU', 'ZR',
]);
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

export function isCountryCode(code: string): boolean {
  const known = checked.get(code);
  if (known !== undefined) return known;
  if (!/^[A-Z]{2}$/.test(code)) return false;
  const name = NOT_COUNTRIES.has(code) ? undefined : regionNames.of(code);
  const valid = name !== undefined && name !== 'Unknown Region';
  checked.set(code, valid);
  return valid;
}

// Every answer for two capital letters (at most 676), kept: `Intl.DisplayNames.of` cost more
// than the rest of a bulk import's row validation put together.
const checked = new Map<string, boolean>();

/** The English short name of a valid code, for display. */
export function countryName(code: string): string | undefined {
  return isCountryCode(code) ? regionNames.of(code) : undefined;
}

/**
 * A UN/LOCODE: the country's alpha-2 code and three letters or digits 2–9 for the place
 * (e.g. `GB LON`, written `GBLON` or `GB LON`). Returns the compact form, or undefined.
 */
export function normaliseUnLocode(raw: string): string | undefined {
  const compact = raw.trim().toUpperCase().replace(/\s+/g, '');
  if (!/^[A-Z]{2}[A-Z2-9]{3}$/.test(compact)) return undefined;
  return isCountryCode(compact.slice(0, 2)) ? compact : undefined;
}

/** A `Location` code: an ISO 3166 country (`MD`) or a UN/LOCODE place (`MDKIV`). */
export function isLocationCode(code: string): boolean {
  return isCountryCode(code) || normaliseUnLocode(code) === code;
}
