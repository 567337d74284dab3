// A core module's interface, read once from its bytes: its function types, what it imports (with
// each import's type index, limits or value type), the memory it defines, the type of each function
// and what it exports. The readers of signatures (signatures.ts), of what the host must provide
// (bench/module-interface.ts), of the interface kept through wasm-opt (interface.ts, keep-imports.ts)
// all build on this one decoder. Pure module.
import { Cursor, hex } from './cursor.js';
import { type ImportHeader, readImportSection, skipImportType } from './import-section.js';
import { readSections } from './sections.js';

export type ExternKind = 'function' | 'table' | 'memory' | 'global' | 'tag';
export const EXTERN_KINDS: readonly ExternKind[] = ['function', 'table', 'memory', 'global', 'tag'];

export interface Limits {
  /** in pages (memory) or elements (table) */
  initial: number;
  maximum?: number;
}

export interface FuncType {
  params: string[];
  results: string[];
}

export type ImportEntry =
  | { module: string; name: string; kind: 'function'; typeIndex: number }
  | { module: string; name: string; kind: 'memory'; limits: Limits; shared: boolean }
  | { module: string; name: string; kind: 'table'; limits: Limits; element: 'anyfunc' | 'externref' }
  | { module: string; name: string; kind: 'global' | 'tag' };

export interface ExportEntry {
  name: string;
  kind: ExternKind;
  /** index in its kind's index space (imports first) */
  index: number;
}

export interface ModuleDeclarations {
  /** function types by index; undefined past a type the reader does not decode (GC rec groups) */
  types: (FuncType | undefined)[];
  imports: ImportEntry[];
  /** type index of every function, imported ones first */
  functionTypes: number[];
  /** the first memory the module defines itself, if any */
  memory?: Limits;
  exports: ExportEntry[];
}

const VALTYPES: Record<number, string> = { 0x7f: 'i32', 0x7e: 'i64', 0x7d: 'f32', 0x7c: 'f64', 0x7b: 'v128', 0x70: 'funcref', 0x6f: 'externref' };
const utf8 = new TextDecoder('utf-8');

export function readDeclarations(bytes: Uint8Array): ModuleDeclarations {
  const out: ModuleDeclarations = { types: [], imports: [], functionTypes: [], exports: [] };
  for (const s of readSections(bytes)) {
    const c = new Cursor(bytes, s.payloadStart, s.end);
    if (s.id === 1) readTypes(c, out.types);
    else if (s.id === 2) {
      readImportSection(c, (header, at) => {
        const entry = readImport(header, at);
        out.imports.push(entry);
        if (entry.kind === 'function') out.functionTypes.push(entry.typeIndex);
      });
    } else if (s.id === 3) {
      for (let n = c.u32('function count'); n > 0; n--) out.functionTypes.push(c.u32('function type index'));
    } else if (s.id === 5) {
      if (c.u32('memory count') > 0) out.memory = limits(c).limits;
    } else if (s.id === 7) {
      for (let n = c.u32('export count'); n > 0; n--) out.exports.push({ name: name(c), kind: kind(c), index: c.u32('export index') });
    }
  }
  return out;
}

/** The type of an exported function, or undefined (not a function, or a type not decoded). */
export function exportedFunctionType(d: ModuleDeclarations, exportName: string): FuncType | undefined {
  const e = d.exports.find((x) => x.name === exportName && x.kind === 'function');
  return e ? d.types[d.functionTypes[e.index] ?? -1] : undefined;
}

function readTypes(c: Cursor, types: (FuncType | undefined)[]): void {
  for (let n = c.u32('type count'); n > 0; n--) {
    // Rec groups and sub types (GC) are past what the readers here need: stop reading.
    if (c.byte() !== 0x60) return;
    types.push({ params: valTypes(c), results: valTypes(c) });
  }
}

function valTypes(c: Cursor): string[] {
  const list: string[] = [];
  for (let n = c.u32('value type count'); n > 0; n--) {
    const b = c.bytes[c.pos] as number;
    c.valType();
    list.push(VALTYPES[b] ?? 'ref');
  }
  return list;
}

function readImport(header: ImportHeader, c: Cursor): ImportEntry {
  const { module, name: field } = header;
  const k = EXTERN_KINDS[header.kind] as ExternKind;
  if (k === 'function') return { module, name: field, kind: k, typeIndex: c.u32('import type index') };
  if (k === 'table') {
    const element = c.bytes[c.pos] === 0x6f ? 'externref' : 'anyfunc';
    c.valType();
    return { module, name: field, kind: k, element, limits: limits(c).limits };
  }
  if (k === 'memory') {
    const read = limits(c);
    return { module, name: field, kind: k, limits: read.limits, shared: read.shared };
  }
  skipImportType(header.kind, c);
  return { module, name: field, kind: k };
}

function name(c: Cursor): string {
  const length = c.u32('name length');
  const start = c.pos;
  c.skipBytes(length);
  return utf8.decode(c.bytes.subarray(start, c.pos));
}

function kind(c: Cursor): ExternKind {
  const k = c.byte();
  const known = EXTERN_KINDS[k];
  if (!known) throw new Error(`unknown extern kind 0x${hex(k)} at offset ${c.pos - 1}`);
  return known;
}

/** limits; values above 2^32 (memory64) are read as numbers, which is exact up to 2^53. */
function limits(c: Cursor): { limits: Limits; shared: boolean } {
  const flags = c.byte();
  const initial = leb(c);
  const maximum = flags & 0x01 ? leb(c) : undefined;
  if (flags & 0x08) c.leb(5);
  return { limits: { initial, ...(maximum === undefined ? {} : { maximum }) }, shared: (flags & 0x02) !== 0 };
}

function leb(c: Cursor): number {
  let result = 0;
  let scale = 1;
  for (;;) {
    const b = c.byte();
    result += (b & 0x7f) * scale;
    if ((b & 0x80) === 0) return result;
    scale *= 128;
  }
}
