// The toolchains teams build WebAssembly with, for the tests that build fixtures/toolchains/ from
// source. Each test names what it needs: it fails with the missing tools and the command that
// installs them (.ci/run installs everything).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { missingRequirement, type SkipContext } from './need.js';
import { repo } from './cli.js';

export interface Toolchain {
  name: string;
  /** what is missing (empty when the toolchain works) */
  missing: () => string[];
  install: string;
}

const ok = (cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean => spawnSync(cmd, args, { env, encoding: 'utf8' }).status === 0;
const rustc = process.env.WASM_GATE_RUSTC ?? '/usr/bin/rustc';
const cargo = process.env.WASM_GATE_CARGO ?? '/usr/bin/cargo';
const rustTarget = (target: string): boolean => {
  const sysroot = spawnSync(rustc, ['--print', 'sysroot'], { encoding: 'utf8' }).stdout?.trim();
  return !!sysroot && existsSync(path.join(sysroot, 'lib', 'rustlib', target));
};

export const EMSCRIPTEN: Toolchain = {
  name: 'Emscripten',
  missing: () => (ok('emcc', ['--version'], { ...process.env, NODE_PATH: '/usr/share/nodejs' }) ? [] : ['emcc (Debian emscripten)']),
  install: 'apt-get install emscripten',
};

export const RUST_BINDGEN: Toolchain = {
  name: 'Rust + wasm-bindgen',
  missing: () => [
    ...(existsSync(cargo) && existsSync(rustc) ? [] : [`${cargo} and ${rustc}`]),
    ...(rustTarget('wasm32-unknown-unknown') ? [] : ['the wasm32-unknown-unknown Rust std']),
    ...(existsSync('/usr/share/cargo/registry/wasm-bindgen-0.2.83') ? [] : ['wasm-bindgen 0.2.83 in /usr/share/cargo/registry']),
  ],
  install: 'apt-get install rustc cargo libstd-rust-dev-wasm32 librust-wasm-bindgen-dev',
};

export const RUST_WASI: Toolchain = {
  name: 'Rust wasm32-wasi',
  missing: () => [...(existsSync(cargo) && existsSync(rustc) ? [] : [`${cargo} and ${rustc}`]), ...(rustTarget('wasm32-wasi') ? [] : ['the wasm32-wasi Rust std'])],
  install: 'apt-get install rustc cargo libstd-rust-dev-wasm32',
};

export const ASSEMBLYSCRIPT: Toolchain = {
  name: 'AssemblyScript',
  missing: () => (existsSync(path.join(repo, 'node_modules', 'assemblyscript', 'bin', 'asc.js')) ? [] : ['npm assemblyscript']),
  install: 'npm ci',
};

export const CLANG_WASI: Toolchain = {
  name: 'clang + wasi-libc',
  missing: () => {
    const missing: string[] = [];
    const libc = spawnSync('clang', ['--target=wasm32-wasi', '-print-file-name=libc.a'], { encoding: 'utf8' }).stdout?.trim() ?? '';
    if (!libc.includes('/') || !existsSync(libc)) missing.push('clang with the wasi sysroot');
    if (!ok('llvm-objcopy', ['--version'])) missing.push('llvm-objcopy');
    return missing;
  },
  install: 'apt-get install clang lld wasi-libc libclang-rt-dev-wasm32 llvm',
};

/** Fails a test whose toolchains are not all there. */
export function requireToolchains(ctx: SkipContext, ...toolchains: Toolchain[]): void {
  const gaps = toolchains.flatMap((t) => t.missing().map((m) => ({ t, m })));
  if (gaps.length === 0) return;
  const names = [...new Set(gaps.map((g) => g.t.name))].join(', ');
  missingRequirement(ctx, `cannot build the ${names} fixtures: missing ${gaps.map((g) => g.m).join(', ')}`, [...new Set(gaps.map((g) => g.t.install))].join(' && '));
}
