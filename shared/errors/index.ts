export { BeaconError, isBeaconError, httpStatusOf } from './beacon-error.js';
export type { BeaconErrorCode } from './beacon-error.js';
