export { BeaconError, isBeaconError, httpStatusOf, CALLER_SAFE_CODES } from './beacon-error.js';
export type { BeaconErrorCode } from './beacon-error.js';
