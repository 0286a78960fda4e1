// ISO 13616: country code, two check digits, then up to 30 letters and digits (15–34 in all).
const IBAN_SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;

/**
 * An IBAN in its electronic form (`GB33BUKB20201555555555`), or undefined when it is malformed
 * or its ISO 7064 mod-97 check digits are wrong. Spaces and dashes of the printed form are dropped.
 */
export function normaliseIban(raw: string): string | undefined {
  const iban = raw.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
  if (!IBAN_SHAPE.test(iban)) return undefined;
  let remainder = 0;
  for (const character of iban.slice(4) + iban.slice(0, 4)) {
    // Letters count as two digits, A = 10 … Z = 35.
    const digits = character >= 'A' ? String(character.charCodeAt(0) - 55) : character;
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1 ? iban : undefined;
}
