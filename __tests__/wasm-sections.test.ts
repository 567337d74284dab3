import { describe, it, expect } from 'vitest';
import { wat as compileWat } from './helpers/wat.js';

const wat = (text: string, names = false): Uint8Array => compileWat(text, { names });
import { NotWasmError, readSections, sectionSizes } from '../src/wasm/sections.js';
import { instrumentForCounting } from '../src/wasm/instrument.js';
import {
  Leb128Error,
  encodeS32,
  encodeS64,
  encodeU32,
  readS32,
  readS64,
  readU32,
  skipLeb,
} from '../src/wasm/leb128.js';

/** A custom section: id 0, size, name, payload. */
function custom(name: string, payload: number[] = []): number[] {
  const nameBytes = [...new TextEncoder().encode(name)];
  const body = [...encodeU32(nameBytes.length), ...nameBytes, ...payload];
  return [0, ...encodeU32(body.length), ...body];
}

function concat(a: Uint8Array, ...rest: number[][]): Uint8Array {
  return new Uint8Array([...a, ...rest.flat()]);
}

const FULL = `(module
  (type $t (func (param i32) (result i32)))
  (import "env" "f" (func $f (param i32)))
  (import "env" "g" (global $g i32))
  (table 1 funcref)
  (memory 1)
  (global $h (mut i32) (i32.const 0))
  (export "run" (func $run))
  (start $init)
  (elem (i32.const 0) $run)
  (func $init)
  (func $run (type $t) local.get 0)
  (data $p "passive")
  (func $d i32.const 0 i32.const 0 i32.const 1 memory.init $p))`;

describe('readSections', () => {
  it('names known sections in order, with contiguous offsets', () => {
    const bytes = wat(FULL, true);
    const sections = readSections(bytes);
    expect(sections.map((s) => s.name)).toEqual([
      'type',
      'import',
      'function',
      'table',
      'memory',
      'global',
      'export',
      'start',
      'element',
      'datacount',
      'code',
      'data',
      'name',
    ]);
    expect(sections.map((s) => s.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 10, 11, 0]);
    let pos = 8;
    for (const s of sections) {
      expect(s.start).toBe(pos);
      expect(bytes[s.start]).toBe(s.id);
      // payload size LEB sits between the id byte and the payload
      expect(readU32(bytes, s.start + 1)).toEqual({ value: s.end - s.payloadStart, next: s.payloadStart });
      pos = s.end;
    }
    expect(pos).toBe(bytes.length);
  });

  it('sectionSizes: the sum of all sections + 8 header bytes is the module length', () => {
    const modules = [
      wat(FULL),
      wat(FULL, true),
      wat('(module)'),
      wat('(module (func (export "f") (result i32) i32.const 1))'),
      instrumentForCounting(wat(FULL, true)),
    ];
    for (const bytes of modules) {
      const sizes = sectionSizes(bytes);
      const sum = Object.values(sizes).reduce((a, b) => a + b, 0);
      expect(sum + 8).toBe(bytes.length);
    }
    const empty = wat('(module)');
    expect(empty.length).toBe(8);
    expect(sectionSizes(empty)).toEqual({});
  });

  it('sectionSizes of a tiny hand-checked module', () => {
    // (module (func)) = header + type [01 04 01 60 00 00] + function [03 02 01 00] + code [0a 04 01 02 00 0b]
    const bytes = wat('(module (func))');
    expect(sectionSizes(bytes)).toEqual({ type: 6, function: 4, code: 6 });
  });

  it('disambiguates custom sections whose names collide', () => {
    const base = wat('(module (func (export "f")))', true); // ends with a "name" section
    const bytes = concat(
      base,
      custom('producers', [1, 2, 3]),
      custom('code', [9]), // collides with a known section name
      custom('name', []), // collides with the earlier "name" custom section
      custom('producers'), // second "producers"
      custom('producers', [7]), // third
      custom('custom:producers'), // collides with a generated name
      custom('type'), // a known section name
      custom('__proto__', [1]),
      custom(''), // empty name is legal
    );
    const sections = readSections(bytes);
    expect(sections.map((s) => s.name)).toEqual([
      'type',
      'function',
      'export',
      'code',
      'name',
      'producers',
      'custom:code',
      'custom:name',
      'custom:producers',
      'custom:producers#2',
      'custom:custom:producers',
      'custom:type',
      '__proto__',
      '',
    ]);
    const sizes = sectionSizes(bytes);
    expect(Object.keys(sizes)).toHaveLength(sections.length);
    expect(sizes['producers']).toBe(custom('producers', [1, 2, 3]).length);
    expect(sizes['custom:code']).toBe(custom('code', [9]).length);
    expect(Object.prototype.hasOwnProperty.call(sizes, '__proto__')).toBe(true);
    expect(Object.values(sizes).reduce((a, b) => a + b, 0) + 8).toBe(bytes.length);
    // and the instrumenter keeps them all
    const instrumented = instrumentForCounting(bytes);
    expect(readSections(instrumented).map((s) => s.name)).toEqual([
      'type',
      'function',
      'global',
      'export',
      'code',
      ...sections.slice(4).map((s) => s.name),
    ]);
    expect(WebAssembly.validate(instrumented as BufferSource)).toBe(true);
  });

  it('rejects garbage with NotWasmError (bad magic), saying what the file starts with', () => {
    const cases: Array<[Uint8Array, string]> = [
      [new Uint8Array(0), 'the file is empty'],
      [new TextEncoder().encode('hello, world'), 'the file is not a WebAssembly module (bad magic: it starts with 68 65 6c 6c, not 00 61 73 6d)'],
      [new Uint8Array([0x00, 0x61, 0x73]), 'the file is not a WebAssembly module (bad magic: it starts with 00 61 73, not 00 61 73 6d)'],
      [new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), 'the file is not a WebAssembly module (bad magic: it starts with 7f 45 4c 46, not 00 61 73 6d)'], // ELF
      [new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), 'the file is gzip-compressed; point artifact at the uncompressed .wasm'],
    ];
    for (const [bytes, message] of cases) {
      expect(() => readSections(bytes)).toThrow(NotWasmError);
      expect(() => readSections(bytes)).toThrow(message);
    }
  });

  it('rejects other versions', () => {
    expect(() => readSections(new Uint8Array([0, 0x61, 0x73, 0x6d, 2, 0, 0, 0]))).toThrow(
      'unsupported version 2',
    );
    // a component (version 0x0d, layer 1)
    expect(() => readSections(new Uint8Array([0, 0x61, 0x73, 0x6d, 0x0d, 0, 1, 0]))).toThrow(
      /unsupported version 65549 \(a WebAssembly component/,
    );
    expect(() => readSections(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0]))).toThrow(NotWasmError);
  });

  it('rejects truncated input, naming the section and its offset', () => {
    const bytes = wat(FULL);
    const sections = readSections(bytes);
    const code = sections.find((s) => s.name === 'code')!;
    // cut inside the code section payload
    const cut = bytes.subarray(0, code.payloadStart + 2);
    expect(() => readSections(cut)).toThrow(NotWasmError);
    expect(() => readSections(cut)).toThrow(new RegExp(`truncated section code at offset ${code.start}`));
    // cut right after a section id byte: the size LEB is missing
    const cut2 = bytes.subarray(0, code.start + 1);
    expect(() => readSections(cut2)).toThrow(
      new RegExp(`truncated section header \\(id 10\\) at offset ${code.start}`),
    );
    // every proper prefix that is not on a section boundary fails
    const boundaries = new Set([8, ...sections.map((s) => s.end)]);
    for (let n = 8; n < bytes.length; n++) {
      const prefix = bytes.subarray(0, n);
      if (boundaries.has(n)) expect(() => readSections(prefix)).not.toThrow();
      else expect(() => readSections(prefix)).toThrow(NotWasmError);
    }
  });

  it('rejects a custom section whose name overruns it, and duplicate known sections', () => {
    const base = wat('(module)');
    // custom section of 3 bytes claiming a 10-byte name
    expect(() => readSections(concat(base, [0, 3, 10, 0x61, 0x62]))).toThrow(/truncated section custom at offset 8/);
    // empty custom section (no name at all)
    expect(() => readSections(concat(base, [0, 0]))).toThrow(/truncated section custom at offset 8: missing name/);
    // two type sections
    expect(() => readSections(concat(base, [1, 1, 0], [1, 1, 0]))).toThrow(/duplicate section type at offset 11/);
  });

  it('names unknown section ids "unknown:<id>"', () => {
    const bytes = concat(wat('(module)'), [0x20, 2, 0xaa, 0xbb]);
    expect(readSections(bytes).map((s) => s.name)).toEqual(['unknown:32']);
    expect(sectionSizes(bytes)).toEqual({ 'unknown:32': 4 });
  });
});

describe('leb128', () => {
  it('round-trips u32', () => {
    for (const n of [0, 1, 63, 64, 127, 128, 255, 16383, 16384, 2 ** 21, 2 ** 28 - 1, 2 ** 28, 2 ** 32 - 1]) {
      const enc = encodeU32(n);
      expect(readU32(new Uint8Array(enc), 0)).toEqual({ value: n, next: enc.length });
    }
    expect(encodeU32(624485)).toEqual([0xe5, 0x8e, 0x26]);
    expect(() => encodeU32(-1)).toThrow(RangeError);
    expect(() => encodeU32(2 ** 32)).toThrow(RangeError);
  });

  it('round-trips s32', () => {
    for (const n of [0, 1, -1, 63, 64, -64, -65, 127, 128, -128, 2 ** 27, -(2 ** 27), 2 ** 31 - 1, -(2 ** 31)]) {
      const enc = encodeS32(n);
      expect(readS32(new Uint8Array(enc), 0)).toEqual({ value: n, next: enc.length });
    }
    expect(encodeS32(-123456)).toEqual([0xc0, 0xbb, 0x78]);
    expect(encodeS32(63)).toEqual([0x3f]);
    expect(encodeS32(64)).toEqual([0xc0, 0x00]);
  });

  it('round-trips s64', () => {
    const values = [0n, 1n, -1n, 63n, 64n, -64n, -65n, 2n ** 32n, -(2n ** 40n), 2n ** 63n - 1n, -(2n ** 63n)];
    for (const n of values) {
      const enc = encodeS64(n);
      expect(readS64(new Uint8Array(enc), 0)).toEqual({ value: n, next: enc.length });
    }
    expect(encodeS64(2n ** 63n - 1n)).toHaveLength(10);
    expect(() => encodeS64(2n ** 63n)).toThrow(RangeError);
  });

  it('accepts non-minimal (padded) encodings within the size limit', () => {
    expect(readU32(new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x00]), 0)).toEqual({ value: 0, next: 5 });
    expect(readS32(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x7f]), 0)).toEqual({ value: -1, next: 5 });
    expect(readU32(new Uint8Array([9, 0x83, 0x00]), 1)).toEqual({ value: 3, next: 3 });
  });

  it('throws on overrun and overlong input', () => {
    expect(() => readU32(new Uint8Array([0x80, 0x80]), 0)).toThrow(Leb128Error);
    expect(() => readU32(new Uint8Array([]), 0)).toThrow(/truncated u32 LEB128 at offset 0/);
    // 6 bytes
    expect(() => readU32(new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x80, 0x00]), 0)).toThrow(Leb128Error);
    // 5th byte with bits beyond 32
    expect(() => readU32(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x1f]), 0)).toThrow(/overlong/);
    expect(readU32(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f]), 0).value).toBe(2 ** 32 - 1);
    // s32: 5th byte whose unused bits do not sign-extend
    expect(() => readS32(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f]), 0)).toThrow(/overlong/);
    expect(() => readS64(new Uint8Array(Array(10).fill(0x80)), 0)).toThrow(Leb128Error);
    expect(() => readS64(new Uint8Array([0x80]), 0)).toThrow(/truncated s64/);
    expect(skipLeb(new Uint8Array([0x80, 0x80, 0x01]), 0, 5)).toBe(3);
    expect(() => skipLeb(new Uint8Array([0x80, 0x80, 0x81]), 0, 3)).toThrow(Leb128Error);
  });
});
