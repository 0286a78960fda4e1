/**
 * ISO 4217 currencies in current use, from the ICU data Node ships. Amounts are always integers
 * in the currency's minor unit; the exponent tells how many digits that unit has (JPY 0, EUR 2,
 * KWD 3) and comes from ICU's formatting data, which follows ISO 4217.
 */
const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && CURRENCIES.has(code);
}

export function minorUnitDigits(code: string): number | undefined {
  if (!isCurrencyCode(code)) return undefined;
  return new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits;
}

/** An amount in minor units is a safe, non-negative integer: never a float, never negative. */
export function isMinorUnitAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
