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
export { foldToAscii, foldWords } from './fold-text.js';
export { nameParts } from './normalise-name.js';
export type { NameParts } from './normalise-name.js';
export { givenNameForms, nicknamesOf } from './nicknames.js';
export {
  normaliseAddress,
  normalisePostcode,
  normaliseStreet,
  normaliseStreetNumber,
  normaliseLocality,
} from './normalise-address.js';
export type { AddressPart, AddressParts, NormalisedAddress } from './normalise-address.js';
export { normaliseRegion } from './normalise-region.js';
export { normaliseCountry } from './normalise-country.js';
export { normalisePerson } from './normalise-person.js';
export type { NormalisedPerson } from './normalise-person.js';
export { soundex } from './phonetic.js';
export { emitFeatures, FEATURE_GROUPS } from './fuzzy-features.js';
export type { FeatureGroup } from './fuzzy-features.js';
export {
  birthDatesContradict,
  blockingKeyValues,
  BLOCKING_KEY_KINDS,
  evidenceOf,
  IDENTITY_KEY_KINDS,
  KEY_EVIDENCE,
  sharedIdentityKeys,
} from './blocking-keys.js';
export type { BlockingKeyKind, KeyEvidence } from './blocking-keys.js';
export { fieldsAllowLink, keysCorroborate, NAMES_ALIKE_MIN_SCORE, pairEvidence, restsOnNameAlone, SPARSE_PAIR_MIN_SCORE } from './pair-evidence.js';
export type { FieldVote, PairEvidence, RecordKeys } from './pair-evidence.js';
export {
  createFuzzyEncoder,
  DEFAULT_ENCODING_BITS,
  DEFAULT_FEATURE_WEIGHTS,
  DEFAULT_HARDENING,
} from './fuzzy-encoding.js';
export type { FeatureWeights, FuzzyEncoder, FuzzyEncoding, FuzzyEncodingOptions } from './fuzzy-encoding.js';
export { HARDENINGS, xorFold } from './hardening.js';
export type { Hardening } from './hardening.js';
export { compileDiceKernel } from './dice-kernel.js';
export type { DiceKernelExports, KernelFlavour } from './dice-kernel.js';
export { diceCoefficient, EncodingStore, popcount } from './encoding-store.js';
export type { EncodingStoreOptions, MatchCallback } from './encoding-store.js';
export { BlockIndex, DEFAULT_MAX_BLOCK_SIZE } from './block-index.js';
export { clusterPairs, PairList, RivalScores } from './cluster.js';
export type { ClusterOptions, Clustering, ScoredPair } from './cluster.js';
export {
  DEFAULT_DOUBT_MARGIN,
  DEFAULT_LINK_CERTAIN,
  DEFAULT_LINK_MARGIN,
  DEFAULT_LINK_THRESHOLD,
  DEFAULT_RIVAL_FLOOR,
  linkRecords,
} from './link-records.js';
export type { LinkOptions, LinkStats } from './link-records.js';
export {
  BLOCKING_KEY_BYTES,
  createLinkageMaterialDeriver,
  decodeBlockingKey,
  deriveLinkageMaterial,
  encodeBlockingKey,
  RELATIONSHIP_KEY_KINDS,
} from './linkage-material.js';
export type { LinkageIdentifiers, LinkageKeyKindName, LinkageMaterial, RelationshipKeyKind } from './linkage-material.js';
export { MAX_IDENTIFIERS_PER_LIST, MAX_RELATIONSHIP_KEYS } from './publication-bounds.js';
export { createTransactionKeyDeriver, transactionPartnerKey, transactionPartnerKeySql } from './transaction-keys.js';
export type { TransactionKeyDeriver } from './transaction-keys.js';
