export { SECTORS, isSector, principalFromClaims } from './principal.js';
export type { Principal, Sector } from './principal.js';
export { IssuerKeys, DEFAULT_JWKS_TTL_MS, DEFAULT_UNKNOWN_KID_REFRESH_MS } from './key-store.js';
export type { IssuerKeysSource } from './key-store.js';
export { createTokenVerifier, ALLOWED_ALGORITHMS, CLOCK_TOLERANCE_SECONDS } from './token-verifier.js';
export type { TokenVerifier, TokenVerifierOptions } from './token-verifier.js';
export { PERSONAS, DEMO_ORGS, SERVICE_ROLES, isPersonaName, linkagePublisherClaims } from './personas.js';
export type { PersonaClaims, PersonaName } from './personas.js';
export {
  loadOrCreateDevIssuer,
  CorruptKeyFolderError,
  DEV_ISSUER,
  BEACON_AUDIENCE,
  DEV_TOKEN_TTL_SECONDS,
} from './dev-issuer.js';
export type { DevIssuer } from './dev-issuer.js';
export {
  PURPOSES,
  PURPOSE_HEADER,
  JUSTIFICATION_HEADER,
  MAX_JUSTIFICATION_LENGTH,
  isPurpose,
  declaredPurpose,
  declaredJustification,
} from './purposes.js';
export type { Purpose } from './purposes.js';
