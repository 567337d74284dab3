// wasm-opt engines: the in-process binaryen API must give the same bytes as binaryen's own
// wasm-opt command of the same version; the native engine runs a wasm-opt executable.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeFeatureFlags } from '../src/optimize/native-engine.js';
import { createOptimizer } from '../src/optimize/optimize.js';
import { FlagError, planFromFlags } from '../src/optimize/wasm-opt-flags.js';
import { WasmOptError } from '../src/optimize/wasm-opt-output.js';
import { BINARYEN_VERSION } from '../src/version.js';
import { detectFeatures, featuresToEnable } from '../src/wasm/features.js';
import { repo } from './helpers/cli.js';
import { missingRequirement } from './helpers/need.js';
import { featureFlags, wasmOptCli } from './helpers/wasm-opt-cli.js';
import { wat } from './helpers/wat.js';

const fixtures = readdirSync(path.join(repo, 'fixtures', 'prebuilt')).filter((f) => f.endsWith('.wasm'));

describe('wasm-opt flags', () => {
  it('keeps the command-line order of optimization levels and passes', () => {
    expect(planFromFlags(['-Oz', '--strip-debug', '-O3', '--converge', '--enable-bulk-memory', '--pass-arg=inline@4', '-g'])).toEqual({
      steps: [
        { kind: 'optimize', optimizeLevel: 2, shrinkLevel: 2 },
        { kind: 'pass', name: 'strip-debug' },
        { kind: 'optimize', optimizeLevel: 3, shrinkLevel: 0 },
        { kind: 'converge' },
      ],
      features: [{ op: 'enable', feature: 'bulk-memory' }],
      debugInfo: true,
      validate: true,
      passArgs: { inline: '4' },
      toggles: {},
    });
  });

  it('keeps feature flags in order, -mvp and -all included, and rejects unknown features', () => {
    expect(planFromFlags(['--mvp-features', '--enable-simd', '-all', '--disable-gc', '-n']).features).toEqual([
      { op: 'disable', feature: 'all' },
      { op: 'enable', feature: 'simd' },
      { op: 'enable', feature: 'all' },
      { op: 'disable', feature: 'gc' },
    ]);
    expect(planFromFlags(['-n']).validate).toBe(false);
    expect(() => planFromFlags(['--enable-bulk-memroy'])).toThrow(/unknown wasm feature in optimize.flags: --enable-bulk-memroy/);
  });

  it('rejects flags it cannot run in process, pointing to the native engine', () => {
    expect(() => planFromFlags(['-o', 'out.wasm'])).toThrow(FlagError);
    expect(() => planFromFlags(['--output=x'])).toThrow(/set optimize.engine to "native"/);
  });
});

describe('in-process binaryen', () => {
  it.each(fixtures)('gives the same bytes as binaryen’s wasm-opt CLI for %s', async (file) => {
    const input = readFileSync(path.join(repo, 'fixtures', 'prebuilt', file));
    const features = featuresToEnable(detectFeatures(input));
    const optimizer = await createOptimizer({ engine: 'binaryen', flags: ['-Oz', '--strip-debug'], wasmOpt: 'wasm-opt' }, {});
    const optimized = await optimizer.optimize(input, features);
    expect(Buffer.from(optimized).equals(wasmOptCli(input, [...featureFlags(features), '-Oz', '--strip-debug']))).toBe(true);
    expect(optimized.length).toBeLessThan(input.length);
  });

  it('reports a module binaryen cannot read, in one line', async () => {
    const optimizer = await createOptimizer({ engine: 'binaryen', flags: ['-Oz'], wasmOpt: 'wasm-opt' }, {});
    const failure = optimizer.optimize(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 5, 0]), []);
    await expect(failure).rejects.toThrow(/^binaryen cannot read the module: /);
    await expect(failure).rejects.toBeInstanceOf(WasmOptError);
  });

  it('a misspelled pass in optimize.flags gets binaryen’s message naming it, not "[object Object]"', async () => {
    const optimizer = await createOptimizer({ engine: 'binaryen', flags: ['-Oz', '--inlinig'], wasmOpt: 'wasm-opt' }, {});
    const failure = optimizer.optimize(wat('(module (func (export "f") (result i32) i32.const 1))'), []);
    await expect(failure).rejects.toBeInstanceOf(WasmOptError);
    await expect(failure).rejects.toThrow('optimize.flags: binaryen has no pass "--inlinig" ("Could not find pass: inlinig")');
    await expect(failure).rejects.not.toThrow('[object Object]');
  });

  it('--enable-bulk-memory alone brings bulk-memory-opt, as the CLI does (binaryen asserts otherwise)', async () => {
    const input = wat('(module (memory 1) (data $d "abc") (func (export "f") (memory.init $d (i32.const 0) (i32.const 0) (i32.const 3)) (memory.copy (i32.const 8) (i32.const 0) (i32.const 3))))');
    const flags = ['-Oz', '--enable-bulk-memory'];
    const optimizer = await createOptimizer({ engine: 'binaryen', flags, wasmOpt: 'wasm-opt' }, {});
    // No features from the module itself: the flag alone must carry the module.
    const optimized = await optimizer.optimize(input, []);
    expect(Buffer.from(optimized).equals(wasmOptCli(input, ['--mvp-features', ...flags]))).toBe(true);
  });

  it('a module that does not validate gets a short message; binaryen’s whole output is the details', async () => {
    const input = wat('(module (memory 1) (func (export "f") (memory.fill (i32.const 0) (i32.const 0) (i32.const 4)) (memory.copy (i32.const 8) (i32.const 0) (i32.const 4))))');
    const optimizer = await createOptimizer({ engine: 'binaryen', flags: ['-Oz', '--disable-bulk-memory-opt'], wasmOpt: 'wasm-opt' }, {});
    const error = (await optimizer.optimize(input, featuresToEnable(detectFeatures(input))).catch((e: unknown) => e)) as WasmOptError;
    expect(error).toBeInstanceOf(WasmOptError);
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('the module does not validate with the features enabled for it (none beyond the MVP); it uses bulk-memory-opt');
    // (binaryen reports one or both, depending on what it validated before in the same process)
    expect(lines[1]).toMatch(/^  first of [12] validator errors?: \[wasm-validator error in function 0\] memory\.(copy|fill) operations require bulk memory (operations )?\[--enable-bulk-memory-opt\]$/);
    expect(lines[2]).toMatch(/^  fix: add "--enable-bulk-memory-opt" to optimize.flags, or drop the flags that disable them \(--verbose shows all \d+ lines\)$/);
    expect(lines).toHaveLength(3);
    expect(error.details).toContain('(memory.copy');
    expect(error.details.split('\n').length).toBeGreaterThan(10);
  });
});

const nativeWasmOpt = spawnSync('wasm-opt', ['--version']).status === 0;

describe('native wasm-opt', () => {
  it('optimizes with the executable and records its version', async (ctx) => {
    if (!nativeWasmOpt) {
      missingRequirement(ctx, 'wasm-opt is not on PATH', 'apt-get install binaryen');
    }
    const optimizer = await createOptimizer({ engine: 'native', flags: ['-Oz', '--strip-debug'], wasmOpt: 'wasm-opt' }, { PATH: process.env.PATH ?? '' });
    expect(optimizer.tools['wasm-opt']).toMatch(/^wasm-opt version \d+/);
    const input = readFileSync(path.join(repo, 'fixtures', 'prebuilt', 'rust-bump.wasm'));
    const optimized = await optimizer.optimize(input, []);
    expect(optimized.length).toBeGreaterThan(8);
    expect(optimized.length).toBeLessThan(input.length);
  });

  it('gets exactly the module’s features as flags; an older wasm-opt without bulk-memory-opt gets bulk-memory', () => {
    expect(nativeFeatureFlags(['sign-ext', 'bulk-memory-opt', 'fp16'], new Set(['sign-ext', 'bulk-memory']))).toEqual(['--mvp-features', '--enable-sign-ext', '--enable-bulk-memory']);
    expect(nativeFeatureFlags(['bulk-memory', 'bulk-memory-opt'], new Set(['bulk-memory', 'bulk-memory-opt']))).toEqual(['--mvp-features', '--enable-bulk-memory', '--enable-bulk-memory-opt']);
  });

  it('optimizes a bulk-memory, saturating-truncation module as the executable does with those features; a failure is short', async (ctx) => {
    // Debian's wasm-opt (an older binaryen, without bulk-memory-opt) when installed; under npm
    // scripts a bare "wasm-opt" is npm binaryen's.
    const native = existsSync('/usr/bin/wasm-opt') ? '/usr/bin/wasm-opt' : 'wasm-opt';
    if (!nativeWasmOpt) {
      missingRequirement(ctx, 'wasm-opt is not on PATH', 'apt-get install binaryen');
    }
    const input = wat('(module (memory 1) (func (export "f") (param f32) (result i32) (memory.copy (i32.const 8) (i32.const 0) (i32.const 4)) (i32.trunc_sat_f32_s (local.get 0))))');
    const features = featuresToEnable(detectFeatures(input));
    expect(features).toEqual(['nontrapping-float-to-int', 'bulk-memory-opt']);
    const env = { PATH: process.env.PATH ?? '' };
    const optimizer = await createOptimizer({ engine: 'native', flags: ['-Oz', '--strip-debug'], wasmOpt: native }, env);
    const optimized = await optimizer.optimize(input, features);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wg-native-'));
    writeFileSync(path.join(dir, 'in.wasm'), input);
    const bulk = execFileSync(native, ['--help'], { encoding: 'utf8' }).includes('--enable-bulk-memory-opt') ? 'bulk-memory-opt' : 'bulk-memory';
    execFileSync(native, [path.join(dir, 'in.wasm'), '--mvp-features', '--enable-nontrapping-float-to-int', `--enable-${bulk}`, '-Oz', '--strip-debug', '-o', path.join(dir, 'out.wasm')]);
    expect(Buffer.from(optimized).equals(readFileSync(path.join(dir, 'out.wasm')))).toBe(true);

    const strict = await createOptimizer({ engine: 'native', flags: ['-Oz', `--disable-${bulk}`], wasmOpt: native }, env);
    const error = (await strict.optimize(input, features).catch((e: unknown) => e)) as WasmOptError;
    expect(error).toBeInstanceOf(WasmOptError);
    expect(error.message.split('\n')).toHaveLength(3);
    expect(error.message).toMatch(
      new RegExp(`^the module does not validate with the features enabled for it \\(nontrapping-float-to-int\\); it uses nontrapping-float-to-int, ${bulk}\\n  first of 1 validator error: \\[wasm-validator error in function 0\\] .*(memory\\.copy|Bulk memory).*\\n  fix: add "--enable-${bulk}" to optimize.flags`),
    );
  });

  it('says when the native wasm-opt is too old for the module\'s features, names them, and points to the bundled engine', async (ctx) => {
    const native = existsSync('/usr/bin/wasm-opt') ? '/usr/bin/wasm-opt' : 'wasm-opt';
    if (!nativeWasmOpt) {
      missingRequirement(ctx, 'wasm-opt is not on PATH', 'apt-get install binaryen');
    }
    // A standard GC module (a rec group of two structs), as binaryen 132 writes it.
    const { default: binaryen } = await import('binaryen');
    const module = binaryen.parseText(
      '(module (rec (type $s (struct (field i32))) (type $t (struct (field (ref null $s))))) (func (export "f") (result i32) (struct.get $s 0 (struct.new $s (i32.const 7)))) (func (export "g") (result (ref null $t)) (ref.null $t)))',
    );
    module.setFeatures(binaryen.Features.All);
    const input = module.emitBinary();
    module.dispose();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wg-native-gc-'));
    writeFileSync(path.join(dir, 'gc.wasm'), input);
    if (spawnSync(native, [path.join(dir, 'gc.wasm'), '--enable-gc', '--enable-reference-types', '--print'], { encoding: 'utf8' }).status === 0) ctx.skip(`${native} reads standard GC modules`);
    const features = featuresToEnable(detectFeatures(input));
    expect(features).toEqual(['reference-types', 'gc']);
    const optimizer = await createOptimizer({ engine: 'native', flags: ['-Oz'], wasmOpt: native }, { PATH: process.env.PATH ?? '' });
    const error = (await optimizer.optimize(input, features).catch((e: unknown) => e)) as WasmOptError;
    expect(error).toBeInstanceOf(WasmOptError);
    const lines = error.message.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(new RegExp(`^${native.replace(/[/.]/g, '\\$&')} \\(wasm-opt version \\d+[^)]*\\) cannot read the module's features \\(reference-types, gc\\): \\[parse exception: `));
    expect(lines[2]).toBe(`  fix: set optimize.engine to "binaryen" (the bundled binaryen ${BINARYEN_VERSION} reads them), or point optimize.wasmOpt at a newer wasm-opt`);
    expect(error.details).toContain('[parse exception');
    // and the bundled engine does read it
    const bundled = await createOptimizer({ engine: 'binaryen', flags: ['-Oz'], wasmOpt: 'wasm-opt' }, {});
    expect((await bundled.optimize(input, features)).length).toBeGreaterThan(8);
  });

  it('says which executable is missing', async () => {
    await expect(createOptimizer({ engine: 'native', flags: ['-Oz'], wasmOpt: '/nonexistent/wasm-opt' }, {})).rejects.toThrow(/\/nonexistent\/wasm-opt --version failed/);
  });
});
