/**
 * Providers whose addresses ignore dots and "+tag" suffixes in the local part, mapped to the
 * domain they deliver to (googlemail.com and gmail.com are the same mailboxes).
 */
const DOT_AND_TAG_BLIND_DOMAINS: Readonly<Record<string, string>> = {
  'gmail.com': 'gmail.com',
  'googlemail.com': 'gmail.com',
};

// Unquoted local part (RFC 5322 dot-atom): no spaces, controls, "@" or specials, no empty
// dot-separated part. Quoted local parts are refused; they are vanishingly rare in real data.
const LOCAL_PART = /^[^\s\p{Cc}@"(),:;<>[\]\\.]+(\.[^\s\p{Cc}@"(),:;<>[\]\\.]+)*$/u;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;
const MAX_LOCAL_LENGTH = 64;
const MAX_DOMAIN_LENGTH = 253;

/**
 * Brings an e-mail address to one canonical form: trimmed, lower-cased, shape checked (one "@",
 * a plausible local part, a domain of at least two labels); for Gmail, dots and "+tag" removed
 * from the local part and googlemail.com folded into gmail.com. Undefined when it is not an
 * address.
 *
 * Lower-casing the local part is a compromise: RFC 5321 lets it be case-sensitive, but no
 * mainstream provider treats it so, and sources capitalise addresses inconsistently.
 */
export function normaliseEmail(raw: string): string | undefined {
  const address = raw.normalize('NFKC').trim().toLowerCase();
  const at = address.lastIndexOf('@');
  if (at <= 0) return undefined;
  let local = address.slice(0, at);
  let domain = address.slice(at + 1);
  if (!LOCAL_PART.test(local) || local.length > MAX_LOCAL_LENGTH) return undefined;
  const labels = domain.split('.');
  if (domain.length > MAX_DOMAIN_LENGTH || labels.length < 2) return undefined;
  if (!labels.every((label) => DOMAIN_LABEL.test(label))) return undefined;
  const canonicalDomain = DOT_AND_TAG_BLIND_DOMAINS[domain];
  if (canonicalDomain !== undefined) {
    local = (local.split('+')[0] ?? '').replaceAll('.', '');
    domain = canonicalDomain;
    if (local.length === 0) return undefined;
  }
  return `${local}@${domain}`;
}
