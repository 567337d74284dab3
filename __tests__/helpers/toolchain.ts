// The Debian toolchains the fixtures build with. Tests that need them skip loudly when they are
// absent, and fail under CI, where .ci/run must have installed them.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

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

export const onCI = !!process.env.CI && !['0', 'false'].includes(process.env.CI.toLowerCase());
export const missing = missingToolchain();
if (missing.length > 0 && !onCI) {
  console.warn(
    `toolchain tests: SKIPPED, missing ${missing.join(', ')}.\n` +
      `  Install the toolchains with: ${APT}`,
  );
}


/** Skip (locally) or fail (under CI) a test that needs the toolchains. */
export function requireToolchains(ctx: { skip: (note?: string) => void }, what: string): void {
  if (missing.length === 0) return;
  if (onCI) throw new Error(`cannot ${what} on CI: missing ${missing.join(', ')}. The CI machine needs: ${APT}`);
  ctx.skip(`missing ${missing.join(', ')}; install with: ${APT}`);
}
