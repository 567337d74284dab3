/**
 * A small WebAssembly section reader: splits a module into its sections without decoding
 * their contents (except a custom section's name).
 *
 * Naming: known sections are named "type", "import", "function", "table", "memory",
 * "global", "export", "start", "element", "code", "data", "datacount", "tag"; sections with
 * an id this reader does not know are named "unknown:<id>". A custom section (id 0) is named
 * by its own name, unless that name is a known section name or was already used by an earlier
 * section: then it is named "custom:<name>", and further duplicates "custom:<name>#2",
 * "custom:<name>#3", ... so every section has a unique name.
 *
 * Pure module: no I/O.
 */
import { Leb128Error, readU32 } from './leb128.js';

export interface WasmSection {
  id: number;
  name: string;
  /** byte offset of the section id */
  start: number;
  /** offset of first payload byte */
  payloadStart: number;
  /** offset one past the section's end */
  end: number;
}

/** The input is not a (well-formed) WebAssembly binary module. */
export class NotWasmError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotWasmError';
  }
}

/** Section names by id (index = id; id 0 is "custom"). */
export const SECTION_NAMES: readonly string[] = [
  'custom',
  'type',
  'import',
  'function',
  'table',
  'memory',
  'global',
  'export',
  'start',
  'element',
  'code',
  'data',
  'datacount',
  'tag',
];

const KNOWN_NAMES = new Set(SECTION_NAMES);

const utf8 = new TextDecoder('utf-8');

/** Header length: 4 magic bytes + 4 version bytes. */
export const WASM_HEADER_BYTES = 8;

/**
 * What a file without the wasm magic is, said once as the end of "<file> …" (undefined when the
 * magic is there): empty, gzip-compressed (a `.wasm.gz` build output), or what it starts with.
 */
export function badMagic(bytes: Uint8Array): string | undefined {
  if (bytes.length >= 4 && bytes[0] === 0x00 && bytes[1] === 0x61 && bytes[2] === 0x73 && bytes[3] === 0x6d) return undefined;
  if (bytes.length === 0) return 'is empty';
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'is gzip-compressed; point artifact at the uncompressed .wasm';
  const start = [...bytes.subarray(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  return `is not a WebAssembly module (bad magic: it starts with ${start}, not 00 61 73 6d)`;
}

/** Throws NotWasmError unless `bytes` starts with the wasm magic and version 1. */
export function checkHeader(bytes: Uint8Array): void {
  const bad = badMagic(bytes);
  if (bad) throw new NotWasmError(`the file ${bad}`);
  if (bytes.length < 8) {
    throw new NotWasmError('truncated WebAssembly header (missing version)');
  }
  const version = (bytes[4]! | (bytes[5]! << 8) | (bytes[6]! << 16) | (bytes[7]! << 24)) >>> 0;
  if (version !== 1) {
    // Version 0x0d with layer 1 would be a component: say so explicitly.
    const hint = bytes[6] === 0x01 && bytes[7] === 0x00 ? ' (a WebAssembly component, not a core module)' : '';
    throw new NotWasmError(`unsupported version ${version}${hint}`);
  }
}

/** Splits a module into sections. Throws NotWasmError on bad magic/version or truncation. */
export function readSections(bytes: Uint8Array): WasmSection[] {
  checkHeader(bytes);
  const sections: WasmSection[] = [];
  const used = new Set<string>();
  const seenIds = new Set<number>();
  let pos = WASM_HEADER_BYTES;
  while (pos < bytes.length) {
    const start = pos;
    const id = bytes[pos]!;
    let size: number;
    let payloadStart: number;
    try {
      const r = readU32(bytes, pos + 1);
      size = r.value;
      payloadStart = r.next;
    } catch (e) {
      if (e instanceof Leb128Error) {
        throw new NotWasmError(`truncated section header (id ${id}) at offset ${start}`);
      }
      throw e;
    }
    const end = payloadStart + size;
    const label = id < SECTION_NAMES.length ? SECTION_NAMES[id]! : `unknown:${id}`;
    if (end > bytes.length) {
      throw new NotWasmError(
        `truncated section ${label} at offset ${start}: payload of ${size} bytes ` +
          `ends at ${end}, but the module has only ${bytes.length} bytes`,
      );
    }
    let name: string;
    if (id === 0) {
      let nameLen: number;
      let nameStart: number;
      try {
        const r = readU32(bytes, payloadStart);
        nameLen = r.value;
        nameStart = r.next;
      } catch (e) {
        if (e instanceof Leb128Error) {
          throw new NotWasmError(`truncated section custom at offset ${start}: missing name`);
        }
        throw e;
      }
      if (nameStart > end || nameStart + nameLen > end) {
        throw new NotWasmError(
          `truncated section custom at offset ${start}: name of ${nameLen} bytes overruns the section`,
        );
      }
      const own = utf8.decode(bytes.subarray(nameStart, nameStart + nameLen));
      name = own;
      if (KNOWN_NAMES.has(own) || used.has(own) || own.startsWith('unknown:')) {
        name = `custom:${own}`;
        for (let n = 2; used.has(name); n++) name = `custom:${own}#${n}`;
      }
    } else {
      if (seenIds.has(id)) {
        throw new NotWasmError(`duplicate section ${label} at offset ${start}`);
      }
      seenIds.add(id);
      // Unique: custom sections never take a known or "unknown:" name (see above).
      name = label;
    }
    used.add(name);
    sections.push({ id, name, start, payloadStart, end });
    pos = end;
  }
  return sections;
}

/**
 * Whole-section byte sizes (id byte + size LEB + payload) keyed by section name
 * (see {@link readSections} for the naming). Sum of all values + 8 = module length.
 */
export function sectionSizes(bytes: Uint8Array): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of readSections(bytes)) {
    // defineProperty, so that a custom section named "__proto__" is an ordinary key.
    Object.defineProperty(out, s.name, {
      value: s.end - s.start,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
