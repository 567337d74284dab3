// Per-function instruction counting: the counting copy's counters split by the function that
// executed them, summing exactly to the single counter of the "total" copy.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COUNTER_EXPORT,
  instrumentForCounting,
  instrumentForProfiling,
  instrumentWithStats,
  PROFILE_EXPORT_PREFIX,
  UnsupportedWasmError,
} from '../src/wasm/instrument.js';
import { readSections } from '../src/wasm/sections.js';
import { repo } from './helpers/cli.js';
import { wat } from './helpers/wat.js';

type Exports = Record<string, unknown>;

/** The per-function counters of an instance of a profiling copy, in body order. */
function profileOf(exports: Exports): bigint[] {
  const counts: bigint[] = [];
  for (let k = 0; typeof exports[`${PROFILE_EXPORT_PREFIX}${k}`] === 'function'; k++) {
    const r = (exports[`${PROFILE_EXPORT_PREFIX}${k}`] as () => unknown)();
    counts.push(...(r === undefined ? [] : Array.isArray(r) ? (r as bigint[]) : [r as bigint]));
  }
  return counts;
}

function instantiate(bytes: Uint8Array, imports: WebAssembly.Imports = {}): Exports {
  return new WebAssembly.Instance(new WebAssembly.Module(bytes as BufferSource), imports).exports as Exports;
}

/** Stubs every import (the fixtures import nothing, or WASI calls their benchmarks never make). */
function stubImports(bytes: Uint8Array): WebAssembly.Imports {
  const imports: Record<string, Record<string, () => number>> = {};
  for (const i of WebAssembly.Module.imports(new WebAssembly.Module(bytes as BufferSource))) (imports[i.module] ??= {})[i.name] = () => 0;
  return imports;
}

describe('instrumentForProfiling: self instructions per function', () => {
  const text = `(module
    (func $leaf (param i32) (result i32)
      local.get 0        ;; 1
      i32.const 1        ;; 2
      i32.add)           ;; 3
    (func $mid (export "mid") (param i32) (result i32)
      local.get 0        ;; 1
      call $leaf         ;; 2 (+3 in $leaf)
      call $leaf)        ;; 3 (+3 in $leaf)
    (func (export "loop") (param $n i32) (result i32) (local $acc i32)
      block $done
        loop $top
          local.get $n       ;; 1
          i32.eqz            ;; 2
          br_if $done        ;; 3
          local.get $acc     ;; 4
          call $mid          ;; 5 (+3 in $mid, +6 in $leaf)
          local.set $acc     ;; 6
          local.get $n       ;; 7
          i32.const 1        ;; 8
          i32.sub            ;; 9
          local.set $n       ;; 10
          br $top            ;; 11
        end
      end
      local.get $acc))       ;; 1`;

  it("counts a function's own instructions, not its callees'", () => {
    const e = instantiate(instrumentForProfiling(wat(text)));
    expect((e.mid as (x: number) => number)(5)).toBe(7);
    expect(profileOf(e)).toEqual([6n, 3n, 0n]);
    expect((e.loop as (x: number) => number)(4)).toBe(8);
    // loop: 11 per iteration, then the final check (3) and the result (1); mid and leaf once per iteration
    expect(profileOf(e)).toEqual([6n + 4n * 6n, 3n + 4n * 3n, 11n * 4n + 4n]);
  });

  it('sums to what the single counter of the "total" copy counts, run for run', () => {
    const total = instantiate(instrumentForCounting(wat(text)));
    const split = instantiate(instrumentForProfiling(wat(text)));
    for (const n of [0, 1, 7, 100]) {
      (total.loop as (x: number) => number)(n);
      (split.loop as (x: number) => number)(n);
      const sum = profileOf(split).reduce((a, b) => a + b, 0n);
      expect(sum).toBe((total[COUNTER_EXPORT] as WebAssembly.Global).value);
    }
  });

  it('on every fixture and benchmark: exact sums, unchanged results, the name section kept', () => {
    const dir = path.join(repo, 'fixtures', 'prebuilt');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.wasm'))) {
      const original = new Uint8Array(readFileSync(path.join(dir, file)));
      const { bytes: profiled, stats } = instrumentWithStats(original, 'per-function');
      expect(stats.counterGlobals).toBe(stats.functions);
      expect(WebAssembly.validate(profiled as BufferSource)).toBe(true);
      const names = (b: Uint8Array): Uint8Array => {
        const s = readSections(b).find((x) => x.name === 'name')!;
        return b.subarray(s.start, s.end);
      };
      expect(names(profiled)).toEqual(names(original));
      const plain = instantiate(original, stubImports(original));
      const total = instantiate(instrumentForCounting(original), stubImports(original));
      const split = instantiate(profiled, stubImports(original));
      for (const e of [plain, total, split]) (e._initialize as (() => void) | undefined)?.();
      const benches = Object.keys(plain).filter((name) => name.startsWith('bench_'));
      expect(benches.length, file).toBeGreaterThan(0);
      for (const bench of benches) {
        const n = bench === 'bench_large' ? 3 : 500;
        const expected = (plain[bench] as (x: number) => number)(n);
        expect((total[bench] as (x: number) => number)(n)).toBe(expected);
        expect((split[bench] as (x: number) => number)(n)).toBe(expected);
        const counts = profileOf(split);
        expect(counts).toHaveLength(stats.functions);
        expect(counts.reduce((a, b) => a + b, 0n), `${file} ${bench}`).toBe((total[COUNTER_EXPORT] as WebAssembly.Global).value);
      }
    }
  });

  it('reads more than 1000 counters through several read-out functions', () => {
    const funcs = Array.from({ length: 2345 }, (_, i) => `(func $f${i} (result i32) i32.const ${i})`).join('\n');
    const calls = Array.from({ length: 2345 }, (_, i) => `call $f${i} drop`).join('\n');
    const e = instantiate(instrumentForProfiling(wat(`(module ${funcs} (func (export "all") ${calls}))`)));
    (e.all as () => void)();
    expect(typeof e[`${PROFILE_EXPORT_PREFIX}2`]).toBe('function');
    expect(e[`${PROFILE_EXPORT_PREFIX}3`]).toBeUndefined();
    const counts = profileOf(e);
    expect(counts).toHaveLength(2346);
    expect(counts.slice(0, 2345).every((c) => c === 1n)).toBe(true);
    expect(counts[2345]).toBe(2n * 2345n);
  });

  it('a module without functions gets one read-out returning nothing; sections in order', () => {
    const bytes = instrumentForProfiling(wat('(module (memory 1) (data (i32.const 0) "x"))'));
    expect(readSections(bytes).map((s) => s.name)).toEqual(['type', 'function', 'memory', 'export', 'code', 'data']);
    expect(profileOf(instantiate(bytes))).toEqual([]);
  });

  it('keeps existing types, functions and exports at their indices', () => {
    const e = instantiate(
      instrumentForProfiling(
        wat(`(module
          (type (func (param i32) (result i32)))
          (table 1 funcref) (elem (i32.const 0) $double)
          (global $g (mut i32) (i32.const 5))
          (func $double (type 0) local.get 0 i32.const 2 i32.mul)
          (func (export "viaTable") (param i32) (result i32) local.get 0 i32.const 0 call_indirect (type 0))
          (func (export "g") (result i32) global.get $g))`),
      ),
    );
    expect((e.viaTable as (x: number) => number)(21)).toBe(42);
    expect((e.g as () => number)()).toBe(5);
    expect(profileOf(e)).toEqual([3n, 3n, 1n]);
  });

  it('refuses a module that already uses its export names', () => {
    const once = instrumentForProfiling(wat('(module (func (export "f")))'));
    expect(() => instrumentForProfiling(once)).toThrow(UnsupportedWasmError);
    expect(() => instrumentForProfiling(once)).toThrow(/already exports "__wasm_gate_profile_0"/);
  });
});
