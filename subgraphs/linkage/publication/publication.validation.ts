import type { Sector } from '../../../shared/auth/index.js';
import { BeaconError } from '../../../shared/errors/index.js';
import type { RecordPublicationInput } from './publication.inputs.js';

/** Publications accepted in one call; a sector's outbox sends fewer. */
export const MAX_PUBLICATIONS_PER_CALL = 1000;
const HMAC_HEX = /^[0-9a-f]{64}$/;
const RECORD_ID = /^[A-Za-z0-9:_-]{1,128}$/;

/** What each sector may publish: its own federation types, with their categories. */
export const PUBLISHABLE: Readonly<Record<Sector, Readonly<Record<string, readonly string[]>>>> = {
  LAW_ENFORCEMENT: { PersonRecord: ['SUSPECT', 'VICTIM', 'WITNESS'] },
  NGO: { Survivor: ['SURVIVOR'] },
  FINANCIAL: { AccountHolder: ['ACCOUNT_HOLDER'] },
  HUB: {},
};

/** Checks a batch as a whole and names every bad field at once; nothing is applied if one is bad. */
export function validatePublications(sector: Sector, publications: readonly RecordPublicationInput[]): void {
  const invalidFields: Array<{ field: string; reason: string }> = [];
  if (publications.length > MAX_PUBLICATIONS_PER_CALL) {
    invalidFields.push({ field: 'publications', reason: `at most ${MAX_PUBLICATIONS_PER_CALL} per call` });
  }
  publications.forEach((publication, index) => {
    const at = `publications[${index}]`;
    const categories = PUBLISHABLE[sector][publication.recordType];
    if (!categories) invalidFields.push({ field: `${at}.recordType`, reason: `${sector} does not publish ${publication.recordType}` });
    else if (!categories.includes(publication.category)) {
      invalidFields.push({ field: `${at}.category`, reason: `must be one of ${categories.join(', ')}` });
    }
    if (!RECORD_ID.test(publication.recordId)) invalidFields.push({ field: `${at}.recordId`, reason: 'not an opaque record id' });
    publication.keys.forEach((key, keyIndex) => {
      if (!HMAC_HEX.test(key.value)) {
        invalidFields.push({ field: `${at}.keys[${keyIndex}].value`, reason: 'must be 64 lower-case hex characters' });
      }
    });
  });
  if (invalidFields.length > 0) {
    throw new BeaconError('BAD_USER_INPUT', 'The publications are invalid; none was applied.', { invalidFields });
  }
}
