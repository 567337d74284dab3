// The committed fixtures/prebuilt/*.wasm must be exactly what
// fixtures/build-all.sh produces from the committed sources: rebuild every
// variant with the real toolchains into a temp dir and compare bytes.
import { describe, it, expect } from 'vitest';
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(repo, 'fixtures');
const prebuilt = join(fixtures, 'prebuilt');
const EXPECTED = [
  'c-custom.wasm',
  'c-libc.wasm',
  'rust-bump.wasm',
  'rust-dlmalloc.wasm',
  'rust-freelist.wasm',
  'rust-tracing.wasm',
];
const APT =
  'apt-get install clang lld wasi-libc libclang-rt-dev-wasm32 rustc cargo libstd-rust-dev-wasm32';

/** What is missing to rebuild the fixtures (empty when everything is there). */
function missingToolchain(): string[] {
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

const onCI = !!process.env.CI && !['0', 'false'].includes(process.env.CI.toLowerCase());
const missing = missingToolchain();
if (missing.length > 0 && !onCI) {
  console.warn(
    `fixtures-rebuild: SKIPPED, missing ${missing.join(', ')}.\n` +
      `  Install the toolchains with: ${APT}`,
  );
}

describe('fixtures/prebuilt', () => {
  it('holds exactly the six variants', () => {
    const files = readdirSync(prebuilt).filter((f) => f.endsWith('.wasm')).sort();
    expect(files).toEqual(EXPECTED);
  });

  it('is byte-identical to a fresh fixtures/build-all.sh', { timeout: 600_000 }, async (ctx) => {
    if (missing.length > 0) {
      if (onCI) {
        throw new Error(
          `cannot rebuild the wasm fixtures on CI: missing ${missing.join(', ')}. ` +
            `The CI machine needs: ${APT}`,
        );
      }
      ctx.skip(`missing ${missing.join(', ')}; install with: ${APT}`);
    }
    const out = mkdtempSync(join(tmpdir(), 'wasm-gate-fixtures-'));
    // A private cargo target dir: other tests may build the same crate with
    // other features in fixtures/rust-alloc/target at the same time.
    const target = mkdtempSync(join(tmpdir(), 'wasm-gate-fixtures-target-'));
    try {
      await run('bash', [join(fixtures, 'build-all.sh'), out], {
        env: { ...process.env, CARGO_TARGET_DIR: target },
        maxBuffer: 16 << 20,
      });
      const built = readdirSync(out).filter((f) => f.endsWith('.wasm')).sort();
      expect(built).toEqual(EXPECTED);
      const stale: string[] = [];
      for (const f of EXPECTED) {
        const committed = readFileSync(join(prebuilt, f));
        const fresh = readFileSync(join(out, f));
        if (!committed.equals(fresh))
          stale.push(`${f} (committed ${committed.length} B, fresh build ${fresh.length} B)`);
      }
      expect(
        stale,
        `fixtures/prebuilt is stale: ${stale.join('; ')}. ` +
          'Run fixtures/build-all.sh to refresh it, and commit the result.',
      ).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
      rmSync(target, { recursive: true, force: true });
    }
  });
});
