export { isCountryCode, countryName, normaliseUnLocode, isLocationCode } from './countries.js';
export { m49RegionsOf, isM49SubRegion, countriesOfM49SubRegion, m49AreaName } from './un-m49.js';
export type { M49Area, M49Regions } from './un-m49.js';
export { isCurrencyCode, minorUnitDigits, isMinorUnitAmount } from './currencies.js';
