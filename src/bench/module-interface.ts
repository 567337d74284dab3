// Pure: what a module needs from its host, read from its binary: each import with the number of
// parameters of an imported function and the limits of an imported memory or table, and the limits
// of the memory it defines. The worker builds host functions from this (the JS API cannot tell an
// import's signature or a memory's maximum), e.g. to tell AssemblyScript's `env.abort(msg, file,
// line, col)` from Emscripten's `env.abort()`, or whether Emscripten's heap may grow.
import { Cursor } from '../wasm/cursor.js';
import { readSections } from '../wasm/sections.js';

export interface Limits {
  /** in pages (memory) or elements (table) */
  initial: number;
  maximum?: number;
}

export type ImportDescriptor =
  /** params and results are -1 when the signature could not be read */
  | { module: string; name: string; kind: 'function'; params: number; results: number }
  | { module: string; name: string; kind: 'memory'; limits: Limits; shared: boolean }
  | { module: string; name: string; kind: 'table'; limits: Limits; element: 'anyfunc' | 'externref' }
  | { module: string; name: string; kind: 'global' | 'tag' };

export interface ModuleInterface {
  imports: ImportDescriptor[];
  /** the memory the module defines itself (not imported), if any */
  memory?: Limits;
}

const utf8 = new TextDecoder();

export function readModuleInterface(bytes: Uint8Array): ModuleInterface {
  const sections = readSections(bytes);
  const types: { params: number; results: number }[] = [];
  const imports: ImportDescriptor[] = [];
  let memory: Limits | undefined;
  for (const section of sections) {
    const c = new Cursor(bytes, section.payloadStart, section.end);
    if (section.id === 1) {
      for (let n = c.u32(); n > 0; n--) {
        const type = readFuncType(c);
        // GC proposal's rec/sub types: the rest of the section is not read; signatures stay unknown.
        if (!type) break;
        types.push(type);
      }
    } else if (section.id === 2) {
      for (let n = c.u32(); n > 0; n--) {
        const module = name(c);
        const field = name(c);
        const kind = c.byte();
        if (kind === 0x00) {
          const type = types[c.u32()] ?? { params: -1, results: -1 };
          imports.push({ module, name: field, kind: 'function', ...type });
        } else if (kind === 0x01) {
          const element = c.byte() === 0x6f ? 'externref' : 'anyfunc';
          imports.push({ module, name: field, kind: 'table', element, limits: limits(c).limits });
        } else if (kind === 0x02) {
          const read = limits(c);
          imports.push({ module, name: field, kind: 'memory', limits: read.limits, shared: read.shared });
        } else if (kind === 0x03) {
          c.valType();
          c.byte();
          imports.push({ module, name: field, kind: 'global' });
        } else {
          c.byte();
          c.u32();
          imports.push({ module, name: field, kind: 'tag' });
        }
      }
    } else if (section.id === 5) {
      if (c.u32() > 0) memory = limits(c).limits;
    }
  }
  return { imports, ...(memory ? { memory } : {}) };
}

function name(c: Cursor): string {
  const length = c.u32('name length');
  const start = c.pos;
  c.skipBytes(length);
  return utf8.decode(c.bytes.subarray(start, start + length));
}

function readFuncType(c: Cursor): { params: number; results: number } | undefined {
  if (c.byte() !== 0x60) return undefined;
  let params = 0;
  for (let n = c.u32(); n > 0; n--, params++) c.valType();
  let results = 0;
  for (let n = c.u32(); n > 0; n--, results++) c.valType();
  return { params, results };
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
