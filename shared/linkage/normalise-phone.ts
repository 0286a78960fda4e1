// The "max" metadata checks each number against the national numbering plan; the default "min"
// metadata only checks its length, and would let unallocated numbers become linkage keys.
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { RecentValues } from './recent-values.js';

/**
 * The ISO 3166 alpha-2 code, upper-cased, when libphonenumber knows the country's numbering
 * plan; undefined otherwise. A default country it does not know cannot read a national number.
 */
export function normalisePhoneCountry(raw: string): CountryCode | undefined {
  const code = raw.trim().toUpperCase();
  return isSupportedCountry(code) ? code : undefined;
}

/**
 * Reads a phone number and returns it in E.164 (`+447911123456`), or undefined when it is not a
 * valid number: unparseable, the wrong length, or outside any allocated range. Ranges reserved
 * for fiction, such as the UK's 07700 900xxx, are not allocated and so are refused.
 *
 * `defaultCountry` (ISO 3166 alpha-2) is how national numbers ("07911 123456") are read; an
 * international number ("+44…", "0044…" with a default) is read on its own. An unknown default
 * is ignored, so only international numbers are read.
 *
 * The whole field must be one number: text around it ("mother: +44…") or two numbers in one
 * field are refused rather than searched, since linking a person on someone else's number is
 * worse than not linking.
 */
export function normalisePhone(raw: string, defaultCountry?: string): string | undefined {
  // `null` stands for "not a valid number" in the memo, whose misses are undefined.
  const phone = recent.get(`${defaultCountry ?? ''}\u001f${raw}`, () => readPhone(raw, defaultCountry) ?? null);
  return phone ?? undefined;
}

// A record's phones are read twice on ingest (validation, then the publication's material), a
// batch apart at most; libphonenumber is the dearest step of either, so the latest answers are
// kept. Two generations, the older dropped whole: bounded memory, no bookkeeping per hit, and
// (unlike clearing the one map when full) the phones read just before a drop are still found.
const RECENT_PHONES = 16_384;
const recent = new RecentValues<string | null>(RECENT_PHONES);

function readPhone(raw: string, defaultCountry: string | undefined): string | undefined {
  const country = defaultCountry === undefined ? undefined : normalisePhoneCountry(defaultCountry);
  // NFKC turns full-width digits and punctuation from East Asian input methods into ASCII.
  const phone = parsePhoneNumberFromString(raw.normalize('NFKC').trim(), {
    defaultCountry: country,
    extract: false,
  });
  return phone?.isValid() ? phone.number : undefined;
}
