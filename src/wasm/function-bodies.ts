// The size of every function body in a module's code section, without decoding instructions
// (so it works on any module the engine accepts, whatever features it uses). Pure module.
import { uLebLength } from './byte-writer.js';
import { Cursor } from './cursor.js';
import { countImports, ID_CODE, ID_IMPORT } from './module-layout.js';
import { NotWasmError, readSections } from './sections.js';

export interface FunctionBodies {
  /** function indices of the bodies start here (imported functions come first) */
  importedFunctions: number;
  /**
   * Bytes of each body, in code section order: local declarations and instructions, without the
   * body's own size field, as `wasm-objdump` and binaryen's `--func-metrics` count them.
   */
  sizes: number[];
  /** the code section's payload: sum of sizes + their size fields + the count field */
  codePayloadBytes: number;
}

export function readFunctionBodies(bytes: Uint8Array): FunctionBodies {
  const sections = readSections(bytes);
  const imports = sections.find((s) => s.id === ID_IMPORT);
  const importedFunctions = imports ? countImports(bytes, imports).functions : 0;
  const code = sections.find((s) => s.id === ID_CODE);
  if (!code) return { importedFunctions, sizes: [], codePayloadBytes: 0 };
  const c = new Cursor(bytes, code.payloadStart, code.end);
  const count = c.u32('code count');
  const sizes: number[] = [];
  for (let i = 0; i < count; i++) {
    const size = c.u32('function body size');
    c.skipBytes(size);
    sizes.push(size);
  }
  if (c.pos !== code.end) throw new NotWasmError(`code section at offset ${code.start} has ${code.end - c.pos} trailing bytes`);
  return { importedFunctions, sizes, codePayloadBytes: code.end - code.payloadStart };
}

/** The identity the per-function sizes satisfy: they add up to the code section's payload. */
export function codePayloadOf(sizes: readonly number[]): number {
  return uLebLength(sizes.length) + sizes.reduce((sum, size) => sum + uLebLength(size) + size, 0);
}
