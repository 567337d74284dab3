// A small assembler for the functions the counting copy adds (the cache model, the allocation
// hooks): one method per instruction used, so their bodies read as code. Pure module.
import { ByteWriter } from './byte-writer.js';

export const I32 = 0x7f;
export const I64 = 0x7e;
export const F32 = 0x7d;
export const F64 = 0x7c;
export const V128 = 0x7b;

/** A function body under construction: local declarations first, then instructions. */
export class FunctionAsm extends ByteWriter {
  /** memory index of the loads and stores below (the cache model's own memory) */
  private readonly memory: number;

  constructor(locals: number[] = [], memory = 0) {
    super(128);
    this.memory = memory;
    this.u32(locals.length);
    for (const type of locals) {
      this.u32(1);
      this.byte(type);
    }
  }

  op(...bytes: number[]): this {
    for (const b of bytes) this.byte(b);
    return this;
  }
  get(local: number): this {
    this.byte(0x20);
    this.u32(local);
    return this;
  }
  set(local: number): this {
    this.byte(0x21);
    this.u32(local);
    return this;
  }
  tee(local: number): this {
    this.byte(0x22);
    this.u32(local);
    return this;
  }
  globalGet(index: number): this {
    this.byte(0x23);
    this.u32(index);
    return this;
  }
  globalSet(index: number): this {
    this.byte(0x24);
    this.u32(index);
    return this;
  }
  i32(value: number): this {
    this.byte(0x41);
    this.sLeb(value | 0);
    return this;
  }
  i64(value: number): this {
    this.byte(0x42);
    this.sLeb(value);
    return this;
  }
  call(index: number): this {
    this.byte(0x10);
    this.u32(index);
    return this;
  }
  /** if / block / loop with no result */
  if(): this {
    return this.op(0x04, 0x40);
  }
  block(): this {
    return this.op(0x02, 0x40);
  }
  loop(): this {
    return this.op(0x03, 0x40);
  }
  end(): this {
    return this.op(0x0b);
  }
  br(depth: number): this {
    this.byte(0x0c);
    this.u32(depth);
    return this;
  }
  brIf(depth: number): this {
    this.byte(0x0d);
    this.u32(depth);
    return this;
  }
  return(): this {
    return this.op(0x0f);
  }
  /** load or store `opcode` (e.g. 0x28 i32.load) on the model's memory, natural alignment */
  mem(opcode: number, align: number, offset = 0): this {
    this.byte(opcode);
    if (this.memory === 0) {
      this.u32(align);
    } else {
      this.u32(align | 0x40);
      this.u32(this.memory);
    }
    this.u32(offset);
    return this;
  }
  /** adds `value` to the i64 at constant address `at` of the model's memory */
  bump(at: number, value = 1): this {
    return this.i32(at).i32(at).mem(0x29, 3).i64(value).op(0x7c).mem(0x37, 3);
  }

  /** Signed LEB128 of a safe integer (negative included). */
  sLeb(value: number): void {
    let v = BigInt(value);
    for (;;) {
      const b = Number(v & 0x7fn);
      v >>= 7n;
      if ((v === 0n && (b & 0x40) === 0) || (v === -1n && (b & 0x40) !== 0)) {
        this.byte(b);
        return;
      }
      this.byte(b | 0x80);
    }
  }

  body(): Uint8Array {
    return this.finish();
  }
}

/** A function type's encoding: 0x60, params, results. */
export function funcType(params: number[], results: number[]): Uint8Array {
  const w = new ByteWriter(4 + params.length + results.length);
  w.byte(0x60);
  w.u32(params.length);
  for (const p of params) w.byte(p);
  w.u32(results.length);
  for (const r of results) w.byte(r);
  return w.finish();
}
