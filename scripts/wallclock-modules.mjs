// The modules bench:wallclock (scripts/bench-wallclock.mjs) writes at run time: two families of
// injected wall-clock slowdowns that execute the SAME instructions as their plain module, with a
// fraction p (`units`/65536, a word in the data segment, chosen by a `select`) of the steps slow:
//   layout: a chain of dependent loads, the slow steps from a region past L1 (a memory-layout
//     change: its cost depends on what else uses the core's caches at the moment);
//   assist: a chain of f64 additions, the slow steps multiplying a subnormal operand (a microcode
//     assist on x86: its cost stays within the core).

export const P_UNITS = 65536;
/** The far region: past the 48 KiB L1 of the machines we run on, well within their L2; small, so
 *  that it is back in L2 soon after another process had the core (4096 lines to refill). */
const FAR_BYTES = 256 << 10;

/** Each family: the export timed, its module text, the slowdowns injected (names and target
 *  ratios of ops/s, slowed / plain), the sweep of p that tunes them, and the p per target when the
 *  sweep finds no slowdown. */
export const FAMILIES = [
  {
    key: 'layout',
    bench: 'bench_layout',
    wat: layoutWat,
    slowStep: 'far loads',
    targets: [
      { name: 'slow1', target: 0.99 },
      { name: 'slow2', target: 0.98 },
      { name: 'slow5', target: 0.95 },
    ],
    grid: [0, 0.01, 0.02, 0.03, 0.045, 0.06, 0.08, 0.1, 0.13, 0.17, 0.22],
    defaultP: [0.03, 0.06, 0.12],
  },
  {
    key: 'assist',
    bench: 'bench_assist',
    wat: assistWat,
    slowStep: 'subnormal operands',
    targets: [
      { name: 'fp1', target: 0.99 },
      { name: 'fp2', target: 0.98 },
      { name: 'fp5', target: 0.95 },
    ],
    // one step in 65536 slowed costs about 0.035% here (an assist is ~100 times a step)
    grid: [0, 0.0002, 0.0004, 0.0006, 0.0009, 0.0012, 0.0016, 0.0021, 0.0027],
    defaultP: [0.0004, 0.0008, 0.0021],
  },
];

/** The family of an injected slowdown or scenario (raw files from before the second family have none). */
export const familyOf = (name) => FAMILIES.find((f) => f.targets.some((t) => t.name === name)) ?? FAMILIES[0];

const pWord = (units) => [0, 8, 16, 24].map((s) => `\\${((units >>> s) & 255).toString(16).padStart(2, '0')}`).join('');

/** bench_layout with a fraction `units`/65536 of its loads from the far region. The start function
 *  writes one word per 4 KiB page of both regions: untouched pages all map to the kernel's one zero
 *  page, which would make every "far" load an L1 hit. */
function layoutWat(units) {
  const bytes = pWord(units);
  const farBase = 65536;
  return `(module
  (memory (export "memory") ${Math.ceil((farBase + FAR_BYTES) / 65536)})
  ;; word 0: zero (unknown to the compiler: it keeps the loads dependent); word 4: p in 1/65536
  (data (i32.const 4) "${bytes}")
  (global $state (mut i32) (i32.const 0x2545f491))
  (func $touch (local $at i32)
    (local.set $at (i32.const 4096))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $at) (i32.const ${farBase + FAR_BYTES})))
      (i32.store (local.get $at) (i32.const 0))
      (local.set $at (i32.add (local.get $at) (i32.const 4096)))
      (br $next))))
  (start $touch)
  (func (export "bench_layout") (param $n i32) (result i32)
    (local $x i32) (local $v i32) (local $zero i32) (local $p i32)
    (local.set $zero (i32.load (i32.const 0)))
    (local.set $p (i32.load (i32.const 4)))
    (local.set $x (global.get $state))
    (block $done (loop $next
      (br_if $done (i32.eqz (local.get $n)))
      ;; xorshift32: the same sequence of near and far addresses in every call order
      (local.set $x (i32.xor (local.get $x) (i32.shl (local.get $x) (i32.const 13))))
      (local.set $x (i32.xor (local.get $x) (i32.shr_u (local.get $x) (i32.const 17))))
      (local.set $x (i32.xor (local.get $x) (i32.shl (local.get $x) (i32.const 5))))
      (local.set $v (i32.load (i32.add
        (select
          (i32.add (i32.const ${farBase}) (i32.and (i32.shr_u (local.get $x) (i32.const 6)) (i32.const ${FAR_BYTES - 64})))
          (i32.add (i32.const 4096) (i32.and (local.get $x) (i32.const 4032)))
          (i32.lt_u (i32.and (local.get $x) (i32.const 65535)) (local.get $p)))
        (i32.and (local.get $v) (local.get $zero)))))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br $next)))
    (global.set $state (local.get $x))
    (local.get $v)))`;
}

/** bench_assist: n steps of acc += v × 0.75, v the constant 1.0 or, with probability p, a
 *  subnormal constant (10000 × 2^-1074). Both are loaded from memory, so the compiler cannot fold
 *  them; a subnormal operand (and result) takes a microcode assist on x86, ~100 times a step. */
function assistWat(units) {
  return `(module
  (memory (export "memory") 1)
  ;; word 4: p in 1/65536; 8: 1.0; 16: a subnormal f64
  (data (i32.const 4) "${pWord(units)}")
  (data (i32.const 8) "\\00\\00\\00\\00\\00\\00\\f0\\3f")
  (data (i32.const 16) "\\10\\27\\00\\00\\00\\00\\00\\00")
  (global $state (mut i32) (i32.const 0x2545f491))
  (func (export "bench_assist") (param $n i32) (result i32)
    (local $x i32) (local $p i32) (local $one f64) (local $subnormal f64) (local $acc f64)
    (local.set $p (i32.load (i32.const 4)))
    (local.set $one (f64.load (i32.const 8)))
    (local.set $subnormal (f64.load (i32.const 16)))
    (local.set $x (global.get $state))
    (block $done (loop $next
      (br_if $done (i32.eqz (local.get $n)))
      (local.set $x (i32.xor (local.get $x) (i32.shl (local.get $x) (i32.const 13))))
      (local.set $x (i32.xor (local.get $x) (i32.shr_u (local.get $x) (i32.const 17))))
      (local.set $x (i32.xor (local.get $x) (i32.shl (local.get $x) (i32.const 5))))
      (local.set $acc (f64.add (local.get $acc) (f64.mul
        (select (local.get $subnormal) (local.get $one) (i32.lt_u (i32.and (local.get $x) (i32.const 65535)) (local.get $p)))
        (f64.const 0.75))))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br $next)))
    (global.set $state (local.get $x))
    (i32.xor (local.get $x) (i32.wrap_i64 (i64.reinterpret_f64 (local.get $acc))))))`;
}

export async function compileWat(text) {
  const wabt = await (await import('wabt')).default();
  const parsed = wabt.parseWat('module.wat', text);
  try {
    parsed.resolveNames();
    parsed.validate();
    return new Uint8Array(parsed.toBinary({}).buffer);
  } finally {
    parsed.destroy();
  }
}
