// Keeps a core module's imports through wasm-opt: binaryen drops imports nothing uses, but a
// component instantiates its core modules by import name, so an optimized module inside one must
// import exactly what it did. Before optimizing, every import is also exported under a reserved
// name (an exported import stays); after, those exports are removed again. Pure module.
import { EXTERN_KINDS, readDeclarations } from './imports-exports.js';
import { concatBytes, encodeU32 } from './leb128.js';
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
  for (const [i, entry] of readDeclarations(bytes).imports.entries()) {
    const kind = EXTERN_KINDS.indexOf(entry.kind);
    added.push({ name: utf8.encode(`${KEEP_EXPORT_PREFIX}${i}`), kind, index: perKind[kind]!++ });
  }
  const existing = sections.find((s) => s.id === ID_EXPORT);
  const entries = [...(existing ? readExports(bytes) : []), ...added];
  return withExportSection(bytes, sections, entries);
}

/** The module without the exports exportEveryImport added. */
export function dropKeptImportExports(bytes: Uint8Array): Uint8Array {
  const sections = readSections(bytes);
  const existing = sections.find((s) => s.id === ID_EXPORT);
  if (!existing) return bytes;
  const entries = readExports(bytes).filter((e) => !utf8Decode.decode(e.name).startsWith(KEEP_EXPORT_PREFIX));
  return withExportSection(bytes, sections, entries);
}

/** Export names are valid UTF-8 in a module that validates, so they re-encode byte for byte. */
function readExports(bytes: Uint8Array): ExportEntry[] {
  return readDeclarations(bytes).exports.map((e) => ({ name: utf8.encode(e.name), kind: EXTERN_KINDS.indexOf(e.kind), index: e.index }));
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
  return concatBytes(parts);
}
