// Pure: the signature of each exported function, read from the type, import, function and export
// sections, so that a benchmark with the wrong shape is named before it runs (JS would otherwise
// say "Cannot convert 1 to a BigInt", or time a function that returns nothing).
import { readDeclarations, type FuncType } from './imports-exports.js';

export type Signature = FuncType;

/** Exported function name → signature; names whose type cannot be read (GC types) are left out. */
export function exportSignatures(bytes: Uint8Array): Map<string, Signature> {
  const d = readDeclarations(bytes);
  const out = new Map<string, Signature>();
  for (const e of d.exports) {
    const type = e.kind === 'function' ? d.types[d.functionTypes[e.index] ?? -1] : undefined;
    if (type) out.set(e.name, type);
  }
  return out;
}

export function describeSignature(s: Signature): string {
  return `(${s.params.join(', ')}) -> ${s.results.length === 0 ? 'nothing' : s.results.join(', ')}`;
}

/** Why an export cannot be a benchmark, or undefined when its shape fits `bench_*(n: i32) -> i32 | i64`. */
export function benchSignatureProblem(name: string, s: Signature | undefined): string | undefined {
  if (!s) return undefined;
  const fits = s.params.length === 1 && s.params[0] === 'i32' && s.results.length === 1 && (s.results[0] === 'i32' || s.results[0] === 'i64');
  if (fits) return undefined;
  return `${name} has the signature ${describeSignature(s)}; a benchmark must be (i32) -> i32 or (i32) -> i64: n units of work in, a checksum out (so the work cannot be optimized away)`;
}
