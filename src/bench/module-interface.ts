// Pure: what a module needs from its host, read from its binary: each import with the number of
// parameters of an imported function and the limits of an imported memory or table, and the limits
// of the memory it defines. The worker builds host functions from this (the JS API cannot tell an
// import's signature or a memory's maximum), e.g. to tell AssemblyScript's `env.abort(msg, file,
// line, col)` from Emscripten's `env.abort()`, or whether Emscripten's heap may grow.
import { readDeclarations, type Limits } from '../wasm/imports-exports.js';
import { readSections } from '../wasm/sections.js';

export type { Limits } from '../wasm/imports-exports.js';

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
  /** the module has a start function (it runs inside instantiation) */
  start?: true;
}

export function readModuleInterface(bytes: Uint8Array): ModuleInterface {
  const d = readDeclarations(bytes);
  const imports = d.imports.map((i): ImportDescriptor => {
    if (i.kind !== 'function') return i;
    const type = d.types[i.typeIndex];
    return { module: i.module, name: i.name, kind: 'function', params: type ? type.params.length : -1, results: type ? type.results.length : -1 };
  });
  const start = readSections(bytes).some((s) => s.name === 'start');
  return { imports, ...(d.memory ? { memory: d.memory } : {}), ...(start ? { start } : {}) };
}
