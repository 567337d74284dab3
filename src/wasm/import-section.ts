// The entries of an import section, in every encoding binaryen 132 writes: one entry per import,
// and the compact-imports proposal's groups (binaryen writes them under --enable-compact-imports,
// which -all turns on): a module name, an empty field name, then 0x7F and (name, type) pairs, or
// 0x7E, one type and the names that share it. A function import may be exact (custom
// descriptors): its kind byte is 0x20. Pure module.
import { Cursor, hex } from './cursor.js';
import { concatBytes, encodeU32 } from './leb128.js';
import { NotWasmError, readSections } from './sections.js';

/** 0 function, 1 table, 2 memory, 3 global, 4 tag (the export kinds' numbers). */
export type ImportKind = 0 | 1 | 2 | 3 | 4;

export interface ImportHeader {
  module: string;
  name: string;
  kind: ImportKind;
  /** an exact function import (0x20) */
  exact: boolean;
}

/** Reads the rest of one import's type: the cursor is just past its kind byte. */
export type ImportTypeReader = (header: ImportHeader, c: Cursor) => void;

const COMPACT_PAIRS = 0x7f;
const COMPACT_SHARED_TYPE = 0x7e;
const EXACT_FUNCTION = 0x20;
const utf8 = new TextDecoder('utf-8');
const utf8Encode = new TextEncoder();

/** Calls `read` once per import, in index order, with the cursor at that import's type; true when the section has compact groups. */
export function readImportSection(c: Cursor, read: ImportTypeReader): boolean {
  let grouped = false;
  for (let n = c.u32('import count'); n > 0; n--) {
    const module = name(c);
    const field = name(c);
    const compact = field === '' && c.pos < c.end ? c.bytes[c.pos] : undefined;
    if (compact === COMPACT_PAIRS) {
      c.pos++;
      grouped = true;
      for (let items = c.u32('compact import count'); items > 0; items--) {
        const item = name(c);
        read({ module, name: item, ...kindOf(c) }, c);
      }
    } else if (compact === COMPACT_SHARED_TYPE) {
      c.pos++;
      grouped = true;
      const typeAt = c.pos;
      const kind = kindOf(c);
      skipImportType(kind.kind, c);
      for (let items = c.u32('compact import count'); items > 0; items--) {
        const item = name(c);
        // Each import reads the shared type again, from where it is written.
        const at = c.pos;
        c.pos = typeAt;
        read({ module, name: item, ...kindOf(c) }, c);
        c.pos = at;
      }
    } else {
      read({ module, name: field, ...kindOf(c) }, c);
    }
  }
  return grouped;
}

function kindOf(c: Cursor): { kind: ImportKind; exact: boolean } {
  const at = c.pos;
  const k = c.byte();
  if (k === EXACT_FUNCTION) return { kind: 0, exact: true };
  if (k > 4) throw new NotWasmError(`unknown import kind 0x${hex(k)} at offset ${at}`);
  return { kind: k as ImportKind, exact: false };
}

/** Skips an import's type (after its kind byte). */
export function skipImportType(kind: ImportKind, c: Cursor): void {
  if (kind === 0) c.u32('import type index');
  else if (kind === 1) {
    c.valType();
    c.limits();
  } else if (kind === 2) c.limits();
  else if (kind === 3) {
    c.valType();
    c.byte();
  } else {
    c.byte();
    c.u32('tag type index');
  }
}

function name(c: Cursor): string {
  const length = c.u32('name length');
  const start = c.pos;
  c.skipBytes(length);
  return utf8.decode(c.bytes.subarray(start, c.pos));
}

/**
 * The module with one plain entry per import: compact groups written out, exact function imports
 * as plain ones. Engines without these proposals (V8 in Node 24) then run it; the code and every
 * index stay the same. The same bytes when there is nothing to rewrite.
 */
export function withPlainImports(bytes: Uint8Array): Uint8Array {
  const section = readSections(bytes).find((s) => s.id === 2);
  if (!section) return bytes;
  const entries: Uint8Array[] = [];
  let exact = false;
  const c = new Cursor(bytes, section.payloadStart, section.end);
  const grouped = readImportSection(c, (header, at) => {
    const typeStart = at.pos;
    skipImportType(header.kind, at);
    exact ||= header.exact;
    const [module, field] = [utf8Encode.encode(header.module), utf8Encode.encode(header.name)];
    entries.push(concatBytes([u32(module.length), module, u32(field.length), field, Uint8Array.of(header.kind), bytes.subarray(typeStart, at.pos)]));
  });
  if (!grouped && !exact) return bytes;
  const payload = concatBytes([u32(entries.length), ...entries]);
  return concatBytes([bytes.subarray(0, section.start), Uint8Array.of(2), u32(payload.length), payload, bytes.subarray(section.end)]);
}

function u32(n: number): Uint8Array {
  return Uint8Array.from(encodeU32(n));
}
