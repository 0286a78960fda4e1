export { isCountryCode, countryName, normaliseUnLocode, isLocationCode } from './countries.js';
export { isCurrencyCode, minorUnitDigits, isMinorUnitAmount } from './currencies.js';
