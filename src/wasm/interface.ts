// A core module's imports and exports (names and kinds), read from its bytes, and what changed
// between two of them. Pure module.
import { readDeclarations, type ExternKind } from './imports-exports.js';

export type { ExternKind } from './imports-exports.js';

export interface ModuleInterface {
  imports: { module: string; name: string; kind: ExternKind }[];
  exports: { name: string; kind: ExternKind }[];
}

export function moduleInterface(bytes: Uint8Array): ModuleInterface {
  const d = readDeclarations(bytes);
  return { imports: d.imports.map(({ module, name, kind }) => ({ module, name, kind })), exports: d.exports.map(({ name, kind }) => ({ name, kind })) };
}

/** What `after` lost or gained against `before`, as "import env.f (function)" lines; empty when none. */
export function interfaceChanges(before: ModuleInterface, after: ModuleInterface): string[] {
  const imports = (m: ModuleInterface): string[] => m.imports.map((i) => `import ${i.module}.${i.name} (${i.kind})`);
  const exports = (m: ModuleInterface): string[] => m.exports.map((e) => `export ${e.name} (${e.kind})`);
  const was = new Set([...imports(before), ...exports(before)]);
  const is = new Set([...imports(after), ...exports(after)]);
  return [...[...was].filter((x) => !is.has(x)).map((x) => `lost ${x}`), ...[...is].filter((x) => !was.has(x)).map((x) => `gained ${x}`)];
}
