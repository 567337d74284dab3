// Shared shapes of the function-level view: per-function sizes, instruction profiles and their
// changes (measure → compare → report, publish). Re-exported by types.ts.

/** What a bounded baseline list leaves out: how many functions, their sum, the largest of them. */
export interface OmittedFunctions {
  functions: number;
  total: number;
  largest: number;
}

/** How a variant's functions are named in `functions` and the profiles. */
export interface FunctionNaming {
  /** function bodies named by the module's name section */
  named: number;
  total: number;
  /** why some or all are `func[<index>]` */
  note?: string;
  /** every unnamed function is one wasm-opt added (the build named all of its own): keeping the
   *  name section would not name them, so no hint says so */
  unnamedByOptimizer?: true;
}

/** One function's bytes or instructions against the baseline (or, in a reference view, the reference). */
export interface FunctionChange {
  name: string;
  /** null: absent from the baseline (added), or not among the functions it lists (see baselineAtMost) */
  baseline: number | null;
  /** null: gone (removed) */
  current: number | null;
  delta: number;
  /** the baseline lists only its largest functions: this one was absent or at most this much */
  baselineAtMost?: number;
}

/** A benchmark's instructions (or cycles), function by function, against the baseline or the reference. */
export interface ProfileChange {
  baseline: number;
  current: number;
  delta: number;
  /** every function whose count changed, largest |delta| first */
  functions: FunctionChange[];
  /** the functions the baseline does not list, added up, then and now */
  rest?: { baseline: number; current: number };
}

/** Where bytes and instructions went, for the reports (they do not read `measurement`). */
export interface FunctionAttribution {
  naming?: FunctionNaming;
  /** the functions the baseline does not list: how many and their bytes, then and now */
  sizeRest?: { baseline: { functions: number; bytes: number }; current: { functions: number; bytes: number } };
  /** per benchmark whose instruction count changed, against the baseline */
  profileChanges?: Record<string, ProfileChange>;
  /** per benchmark whose cycle estimate changed, against the baseline */
  cyclesChanges?: Record<string, ProfileChange>;
  /** per benchmark, against the reference variant in the same run */
  profileVsReference?: Record<string, ProfileChange>;
}
