// The features a decoder finds, as bits (bit i is FEATURE_NAMES[i] in features.ts), and what
// it says when it meets something it does not know. Pure module.

/** One bit per feature, in features.ts's FEATURE_NAMES order. */
export const FeatureBits = {
  signExt: 1 << 0,
  threads: 1 << 1,
  mutableGlobals: 1 << 2,
  nontrappingFloatToInt: 1 << 3,
  simd: 1 << 4,
  bulkMemory: 1 << 5,
  bulkMemoryOpt: 1 << 6,
  callIndirectOverlong: 1 << 7,
  exceptionHandling: 1 << 8,
  tailCall: 1 << 9,
  referenceTypes: 1 << 10,
  multivalue: 1 << 11,
  gc: 1 << 12,
  memory64: 1 << 13,
  relaxedSimd: 1 << 14,
  extendedConst: 1 << 15,
  strings: 1 << 16,
  multimemory: 1 << 17,
  stackSwitching: 1 << 18,
  sharedEverything: 1 << 19,
  fp16: 1 << 20,
  customPageSizes: 1 << 21,
  wideArithmetic: 1 << 22,
  compactImports: 1 << 23,
} as const;

/** Parameter and result counts of a type (0, 0 for non-function types): block types need them. */
export interface TypeArity {
  params: number;
  results: number;
}

/** A decoder that meets something it does not know; `bits` holds what it had found until then. */
export class UndecodedError extends Error {
  constructor(
    message: string,
    readonly bits: number,
  ) {
    super(message);
  }
}
