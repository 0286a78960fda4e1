import { describe, expect, it } from 'vitest';
import { isCountryCode, isCurrencyCode, isLocationCode, isMinorUnitAmount, minorUnitDigits, normaliseUnLocode } from './index.js';

describe('reference data', () => {
  it('accepts ISO 3166 alpha-2 countries and refuses grouping, withdrawn and made-up codes', () => {
    for (const code of ['MD', 'GB', 'NG', 'VN', 'XK']) expect(isCountryCode(code), code).toBe(true);
    for (const code of ['EU', 'UN', 'UK', 'SU', 'DD', 'RH', 'VD', 'YD', 'NH', 'XA', 'XB', 'ZZ', 'QQ', 'md', 'GBR', '']) expect(isCountryCode(code), code).toBe(false);
  });

  it('normalises UN/LOCODEs and refuses ones whose country does not exist', () => {
    expect(normaliseUnLocode('gb lon')).toBe('GBLON');
    expect(normaliseUnLocode('MD KIV')).toBe('MDKIV');
    expect(normaliseUnLocode('ZZ LON')).toBeUndefined();
    expect(normaliseUnLocode('GBLO1')).toBeUndefined();
    expect(isLocationCode('MDKIV')).toBe(true);
    expect(isLocationCode('MD')).toBe(true);
  });

  it('knows ISO 4217 currencies and their minor units', () => {
    expect(isCurrencyCode('EUR')).toBe(true);
    expect(isCurrencyCode('XXX')).toBe(false);
    expect(isCurrencyCode('eur')).toBe(false);
    expect(minorUnitDigits('EUR')).toBe(2);
    expect(minorUnitDigits('JPY')).toBe(0);
  });

  it('accepts only non-negative whole minor-unit amounts', () => {
    expect(isMinorUnitAmount(12345)).toBe(true);
    expect(isMinorUnitAmount(-1)).toBe(false);
    expect(isMinorUnitAmount(12.5)).toBe(false);
    expect(isMinorUnitAmount('100')).toBe(false);
  });
});
