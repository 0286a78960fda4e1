/**
 * Dice loops in plain JavaScript over the same encodings the WebAssembly kernel reads, for the
 * speed bench to print beside it.
 */

/** SWAR popcount of a 32-bit word (Hacker's Delight 5-2). */
function popcount32(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/**
 * The plain loop: for each pair, count |a ∧ b|, |a| and |b| word by word. Returns how many of
 * `candidates` (indices of `words`-word encodings in `filters`) reach `threshold`.
 */
export function plainDiceLoop(filters: Uint32Array, words: number, query: number, from: number, to: number, threshold: number): number {
  let hits = 0;
  const q = query * words;
  for (let j = from; j < to; j += 1) {
    const c = j * words;
    let shared = 0;
    let total = 0;
    for (let w = 0; w < words; w += 1) {
      const a = filters[q + w] as number;
      const b = filters[c + w] as number;
      shared += popcount32(a & b);
      total += popcount32(a) + popcount32(b);
    }
    if (total > 0 && (2 * shared) / total >= threshold) hits += 1;
  }
  return hits;
}

const TABLE16 = Uint8Array.from({ length: 65_536 }, (_, value) => {
  let bits = 0;
  for (let rest = value; rest !== 0; rest &= rest - 1) bits += 1;
  return bits;
});

/** The tuned JavaScript loop: popcounts computed once per encoding, 16-bit lookup table, no division. */
export function tableDiceLoop(
  filters: Uint32Array,
  pops: Int32Array,
  words: number,
  query: number,
  from: number,
  to: number,
  threshold: number,
): number {
  let hits = 0;
  const q = query * words;
  const queryPop = pops[query] as number;
  for (let j = from; j < to; j += 1) {
    const c = j * words;
    let shared = 0;
    for (let w = 0; w < words; w += 1) {
      const x = (filters[q + w] as number) & (filters[c + w] as number);
      shared += (TABLE16[x & 0xffff] as number) + (TABLE16[x >>> 16] as number);
    }
    if (shared > 0 && 2 * shared >= threshold * (queryPop + (pops[j] as number))) hits += 1;
  }
  return hits;
}
