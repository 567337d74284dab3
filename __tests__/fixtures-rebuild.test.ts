// The committed fixtures/prebuilt/*.wasm must be exactly what
// fixtures/build-all.sh produces from the committed sources: rebuild every
// variant with the real toolchains into a temp dir and compare bytes.
import { describe, it, expect } from 'vitest';
import { execFile } from 'node:child_process';
import { requireToolchains } from './helpers/toolchain.js';
import { EMSCRIPTEN, requireToolchains as requireMore } from './helpers/real-toolchains.js';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(repo, 'fixtures');
const prebuilt = join(fixtures, 'prebuilt');
const EXPECTED = [
  'c-bump.wasm',
  'c-chase.wasm',
  'c-custom.wasm',
  'c-libc.wasm',
  'emscripten.wasm',
  'rust-bump.wasm',
  'rust-dlmalloc.wasm',
  'rust-freelist.wasm',
  'rust-tracing.wasm',
];
describe('fixtures/prebuilt', () => {
  it('holds exactly the nine variants', () => {
    const files = readdirSync(prebuilt).filter((f) => f.endsWith('.wasm')).sort();
    expect(files).toEqual(EXPECTED);
  });

  it('is byte-identical to a fresh fixtures/build-all.sh', { timeout: 600_000 }, async (ctx) => {
    requireToolchains(ctx, 'rebuild the wasm fixtures');
    requireMore(ctx, EMSCRIPTEN); // emscripten.wasm
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
