import { minorUnitDigits } from '../../../shared/reference-data/index.js';

/**
 * `GBP 1,234.56` from 123456 minor units, with the currency's own exponent (JPY 0, KWD 3).
 * BigInt throughout: a sum of safe integers need not be one.
 */
export function formatMoney(amountMinor: number | bigint, currency: string): string {
  const digits = minorUnitDigits(currency) ?? 2;
  const value = BigInt(amountMinor);
  const scale = 10n ** BigInt(digits);
  const whole = (value / scale).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = digits === 0 ? '' : `.${(value % scale).toString().padStart(digits, '0')}`;
  return `${currency} ${whole}${fraction}`;
}
