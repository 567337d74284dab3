/**
 * LEB128 decoding and encoding, as used by the WebAssembly binary format.
 *
 * All readers take the whole byte array and an offset, return `{ value, next }`
 * (`next` = offset of the first byte after the number) and throw a
 * {@link Leb128Error} when the number runs past the end of the input
 * ("overrun") or uses more bytes / bits than its type allows ("overlong").
 *
 * Pure module: no I/O, no dependencies.
 */

/** Thrown on a truncated or malformed LEB128 number. `offset` is where the number starts. */
export class Leb128Error extends Error {
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(message);
    this.name = 'Leb128Error';
    this.offset = offset;
  }
}

export interface LebRead<T> {
  value: T;
  /** Offset one past the last byte of the number. */
  next: number;
}

function overrun(kind: string, offset: number): never {
  throw new Leb128Error(`truncated ${kind} LEB128 at offset ${offset}`, offset);
}

function overlong(kind: string, offset: number): never {
  throw new Leb128Error(`overlong or out-of-range ${kind} LEB128 at offset ${offset}`, offset);
}

/** Reads an unsigned 32-bit LEB128 (at most 5 bytes, unused high bits zero). */
export function readU32(bytes: Uint8Array, offset: number): LebRead<number> {
  let result = 0;
  let shift = 0;
  let pos = offset;
  for (let i = 0; i < 5; i++) {
    if (pos >= bytes.length) overrun('u32', offset);
    const b = bytes[pos++]!;
    if (i === 4) {
      // 5th byte carries bits 28..31 only.
      if ((b & 0xf0) !== 0) overlong('u32', offset);
      result += (b & 0x0f) * 0x10000000;
      return { value: result, next: pos };
    }
    result |= (b & 0x7f) << shift;
    shift += 7;
    if ((b & 0x80) === 0) return { value: result >>> 0, next: pos };
  }
  /* c8 ignore next */
  return overlong('u32', offset);
}

/** Reads a signed 32-bit LEB128 (at most 5 bytes, unused high bits = sign extension). */
export function readS32(bytes: Uint8Array, offset: number): LebRead<number> {
  let result = 0;
  let shift = 0;
  let pos = offset;
  for (let i = 0; i < 5; i++) {
    if (pos >= bytes.length) overrun('s32', offset);
    const b = bytes[pos++]!;
    if (i === 4) {
      // 5th byte: bits 28..31 are value bits, bits 4..6 must repeat bit 3 (the sign); no continuation.
      if ((b & 0x80) !== 0) overlong('s32', offset);
      const rest = b & 0x70;
      if (rest !== ((b & 0x08) !== 0 ? 0x70 : 0x00)) overlong('s32', offset);
      result |= (b & 0x0f) << 28;
      return { value: result | 0, next: pos };
    }
    result |= (b & 0x7f) << shift;
    shift += 7;
    if ((b & 0x80) === 0) {
      if ((b & 0x40) !== 0) result |= -1 << shift; // sign-extend (shift <= 28 here)
      return { value: result | 0, next: pos };
    }
  }
  /* c8 ignore next */
  return overlong('s32', offset);
}

/** Reads a signed 64-bit LEB128 (at most 10 bytes) as a bigint. */
export function readS64(bytes: Uint8Array, offset: number): LebRead<bigint> {
  let result = 0n;
  let shift = 0n;
  let pos = offset;
  for (let i = 0; i < 10; i++) {
    if (pos >= bytes.length) overrun('s64', offset);
    const b = bytes[pos++]!;
    if (i === 9) {
      // 10th byte: bit 0 is bit 63 (the sign), bits 1..6 must repeat it; no continuation.
      if ((b & 0x80) !== 0) overlong('s64', offset);
      const v = b & 0x7f;
      if (v !== 0 && v !== 0x7f) overlong('s64', offset);
      result |= BigInt(b & 0x01) << 63n;
      return { value: BigInt.asIntN(64, result), next: pos };
    }
    result |= BigInt(b & 0x7f) << shift;
    shift += 7n;
    if ((b & 0x80) === 0) {
      if ((b & 0x40) !== 0) result -= 1n << shift; // sign-extend
      return { value: BigInt.asIntN(64, result), next: pos };
    }
  }
  /* c8 ignore next */
  return overlong('s64', offset);
}

/**
 * Returns the offset one past a LEB128 number of at most `maxBytes` bytes starting at `offset`,
 * without decoding it (used to skip immediates: u32 = 5, s33 = 5, s64/u64 = 10).
 * Throws on overrun or when the number is longer than `maxBytes`.
 */
export function skipLeb(bytes: Uint8Array, offset: number, maxBytes: number): number {
  const limit = offset + maxBytes;
  let pos = offset;
  while (pos < limit) {
    if (pos >= bytes.length) overrun('', offset);
    if ((bytes[pos++]! & 0x80) === 0) return pos;
  }
  return overlong('', offset);
}

/** Encodes an unsigned 32-bit integer (0 ..= 2^32-1) as LEB128 (minimal length). */
export function encodeU32(n: number): number[] {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) {
    throw new RangeError(`encodeU32: ${n} is not a u32`);
  }
  const out: number[] = [];
  let v = n;
  do {
    let b = v % 128;
    v = Math.floor(v / 128);
    if (v !== 0) b |= 0x80;
    out.push(b);
  } while (v !== 0);
  return out;
}

/** Encodes a signed 32-bit integer (-2^31 ..= 2^31-1) as LEB128 (minimal length). */
export function encodeS32(n: number): number[] {
  if (!Number.isInteger(n) || n < -0x80000000 || n > 0x7fffffff) {
    throw new RangeError(`encodeS32: ${n} is not an s32`);
  }
  const out: number[] = [];
  let v = n | 0;
  for (;;) {
    const b = v & 0x7f;
    v >>= 7;
    if ((v === 0 && (b & 0x40) === 0) || (v === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

/** Encodes a signed 64-bit integer (bigint in -2^63 ..= 2^63-1) as LEB128 (minimal length). */
export function encodeS64(n: bigint): number[] {
  if (n < -(1n << 63n) || n > (1n << 63n) - 1n) {
    throw new RangeError(`encodeS64: ${n} is not an s64`);
  }
  const out: number[] = [];
  let v = n;
  for (;;) {
    const b = Number(v & 0x7fn);
    v >>= 7n; // arithmetic shift for bigint
    if ((v === 0n && (b & 0x40) === 0) || (v === -1n && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

/** The parts one after another in one new array (a module rebuilt from its sections). */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}
