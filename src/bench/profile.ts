// The instruction profile of one counted run: self instructions per function, under the same
// names as the per-function sizes, so that both views of a function line up.
import { sumByKey, unnamedKey } from '../measure/functions.js';
import { readFunctionBodies } from '../wasm/function-bodies.js';

/**
 * `{ name: instructions }` for the functions that executed any, largest first; functions sharing
 * a name are added up, so the values still sum to the run's instruction count exactly. Without
 * names (or with names for another module) the keys are `func[<index>]`.
 */
export function namedProfile(counts: readonly number[], keys: readonly string[] | undefined, module: Uint8Array): Record<string, number> {
  let names = keys;
  if (!names || names.length !== counts.length) {
    const { importedFunctions } = readFunctionBodies(module);
    names = counts.map((_, i) => unnamedKey(importedFunctions + i));
  }
  const used: string[] = [];
  const values: number[] = [];
  counts.forEach((count, i) => {
    if (count === 0) return;
    used.push(names[i] as string);
    values.push(count);
  });
  return sumByKey(used, values);
}
