// The Debian toolchains the fixtures build with. Tests that need them fail when they are absent
// (see need.ts for the opt-out); .ci/run installs them.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { missingRequirement, type SkipContext } from './need.js';

export const APT =
  'apt-get install clang lld wasi-libc libclang-rt-dev-wasm32 rustc cargo libstd-rust-dev-wasm32';

/** What is missing to rebuild the fixtures (empty when everything is there). */
export function missingToolchain(): string[] {
  const missing: string[] = [];
  const cargo = process.env.WASM_GATE_CARGO ?? '/usr/bin/cargo';
  const rustc = process.env.WASM_GATE_RUSTC ?? '/usr/bin/rustc';
  const clang = process.env.WASM_GATE_CLANG ?? 'clang';
  if (!existsSync(cargo)) missing.push(cargo);
  if (!existsSync(rustc)) {
    missing.push(rustc);
  } else {
    const sysroot = spawnSync(rustc, ['--print', 'sysroot'], { encoding: 'utf8' }).stdout?.trim();
    if (!sysroot || !existsSync(join(sysroot, 'lib', 'rustlib', 'wasm32-unknown-unknown')))
      missing.push('the wasm32-unknown-unknown Rust std (libstd-rust-dev-wasm32)');
  }
  // clang answers with the bare file name when it cannot find a file.
  const ask = (flag: string) =>
    spawnSync(clang, ['--target=wasm32-wasi', flag], { encoding: 'utf8' }).stdout?.trim() ?? '';
  if (spawnSync(clang, ['--version']).status !== 0) {
    missing.push(clang);
  } else {
    const libc = ask('-print-file-name=libc.a');
    if (!libc.includes('/') || !existsSync(libc)) missing.push('the wasi sysroot (wasi-libc)');
    const builtins = ask('-print-libgcc-file-name');
    if (!existsSync(builtins)) missing.push('the wasm32 compiler-rt builtins (libclang-rt-dev-wasm32)');
    if (spawnSync('wasm-ld', ['--version']).status !== 0 && spawnSync('wasm-ld-14', ['--version']).status !== 0)
      missing.push('wasm-ld (lld)');
  }
  return missing;
}

export const missing = missingToolchain();

/** Fails a test that needs the toolchains when they are not all there. */
export function requireToolchains(ctx: SkipContext, what: string): void {
  if (missing.length === 0) return;
  missingRequirement(ctx, `cannot ${what}: missing ${missing.join(', ')}`, APT);
}
