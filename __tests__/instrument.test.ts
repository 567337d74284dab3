import { describe, it, expect } from 'vitest';
import { wat } from './helpers/wat.js';
import {
  COUNTER_EXPORT,
  UnsupportedWasmError,
  countStaticInstructions,
  instrumentForCounting,
  instrumentWithStats,
} from '../src/wasm/instrument.js';
import { NotWasmError, readSections } from '../src/wasm/sections.js';

type Fn = (...args: unknown[]) => unknown;

interface Pair {
  orig: Record<string, Fn>;
  inst: Record<string, Fn>;
  /** Current value of the instrumented module's counter. */
  count(): bigint;
  /** Calls `name` on both modules, checks equal results, returns [result, instructions for this call]. */
  call(name: string, ...args: unknown[]): [unknown, bigint];
  reset(): void;
}

async function pair(text: string, imports: () => WebAssembly.Imports = () => ({}), features?: Record<string, boolean>): Promise<Pair> {
  const original = wat(text, features ? { features } : {});
  expect(WebAssembly.validate(original as BufferSource)).toBe(true);
  const instrumented = instrumentForCounting(original);
  expect(WebAssembly.validate(instrumented as BufferSource)).toBe(true);
  const o = await WebAssembly.instantiate(original as BufferSource, imports());
  const i = await WebAssembly.instantiate(instrumented as BufferSource, imports());
  const counter = i.instance.exports[COUNTER_EXPORT] as WebAssembly.Global;
  expect(counter).toBeInstanceOf(WebAssembly.Global);
  const p: Pair = {
    orig: o.instance.exports as Record<string, Fn>,
    inst: i.instance.exports as Record<string, Fn>,
    count: () => counter.value as bigint,
    reset: () => {
      counter.value = 0n;
    },
    call(name, ...args) {
      const expected = p.orig[name]!(...args);
      const before = p.count();
      const actual = p.inst[name]!(...args);
      expect(actual).toEqual(expected);
      return [actual, p.count() - before];
    },
  };
  return p;
}

describe('instrumentForCounting: exact instruction counts', () => {
  it('straight-line code', async () => {
    const p = await pair(`(module
      (func (export "f") (param i32 i32) (result i32)
        local.get 0   ;; 1
        local.get 1   ;; 2
        i32.add       ;; 3
        i32.const 3   ;; 4
        i32.mul))     ;; 5 (final end: 0)`);
    expect(p.count()).toBe(0n);
    expect(p.call('f', 2, 5)).toEqual([21, 5n]);
    expect(p.count()).toBe(5n);
    // cumulative
    p.call('f', 1, 1);
    expect(p.count()).toBe(10n);
    p.reset();
    expect(p.call('f', 0, 0)).toEqual([0, 5n]);
  });

  it('a loop of N iterations counts 13*N + 5', async () => {
    const p = await pair(`(module
      (func (export "sum") (param $n i32) (result i32) (local $i i32) (local $acc i32)
        block $done
          loop $top
            local.get $i     ;; 1
            local.get $n     ;; 2
            i32.ge_s         ;; 3
            br_if $done      ;; 4  (taken on the last check)
            local.get $acc   ;; 5
            local.get $i     ;; 6
            i32.add          ;; 7
            local.set $acc   ;; 8
            local.get $i     ;; 9
            i32.const 1      ;; 10
            i32.add          ;; 11
            local.set $i     ;; 12
            br $top          ;; 13
          end
        end
        local.get $acc))     ;; 1`);
    // N full iterations of 13, a final check of 4, then local.get: 13N + 4 + 1
    for (const n of [0, 1, 2, 10, 1000]) {
      const [result, count] = p.call('sum', n);
      let sum = 0;
      for (let i = 0; i < n; i++) sum += i;
      expect(result).toBe(sum);
      expect(count).toBe(BigInt(13 * n + 5));
    }
  });

  it('if/else: both branches, and if without else', async () => {
    const p = await pair(`(module
      (func (export "abs1") (param i32) (result i32)
        local.get 0       ;; 1
        i32.const 0       ;; 2
        i32.lt_s          ;; 3
        if (result i32)   ;; 4
          i32.const 0     ;; then: 1
          local.get 0     ;; then: 2
          i32.sub         ;; then: 3
        else
          local.get 0     ;; else: 1
        end
        i32.const 1       ;; +1
        i32.add)          ;; +2
      (func (export "maybe") (param i32) (result i32) (local i32)
        local.get 0       ;; 1
        if                ;; 2
          i32.const 9     ;; then: 1
          local.set 1     ;; then: 2
        end
        local.get 1))     ;; +1`);
    // negative: 4 + 3 + 2 = 9; non-negative: 4 + 1 + 2 = 7
    expect(p.call('abs1', -5)).toEqual([6, 9n]);
    expect(p.call('abs1', 5)).toEqual([6, 7n]);
    // true: 2 + 2 + 1 = 5; false: 2 + 1 = 3
    expect(p.call('maybe', 1)).toEqual([9, 5n]);
    expect(p.call('maybe', 0)).toEqual([0, 3n]);
  });

  it('br_if out of a block mid-way', async () => {
    const p = await pair(`(module
      (func (export "f") (param i32) (result i32) (local i32)
        block
          i32.const 10   ;; 1
          local.set 1    ;; 2
          local.get 0    ;; 3
          br_if 0        ;; 4
          i32.const 20   ;; 5
          local.set 1    ;; 6
        end
        local.get 1))    ;; +1`);
    // taken: 4 + 1 = 5; not taken: 6 + 1 = 7
    expect(p.call('f', 1)).toEqual([10, 5n]);
    expect(p.call('f', 0)).toEqual([20, 7n]);
  });

  it('br_table with several targets including the default', async () => {
    const p = await pair(`(module
      (func (export "sw") (param i32) (result i32)
        block $d
          block $b2
            block $b1
              block $b0
                local.get 0                  ;; 1
                br_table $b0 $b1 $b2 $d      ;; 2
              end
              i32.const 100                  ;; +1
              return                         ;; +2
            end
            i32.const 101                    ;; +1
            return                           ;; +2
          end
          i32.const 102                      ;; +1
          return                             ;; +2
        end
        i32.const 999))                      ;; +1`);
    // cases 0..2: 2 + 2 = 4; default (3 and anything larger): 2 + 1 = 3
    expect(p.call('sw', 0)).toEqual([100, 4n]);
    expect(p.call('sw', 1)).toEqual([101, 4n]);
    expect(p.call('sw', 2)).toEqual([102, 4n]);
    expect(p.call('sw', 3)).toEqual([999, 3n]);
    expect(p.call('sw', 77)).toEqual([999, 3n]);
  });

  it('nested blocks', async () => {
    const p = await pair(`(module
      (func (export "nest") (param i32) (result i32) (local i32)
        block $outer
          block $inner
            local.get 0      ;; 1
            i32.eqz          ;; 2
            br_if $outer     ;; 3
            local.get 0      ;; 4
            i32.const 1      ;; 5
            i32.eq           ;; 6
            br_if $inner     ;; 7
            i32.const 5      ;; 8
            local.set 1      ;; 9
            br $outer        ;; 10
          end
          i32.const 7        ;; +1
          local.set 1        ;; +2
        end
        local.get 1))        ;; +1`);
    // 0: 3 + 1 = 4;  1: 7 + 2 + 1 = 10;  2: 10 + 1 = 11
    expect(p.call('nest', 0)).toEqual([0, 4n]);
    expect(p.call('nest', 1)).toEqual([7, 10n]);
    expect(p.call('nest', 2)).toEqual([5, 11n]);
  });

  it('direct calls and call_indirect count the callee bodies', async () => {
    const p = await pair(`(module
      (type $t (func (param i32) (result i32)))
      (table 2 funcref)
      (elem (i32.const 0) $double $inc)
      (func $double (type $t) local.get 0 local.get 0 i32.add)   ;; 3
      (func $inc (type $t) local.get 0 i32.const 1 i32.add)      ;; 3
      (func (export "calls") (param i32) (result i32)
        local.get 0              ;; 1
        call $double             ;; 2   (+3 in $double)
        i32.const 1              ;; 3
        call_indirect (type $t)  ;; 4   (+3 in $inc)
      ))`);
    // 4 + 3 + 3 = 10
    expect(p.call('calls', 20)).toEqual([41, 10n]);
  });

  it('recursion: fac(n) counts 9n + 4', async () => {
    const p = await pair(`(module
      (func $fac (export "fac") (param i64) (result i64)
        local.get 0        ;; 1
        i64.eqz            ;; 2
        if (result i64)    ;; 3
          i64.const 1      ;; then: 1
        else
          local.get 0      ;; else: 1
          local.get 0      ;; 2
          i64.const 1      ;; 3
          i64.sub          ;; 4
          call $fac        ;; 5
          i64.mul          ;; 6
        end))`);
    // fac(0) = 3 + 1 = 4; fac(n) = 3 + 6 + fac(n-1) = 9n + 4
    expect(p.call('fac', 0n)).toEqual([1n, 4n]);
    expect(p.call('fac', 5n)).toEqual([120n, 49n]);
    expect(p.call('fac', 10n)).toEqual([3628800n, 94n]);
  });

  it('return from the middle', async () => {
    const p = await pair(`(module
      (func (export "early") (param i32) (result i32)
        local.get 0      ;; 1
        if               ;; 2
          i32.const 42   ;; then: 1
          return         ;; then: 2
        end
        i32.const 7      ;; +1
        i32.const 8      ;; +2
        i32.add))        ;; +3`);
    // returns early: 2 + 2 = 4; falls through: 2 + 3 = 5
    expect(p.call('early', 1)).toEqual([42, 4n]);
    expect(p.call('early', 0)).toEqual([15, 5n]);
  });

  it('blocks returning values (and a multi-value loop with a parameter)', async () => {
    const p = await pair(`(module
      (func (export "bv") (param i32) (result i32)
        block (result i32)
          i32.const 1     ;; 1
          local.get 0     ;; 2
          br_if 0         ;; 3
          drop            ;; 4
          i32.const 2     ;; 5
        end
        i32.const 10      ;; +1
        i32.add)          ;; +2
      (func (export "countdown") (param i32) (result i32)
        local.get 0                       ;; 1
        loop (param i32) (result i32)
          i32.const 1                     ;; 1
          i32.sub                         ;; 2
          local.tee 0                     ;; 3
          local.get 0                     ;; 4
          br_if 0                         ;; 5
        end))`);
    // taken: 3 + 2 = 5 (result 11); not taken: 5 + 2 = 7 (result 12)
    expect(p.call('bv', 1)).toEqual([11, 5n]);
    expect(p.call('bv', 0)).toEqual([12, 7n]);
    // 1 + 5N
    expect(p.call('countdown', 1)).toEqual([0, 6n]);
    expect(p.call('countdown', 7)).toEqual([0, 36n]);
  });

  it('dead code after br / return is not counted', async () => {
    const p = await pair(`(module
      (func (export "dead") (result i32)
        block
          br 0           ;; 1
          i32.const 1    ;; dead
          drop           ;; dead
        end
        i32.const 3      ;; 2
        return           ;; 3
        i32.const 4      ;; dead
        drop))           ;; dead`);
    expect(p.call('dead')).toEqual([3, 3n]);
  });

  it('tail calls (return_call) end the caller block and count the callee', async () => {
    const p = await pair(`(module
      (func $g (param i32) (result i32) local.get 0 i32.const 1 i32.add)  ;; 3
      (func (export "tc") (param i32) (result i32)
        local.get 0        ;; 1
        return_call $g     ;; 2 (+3 in $g)
        i32.const 9        ;; dead
        drop))             ;; dead`);
    // 2 + 3 = 5
    expect(p.call('tc', 4)).toEqual([5, 5n]);
  });

  it('traps: the counter includes the whole basic block that trapped', async () => {
    const p = await pair(`(module
      (func $boom (export "boom")
        nop              ;; 1
        unreachable      ;; 2 (traps)
      )
      (func (export "callsBoom") (result i32)
        i32.const 1      ;; 1
        call $boom       ;; 2   (+2 in $boom, which traps)
        i32.const 2      ;; 3   (never executed, but in the same basic block)
        i32.add)         ;; 4
      (func (export "divz") (param i32) (result i32)
        i32.const 100    ;; 1
        local.get 0      ;; 2
        i32.div_s        ;; 3 (traps when the divisor is 0)
        i32.const 1      ;; 4
        i32.add))        ;; 5`);
    expect(p.call('divz', 5)).toEqual([21, 5n]);
    // Trap: division by zero executes 3 instructions, but the block of 5 was counted on entry.
    p.reset();
    expect(() => p.inst.divz!(0)).toThrow(WebAssembly.RuntimeError);
    expect(p.count()).toBe(5n);
    p.reset();
    expect(() => p.inst.boom!()).toThrow(WebAssembly.RuntimeError);
    expect(p.count()).toBe(2n);
    p.reset();
    // 4 (caller's block, counted on entry) + 2 ($boom) = 6
    expect(() => p.inst.callsBoom!()).toThrow(WebAssembly.RuntimeError);
    expect(p.count()).toBe(6n);
  });

  it('memory ops, 0xFC ops (memory.fill/copy, trunc_sat) and sign extension', async () => {
    const p = await pair(`(module
      (memory 1)
      (func (export "mem") (result i32)
        i32.const 0  i32.const 7  i32.const 16  memory.fill    ;; 4   mem[0..16] = 7
        i32.const 32 i32.const 0  i32.const 16  memory.copy    ;; 8   mem[32..48] = 7
        i32.const 64                                           ;; 9
        i32.const 40 i32.load8_u offset=2                      ;; 11  mem[42] = 7
        i32.store offset=4                                     ;; 12  mem[68..72] = 7
        i32.const 68 i32.load                                  ;; 14  -> 7
        f32.const 3.7 i32.trunc_sat_f32_s                      ;; 16  -> 3
        i32.add                                                ;; 17  -> 10
        f32.const nan i32.trunc_sat_f32_s i32.add              ;; 20  -> 10 (nan -> 0)
        i32.const 255 i32.extend8_s i32.add                    ;; 23  -> 9
        memory.size i32.add                                    ;; 25  -> 10
        i64.const 0x7fffffffffffffff i64.const -1 i64.add      ;; 28
        i32.wrap_i64 i32.add))                                 ;; 30  -> 10 + (-2) = 8`);
    expect(p.call('mem')).toEqual([8, 30n]);
  });

  it('passive data with memory.init / data.drop (datacount section)', async () => {
    const text = `(module
      (memory 1)
      (data $d "\\05\\06\\07")
      (func (export "init") (result i32)
        i32.const 10 i32.const 0 i32.const 3 memory.init $d   ;; 4
        data.drop $d                                          ;; 5
        i32.const 11 i32.load8_u))                            ;; 7 -> 6`;
    const names = readSections(wat(text)).map((s) => s.name);
    expect(names).toContain('datacount');
    const p = await pair(text);
    expect(p.call('init')).toEqual([6, 7n]);
  });

  it('SIMD immediates: v128.const, shuffle, lanes, load/store lane', async () => {
    const p = await pair(`(module
      (memory 1)
      (func (export "simd") (result i32) (local $v v128)
        i32.const 0 v128.const i32x4 1 2 3 4 v128.store            ;; 3   mem[0..16] = 1 2 3 4
        i32.const 0 v128.load                                      ;; 5   [1 2 3 4]
        v128.const i32x4 10 20 30 40                               ;; 6
        i32x4.add                                                  ;; 7   [11 22 33 44]
        local.tee $v                                               ;; 8
        local.get $v                                               ;; 9
        i8x16.shuffle 4 5 6 7 0 1 2 3 8 9 10 11 12 13 14 15        ;; 10  [22 11 33 44]
        i32x4.extract_lane 0                                       ;; 11  22
        i32.const 0 local.get $v v128.load32_lane 1                ;; 14  [11 1 33 44]
        i32x4.extract_lane 1                                       ;; 15  1
        i32.add                                                    ;; 16  23
        i32.const 100 local.get $v v128.store32_lane 3             ;; 19  mem[100] = 44
        i32.const 100 i32.load                                     ;; 21  44
        i32.add                                                    ;; 22  67
        local.get $v i32.const 5 i32x4.replace_lane 2              ;; 25  [11 22 5 44]
        i32x4.extract_lane 2                                       ;; 26  5
        i32.add                                                    ;; 27  72
        i32.const 4 v128.load32_zero offset=0 align=4              ;; 29  [2 0 0 0]
        i32x4.extract_lane 0                                       ;; 30  2
        i32.add))                                                  ;; 31  74`);
    expect(p.call('simd')).toEqual([74, 31n]);
  });

  it('atomics: rmw and atomic.fence', async () => {
    const p = await pair(`(module
      (memory 1 1)  ;; atomics are valid on unshared memory too
      (func (export "atom") (result i32)
        i32.const 8 i32.const 5 i32.atomic.rmw.add drop   ;; 4
        atomic.fence                                      ;; 5
        i32.const 8 i32.const 3 i32.atomic.rmw.add        ;; 8  -> 5 (old value)
        i32.const 8 i32.atomic.load                       ;; 10 -> 8
        i32.add))                                         ;; 11 -> 13`);
    expect(p.call('atom')).toEqual([13, 11n]);
  });

  it('reference types: ref.func, ref.is_null, table.get/set, typed select', async () => {
    const p = await pair(`(module
      (table $t 2 funcref)
      (func $a (result i32) i32.const 5)                  ;; 1
      (elem declare func $a)
      (func (export "refs") (result i32)
        i32.const 0 ref.func $a table.set $t               ;; 3
        i32.const 0 table.get $t ref.is_null               ;; 6  -> 0
        ref.null func ref.is_null                          ;; 8  -> 1
        i32.add                                            ;; 9  -> 1
        i32.const 7 i32.const 9 i32.const 0 select (result i32)   ;; 13 -> 9
        i32.add                                            ;; 14 -> 10
        table.size $t i32.add                              ;; 16 -> 12
        i32.const 0                                        ;; 17
        call_indirect $t (result i32)                      ;; 18 (+1 in $a) -> 5
        i32.add))                                          ;; 19 -> 17`);
    // 19 + 1 = 20
    expect(p.call('refs')).toEqual([17, 20n]);
  });

  it('imported function + imported global + start function', async () => {
    const logged: number[] = [];
    const imports = () => ({
      env: {
        log: (x: number) => {
          logged.push(x);
        },
        g: new WebAssembly.Global({ value: 'i32', mutable: false }, 21),
      },
    });
    const text = `(module
      (import "env" "log" (func $log (param i32)))
      (import "env" "g" (global $g i32))
      (global $acc (mut i32) (i32.const 0))
      (func $init
        global.get $g     ;; 1
        global.set $acc   ;; 2
        i32.const 1       ;; 3
        call $log)        ;; 4 (the host function counts 0)
      (start $init)
      (func (export "get") (result i32)
        global.get $acc   ;; 1
        i32.const 2       ;; 2
        i32.mul           ;; 3
        call $id)         ;; 4 (+1 in $id)
      (func $id (param i32) (result i32) local.get 0))`;
    // start: 4; get: 4 + 1 = 5
    const p = await pair(text, imports);
    expect(logged).toEqual([1, 1]); // start ran in both modules
    expect(p.count()).toBe(4n); // the start function
    expect(p.call('get')).toEqual([42, 5n]);
    expect(p.count()).toBe(9n);
    const { stats } = instrumentWithStats(wat(text));
    // 1 imported + 1 defined global: the counter is global 2
    expect(stats.counterGlobalIndex).toBe(2);
    expect(stats.functions).toBe(3);
  });

  it('a module without global or export sections', async () => {
    const text = `(module
      (func $s
        i32.const 1   ;; 1
        drop          ;; 2
        nop)          ;; 3
      (start $s))`;
    const original = wat(text);
    const before = readSections(original).map((s) => s.name);
    expect(before).not.toContain('global');
    expect(before).not.toContain('export');
    const instrumented = instrumentForCounting(original);
    expect(readSections(instrumented).map((s) => s.name)).toEqual([
      'type',
      'function',
      'global',
      'export',
      'start',
      'code',
    ]);
    const { instance } = await WebAssembly.instantiate(instrumented as BufferSource);
    expect((instance.exports[COUNTER_EXPORT] as WebAssembly.Global).value).toBe(3n);
  });

  it('an empty module gets the counter, with value 0', async () => {
    const instrumented = instrumentForCounting(wat('(module)'));
    expect(readSections(instrumented).map((s) => s.name)).toEqual(['global', 'export']);
    const { instance } = await WebAssembly.instantiate(instrumented as BufferSource);
    expect((instance.exports[COUNTER_EXPORT] as WebAssembly.Global).value).toBe(0n);
  });

  it('many globals and functions: multi-byte counter index and body sizes', async () => {
    // 130 defined globals -> counter index 130 needs a 2-byte LEB; a function with > 127 bytes.
    const globals = Array.from({ length: 130 }, (_, i) => `(global (mut i32) (i32.const ${i}))`).join('\n');
    const body = Array.from({ length: 100 }, () => 'global.get 129 i32.add').join('\n');
    const p = await pair(`(module ${globals}
      (func (export "big") (param i32) (result i32)
        local.get 0     ;; 1
        ${body}))       ;; + 2*100`);
    expect(p.call('big', 1)).toEqual([1 + 100 * 129, 201n]);
  });
});

describe('instrumentForCounting: module structure', () => {
  it('keeps every other section byte-for-byte (including the name section)', () => {
    const original = wat(
      `(module
        (import "env" "f" (func $imp (param i32)))
        (memory 1)
        (global $g (mut i32) (i32.const 0))
        (func $work (export "work") (param $x i32) (result i32) (local $y i32)
          local.get $x local.set $y local.get $y)
        (data (i32.const 0) "hi"))`,
      { names: true },
    );
    const instrumented = instrumentForCounting(original);
    const a = readSections(original);
    const b = readSections(instrumented);
    expect(b.map((s) => s.name)).toEqual(a.map((s) => s.name));
    expect(a.map((s) => s.name)).toContain('name');
    for (const s of a) {
      if (s.name === 'global' || s.name === 'export' || s.name === 'code') continue;
      const t = b.find((x) => x.name === s.name)!;
      expect(instrumented.subarray(t.start, t.end)).toEqual(original.subarray(s.start, s.end));
    }
    expect(WebAssembly.validate(instrumented as BufferSource)).toBe(true);
  });

  it('reports stats and static instruction counts', () => {
    const original = wat(`(module
      (func (export "f") (param i32) (result i32)
        local.get 0            ;; block 1: 2 instructions (local.get, if)
        if (result i32)
          i32.const 1          ;; block 2: 1
        else
          i32.const 2          ;; block 3: 1
        end
        i32.const 3 i32.add))  ;; block 4: 2`);
    expect(countStaticInstructions(original)).toBe(6);
    const { bytes, stats } = instrumentWithStats(original);
    expect(stats.functions).toBe(1);
    expect(stats.basicBlocks).toBe(4);
    expect(stats.staticInstructions).toBe(6);
    expect(stats.counterGlobalIndex).toBe(0);
    expect(stats.originalBytes).toBe(original.length);
    expect(stats.instrumentedBytes).toBe(bytes.length);
    // each increment is global.get 0 (2) + i64.const k (2) + i64.add (1) + global.set 0 (2) = 7 bytes
    expect(stats.instrumentedCodeBytes - stats.originalCodeBytes).toBe(4 * 7);
  });

  it('refuses to instrument twice', () => {
    const once = instrumentForCounting(wat('(module (func (export "f")))'));
    expect(() => instrumentForCounting(once)).toThrow(UnsupportedWasmError);
    expect(() => instrumentForCounting(once)).toThrow(/already exports "__wasm_gate_instructions"/);
  });

  it('counts exception handling: a throw caught in the same function, the block after it not run', async () => {
    const p = await pair(
      `(module
        (tag $e)
        (func $first)
        (func (export "f") (result i32)
          try (result i32)
            throw $e   ;; 1, ends its block
            i32.const 1
          catch $e     ;; a new block
            i32.const 2 ;; 2
          end))`,
      undefined,
      { exceptions: true },
    );
    expect(p.call('f')).toEqual([2, 2n]);
  });

  it('rejects an unknown opcode with UnsupportedWasmError naming it and the function', () => {
    const original = wat('(module (func $first) (func (export "f") nop))');
    const bad = new Uint8Array(original);
    bad[bad.lastIndexOf(0x01)] = 0xc5; // nop -> an opcode no proposal defines
    expect(() => instrumentForCounting(bad)).toThrow(UnsupportedWasmError);
    expect(() => instrumentForCounting(bad)).toThrow(/unknown opcode 0xc5 in function 1/);
  });

  it('rejects non-wasm and malformed code with NotWasmError', () => {
    expect(() => instrumentForCounting(new TextEncoder().encode('not wasm at all'))).toThrow(NotWasmError);
    const original = wat('(module (func (export "f") (result i32) i32.const 1))');
    // drop the final byte (the function's final `end`) -> truncated section
    expect(() => instrumentForCounting(original.subarray(0, original.length - 1))).toThrow(NotWasmError);
  });
});
