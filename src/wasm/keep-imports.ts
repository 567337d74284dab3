// Keeps a core module's imports through wasm-opt: binaryen drops imports nothing uses, but a
// component instantiates its core modules by import name, so an optimized module inside one must
// import exactly what it did. Before optimizing, every import is also exported under a reserved
// name (an exported import stays); after, those exports are removed again. Pure module.
import { Cursor } from './cursor.js';
import { encodeU32 } from './leb128.js';
import { SECTION_RANK } from './module-layout.js';
import { readSections, type WasmSection } from './sections.js';

export const KEEP_EXPORT_PREFIX = 'wasm-gate:keep-import:';
const ID_IMPORT = 2;
const ID_EXPORT = 7;
const utf8 = new TextEncoder();
const utf8Decode = new TextDecoder('utf-8');

interface ExportEntry {
  name: Uint8Array;
  kind: number;
  index: number;
}

/** The module with an export added for each of its imports. */
export function exportEveryImport(bytes: Uint8Array): Uint8Array {
  const sections = readSections(bytes);
  const imports = sections.find((s) => s.id === ID_IMPORT);
  if (!imports) return bytes;
  const added: ExportEntry[] = [];
  const perKind = [0, 0, 0, 0, 0];
  const c = new Cursor(bytes, imports.payloadStart, imports.end);
  const n = c.u32('import count');
  for (let i = 0; i < n; i++) {
    c.skipBytes(c.u32('import module name length'));
    c.skipBytes(c.u32('import field name length'));
    const kind = c.byte();
    if (kind === 0x00) c.u32('type index');
    else if (kind === 0x01) {
      c.valType();
      c.limits();
    } else if (kind === 0x02) c.limits();
    else if (kind === 0x03) {
      c.valType();
      c.byte();
    } else if (kind === 0x04) {
      c.byte();
      c.u32('tag type index');
    } else throw new Error(`unknown import kind ${kind} at offset ${c.pos - 1}`);
    added.push({ name: utf8.encode(`${KEEP_EXPORT_PREFIX}${i}`), kind, index: perKind[kind]!++ });
  }
  const existing = sections.find((s) => s.id === ID_EXPORT);
  const entries = [...(existing ? readExports(bytes, existing) : []), ...added];
  return withExportSection(bytes, sections, entries);
}

/** The module without the exports exportEveryImport added. */
export function dropKeptImportExports(bytes: Uint8Array): Uint8Array {
  const sections = readSections(bytes);
  const existing = sections.find((s) => s.id === ID_EXPORT);
  if (!existing) return bytes;
  const entries = readExports(bytes, existing).filter((e) => !utf8Decode.decode(e.name).startsWith(KEEP_EXPORT_PREFIX));
  return withExportSection(bytes, sections, entries);
}

function readExports(bytes: Uint8Array, s: WasmSection): ExportEntry[] {
  const c = new Cursor(bytes, s.payloadStart, s.end);
  const n = c.u32('export count');
  const entries: ExportEntry[] = [];
  for (let i = 0; i < n; i++) {
    const len = c.u32('export name length');
    const start = c.pos;
    c.skipBytes(len);
    const name = bytes.subarray(start, c.pos);
    entries.push({ name, kind: c.byte(), index: c.u32('export index') });
  }
  return entries;
}

/** The module with its export section replaced by `entries` (none: no export section). */
function withExportSection(bytes: Uint8Array, sections: WasmSection[], entries: ExportEntry[]): Uint8Array {
  const payload: number[] = [...encodeU32(entries.length)];
  for (const e of entries) payload.push(...encodeU32(e.name.length), ...e.name, e.kind, ...encodeU32(e.index));
  const section = entries.length > 0 ? new Uint8Array([ID_EXPORT, ...encodeU32(payload.length), ...payload]) : new Uint8Array();
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  let placed = false;
  for (const s of sections) {
    if (s.id === ID_EXPORT) continue;
    if (!placed && s.id !== 0 && (SECTION_RANK[s.id] ?? 0) > SECTION_RANK[ID_EXPORT]!) {
      parts.push(section);
      placed = true;
    }
    parts.push(bytes.subarray(s.start, s.end));
  }
  if (!placed) parts.push(section);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}
