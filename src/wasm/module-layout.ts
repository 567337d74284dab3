// The parts of a module the counting copy needs: its sections in order, how many functions and
// globals are imported and defined, and every function body split into basic blocks.
// Pure module.
import { RESERVED_EXPORT_PREFIX } from './counter.js';
import { Cursor, hex } from './cursor.js';
import { scanBody, UnsupportedWasmError } from './code-scan.js';
import { NotWasmError, readSections, type WasmSection } from './sections.js';

export const ID_TYPE = 1;
export const ID_IMPORT = 2;
export const ID_FUNCTION = 3;
export const ID_GLOBAL = 6;
export const ID_EXPORT = 7;
export const ID_CODE = 10;

/** Position of each known section id in the required section order. */
export const SECTION_RANK: Record<number, number> = {
  1: 1, // type
  2: 2, // import
  3: 3, // function
  4: 4, // table
  5: 5, // memory
  13: 6, // tag
  6: 7, // global
  7: 8, // export
  8: 9, // start
  9: 10, // element
  12: 11, // datacount
  10: 12, // code
  11: 13, // data
};

export interface FunctionBody {
  /** Offset of the first byte after the body-size LEB (= start of the local declarations). */
  bodyStart: number;
  /** Offset one past the body. */
  bodyEnd: number;
  /** Index of this body's first entry in blockStarts/blockCounts. */
  firstBlock: number;
  /** One past this body's last entry in blockStarts/blockCounts. */
  endBlock: number;
}

export interface Analysis {
  sections: WasmSection[];
  importedFunctions: number;
  importedGlobals: number;
  definedGlobals: number;
  codeCountEnd: number;
  bodies: FunctionBody[];
  /** Offsets where a basic block with blockCounts[i] > 0 counted instructions starts. */
  blockStarts: number[];
  blockCounts: number[];
}

export function analyze(bytes: Uint8Array): Analysis {
  const sections = readSections(bytes);
  let importedFunctions = 0;
  let importedGlobals = 0;
  let definedGlobals = 0;
  let code: WasmSection | undefined;
  for (const s of sections) {
    if (s.id === 0) continue;
    if (SECTION_RANK[s.id] === undefined) {
      throw new UnsupportedWasmError(`unknown section id ${s.id} at offset ${s.start}`);
    }
    if (s.id === ID_IMPORT) {
      const counts = countImports(bytes, s);
      importedFunctions = counts.functions;
      importedGlobals = counts.globals;
    } else if (s.id === ID_GLOBAL) {
      definedGlobals = sectionU32(bytes, s.payloadStart, s.end, 'global count');
    } else if (s.id === ID_EXPORT) {
      checkExports(bytes, s);
    } else if (s.id === ID_CODE) {
      code = s;
    }
  }
  const bodies: FunctionBody[] = [];
  const blockStarts: number[] = [];
  const blockCounts: number[] = [];
  let codeCountEnd = 0;
  if (code) {
    const c = new Cursor(bytes, code.payloadStart, code.end);
    const n = c.u32('code count');
    codeCountEnd = c.pos;
    for (let i = 0; i < n; i++) {
      const size = c.u32('function body size');
      const bodyStart = c.pos;
      const bodyEnd = bodyStart + size;
      if (bodyEnd > code.end) {
        throw new NotWasmError(
          `truncated function body ${importedFunctions + i} at offset ${bodyStart}: ` +
            `${size} bytes overrun the code section`,
        );
      }
      const firstBlock = blockStarts.length;
      const fn = new Cursor(bytes, bodyStart, bodyEnd);
      const localGroups = fn.u32('local declaration count');
      for (let j = 0; j < localGroups; j++) {
        fn.u32('local count');
        fn.valType();
      }
      scanBody(fn, importedFunctions + i, blockStarts, blockCounts);
      bodies.push({ bodyStart, bodyEnd, firstBlock, endBlock: blockStarts.length });
      c.pos = bodyEnd;
    }
    if (c.pos !== code.end) {
      throw new NotWasmError(`code section at offset ${code.start} has ${code.end - c.pos} trailing bytes`);
    }
  }
  return {
    sections,
    importedFunctions,
    importedGlobals,
    definedGlobals,
    codeCountEnd,
    bodies,
    blockStarts,
    blockCounts,
  };
}

function sectionU32(bytes: Uint8Array, pos: number, end: number, what: string): number {
  return new Cursor(bytes, pos, end).u32(what);
}

/** Imported functions and globals of an import section (their indices come before the defined ones). */
export function countImports(bytes: Uint8Array, s: WasmSection): { functions: number; globals: number } {
  const c = new Cursor(bytes, s.payloadStart, s.end);
  const n = c.u32('import count');
  let functions = 0;
  let globals = 0;
  for (let i = 0; i < n; i++) {
    c.skipBytes(c.u32('import module name length'));
    c.skipBytes(c.u32('import field name length'));
    const kind = c.byte();
    switch (kind) {
      case 0x00: // function: type index
        c.u32('import type index');
        functions++;
        break;
      case 0x01: // table: reftype + limits
        c.valType();
        c.limits();
        break;
      case 0x02: // memory: limits
        c.limits();
        break;
      case 0x03: // global: valtype + mutability
        c.valType();
        c.byte();
        globals++;
        break;
      case 0x04: // tag: attribute + type index
        c.byte();
        c.u32('tag type index');
        break;
      default:
        throw new UnsupportedWasmError(`unknown import kind 0x${hex(kind)} at offset ${c.pos - 1}`);
    }
  }
  return { functions, globals };
}

const utf8 = new TextDecoder('utf-8');

function checkExports(bytes: Uint8Array, s: WasmSection): void {
  const c = new Cursor(bytes, s.payloadStart, s.end);
  const n = c.u32('export count');
  for (let i = 0; i < n; i++) {
    const len = c.u32('export name length');
    const nameStart = c.pos;
    c.skipBytes(len);
    if (len >= RESERVED_EXPORT_PREFIX.length) {
      const name = utf8.decode(bytes.subarray(nameStart, c.pos));
      if (name.startsWith(RESERVED_EXPORT_PREFIX)) {
        throw new UnsupportedWasmError(`the module already exports "${name}" (is it already instrumented?)`);
      }
    }
    c.byte();
    c.u32('export index');
  }
}
