export { normaliseName, nameTokens } from './normalise-name.js';
export { normaliseDate } from './normalise-date.js';
export type { DateFormat } from './normalise-date.js';
export { normalisePhone, normalisePhoneCountry } from './normalise-phone.js';
export { normaliseDocument, DOCUMENT_TYPES } from './normalise-document.js';
export type { DocumentType, IdentityDocument } from './normalise-document.js';
export { normaliseEmail } from './normalise-email.js';
export { linkageSecretKey, LinkageSecretError, MIN_LINKAGE_SECRET_BYTES } from './linkage-secret.js';
export type { LinkageSecretErrorCode } from './linkage-secret.js';
export { createExactKeyDeriver, deriveExactKeys } from './exact-keys.js';
export type {
  ExactKey,
  ExactKeyDerivation,
  ExactKeyKind,
  PersonIdentifiers,
  RejectedIdentifier,
} from './exact-keys.js';
