/** The kinds of identity document a record can carry. */
export const DOCUMENT_TYPES = ['PASSPORT', 'NATIONAL_ID', 'RESIDENCE_PERMIT', 'DRIVING_LICENCE', 'OTHER'] as const;

/** One of {@link DOCUMENT_TYPES}. */
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** An identity document as a source records it, or as {@link normaliseDocument} returns it. */
export interface IdentityDocument {
  readonly type: DocumentType;
  /** ISO 3166 alpha-2 or alpha-3 code of the issuing state. */
  readonly issuingCountry: string;
  readonly number: string;
}

// Shape only: the two forms are not mapped onto each other (no ISO 3166 table here yet), so
// "GB" and "GBR" are different issuers to a key. Sources should settle on alpha-2.
const COUNTRY_SHAPE = /^[A-Z]{2,3}$/;

/**
 * Separators that sources insert for legibility: spaces, hyphens and Unicode dashes, and dots
 * (Argentina's DNI is commonly written "12.345.678").
 */
const SEPARATORS = /[\s.\-\u2010-\u2015\u2212]/g;

const NUMBER_SHAPE = /^[A-Z0-9]+$/;

/**
 * Brings an identity document to one canonical form: type checked, issuing country upper-cased
 * and checked to look like an ISO 3166 alpha-2/alpha-3 code, number upper-cased with spaces,
 * dashes and dots removed. Returns undefined when any part does not fit.
 *
 * Numbers with no digit or of one repeated character ("NONE", "UNKNOWN", "000000") are refused:
 * they are placeholders, and as a key they would link every record that carries them.
 */
export function normaliseDocument(document: IdentityDocument): IdentityDocument | undefined {
  const type = document.type.trim().toUpperCase();
  if (!isDocumentType(type)) return undefined;
  const issuingCountry = document.issuingCountry.normalize('NFKC').trim().toUpperCase();
  if (!COUNTRY_SHAPE.test(issuingCountry)) return undefined;
  // NFKC first: full-width letters and digits from East Asian input methods become ASCII.
  const number = document.number.normalize('NFKC').toUpperCase().replace(SEPARATORS, '');
  if (!NUMBER_SHAPE.test(number) || !/\d/.test(number) || /^(.)\1*$/.test(number)) return undefined;
  return { type, issuingCountry, number };
}

function isDocumentType(value: string): value is DocumentType {
  return (DOCUMENT_TYPES as readonly string[]).includes(value);
}
