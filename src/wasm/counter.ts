/** Name of the exported mutable i64 global that holds the executed-instruction count. */
export const COUNTER_EXPORT = '__wasm_gate_instructions';
