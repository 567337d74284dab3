// Compile WebAssembly text in tests with wabt.js, every feature the instrumenter handles enabled.
import wabtInit from 'wabt';

const wabt = await wabtInit();

const FEATURES = {
  multi_value: true,
  bulk_memory: true,
  sat_float_to_int: true,
  sign_extension: true,
  reference_types: true,
  simd: true,
  threads: true,
  mutable_globals: true,
  tail_call: true,
};

/** `validate: false` for features wabt.js parses but does not validate (threads, multi-memory, extended-const, ...). */
export function wat(text: string, options: { names?: boolean; features?: Record<string, boolean>; validate?: boolean } = {}): Uint8Array {
  const module = wabt.parseWat('test.wat', text, { ...FEATURES, ...options.features });
  try {
    module.resolveNames();
    if (options.validate ?? true) module.validate();
    return new Uint8Array(module.toBinary({ write_debug_names: options.names ?? false }).buffer);
  } finally {
    module.destroy();
  }
}

/** bench_sum(n) adds 1..n: a cheap, healthy benchmark module, for beside a faulty variant. */
export const SUM_BENCH_WAT = `(module (memory (export "memory") 1)
  (func (export "bench_sum") (param $n i32) (result i32) (local $acc i32)
    (block $done (loop $next
      (br_if $done (i32.eqz (local.get $n)))
      (local.set $acc (i32.add (local.get $acc) (local.get $n)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br $next)))
    (local.get $acc)))`;
