// What the counting copy adds to a module, decided before anything is written (instrument.ts
// writes it): which counter global each function body bumps, and, per function, the read-out
// functions and their types. Pure module.
import { ByteWriter } from './byte-writer.js';
import { UnsupportedWasmError } from './code-scan.js';
import { PROFILE_CHUNK } from './counter.js';
import { Cursor, hex } from './cursor.js';
import { type Analysis, ID_TYPE } from './module-layout.js';
import type { WasmSection } from './sections.js';

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
  /** type index of the first read-out type; types are one per distinct result count */
  readoutTypes: Map<number, number>;
  firstReadoutFunction: number;
}

export function plan(bytes: Uint8Array, mod: Analysis, mode: CountingMode): Plan {
  const firstCounter = mod.importedGlobals + mod.definedGlobals;
  if (mode === 'total') {
    return { counterOf: () => firstCounter, firstCounter, counters: 1, readouts: [], readoutTypes: new Map(), firstReadoutFunction: 0 };
  }
  const n = mod.bodies.length;
  const readouts: number[] = [];
  for (let start = 0; start < n || readouts.length === 0; start += PROFILE_CHUNK) readouts.push(Math.min(PROFILE_CHUNK, n - start));
  const typeSection = mod.sections.find((s) => s.id === ID_TYPE);
  let nextType = typeSection ? countPlainFunctionTypes(bytes, typeSection) : 0;
  const readoutTypes = new Map<number, number>();
  for (const results of readouts) if (!readoutTypes.has(results)) readoutTypes.set(results, nextType++);
  return {
    counterOf: (body) => firstCounter + body,
    firstCounter,
    counters: n,
    readouts,
    readoutTypes,
    firstReadoutFunction: mod.importedFunctions + n,
  };
}

/** Number of type entries, which must all be plain function types so that entry i is type i. */
function countPlainFunctionTypes(bytes: Uint8Array, s: WasmSection): number {
  const c = new Cursor(bytes, s.payloadStart, s.end);
  const n = c.u32('type count');
  for (let i = 0; i < n; i++) {
    const form = c.byte();
    if (form !== 0x60) {
      throw new UnsupportedWasmError(`type ${i} is a GC type definition (0x${hex(form)}), which per-function counting does not support`);
    }
    for (let list = 0; list < 2; list++) {
      const count = c.u32('type arity');
      for (let j = 0; j < count; j++) c.valType();
    }
  }
  return n;
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
