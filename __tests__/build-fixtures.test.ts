// The gate over real builds: the fixtures built from source with the real toolchains, through
// `node dist/cli.js check`, must match the committed root baseline exactly (builds are
// reproducible). The four Rust variants share one cargo target dir and one artifact path, so this
// also proves each artifact is taken away right after its own build. Variants the root baseline
// does not gate (c-bump, c-chase, emscripten) are new to it, and built to exactly the bytes of
// fixtures/prebuilt.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo, runCli, tempDir } from './helpers/cli.js';
import { requireToolchains } from './helpers/toolchain.js';
import { EMSCRIPTEN, requireToolchains as requireMore } from './helpers/real-toolchains.js';

describe('real builds', () => {
  it('build, optimize and measure the fixtures from source: exactly the committed baseline', { timeout: 600_000 }, async (ctx) => {
    requireToolchains(ctx, 'build the fixtures');
    requireMore(ctx, EMSCRIPTEN); // the emscripten variant
    const fixtures = path.join(repo, 'fixtures');
    const config = JSON.parse(readFileSync(path.join(fixtures, 'wasm-gate.build.json'), 'utf8'));
    // Sizes only: the benchmarks have their own tests.
    config.bench = { enabled: false };
    config.variants = config.variants.map((v: { cwd?: string }) => ({ ...v, cwd: path.resolve(fixtures, v.cwd ?? '.') }));
    const dir = await tempDir();
    const file = path.join(dir, 'wasm-gate.config.json');
    writeFileSync(file, JSON.stringify(config));
    const run = await runCli(['check', '--config', file, '--baseline', path.join(repo, 'baseline.json'), '--json', path.join(dir, 'r.json'), '--verbose']);
    expect(run.code, run.stdout + run.stderr.slice(-3000)).toBe(0);
    expect(run.stderr).toContain('Finished release'); // cargo really ran
    const results = JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8'));
    const baseline = JSON.parse(readFileSync(path.join(repo, 'baseline.json'), 'utf8'));
    const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
    const gated = results.variants.filter((v: { name: string }) => baseline.variants[v.name]);
    // Every variant the build config makes is in the committed baseline.
    expect(results.variants.filter((v: { name: string }) => !baseline.variants[v.name]).map((v: { name: string }) => v.name)).toEqual([]);
    expect(gated).toHaveLength(config.variants.length);
    for (const variant of results.variants) {
      expect(variant.measurement.fingerprint.artifact, variant.name).toBe(sha256(path.join(fixtures, 'prebuilt', `${variant.name}.wasm`)));
    }
    for (const variant of gated) {
      expect(variant.status, variant.name).toBe('pass');
      expect(variant.measurement.size, variant.name).toEqual(baseline.variants[variant.name].size);
      // The build gave exactly the bytes the baseline was measured from.
      expect(variant.measurement.fingerprint.artifact, variant.name).toBe(baseline.variants[variant.name].measuredFrom.artifact);
    }
    const raws = results.variants.filter((v: { name: string }) => v.name.startsWith('rust-')).map((v: { measurement: { size: { raw: number } } }) => v.measurement.size.raw);
    expect(new Set(raws).size).toBe(4);
  });
});
