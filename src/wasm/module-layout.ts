// The parts of a module the counting copy needs: its sections in order, how many functions and
// globals are imported and defined, and every function body split into basic blocks.
// Pure module.
import { RESERVED_EXPORT_PREFIX } from './counter.js';
import { Cursor } from './cursor.js';
import { type BodySink, scanBody, type ScanOptions, UnsupportedWasmError } from './code-scan.js';
import { readImportSection, skipImportType } from './import-section.js';
import { NotWasmError, readSections, type WasmSection } from './sections.js';

export const ID_TYPE = 1;
export const ID_IMPORT = 2;
export const ID_FUNCTION = 3;
export const ID_TABLE = 4;
export const ID_MEMORY = 5;
export const ID_GLOBAL = 6;
export const ID_EXPORT = 7;
export const ID_TAG = 13;
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
  /** This body's memory sites: siteAt[firstSite .. endSite). */
  firstSite: number;
  endSite: number;
}

export interface Analysis {
  sections: WasmSection[];
  importedFunctions: number;
  importedGlobals: number;
  definedGlobals: number;
  importedTables: number;
  definedTables: number;
  importedMemories: number;
  definedMemories: number;
  codeCountEnd: number;
  bodies: FunctionBody[];
  /** Offsets where a basic block with blockCounts[i] > 0 counted instructions starts. */
  blockStarts: number[];
  blockCounts: number[];
  /** cycle weight of each basic block's instructions (cycle-model.ts), memory aside */
  blockCosts: number[];
  /** memory-access sites (code-scan.ts BodySink) */
  siteAt: number[];
  siteKind: number[];
  siteOffset: number[];
}

export function analyze(bytes: Uint8Array): Analysis {
  const sections = readSections(bytes);
  let importedFunctions = 0;
  let importedGlobals = 0;
  let definedGlobals = 0;
  let imported: ImportCounts = { functions: 0, globals: 0, tables: 0, memories: 0, tags: 0, memory64: [] };
  let definedTables = 0;
  const definedMemory64: boolean[] = [];
  let definedTags = 0;
  let code: WasmSection | undefined;
  for (const s of sections) {
    if (s.id === 0) continue;
    if (SECTION_RANK[s.id] === undefined) {
      throw new UnsupportedWasmError(`unknown section id ${s.id} at offset ${s.start}`);
    }
    if (s.id === ID_IMPORT) {
      imported = countImports(bytes, s);
      importedFunctions = imported.functions;
      importedGlobals = imported.globals;
    } else if (s.id === ID_TABLE) {
      definedTables = sectionU32(bytes, s.payloadStart, s.end, 'table count');
    } else if (s.id === ID_MEMORY) {
      const c = new Cursor(bytes, s.payloadStart, s.end);
      for (let n = c.u32('memory count'); n > 0; n--) {
        definedMemory64.push((bytes[c.pos]! & 0x04) !== 0);
        c.limits();
      }
    } else if (s.id === ID_TAG) {
      definedTags = sectionU32(bytes, s.payloadStart, s.end, 'tag count');
    } else if (s.id === ID_GLOBAL) {
      definedGlobals = sectionU32(bytes, s.payloadStart, s.end, 'global count');
    } else if (s.id === ID_EXPORT) {
      checkExports(bytes, s);
    } else if (s.id === ID_CODE) {
      code = s;
    }
  }
  const memory64 = [...imported.memory64, ...definedMemory64];
  const is64 = (index: number): boolean => memory64[index] === true;
  // Where a callee may throw (the module has tags, or catches with try), a call may leave its
  // basic block in the middle: calls end blocks there, so that counts stay exact.
  let scanned = code ? scanCode(bytes, code, importedFunctions, { is64, splitAfterCalls: imported.tags + definedTags > 0 }) : undefined;
  if (code && scanned?.sink.handlesExceptions && imported.tags + definedTags === 0) scanned = scanCode(bytes, code, importedFunctions, { is64, splitAfterCalls: true });
  const sink: BodySink = scanned?.sink ?? { starts: [], counts: [], costs: [], siteAt: [], siteKind: [], siteOffset: [] };
  const bodies = scanned?.bodies ?? [];
  const codeCountEnd = scanned?.codeCountEnd ?? 0;
  return {
    sections,
    importedFunctions,
    importedGlobals,
    definedGlobals,
    importedTables: imported.tables,
    definedTables,
    importedMemories: imported.memory64.length,
    definedMemories: definedMemory64.length,
    codeCountEnd,
    bodies,
    blockStarts: sink.starts,
    blockCounts: sink.counts,
    blockCosts: sink.costs,
    siteAt: sink.siteAt,
    siteKind: sink.siteKind,
    siteOffset: sink.siteOffset,
  };
}

/** Every body of the code section, split into basic blocks with their memory sites. */
function scanCode(bytes: Uint8Array, code: WasmSection, importedFunctions: number, options: ScanOptions): { sink: BodySink; bodies: FunctionBody[]; codeCountEnd: number } {
  const bodies: FunctionBody[] = [];
  const sink: BodySink = { starts: [], counts: [], costs: [], siteAt: [], siteKind: [], siteOffset: [] };
  const c = new Cursor(bytes, code.payloadStart, code.end);
  const n = c.u32('code count');
  const codeCountEnd = c.pos;
  for (let i = 0; i < n; i++) {
    const size = c.u32('function body size');
    const bodyStart = c.pos;
    const bodyEnd = bodyStart + size;
    if (bodyEnd > code.end) {
      throw new NotWasmError(`truncated function body ${importedFunctions + i} at offset ${bodyStart}: ${size} bytes overrun the code section`);
    }
    const firstBlock = sink.starts.length;
    const firstSite = sink.siteAt.length;
    const fn = new Cursor(bytes, bodyStart, bodyEnd);
    const localGroups = fn.u32('local declaration count');
    for (let j = 0; j < localGroups; j++) {
      fn.u32('local count');
      fn.valType();
    }
    scanBody(fn, importedFunctions + i, sink, options);
    bodies.push({ bodyStart, bodyEnd, firstBlock, endBlock: sink.starts.length, firstSite, endSite: sink.siteAt.length });
    c.pos = bodyEnd;
  }
  if (c.pos !== code.end) {
    throw new NotWasmError(`code section at offset ${code.start} has ${code.end - c.pos} trailing bytes`);
  }
  return { sink, bodies, codeCountEnd };
}

function sectionU32(bytes: Uint8Array, pos: number, end: number, what: string): number {
  return new Cursor(bytes, pos, end).u32(what);
}

export interface ImportCounts {
  functions: number;
  globals: number;
  tables: number;
  memories: number;
  tags: number;
  /** per imported memory, whether it is 64-bit */
  memory64: boolean[];
}

/** What an import section imports of each kind (their indices come before the defined ones). */
export function countImports(bytes: Uint8Array, s: WasmSection): ImportCounts {
  const c = new Cursor(bytes, s.payloadStart, s.end);
  const counts = [0, 0, 0, 0, 0];
  const memory64: boolean[] = [];
  try {
    readImportSection(c, ({ kind }) => {
      counts[kind]!++;
      // memory: limits, flag 0x04 for 64-bit
      if (kind === 2) memory64.push((c.bytes[c.pos]! & 0x04) !== 0);
      skipImportType(kind, c);
    });
  } catch (error) {
    // An import kind this reader does not know is a module it cannot instrument, not a broken one.
    if (error instanceof NotWasmError && error.message.startsWith('unknown import kind')) throw new UnsupportedWasmError(error.message);
    throw error;
  }
  const [functions = 0, tables = 0, , globals = 0, tags = 0] = counts;
  return { functions, globals, tables, memories: memory64.length, tags, memory64 };
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
