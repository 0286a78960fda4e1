import { BeaconError } from '../errors/index.js';
import type { Principal } from './principal.js';

/**
 * Why data is being consulted. A token lists the purposes its holder's institution granted; each
 * request declares one (`x-beacon-purpose`), which rules and the audit trail then see.
 */
export const PURPOSES = Object.freeze({
  investigation: 'A criminal investigation by a law-enforcement agency.',
  'victim-support': "Support of a survivor by the NGO caring for them.",
  'aml-compliance': 'Anti-money-laundering compliance work at a financial institution.',
  analysis: 'Aggregate analysis of hotspots, trends and routes.',
  audit: "Review of an institution's own disclosure trail by its auditors.",
  linkage: 'A sector service publishing linkage keys to the hub.',
  federation: "The gateway's own service calls (schema retrieval).",
});
export type Purpose = keyof typeof PURPOSES;

export const PURPOSE_HEADER = 'x-beacon-purpose';
export const JUSTIFICATION_HEADER = 'x-beacon-justification';

export function isPurpose(value: string): value is Purpose {
  return Object.hasOwn(PURPOSES, value);
}

/**
 * The purpose a request declares, checked against the vocabulary and the caller's token.
 * Throws `PURPOSE_REQUIRED` or `PURPOSE_NOT_GRANTED`; nothing runs without a granted purpose.
 */
export function declaredPurpose(principal: Principal, header: string | undefined): Purpose {
  const value = header?.trim();
  if (!value) {
    throw new BeaconError('PURPOSE_REQUIRED', `Declare why you are asking: send the ${PURPOSE_HEADER} header with one of your token's purposes (${principal.purposes.join(', ')}).`);
  }
  if (!isPurpose(value)) {
    throw new BeaconError('PURPOSE_NOT_GRANTED', `"${value.slice(0, 40)}" is not a Beacon purpose; use one of ${Object.keys(PURPOSES).join(', ')}.`);
  }
  if (!principal.purposes.includes(value)) {
    throw new BeaconError('PURPOSE_NOT_GRANTED', `Your token does not grant the purpose "${value}"; it grants ${principal.purposes.join(', ') || 'none'}.`);
  }
  return value;
}

/** Longest justification kept: a case reference or a short reason, not a document. */
export const MAX_JUSTIFICATION_LENGTH = 200;

export function declaredJustification(header: string | undefined): string | undefined {
  const value = header?.trim();
  return value ? value.slice(0, MAX_JUSTIFICATION_LENGTH) : undefined;
}
