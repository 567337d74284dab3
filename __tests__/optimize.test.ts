// wasm-opt engines: the in-process binaryen API must give the same bytes as binaryen's own
// wasm-opt command of the same version; the native engine runs a wasm-opt executable.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOptimizer } from '../src/optimize/optimize.js';
import { FlagError, planFromFlags } from '../src/optimize/wasm-opt-flags.js';
import { repo } from './helpers/cli.js';
import { onCI } from './helpers/toolchain.js';

const fixtures = readdirSync(path.join(repo, 'fixtures', 'prebuilt')).filter((f) => f.endsWith('.wasm'));
const npmWasmOpt = path.join(repo, 'node_modules', 'binaryen', 'bin', 'wasm-opt');

describe('wasm-opt flags', () => {
  it('keeps the command-line order of optimization levels and passes', () => {
    expect(planFromFlags(['-Oz', '--strip-debug', '-O3', '--converge', '--enable-bulk-memory', '--pass-arg=inline@4', '-g'])).toEqual({
      steps: [
        { kind: 'optimize', optimizeLevel: 2, shrinkLevel: 2 },
        { kind: 'pass', name: 'strip-debug' },
        { kind: 'optimize', optimizeLevel: 3, shrinkLevel: 0 },
        { kind: 'converge' },
      ],
      enable: ['bulk-memory'],
      disable: [],
      debugInfo: true,
      passArgs: { inline: '4' },
      toggles: {},
    });
  });

  it('rejects flags it cannot run in process, pointing to the native engine', () => {
    expect(() => planFromFlags(['-o', 'out.wasm'])).toThrow(FlagError);
    expect(() => planFromFlags(['--output=x'])).toThrow(/set optimize.engine to "native"/);
  });
});

describe('in-process binaryen', () => {
  it.each(fixtures)('gives the same bytes as binaryen’s wasm-opt CLI for %s', async (file) => {
    const input = readFileSync(path.join(repo, 'fixtures', 'prebuilt', file));
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'wg-opt-')), 'out.wasm');
    execFileSync(process.execPath, [npmWasmOpt, path.join(repo, 'fixtures', 'prebuilt', file), '-Oz', '--strip-debug', '-o', out]);
    const optimizer = await createOptimizer({ engine: 'binaryen', flags: ['-Oz', '--strip-debug'], wasmOpt: 'wasm-opt' }, {});
    const optimized = await optimizer.optimize(input);
    expect(Buffer.from(optimized).equals(readFileSync(out))).toBe(true);
    expect(optimized.length).toBeLessThan(input.length);
  });

  it('reports a module binaryen cannot read', async () => {
    const optimizer = await createOptimizer({ engine: 'binaryen', flags: ['-Oz'], wasmOpt: 'wasm-opt' }, {});
    await expect(optimizer.optimize(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 5, 0]))).rejects.toThrow();
  });
});

const nativeWasmOpt = spawnSync('wasm-opt', ['--version']).status === 0;

describe('native wasm-opt', () => {
  it('optimizes with the executable and records its version', async (ctx) => {
    if (!nativeWasmOpt) {
      if (onCI) throw new Error('wasm-opt is not on PATH on CI: apt-get install binaryen');
      ctx.skip('wasm-opt not on PATH (apt-get install binaryen)');
    }
    const optimizer = await createOptimizer({ engine: 'native', flags: ['-Oz', '--strip-debug'], wasmOpt: 'wasm-opt' }, { PATH: process.env.PATH ?? '' });
    expect(optimizer.tools['wasm-opt']).toMatch(/^wasm-opt version \d+/);
    const input = readFileSync(path.join(repo, 'fixtures', 'prebuilt', 'rust-bump.wasm'));
    const optimized = await optimizer.optimize(input);
    expect(optimized.length).toBeGreaterThan(8);
    expect(optimized.length).toBeLessThan(input.length);
  });

  it('says which executable is missing', async () => {
    await expect(createOptimizer({ engine: 'native', flags: ['-Oz'], wasmOpt: '/nonexistent/wasm-opt' }, {})).rejects.toThrow(/\/nonexistent\/wasm-opt --version failed/);
  });
});
