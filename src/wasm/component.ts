// WebAssembly components (the component model's binary format, what wasm32-wasip2 produces):
// their sections, the core modules they embed (nested components included), and the same
// component with some core modules replaced, every other byte kept. Pure module.
import { Cursor } from './cursor.js';
import { concatBytes, encodeU32 } from './leb128.js';
import { NotWasmError, readSections } from './sections.js';

export const COMPONENT_SECTION_NAMES: readonly string[] = [
  'custom',
  'core-module',
  'core-instance',
  'core-type',
  'component',
  'instance',
  'alias',
  'type',
  'canon',
  'start',
  'import',
  'export',
  'value',
];
const ID_CORE_MODULE = 1;
const ID_COMPONENT = 4;

/** True when the bytes start like a component (layer 1), whatever its version. */
export function isComponent(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && bytes[0] === 0 && bytes[1] === 0x61 && bytes[2] === 0x73 && bytes[3] === 0x6d && bytes[6] === 0x01 && bytes[7] === 0x00;
}

/** Throws NotWasmError unless the bytes are a core module or a component (with readable core modules). */
export function checkArtifact(bytes: Uint8Array): void {
  if (!isComponent(bytes)) {
    readSections(bytes);
    return;
  }
  for (const m of embeddedCoreModules(bytes)) readSections(bytes.subarray(m.start, m.end));
}

export interface ComponentSection {
  id: number;
  /** "core-module", "canon", a custom section's own name, ... (unique names: see componentSectionSizes) */
  kind: string;
  start: number;
  payloadStart: number;
  end: number;
}

/** The top-level sections of the component in bytes[start, end). */
export function readComponentSections(bytes: Uint8Array, start = 0, end = bytes.length): ComponentSection[] {
  checkPreamble(bytes, start, end);
  const sections: ComponentSection[] = [];
  const c = new Cursor(bytes, start + 8, end);
  while (c.pos < end) {
    const at = c.pos;
    const id = c.byte();
    const size = c.u32('section size');
    const payloadStart = c.pos;
    if (size > end - payloadStart) {
      throw new NotWasmError(`truncated component section ${id} at offset ${at}: ${size} bytes overrun the component`);
    }
    c.pos = payloadStart + size;
    let kind = COMPONENT_SECTION_NAMES[id] ?? `unknown:${id}`;
    if (id === 0) {
      const name = new Cursor(bytes, payloadStart, c.pos);
      const len = name.u32('custom section name length');
      name.skipBytes(len);
      kind = utf8.decode(bytes.subarray(name.pos - len, name.pos));
    }
    sections.push({ id, kind, start: at, payloadStart, end: c.pos });
  }
  return sections;
}

const utf8 = new TextDecoder('utf-8');

function checkPreamble(bytes: Uint8Array, start: number, end: number): void {
  if (end - start < 8 || !isComponent(bytes.subarray(start, start + 8))) {
    throw new NotWasmError(`not a WebAssembly component at offset ${start}`);
  }
  const version = bytes[start + 4]! | (bytes[start + 5]! << 8);
  if (version !== 0x0d) {
    throw new NotWasmError(`unsupported component binary version 0x${version.toString(16)} (this reader knows 0xd, the component model's)`);
  }
}

/**
 * Whole-section sizes of a component, keyed by name: each core module and nested component on its
 * own ("core-module:0", "component:0", numbered in order), every other kind summed ("type",
 * "canon", ...), custom sections by their name ("custom:<name>" when it is taken).
 * Sum of all values + 8 = component length.
 */
export function componentSectionSizes(bytes: Uint8Array): Record<string, number> {
  const out: Record<string, number> = {};
  const counters: Record<number, number> = {};
  const used = new Set<string>();
  for (const s of readComponentSections(bytes)) {
    let name: string;
    if (s.id === ID_CORE_MODULE || s.id === ID_COMPONENT) {
      const n = counters[s.id] ?? 0;
      counters[s.id] = n + 1;
      name = `${s.kind}:${n}`;
    } else if (s.id === 0) {
      name = s.kind;
      if (COMPONENT_SECTION_NAMES.includes(name) || used.has(name) || /^(core-module|component):/.test(name)) {
        name = `custom:${s.kind}`;
        for (let n = 2; used.has(name); n++) name = `custom:${s.kind}#${n}`;
      }
    } else {
      name = s.kind;
    }
    used.add(name);
    // defineProperty, so that a custom section named "__proto__" is an ordinary key.
    Object.defineProperty(out, name, { value: (out[name] ?? 0) + s.end - s.start, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

export interface EmbeddedCoreModule {
  /** 0, 1, ... in binary order, nested components' modules included */
  index: number;
  /** e.g. "core module 1", or "component 0 › core module 1" inside a nested component */
  location: string;
  /** the core module's bytes lie in [start, end) of the component */
  start: number;
  end: number;
}

/** Every core module the component embeds, nested components' included, in binary order. */
export function embeddedCoreModules(bytes: Uint8Array): EmbeddedCoreModule[] {
  const found: EmbeddedCoreModule[] = [];
  const walk = (start: number, end: number, prefix: string): void => {
    let modules = 0;
    let components = 0;
    for (const s of readComponentSections(bytes, start, end)) {
      if (s.id === ID_CORE_MODULE) {
        found.push({ index: found.length, location: `${prefix}core module ${modules++}`, start: s.payloadStart, end: s.end });
      } else if (s.id === ID_COMPONENT) {
        walk(s.payloadStart, s.end, `${prefix}component ${components++} › `);
      }
    }
  };
  walk(0, bytes.length, '');
  return found;
}

/**
 * The component with core modules replaced (by `index`, see embeddedCoreModules). Sections that
 * do not contain a replaced module keep their bytes exactly; enclosing sections get new sizes.
 */
export function replaceCoreModules(bytes: Uint8Array, replacements: ReadonlyMap<number, Uint8Array>): Uint8Array {
  let next = 0;
  const rebuild = (start: number, end: number): Uint8Array[] => {
    const parts: Uint8Array[] = [bytes.subarray(start, start + 8)];
    for (const s of readComponentSections(bytes, start, end)) {
      let payload: Uint8Array[] | undefined;
      if (s.id === ID_CORE_MODULE) {
        const replacement = replacements.get(next++);
        if (replacement) payload = [replacement];
      } else if (s.id === ID_COMPONENT) {
        const before = next;
        const inner = rebuild(s.payloadStart, s.end);
        if ([...replacements.keys()].some((k) => k >= before && k < next)) payload = inner;
      }
      if (!payload) {
        parts.push(bytes.subarray(s.start, s.end));
        continue;
      }
      const size = payload.reduce((n, p) => n + p.length, 0);
      parts.push(new Uint8Array([s.id, ...encodeU32(size)]), ...payload);
    }
    return parts;
  };
  const parts = rebuild(0, bytes.length);
  return concatBytes(parts);
}
