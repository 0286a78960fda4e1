const SOUNDEX_DIGIT: Readonly<Record<string, string>> = {
  b: '1', f: '1', p: '1', v: '1',
  c: '2', g: '2', j: '2', k: '2', q: '2', s: '2', x: '2', z: '2',
  d: '3', t: '3', l: '4', m: '5', n: '5', r: '6',
};

/**
 * American Soundex of one folded word (lower-case ASCII letters; digits and other characters
 * are ignored): the first letter and three digits, "robert" → "r163", "tymczak" → "t522".
 * Undefined when the word has no letter. Used only inside keyed blocking keys, to put spellings
 * that sound alike into one block; it is English-centric, which is why blocking also uses keys
 * that need no name at all.
 */
export function soundex(word: string): string | undefined {
  const letters = word.replace(/[^a-z]/g, '');
  const first = letters[0];
  if (first === undefined) return undefined;
  let code = first;
  let previous = SOUNDEX_DIGIT[first] ?? '';
  for (let i = 1; i < letters.length && code.length < 4; i += 1) {
    const letter = letters[i] as string;
    const digit = SOUNDEX_DIGIT[letter];
    if (digit !== undefined && digit !== previous) code += digit;
    // "h" and "w" do not separate equal codes; vowels do.
    if (letter !== 'h' && letter !== 'w') previous = digit ?? '';
  }
  return code.padEnd(4, '0');
}
