/**
 * Just enough of the WebAssembly binary format to write the Dice kernel by hand: LEB128
 * integers, sections, and the opcodes the kernel uses. A hand-written module needs no compiler
 * in the build and no binary in the repository, and can be unrolled for the encoding length.
 */

export const VALUE_TYPE = { i32: 0x7f, i64: 0x7e, f32: 0x7d, v128: 0x7b } as const;
export type ValueType = keyof typeof VALUE_TYPE;

export const OP = {
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  end: 0x0b,
  brIf: 0x0d,
  voidBlock: 0x40,
  localGet: 0x20,
  localSet: 0x21,
  localTee: 0x22,
  i32Load: 0x28,
  i64Load: 0x29,
  i32Store: 0x36,
  f32Store: 0x38,
  i32Const: 0x41,
  i32Eqz: 0x45,
  i32LtU: 0x49,
  f32Const: 0x43,
  f32Gt: 0x5e,
  f32Ge: 0x60,
  i32Add: 0x6a,
  i32Mul: 0x6c,
  i32And: 0x71,
  i32Shl: 0x74,
  i64Popcnt: 0x7b,
  i64Add: 0x7c,
  i64And: 0x83,
  f32Mul: 0x94,
  f32Div: 0x95,
  i32WrapI64: 0xa7,
  f32ConvertI32U: 0xb3,
  simdPrefix: 0xfd,
} as const;

/** SIMD opcodes, written after {@link OP.simdPrefix} as unsigned LEB128. */
export const SIMD_OP = {
  v128Load: 0x00,
  i32x4ExtractLane: 0x1b,
  v128And: 0x4e,
  i8x16Popcnt: 0x62,
  i8x16Add: 0x6e,
  i16x8ExtaddPairwiseI8x16U: 0x7d,
  i32x4ExtaddPairwiseI16x8U: 0x7f,
} as const;

export function unsignedLeb(value: number): number[] {
  const bytes: number[] = [];
  let rest = value >>> 0;
  do {
    const byte = rest & 0x7f;
    rest >>>= 7;
    bytes.push(rest === 0 ? byte : byte | 0x80);
  } while (rest !== 0);
  return bytes;
}

export function signedLeb(value: number): number[] {
  const bytes: number[] = [];
  let rest = value | 0;
  for (;;) {
    const byte = rest & 0x7f;
    rest >>= 7;
    const done = (rest === 0 && (byte & 0x40) === 0) || (rest === -1 && (byte & 0x40) !== 0);
    bytes.push(done ? byte : byte | 0x80);
    if (done) return bytes;
  }
}

function vector(items: number[][]): number[] {
  return [...unsignedLeb(items.length), ...items.flat()];
}

function section(id: number, content: number[]): number[] {
  return [id, ...unsignedLeb(content.length), ...content];
}

function name(text: string): number[] {
  const bytes = [...Buffer.from(text, 'utf8')];
  return [...unsignedLeb(bytes.length), ...bytes];
}

/** One exported function: its signature, its extra locals in declaration order, and its body. */
export interface WasmFunction {
  readonly exportName: string;
  readonly params: readonly ValueType[];
  readonly results: readonly ValueType[];
  readonly locals: readonly ValueType[];
  /** Instructions, without the final `end`. */
  readonly body: readonly number[];
}

/** A module of the given functions and one exported memory named "memory" of `pages` × 64 KiB. */
export function wasmModule(functions: readonly WasmFunction[], pages: number): Uint8Array<ArrayBuffer> {
  const types = functions.map((fn) => [
    0x60,
    ...vector(fn.params.map((type) => [VALUE_TYPE[type]])),
    ...vector(fn.results.map((type) => [VALUE_TYPE[type]])),
  ]);
  const declarations = functions.map((_, index) => unsignedLeb(index));
  const memory = [[0x00, ...unsignedLeb(pages)]];
  const exports = [
    [...name('memory'), 0x02, 0x00],
    ...functions.map((fn, index) => [...name(fn.exportName), 0x00, ...unsignedLeb(index)]),
  ];
  const codes = functions.map((fn) => {
    const locals = fn.locals.map((type) => [...unsignedLeb(1), VALUE_TYPE[type]]);
    const code = [...vector(locals), ...fn.body, OP.end];
    return [...unsignedLeb(code.length), ...code];
  });
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vector(types)),
    ...section(3, vector(declarations)),
    ...section(5, vector(memory)),
    ...section(7, vector(exports)),
    ...section(10, vector(codes)),
  ]);
}
