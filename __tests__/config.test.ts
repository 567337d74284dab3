import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputFileError } from '../src/config/json-file.js';
import { loadBaseline, parseBaselineText } from '../src/config/load-baseline.js';
import { loadConfig, parseConfig } from '../src/config/load-config.js';

const file = '/repo/wasm-gate.config.json';

function configError(raw: unknown): string {
  try {
    parseConfig(raw, file);
  } catch (error) {
    expect(error).toBeInstanceOf(InputFileError);
    return (error as Error).message;
  }
  throw new Error('expected the config to be rejected');
}

describe('config', () => {
  it('fills defaults and resolves paths against the config file', () => {
    const config = parseConfig(
      { $schema: './schemas/config.schema.json', variants: [{ name: 'bump', build: 'make', cwd: 'crate', artifact: 'out/x.wasm' }, { name: 'libc', artifact: '/abs/y.wasm' }] },
      file,
    );
    expect(config.variants[0]).toMatchObject({ name: 'bump', build: 'make', cwd: '/repo/crate', artifact: '/repo/crate/out/x.wasm' });
    expect(config.variants[1]).toMatchObject({ cwd: '/repo', artifact: '/abs/y.wasm' });
    expect(config.optimize).toEqual({ engine: 'binaryen', flags: ['-Oz', '--strip-debug'], wasmOpt: 'wasm-opt' });
    expect(config.bench.exports).toEqual(['bench_*']);
  });

  it('resolves bench.imports, global and per variant, against the config file', () => {
    const config = parseConfig(
      { variants: [{ name: 'a', cwd: 'crate', artifact: 'a.wasm', bench: { imports: 'hosts/a.mjs' } }, { name: 'b', artifact: 'b.wasm' }], bench: { imports: 'bench-imports.mjs' } },
      file,
    );
    expect(config.bench.imports).toBe('/repo/bench-imports.mjs');
    expect(config.variants[0]?.bench).toEqual({ imports: '/repo/hosts/a.mjs' });
    expect(configError({ variants: [{ name: 'a', artifact: 'a.wasm' }], bench: { imports: '' } })).toContain('/bench/imports');
  });

  it('takes optimize: false and thresholds with per-variant overrides', () => {
    const config = parseConfig(
      { variants: [{ name: 'a', artifact: 'a.wasm' }], optimize: false, thresholds: { gzip: { relative: 2, absolute: 100 }, raw: false, variants: { a: { gzip: false } } } },
      file,
    );
    expect(config.optimize).toBe(false);
    expect(config.thresholds.variants?.a?.gzip).toBe(false);
  });

  it('names the JSON path of each schema violation', () => {
    const message = configError({ variants: [{ name: 'has space', artifact: 'x.wasm', colour: 1 }], optimize: { engine: 'fast' } });
    expect(message).toContain(file);
    expect(message).toContain('/variants/0/name must match pattern');
    expect(message).toContain('/variants/0 has an unknown property "colour"');
    expect(message).toContain('/optimize/engine must be one of "binaryen", "native"');
  });

  it('requires variants and an artifact per variant', () => {
    expect(configError({})).toContain('/ must have the property "variants"');
    expect(configError({ variants: [{ name: 'a' }] })).toContain('/variants/0 must have the property "artifact"');
  });

  it('rejects duplicate names and unknown references', () => {
    const message = configError({
      variants: [{ name: 'a', artifact: 'a.wasm' }, { name: 'a', artifact: 'b.wasm' }],
      reference: 'dlmalloc',
      thresholds: { variants: { ghost: { gzip: { relative: 1 } } } },
    });
    expect(message).toContain('/variants/1/name "a" is already used by /variants/0');
    expect(message).toContain('/reference "dlmalloc" is not a variant name');
    expect(message).toContain('/thresholds/variants/ghost names no variant');
  });

  it('reports invalid JSON with file, line and column', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wg-config-'));
    const bad = path.join(dir, 'wasm-gate.config.json');
    await writeFile(bad, '{\n  "variants": [\n    { "name": "a", }\n  ]\n}\n');
    const error = (await loadConfig(bad).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(InputFileError);
    expect(error.message).toMatch(new RegExp(`${bad.replace(/[.]/g, '\\.')}:3:\\d+ is not valid JSON`));
  });

  it('reports a missing config file by name', async () => {
    const error = (await loadConfig("/nonexistent/wasm-gate.config.json").catch((e: unknown) => e)) as Error;
    expect(error.message).toContain('/nonexistent/wasm-gate.config.json cannot be read (ENOENT)');
  });
});

describe('baseline', () => {
  const valid = { schemaVersion: 1, variants: { bump: { size: { raw: 10, optimized: 8, gzip: 6, brotli: 5 }, sections: { code: 3 } } } };

  it('accepts a valid baseline with bench entries and unknown extras', () => {
    const text = JSON.stringify({ ...valid, notes: 'kept', variants: { bump: { ...valid.variants.bump, bench: { bench_pairs: { iterations: 100, instructions: 5 } } } } });
    expect(parseBaselineText(text, 'baseline.json').variants.bump?.bench?.bench_pairs?.instructions).toBe(5);
  });

  it('names the file and JSON path of a wrong value', () => {
    const text = JSON.stringify({ ...valid, variants: { bump: { size: { raw: 10, optimized: 8, gzip: 6.5, brotli: 5 } } } });
    expect(() => parseBaselineText(text, '/r/baseline.json')).toThrow(/\/r\/baseline\.json is invalid:\n {2}- \/variants\/bump\/size\/gzip must be integer/);
  });

  it('treats a missing baseline as none (first adoption)', async () => {
    expect(await loadBaseline('/nonexistent/baseline.json')).toBeUndefined();
  });
});
