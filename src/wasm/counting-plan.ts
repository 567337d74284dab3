// What the counting copy adds to a module, decided before anything is written (instrument.ts
// writes it): which counter global each function body bumps, and, per function, the read-out
// functions and their types. Pure module.
import { ByteWriter } from './byte-writer.js';
import { PROFILE_CHUNK } from './counter.js';
import type { Analysis } from './module-layout.js';

/** "total": one counter for the module; "per-function": one counter per defined function. */
export type CountingMode = 'total' | 'per-function';

/** What the instrumentation adds to a module, decided before anything is written. */
export interface Plan {
  /** counter global of each function body */
  counterOf: (body: number) => number;
  firstCounter: number;
  counters: number;
  /** read-out functions: result count of each (per-function mode) */
  readouts: number[];
  firstReadoutFunction: number;
}

export function plan(mod: Analysis, mode: CountingMode): Plan {
  const firstCounter = mod.importedGlobals + mod.definedGlobals;
  if (mode === 'total') {
    return { counterOf: () => firstCounter, firstCounter, counters: 1, readouts: [], firstReadoutFunction: 0 };
  }
  const n = mod.bodies.length;
  const readouts: number[] = [];
  for (let start = 0; start < n || readouts.length === 0; start += PROFILE_CHUNK) readouts.push(Math.min(PROFILE_CHUNK, n - start));
  return {
    counterOf: (body) => firstCounter + body,
    firstCounter,
    counters: n,
    readouts,
    firstReadoutFunction: mod.importedFunctions + n,
  };
}

/** Bodies of the read-out functions: no locals, `global.get` of each counter, `end`. */
export function readoutBodies(p: Plan): Uint8Array[] {
  return p.readouts.map((results, k) => {
    const w = new ByteWriter(2 + 4 * results);
    w.byte(0x00); // no local declarations
    for (let i = 0; i < results; i++) {
      w.byte(0x23); // global.get
      w.u32(p.counterOf(k * PROFILE_CHUNK + i));
    }
    w.byte(0x0b); // end
    return w.finish();
  });
}
