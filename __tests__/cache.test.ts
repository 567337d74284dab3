// A cache directory of earlier runs' work (config `cache`, --cache-dir): the optimized module and
// its measurements per raw artifact and settings, so that a run whose baseline has no record of
// a variant (the base branch's work, another job's) still skips it. Read as untrusted: what the
// stored bytes can confirm is confirmed, and a broken or tampered entry is measured again.
import { copyFile, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { GateCache } from '../src/cache/gate-cache.js';
import { CACHE_FORMAT } from '../src/cache/cache-entry.js';
import { silentLogger, type Logger } from '../src/log.js';
import { runGate, type GateOptions } from '../src/pipeline.js';
import type { Baseline, GateResults, VariantMeasurement, VariantResult } from '../src/types.js';
import { prebuilt, projectWith, runCli, tempDir } from './helpers/cli.js';
import { countingWasmOpt, requireNativeWasmOpt } from './helpers/counting-wasm-opt.js';


async function project(): Promise<{ dir: string; cache: string; calls: () => Promise<number>; gate: (mode: 'check' | 'update', options?: Partial<GateOptions>) => Promise<GateResults> }> {
  const dir = await projectWith({});
  await copyFile(prebuilt('rust-freelist'), path.join(dir, 'freelist.wasm'));
  await copyFile(prebuilt('c-libc'), path.join(dir, 'libc.wasm'));
  const { wrapper, calls } = await countingWasmOpt(dir);
  const cache = path.join(dir, '.wasm-gate', 'cache');
  await writeFile(
    path.join(dir, 'wasm-gate.config.json'),
    JSON.stringify({
      variants: [
        { name: 'freelist', artifact: 'freelist.wasm' },
        { name: 'libc', artifact: 'libc.wasm' },
      ],
      optimize: { engine: 'native', wasmOpt: wrapper },
      bench: { throughput: false },
      cache: '.wasm-gate/cache',
    }),
  );
  const gate = async (mode: 'check' | 'update', options: Partial<GateOptions> = {}): Promise<GateResults> =>
    (await runGate({ mode, configFile: path.join(dir, 'wasm-gate.config.json'), baselineFile: path.join(dir, 'baseline.json'), log: silentLogger, ...options })).results;
  return { dir, cache, calls, gate };
}

const variant = (results: GateResults, name: string): VariantResult => results.variants.find((v) => v.name === name) as VariantResult;

/** A run's measurements without the reuse record. */
const measurements = (results: GateResults): unknown =>
  results.variants.map((v) => {
    const { reuse: _r, ...m } = v.measurement as VariantMeasurement;
    return { name: v.name, ...m };
  });

/** The baseline without its records: what a baseline from before this version, or another job's, holds. */
async function dropRecords(file: string): Promise<void> {
  const baseline = JSON.parse(await readFile(file, 'utf8')) as Baseline;
  for (const entry of Object.values(baseline.variants)) delete entry.measuredFrom;
  await writeFile(file, JSON.stringify(baseline));
}

/** The cache's record files, by name. */
async function records(cache: string): Promise<string[]> {
  return (await readdir(cache)).filter((f) => f.endsWith('.json')).map((f) => path.join(cache, f));
}

describe('the cache directory', () => {
  beforeEach(requireNativeWasmOpt);
  it('gives a later run the optimized modules, every measurement and the counts: no wasm-opt run, the same results', { timeout: 120_000 }, async () => {
    const p = await project();
    await p.gate('update');
    expect(await p.calls()).toBe(2);
    expect((await readdir(p.cache)).map((f) => path.extname(f)).sort()).toEqual(['.json', '.json', '.wasm', '.wasm']);
    await dropRecords(path.join(p.dir, 'baseline.json'));
    const cached = await p.gate('check');
    expect(await p.calls()).toBe(2);
    for (const v of cached.variants) expect(v.measurement?.reuse, v.name).toEqual({ source: 'cache', reused: ['sizes', 'counts'] });
    const measured = await p.gate('check', { reuse: false });
    expect(measurements(cached)).toEqual(measurements(measured));
    expect(cached.exitCode).toBe(0);
  });

  it('--cache-dir on the command line, and the optimized modules it holds are the ones --out-dir writes', { timeout: 120_000 }, async () => {
    const p = await project();
    const other = path.join(await tempDir(), 'cache');
    const first = await runCli(['check', '--config', path.join(p.dir, 'wasm-gate.config.json'), '--cache-dir', other]);
    expect(first.code).toBe(0);
    const out = path.join(p.dir, 'out');
    const second = await runCli(['check', '--config', path.join(p.dir, 'wasm-gate.config.json'), '--cache-dir', other, '--out-dir', out]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('unchanged artifact: reused sizes from the cache: freelist, libc');
    expect(await p.calls()).toBe(2);
    const fresh = path.join(p.dir, 'fresh');
    await p.gate('check', { reuse: false, outDir: fresh });
    for (const name of ['freelist', 'libc']) expect(await readFile(path.join(out, `${name}.wasm`))).toEqual(await readFile(path.join(fresh, `${name}.wasm`)));
  });

  it.each([
    ['other optimized bytes', async (json: string, wasm: string) => copyFile(prebuilt('c-custom'), wasm).then(() => json)],
    ['truncated record', async (json: string) => writeFile(json, (await readFile(json, 'utf8')).slice(0, 100)).then(() => json)],
    ['other sections', async (json: string) => edit(json, (e) => (e.measurement.sections.code += 1))],
    ['other function sizes', async (json: string) => edit(json, (e) => { const [name] = Object.keys(e.measurement.functions); e.measurement.functions[name!] += 1; })],
    ['another artifact', async (json: string) => edit(json, (e) => (e.artifact = '0'.repeat(64)))],
    ['another format', async (json: string) => edit(json, (e) => (e.format = CACHE_FORMAT + 1))],
    ['not JSON', async (json: string) => writeFile(json, '\u0000\u0001garbage').then(() => json)],
  ])('a tampered or broken entry (%s) is measured again, and rewritten', { timeout: 120_000 }, async (_what, tamper) => {
    const p = await project();
    await p.gate('check');
    const clean = await p.gate('check', { reuse: false });
    for (const json of await records(p.cache)) await tamper(json, json.replace(/\.json$/, '.wasm'));
    const run = await p.gate('check');
    for (const v of run.variants) expect(v.measurement?.reuse, v.name).toBeUndefined();
    expect(measurements(run)).toEqual(measurements(clean));
    const again = await p.gate('check');
    for (const v of again.variants) expect(v.measurement?.reuse?.source, v.name).toBe('cache');
  });

  it('takes what the bytes cannot confirm (gzip, brotli, counts) as recorded: docs/CACHE.md says what that trusts', { timeout: 120_000 }, async () => {
    const p = await project();
    await p.gate('check');
    for (const json of await records(p.cache)) await edit(json, (e) => (e.measurement.size.gzip = 1));
    const run = await p.gate('check');
    expect(variant(run, 'libc').measurement?.size.gzip).toBe(1);
  });

  it('stays within its bound: the least recently used entries go first', { timeout: 120_000 }, async () => {
    const p = await project();
    await p.gate('check');
    const files = await records(p.cache);
    // libc's entry was used long ago, freelist's just now.
    const old = new Date(Date.now() - 3600_000);
    const libc = await findEntry(files, 'libc');
    await utimes(libc, old, old);
    const sizes = await Promise.all((await readdir(p.cache)).map(async (f) => (await stat(path.join(p.cache, f))).size));
    const total = sizes.reduce((a, b) => a + b, 0);
    await new GateCache(p.cache, total - 1, silentLogger).prune();
    const left = await readdir(p.cache);
    expect(left).toHaveLength(2);
    expect(left.some((f) => libc.endsWith(f))).toBe(false);
  });

  it('that cannot be written is a warning; the results stand', { timeout: 120_000 }, async () => {
    const p = await project();
    await writeFile(path.join(p.dir, '.wasm-gate'), 'a file where the directory would be');
    const warnings: string[] = [];
    const log: Logger = { ...silentLogger, warn: (m) => warnings.push(m) };
    const run = await p.gate('check', { log });
    expect(run.exitCode).toBe(0);
    expect(warnings.join('\n')).toMatch(/cache: cannot write the cached module .*\(the gate's results are not affected\)/);
  });
});

type Entry = { format: number; artifact: string; measurement: { sections: Record<string, number>; functions: Record<string, number>; size: { gzip: number } } };

async function edit(file: string, change: (entry: Entry) => void): Promise<string> {
  const entry = JSON.parse(await readFile(file, 'utf8')) as Entry;
  change(entry);
  await writeFile(file, JSON.stringify(entry));
  return file;
}

/** The record of the entry whose measurement has this raw size (the fixture's). */
async function findEntry(files: string[], name: 'libc' | 'freelist'): Promise<string> {
  const raw = (await stat(prebuilt(name === 'libc' ? 'c-libc' : 'rust-freelist'))).size;
  for (const file of files) if ((JSON.parse(await readFile(file, 'utf8')) as { measurement: { size: { raw: number } } }).measurement.size.raw === raw) return file;
  throw new Error(`no entry for ${name}`);
}
