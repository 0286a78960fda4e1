/**
 * Why an identifier was rejected, in words that never repeat the value: rejections may be
 * logged. Shared by exact keys and fuzzy encodings, so one input gets one explanation.
 */
export const REJECTION_REASONS = {
  name: 'no name is left after transliteration and removing titles and punctuation',
  dateOfBirth:
    'not a past calendar date in a recognised layout (ambiguous day/month order needs dateOfBirthFormat)',
  document: 'needs a known type, an ISO 3166 alpha-2/alpha-3 issuing country and a number with digits',
  phoneCountry: 'not a country whose phone numbering plan is known; national numbers cannot be read',
  phone: 'not a valid phone number in international form, or in national form for phoneCountry',
  email: 'not an e-mail address',
  streetNumber: 'has no digit',
  street: 'has no letter or digit',
  addressLine2: 'has no letter or digit',
  locality: 'has no letter or digit',
  postcode: 'not letters and digits (with spaces or dashes) of at most 10 characters',
  region: 'has no letter or digit',
  country: 'not an ISO 3166 alpha-2 code or an English country name',
} as const;
