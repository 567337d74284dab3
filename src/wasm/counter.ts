/** Name of the exported mutable i64 global that holds the executed-instruction count. */
export const COUNTER_EXPORT = '__wasm_gate_instructions';
/** Per-function counting: `${PROFILE_EXPORT_PREFIX}${k}` returns the counters of functions 1000k..1000k+999. */
export const PROFILE_EXPORT_PREFIX = '__wasm_gate_profile_';
/** Counters per read-out function: V8 allows at most 1000 results per function. */
export const PROFILE_CHUNK = 1000;
/** Every name the counting copy adds starts with this; a module that already uses it is refused. */
export const RESERVED_EXPORT_PREFIX = '__wasm_gate_';
