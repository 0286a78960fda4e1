import { OP, SIMD_OP, signedLeb, unsignedLeb, wasmModule, type ValueType, type WasmFunction } from './wasm-bytes.js';

/**
 * How the Dice kernel counts shared bits: scalar `i64.popcnt` (one POPCNT instruction per 64
 * bits on x86-64 and arm64) or SIMD `i8x16.popcnt` (emulated with byte shuffles on x86 without
 * AVX-512). `bench/linkage-speed.ts` measures both; scalar won on the machines we tried.
 */
export type KernelFlavour = 'popcnt' | 'simd';

/** The functions of the compiled kernel; every pointer is a byte offset in `memory`. */
export interface DiceKernelExports {
  readonly memory: WebAssembly.Memory;
  /**
   * Dice of the encoding at `query` against `candidates[0..count)` (indices into `filters`),
   * writing (index i32, score f32) pairs at `out` for each score ≥ `threshold`; returns how many.
   */
  scoreList(query: number, queryPop: number, filters: number, pops: number, candidates: number, count: number, threshold: number, out: number): number;
  /** The same against every index in [from, to). */
  scoreRange(query: number, queryPop: number, filters: number, pops: number, from: number, to: number, threshold: number, out: number): number;
}

const PARAMS: readonly ValueType[] = ['i32', 'i32', 'i32', 'i32', 'i32', 'i32', 'f32', 'i32'];
const [QUERY, QUERY_POP, FILTERS, POPS, A, B, THRESHOLD, OUT] = [0, 1, 2, 3, 4, 5, 6, 7];
// Locals after the parameters: loop counter, candidate index, candidate address, score, hits,
// a v128 scratch for the SIMD reduction, then the query's words held in registers.
const [K, J, P, SCORE, HITS, ACC, TOTAL, FIRST_WORD] = [8, 9, 10, 11, 12, 13, 14, 15];

const get = (local: number) => [OP.localGet, ...unsignedLeb(local)];
const set = (local: number) => [OP.localSet, ...unsignedLeb(local)];
const i32 = (value: number) => [OP.i32Const, ...signedLeb(value)];
const simd = (op: number, ...immediates: number[]) => [OP.simdPrefix, ...unsignedLeb(op), ...immediates];
const memarg = (alignLog2: number, offset: number) => [alignLog2, ...unsignedLeb(offset)];

/** Popcount of (query AND the encoding at local P), left as an i32 on the stack. */
function intersection(bytes: number, flavour: KernelFlavour): number[] {
  const code: number[] = [];
  if (flavour === 'popcnt') {
    for (let word = 0; word < bytes / 8; word += 1) {
      code.push(...get(FIRST_WORD + word), ...get(P), OP.i64Load, ...memarg(3, word * 8), OP.i64And, OP.i64Popcnt);
      if (word > 0) code.push(OP.i64Add);
    }
    code.push(OP.i32WrapI64);
    return code;
  }
  // Byte counts add up to at most 8 per lane per vector, so up to 31 vectors fit in a byte.
  for (let vector = 0; vector < bytes / 16; vector += 1) {
    code.push(...get(FIRST_WORD + vector), ...get(P), ...simd(SIMD_OP.v128Load, ...memarg(4, vector * 16)));
    code.push(...simd(SIMD_OP.v128And), ...simd(SIMD_OP.i8x16Popcnt));
    if (vector > 0) code.push(...simd(SIMD_OP.i8x16Add));
  }
  code.push(...simd(SIMD_OP.i16x8ExtaddPairwiseI8x16U), ...simd(SIMD_OP.i32x4ExtaddPairwiseI16x8U), OP.localTee, ...unsignedLeb(ACC));
  code.push(...simd(SIMD_OP.i32x4ExtractLane, 0));
  for (let lane = 1; lane < 4; lane += 1) code.push(...get(ACC), ...simd(SIMD_OP.i32x4ExtractLane, lane), OP.i32Add);
  return code;
}

function kernelFunction(exportName: string, bytes: number, flavour: KernelFlavour, fromList: boolean): WasmFunction {
  const words = flavour === 'popcnt' ? bytes / 8 : bytes / 16;
  const wordType: ValueType = flavour === 'popcnt' ? 'i64' : 'v128';
  const body: number[] = [];
  for (let word = 0; word < words; word += 1) {
    body.push(...get(QUERY));
    body.push(...(flavour === 'popcnt' ? [OP.i64Load, ...memarg(3, word * 8)] : simd(SIMD_OP.v128Load, ...memarg(4, word * 16))));
    body.push(...set(FIRST_WORD + word));
  }
  // List: k runs over [0, count) and j = candidates[k]. Range: k runs over [from, to) and j = k.
  body.push(...(fromList ? i32(0) : get(A)), ...set(K));
  body.push(OP.block, OP.voidBlock);
  body.push(...get(K), ...(fromList ? get(B) : get(B)), OP.i32LtU, OP.i32Eqz, OP.brIf, 0);
  body.push(OP.loop, OP.voidBlock);
  if (fromList) body.push(...get(A), ...get(K), ...i32(2), OP.i32Shl, OP.i32Add, OP.i32Load, ...memarg(2, 0), ...set(J));
  else body.push(...get(K), ...set(J));
  body.push(...get(FILTERS), ...get(J), ...i32(bytes), OP.i32Mul, OP.i32Add, ...set(P));
  // 2c ≥ t·(|q| + |j|) decides without a division (the score is divided out only for hits)…
  body.push(...intersection(bytes, flavour), ...i32(1), OP.i32Shl, OP.f32ConvertI32U, OP.localTee, ...unsignedLeb(SCORE));
  body.push(...get(QUERY_POP), ...get(POPS), ...get(J), ...i32(2), OP.i32Shl, OP.i32Add, OP.i32Load, ...memarg(2, 0));
  body.push(OP.i32Add, OP.f32ConvertI32U, OP.localTee, ...unsignedLeb(TOTAL), ...get(THRESHOLD), OP.f32Mul, OP.f32Ge);
  // …and no shared bit at all is never a match, even for two empty encodings (0 ≥ t·0).
  body.push(...get(SCORE), OP.f32Const, 0, 0, 0, 0, OP.f32Gt, OP.i32And, OP.if, OP.voidBlock);
  body.push(...get(SCORE), ...get(TOTAL), OP.f32Div, ...set(SCORE));
  body.push(...get(OUT), ...get(HITS), ...i32(3), OP.i32Shl, OP.i32Add, ...get(J), OP.i32Store, ...memarg(2, 0));
  body.push(...get(OUT), ...get(HITS), ...i32(3), OP.i32Shl, OP.i32Add, ...get(SCORE), OP.f32Store, ...memarg(2, 4));
  body.push(...get(HITS), ...i32(1), OP.i32Add, ...set(HITS));
  body.push(OP.end);
  body.push(...get(K), ...i32(1), OP.i32Add, OP.localTee, ...unsignedLeb(K), ...get(B), OP.i32LtU, OP.brIf, 0);
  body.push(OP.end, OP.end);
  body.push(...get(HITS));
  return {
    exportName,
    params: PARAMS,
    results: ['i32'],
    locals: ['i32', 'i32', 'i32', 'f32', 'i32', 'v128', 'f32', ...Array<ValueType>(words).fill(wordType)],
    body,
  };
}

/**
 * Compiles a Dice kernel for encodings of `bytes` bytes (a multiple of 16), unrolled for that
 * length, with `pages` × 64 KiB of memory to start with.
 *
 * @throws RangeError when `bytes` is not a positive multiple of 16.
 */
export function compileDiceKernel(bytes: number, flavour: KernelFlavour, pages: number): DiceKernelExports {
  if (!Number.isInteger(bytes) || bytes <= 0 || bytes % 16 !== 0) {
    throw new RangeError(`Encodings must be a positive multiple of 16 bytes; got ${bytes}.`);
  }
  const binary = wasmModule(
    [kernelFunction('scoreList', bytes, flavour, true), kernelFunction('scoreRange', bytes, flavour, false)],
    pages,
  );
  const instance = new WebAssembly.Instance(new WebAssembly.Module(binary));
  return instance.exports as unknown as DiceKernelExports;
}
