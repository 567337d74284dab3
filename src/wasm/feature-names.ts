// binaryen's names of WebAssembly features, LLVM's names where they differ, and which features
// wasm-opt must enable for a module. Pure module.

/** binaryen's feature names, in the order its `--help` lists them; bit i = FEATURE_NAMES[i]. */
export const FEATURE_NAMES = [
  'sign-ext',
  'threads',
  'mutable-globals',
  'nontrapping-float-to-int',
  'simd',
  'bulk-memory',
  'bulk-memory-opt',
  'call-indirect-overlong',
  'exception-handling',
  'tail-call',
  'reference-types',
  'multivalue',
  'gc',
  'memory64',
  'relaxed-simd',
  'extended-const',
  'strings',
  'multimemory',
  'stack-switching',
  'shared-everything',
  'fp16',
  'custom-page-sizes',
  'wide-arithmetic',
  'compact-imports',
] as const;
export type WasmFeature = (typeof FEATURE_NAMES)[number];

export interface ModuleFeatures {
  /** what the module's sections and code use, in FEATURE_NAMES order */
  used: WasmFeature[];
  /** the target_features section as written ("+bulk-memory", ...), when the module has one */
  declared?: string[];
  /** a part the decoder could not read (an opcode it does not know); `used` may then miss features */
  undecoded?: string;
}

// LLVM's target_features names where they differ from binaryen's.
const LLVM_NAMES: Record<string, WasmFeature> = {
  atomics: 'threads',
  'nontrapping-fptoint': 'nontrapping-float-to-int',
  simd128: 'simd',
};

/**
 * The features wasm-opt must enable for this module: what it uses and what its target_features
 * section declares ("+" and "="), with binaryen's implications (bulk-memory includes
 * bulk-memory-opt; reading a module with bulk-memory but not bulk-memory-opt aborts binaryen).
 */
export function featuresToEnable(features: ModuleFeatures): WasmFeature[] {
  const names = new Set<string>(features.used);
  for (const entry of features.declared ?? []) {
    if (entry[0] !== '+' && entry[0] !== '=') continue;
    const name = entry.slice(1);
    names.add(LLVM_NAMES[name] ?? name);
  }
  if (names.has('bulk-memory')) names.add('bulk-memory-opt');
  return FEATURE_NAMES.filter((n) => names.has(n));
}
