// A core module's imports and exports (names and kinds), read from its bytes. Pure module.
import { Cursor, hex } from './cursor.js';
import { readSections } from './sections.js';

export type ExternKind = 'function' | 'table' | 'memory' | 'global' | 'tag';
const KINDS: readonly ExternKind[] = ['function', 'table', 'memory', 'global', 'tag'];

export interface ModuleInterface {
  imports: { module: string; name: string; kind: ExternKind }[];
  exports: { name: string; kind: ExternKind }[];
}

const utf8 = new TextDecoder('utf-8');

export function moduleInterface(bytes: Uint8Array): ModuleInterface {
  const result: ModuleInterface = { imports: [], exports: [] };
  for (const s of readSections(bytes)) {
    if (s.id !== 2 && s.id !== 7) continue;
    const c = new Cursor(bytes, s.payloadStart, s.end);
    const name = (): string => {
      const len = c.u32('name length');
      const start = c.pos;
      c.skipBytes(len);
      return utf8.decode(bytes.subarray(start, c.pos));
    };
    const kind = (): ExternKind => {
      const k = c.byte();
      const known = KINDS[k];
      if (!known) throw new Error(`unknown extern kind 0x${hex(k)} at offset ${c.pos - 1}`);
      return known;
    };
    const n = c.u32('count');
    for (let i = 0; i < n; i++) {
      if (s.id === 7) {
        result.exports.push({ name: name(), kind: kind() });
        c.u32('export index');
        continue;
      }
      const module = name();
      const field = name();
      const k = kind();
      result.imports.push({ module, name: field, kind: k });
      if (k === 'function') c.u32('type index');
      else if (k === 'table') {
        c.valType();
        c.limits();
      } else if (k === 'memory') c.limits();
      else if (k === 'global') {
        c.valType();
        c.byte();
      } else {
        c.byte();
        c.u32('tag type index');
      }
    }
  }
  return result;
}

/** What `after` lost or gained against `before`, as "import env.f (function)" lines; empty when none. */
export function interfaceChanges(before: ModuleInterface, after: ModuleInterface): string[] {
  const imports = (m: ModuleInterface): string[] => m.imports.map((i) => `import ${i.module}.${i.name} (${i.kind})`);
  const exports = (m: ModuleInterface): string[] => m.exports.map((e) => `export ${e.name} (${e.kind})`);
  const was = new Set([...imports(before), ...exports(before)]);
  const is = new Set([...imports(after), ...exports(after)]);
  return [...[...was].filter((x) => !is.has(x)).map((x) => `lost ${x}`), ...[...is].filter((x) => !was.has(x)).map((x) => `gained ${x}`)];
}
