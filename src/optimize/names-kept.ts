// Names for measuring only: the shipped module is optimized (and usually stripped) as configured;
// the names of its functions come from a copy that kept them, checked to hold exactly the same
// code, so sizes and instruction counts are attributed without changing one shipped byte.
import { type FunctionNames, readFunctionNames } from '../wasm/name-section.js';
import { readFunctionBodies } from '../wasm/function-bodies.js';
import { readSections } from '../wasm/sections.js';

/**
 * Names from a names-kept copy of `shipped` (binaryen's output with debug info on, or the shipped
 * module itself when it kept its name section), after checking that every non-custom section
 * (types, imports, functions, code, ...) is byte-identical, so function index i is the same
 * function in both and counts the same instructions. Otherwise: no names, and why.
 */
export function namesFromKeptCopy(shipped: Uint8Array, kept: Uint8Array, input: Uint8Array): FunctionNames {
  const difference = firstDifference(shipped, kept);
  if (difference) {
    return { names: new Map(), problem: `the optimizer's names-kept copy differs from the shipped module (${difference}), so names could not be matched to its functions` };
  }
  return withInputNames(readFunctionNames(kept), input);
}

/**
 * Names from a symbol map (`wasm-opt --symbolmap`: one `index:name` line per function of the
 * output). binaryen names functions the input left unnamed `<digits>` or `fimport$<digits>`:
 * those stay unnamed.
 */
export function namesFromSymbolMap(text: string, input: Uint8Array): FunctionNames {
  const names = new Map<number, string>();
  for (const line of text.split('\n')) {
    const m = /^(\d+):(.*)$/.exec(line);
    if (!m || /^(\d+|fimport\$\d+)$/.test(m[2] as string) || !m[2]) continue;
    names.set(Number(m[1]), m[2] as string);
  }
  return withInputNames(names.size > 0 ? { names } : { names, problem: 'the build kept no "name" section' }, input);
}

/**
 * binaryen renames the second and later functions of one name `<name>_<index>`: give them back
 * the build's name (the sizes of functions sharing a name are then added up), and explain
 * missing names by the input.
 */
function withInputNames(found: FunctionNames, input: Uint8Array): FunctionNames {
  const original = readFunctionNames(input);
  if (original.names.size === 0) return { names: new Map(), problem: original.problem === 'the module has no "name" section' ? 'the build kept no "name" section' : (original.problem ?? 'the build named no function') };
  const known = new Set(original.names.values());
  const { importedFunctions, sizes } = readFunctionBodies(input);
  const inputFullyNamed = sizes.every((_, i) => original.names.has(importedFunctions + i));
  const names = new Map<number, string>();
  for (const [index, name] of found.names) {
    const m = /^(.*)_\d+$/s.exec(name);
    names.set(index, m && !known.has(name) && known.has(m[1] as string) ? (m[1] as string) : name);
  }
  return { names, ...(found.problem ? { problem: found.problem } : {}), ...(inputFullyNamed ? { inputFullyNamed } : {}) };
}

function firstDifference(a: Uint8Array, b: Uint8Array): string | undefined {
  const code = (bytes: Uint8Array) => readSections(bytes).filter((s) => s.id !== 0);
  const x = code(a);
  const y = code(b);
  if (x.length !== y.length) return `${x.length} sections against ${y.length}`;
  for (let i = 0; i < x.length; i++) {
    const s = x[i]!;
    const t = y[i]!;
    const same = s.id === t.id && s.end - s.start === t.end - t.start && Buffer.compare(a.subarray(s.start, s.end), b.subarray(t.start, t.end)) === 0;
    if (!same) return `section ${s.name}`;
  }
  return undefined;
}

/** Names of a module measured as built (no optimizer). */
export function namesOfModule(bytes: Uint8Array): FunctionNames {
  return withInputNames(readFunctionNames(bytes), bytes);
}
