// Function names as a reviewer reads them, and stable across builds: demangled (Rust legacy and
// v0, C++ Itanium, by gecko-profiler-demangle: Mozilla's wasm build of the rustc-demangle and
// cpp_demangle crates, MIT OR Apache-2.0), with Rust's hash suffix (`::h0123456789abcdef`), v0
// crate disambiguators (`crate[1a2b3c]`) and LLVM's `.llvm.<digits>` suffix removed, so one function keeps its name from build to build.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as glue from 'gecko-profiler-demangle/index_bg.js';

/** Longer names are cut (C++ template names can run to kilobytes). */
export const NAME_MAX = 300;

let demangler: ((name: string) => string) | undefined;
let broken = false;

/** dist/demangle.wasm beside the bundle; the npm package's file when running from source. */
function wasmFile(): string {
  const bundled = path.join(path.dirname(fileURLToPath(import.meta.url)), 'demangle.wasm');
  return existsSync(bundled) ? bundled : createRequire(import.meta.url).resolve('gecko-profiler-demangle/index_bg.wasm');
}

function load(): (name: string) => string {
  const module = new WebAssembly.Module(readFileSync(wasmFile()));
  const instance = new WebAssembly.Instance(module, { './index_bg.js': glue as unknown as WebAssembly.ModuleImports });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue.demangle_any;
}

/**
 * Demangles a symbol; a name that is not mangled (or that the demangler rejects) comes back as is.
 * If the demangler cannot load or traps, names stay as the module spells them for the rest of
 * the run (a trapped wasm-bindgen instance cannot be trusted again).
 */
export function demangle(name: string): string {
  if (broken || !/^_{1,2}[ZR]/.test(name)) return name;
  try {
    demangler ??= load();
    const out = demangler(name);
    // Its last resort drops a leading underscore (Mach-O style): not a demangling here.
    return out === name.replace(/^_/, '') ? name : out;
  } catch {
    broken = true;
    return name;
  }
}

/** The name a function is shown and matched by. */
export function readableName(raw: string): string {
  const name = demangle(raw.length > 4 * NAME_MAX ? raw.slice(0, 4 * NAME_MAX) : raw)
    // already demangled names (wasm-bindgen demangles the name section) still carry the hash
    .replace(/::h[0-9a-f]{16}(?![0-9A-Za-z_])/g, '')
    // and v0 names their crate disambiguators, `crate[1a2b3c]::f` (right after an identifier,
    // which a slice `&[u8]` or C++'s `operator[]` never is)
    .replace(/(?<=[0-9A-Za-z_])\[[0-9a-f]+\](?=::|[>,;) ]|$)/g, '')
    .replace(/\.llvm\.\d+$/, '');
  return name.length > NAME_MAX ? `${name.slice(0, NAME_MAX - 1)}…` : name;
}
