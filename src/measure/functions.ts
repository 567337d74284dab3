// Measure, function by function: the body size of every function of the optimized module (what
// ships), keyed by its readable name (demangled, hash removed) or `func[<index>]` without one.
import type { FunctionNaming, VariantMeasurement } from '../types.js';
import { readFunctionBodies } from '../wasm/function-bodies.js';
import type { FunctionNames } from '../wasm/name-section.js';
import { readableName } from './demangle.js';

export interface FunctionMeasurement {
  /** bytes per function; functions that share a name (after demangling) are added up */
  functions: Record<string, number>;
  /** the key of each function body, in code section order (the instruction profile uses them) */
  keys: string[];
  naming: FunctionNaming;
}

/** `func[<index>]`, the index counting imported functions first (as wasm-objdump numbers them). */
export function unnamedKey(index: number): string {
  return `func[${index}]`;
}

export function measureFunctions(optimized: Uint8Array, names: FunctionNames): FunctionMeasurement {
  const { importedFunctions, sizes } = readFunctionBodies(optimized);
  const keys: string[] = [];
  let named = 0;
  for (let i = 0; i < sizes.length; i++) {
    const raw = names.names.get(importedFunctions + i);
    const name = raw ? readableName(raw) : '';
    if (name) named++;
    keys.push(name || unnamedKey(importedFunctions + i));
  }
  const functions = sumByKey(keys, sizes);
  const naming: FunctionNaming = { named, total: sizes.length };
  if (named < sizes.length && sizes.length > 0) {
    naming.note = names.problem ?? 'the name section does not name every function';
    // The build named all of its functions: the unnamed ones are what wasm-opt added.
    if (names.inputFullyNamed && !names.problem) naming.unnamedByOptimizer = true;
  }
  return { functions, keys, naming };
}

/** Values added up per key, largest first (then by name), as a plain JSON object. */
export function sumByKey(keys: readonly string[], values: readonly number[]): Record<string, number> {
  const sums = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) sums.set(keys[i]!, (sums.get(keys[i]!) ?? 0) + values[i]!);
  return toRecord([...sums].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/** A record from entries, in their order; any key (even `__proto__`) is an ordinary property. */
export function toRecord(entries: Iterable<readonly [string, number]>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of entries) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

/**
 * Adds `functions` and `functionNaming` to a variant's measurement and returns the key of each
 * function body (for the instruction profile). A module whose functions cannot be listed keeps
 * its other measurements: the reason goes into the naming note.
 */
export function addFunctionSizes(measurement: VariantMeasurement, optimized: Uint8Array, names: FunctionNames): string[] | undefined {
  try {
    const m = measureFunctions(optimized, names);
    measurement.functions = m.functions;
    measurement.functionNaming = m.naming;
    return m.keys;
  } catch (error) {
    measurement.functionNaming = { named: 0, total: 0, note: `its functions could not be listed: ${(error as Error).message}` };
    return undefined;
  }
}
