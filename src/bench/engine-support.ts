// When the benchmark worker cannot compile a module because this Node lacks a WebAssembly feature
// (GC and try_table need Node 22, for instance), say so and which Node runs it, after V8's own
// message. Pure module.
import { Cursor } from '../wasm/cursor.js';
import { memarg, prefixFC, prefixFD, prefixFE } from '../wasm/feature-scan-typed.js';
import { detectFeatures } from '../wasm/features.js';
import { engineFeatureProblem, scanExtendedOp } from '../wasm/gc-eh-scan.js';
import { ID_CODE } from '../wasm/module-layout.js';
import { readSections } from '../wasm/sections.js';

const NODE_MAJOR = Number(process.versions.node.split('.')[0]);

/** V8's compile errors (WebAssembly.CompileError), also as the worker passes them on: by message. */
const COMPILE_ERROR = /^WebAssembly\.(Module|compile)\(\): /;

/**
 * `message` (the worker's failure to load `bytes`), followed by what this Node cannot run when it
 * is a compile error and the module uses a feature this Node lacks; otherwise `message` as it is.
 */
export function withEngineProblem(message: string, bytes: Uint8Array, nodeMajor = NODE_MAJOR): string {
  if (!COMPILE_ERROR.test(message)) return message;
  let problem: string | undefined;
  try {
    problem = engineFeatureProblem(featuresOf(bytes), nodeMajor);
  } catch {
    return message; // not readable enough to tell: V8's message alone
  }
  return problem ? `${message}; ${problem}` : message;
}

/** The features a module uses (binaryen's names), plus `exnref` when its code has try_table or throw_ref. */
export function featuresOf(bytes: Uint8Array): string[] {
  const used: string[] = detectFeatures(bytes).used;
  return usesExnref(bytes) ? [...used, 'exnref'] : used;
}

/** Whether a function body has try_table (0x1F) or throw_ref (0x0A); false if the code cannot be decoded. */
export function usesExnref(bytes: Uint8Array): boolean {
  const code = readSections(bytes).find((s) => s.id === ID_CODE);
  if (!code) return false;
  try {
    const c = new Cursor(bytes, code.payloadStart, code.end);
    for (let n = c.u32('code count'); n > 0; n--) {
      const size = c.u32('function body size');
      const fn = new Cursor(bytes, c.pos, c.pos + size);
      c.pos += size;
      for (let groups = fn.u32('local declaration count'); groups > 0; groups--) (fn.u32('local count'), fn.valType());
      while (fn.pos < fn.end) {
        const at = fn.pos;
        const op = fn.byte();
        if (op === 0x1f || op === 0x0a) return true;
        if (!skipImmediates(op, fn, at)) return false;
      }
    }
  } catch {
    // malformed: nothing can be said
  }
  return false;
}

const ONE_LEB = new Set([0x0c, 0x0d, 0x10, 0x12, 0x14, 0x15, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x3f, 0x40, 0x41, 0xd0, 0xd2, 0xd5, 0xd6]);
const NONE = new Set([0x00, 0x01, 0x05, 0x0b, 0x0f, 0x1a, 0x1b, 0xd1, 0xd3, 0xd4]);

/** Skips the immediates of the instruction `op` (cursor just past it); false for an unknown one. */
function skipImmediates(op: number, c: Cursor, at: number): boolean {
  if ((op >= 0x45 && op <= 0xc4) || NONE.has(op)) return true;
  if (op >= 0x28 && op <= 0x3e) memarg(c);
  else if (ONE_LEB.has(op)) c.leb(5);
  else if (op === 0x42) c.leb(10);
  else if (op === 0x43 || op === 0x44) c.skipBytes(op === 0x43 ? 4 : 8);
  else if (op === 0x11 || op === 0x13) (c.leb(5), c.leb(5));
  else if (op === 0x02 || op === 0x03 || op === 0x04) c.blockType();
  else if (op === 0x0e) for (let i = c.u32('br_table length') + 1; i > 0; i--) c.leb(5);
  else if (op === 0x1c) for (let i = c.u32('select type count'); i > 0; i--) c.valType();
  else if (op === 0xfc) return prefixFC(c) >= 0;
  else if (op === 0xfd) return prefixFD(c) >= 0;
  else if (op === 0xfe) return prefixFE(c);
  else return scanExtendedOp(op, c, 0, at) !== undefined; // legacy EH, GC
  return true;
}
