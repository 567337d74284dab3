// A bounded byte cursor over a module's bytes: every read past `end` or malformed LEB128 is a
// NotWasmError with the offset, so decoders report where a module is broken.
import { Leb128Error, readU32, skipLeb } from './leb128.js';
import { NotWasmError } from './sections.js';

export class Cursor {
  readonly bytes: Uint8Array;
  readonly end: number;
  pos: number;
  constructor(bytes: Uint8Array, start: number, end: number) {
    this.bytes = bytes;
    this.pos = start;
    this.end = end;
  }

  truncated(what: string): never {
    throw new NotWasmError(`truncated ${what} at offset ${this.pos}`);
  }

  byte(): number {
    if (this.pos >= this.end) this.truncated('byte');
    return this.bytes[this.pos++]!;
  }

  skipBytes(n: number): void {
    if (n > this.end - this.pos) this.truncated(`${n}-byte field`);
    this.pos += n;
  }

  u32(what = 'u32'): number {
    const b = this.bytes[this.pos];
    if (this.pos < this.end && b! < 0x80) {
      this.pos++;
      return b!;
    }
    try {
      const r = readU32(this.bytes, this.pos);
      if (r.next > this.end) this.truncated(what);
      this.pos = r.next;
      return r.value;
    } catch (e) {
      if (e instanceof Leb128Error) throw new NotWasmError(`malformed ${what}: ${e.message}`);
      throw e;
    }
  }

  /** Skips a LEB128 number of at most `maxBytes` bytes (5 for u32/s32/s33, 10 for s64/u64). */
  leb(maxBytes: number): void {
    if (this.pos < this.end && this.bytes[this.pos]! < 0x80) {
      this.pos++;
      return;
    }
    let next: number;
    try {
      next = skipLeb(this.bytes, this.pos, maxBytes);
    } catch (e) {
      if (e instanceof Leb128Error) throw new NotWasmError(`malformed LEB128 at offset ${this.pos}`);
      throw e;
    }
    if (next > this.end) this.truncated('LEB128');
    this.pos = next;
  }

  /** value type: one byte, or (ref null? heaptype) = 0x63/0x64 + a heap type. */
  valType(): void {
    const b = this.byte();
    if (b === 0x63 || b === 0x64) this.heapType();
    else if (b >= 0x80) throw new NotWasmError(`malformed value type at offset ${this.pos - 1}`);
  }

  /** heap type: s33 (an abstract type's byte or a type index), after custom descriptors' exact
   *  (0x62) or shared-everything's shared (0x65) prefix, both of which binaryen 132 writes. */
  heapType(): void {
    while (this.pos < this.end && (this.bytes[this.pos] === 0x62 || this.bytes[this.pos] === 0x65)) this.pos++;
    this.leb(5);
  }

  /** block type: 0x40, a value type, or an s33 type index. */
  blockType(): void {
    if (this.pos >= this.end) this.truncated('block type');
    const b = this.bytes[this.pos]!;
    if (b === 0x63 || b === 0x64) {
      this.pos++;
      this.heapType();
    } else {
      this.leb(5);
    }
  }

  /** memarg: align (bit 6 set => a memory index follows), then offset (u64 for memory64). */
  memarg(): void {
    if (this.pos >= this.end) this.truncated('memarg');
    const hasMemIdx = (this.bytes[this.pos]! & 0x40) !== 0;
    this.leb(5);
    if (hasMemIdx) this.leb(5);
    this.leb(10);
  }

  /** limits: flags, min, max if flags & 1, page size log2 if flags & 8. */
  limits(): void {
    const flags = this.byte();
    this.leb(10);
    if (flags & 0x01) this.leb(10);
    if (flags & 0x08) this.leb(5);
  }
}

export function hex(n: number): string {
  return n.toString(16).padStart(2, '0');
}
