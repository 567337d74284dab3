// Size, function by function: the body size of every function of the optimized (shipped) module,
// checked against wabt's wasm-objdump and binaryen's own `wasm-opt --func-metrics`; names kept
// through wasm-opt for measuring only, from a copy checked to hold the same code (and to count
// the same instructions); real modules from our toolchains and from npm.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASELINE_FUNCTIONS, serializeBaseline } from '../src/baseline/next-baseline.js';
import { baselineOf } from './helpers/baseline.js';
import { readableName } from '../src/measure/demangle.js';
import { measureFunctions } from '../src/measure/functions.js';
import { measureSizes } from '../src/measure/sizes.js';
import { optimizeWithBinaryenNamed } from '../src/optimize/binaryen-engine.js';
import { namesFromKeptCopy, namesFromSymbolMap } from '../src/optimize/names-kept.js';
import { createOptimizer } from '../src/optimize/optimize.js';
import { planFromFlags } from '../src/optimize/wasm-opt-flags.js';
import { codePayloadOf, readFunctionBodies } from '../src/wasm/function-bodies.js';
import { instrumentForProfiling, PROFILE_EXPORT_PREFIX } from '../src/wasm/instrument.js';
import { encodeU32 } from '../src/wasm/leb128.js';
import { readSections } from '../src/wasm/sections.js';
import { prebuilt, repo } from './helpers/cli.js';
import { npmWasm } from './helpers/npm-wasm.js';
import { missingRequirement } from './helpers/need.js';
import { detectFeatures, featuresToEnable } from '../src/wasm/features.js';

/** What the gate gives wasm-opt: the module's own features. */
const featuresOf = (bytes: Uint8Array): string[] => featuresToEnable(detectFeatures(bytes));

const fixtures = readdirSync(path.join(repo, 'fixtures', 'prebuilt')).filter((f) => f.endsWith('.wasm')).map((f) => f.replace('.wasm', ''));
const npmWasmOpt = path.join(repo, 'node_modules', 'binaryen', 'bin', 'wasm-opt');
const FLAGS = ['-Oz', '--strip-debug'];
const bytesOf = (file: string): Uint8Array => new Uint8Array(readFileSync(file));
const tmp = (): string => mkdtempSync(path.join(os.tmpdir(), 'wg-fn-'));

function write(bytes: Uint8Array): string {
  const file = path.join(tmp(), 'm.wasm');
  writeFileSync(file, bytes);
  return file;
}

/** wabt: `func[N] size=S` of every body. */
function objdumpSizes(file: string): Map<number, number> {
  const out = execFileSync('wasm-objdump', ['-x', '-j', 'Code', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return new Map([...out.matchAll(/^ - func\[(\d+)\] size=(\d+)/gm)].map((m) => [Number(m[1]), Number(m[2])]));
}

function codePayload(bytes: Uint8Array): number {
  const code = readSections(bytes).find((s) => s.name === 'code');
  return code ? code.end - code.payloadStart : 0;
}

/** Counters of a profiling copy after running every fixture benchmark once, in body order. */
function profileAfterBenchmarks(module: Uint8Array): bigint[] {
  const m = new WebAssembly.Module(instrumentForProfiling(module) as BufferSource);
  const imports: Record<string, Record<string, () => number>> = {};
  for (const i of WebAssembly.Module.imports(m)) (imports[i.module] ??= {})[i.name] = () => 0;
  const e = new WebAssembly.Instance(m, imports).exports as Record<string, (n?: number) => unknown>;
  e._initialize?.();
  for (const bench of ['bench_pairs', 'bench_small', 'bench_mixed', 'bench_live_set', 'bench_large']) e[bench]?.(bench === 'bench_large' ? 2 : 300);
  const counts: bigint[] = [];
  for (let k = 0; e[`${PROFILE_EXPORT_PREFIX}${k}`]; k++) {
    const r = e[`${PROFILE_EXPORT_PREFIX}${k}`]!();
    counts.push(...(Array.isArray(r) ? r : r === undefined ? [] : [r as bigint]));
  }
  return counts;
}

describe('per-function sizes of the optimized fixtures', () => {
  it.each(fixtures)('%s: the shipped bytes stay the same; sizes as wasm-objdump and --func-metrics count them', async (name) => {
    const input = bytesOf(prebuilt(name));
    const optimizer = await createOptimizer({ engine: 'binaryen', flags: FLAGS, wasmOpt: 'wasm-opt' }, {});
    const plain = await optimizer.optimize(input, featuresOf(input));
    const { bytes, names } = await optimizer.optimizeNamed(input, featuresOf(input));
    expect(Buffer.from(bytes).equals(Buffer.from(plain))).toBe(true);
    expect(readSections(bytes).some((s) => s.name === 'name')).toBe(false); // --strip-debug still strips the shipped module

    const { sizes, importedFunctions } = readFunctionBodies(bytes);
    const file = write(bytes);
    const reference = objdumpSizes(file);
    expect(reference.size).toBe(sizes.length);
    sizes.forEach((size, i) => expect(size).toBe(reference.get(importedFunctions + i)));
    expect(codePayloadOf(sizes)).toBe(codePayload(bytes));

    // binaryen's CLI on the same input and flags: the same bytes, its --func-metrics sizes
    // (measured in that run: re-reading a module and writing it again need not give the same
    // bytes) and its --symbolmap names.
    const dir = tmp();
    const metrics = execFileSync(process.execPath, [npmWasmOpt, prebuilt(name), ...FLAGS, '--func-metrics', '-o', path.join(dir, 'out.wasm'), `--symbolmap=${path.join(dir, 'names.txt')}`], { encoding: 'utf8' });
    expect(Buffer.from(bytes).equals(readFileSync(path.join(dir, 'out.wasm')))).toBe(true);
    expect([...metrics.matchAll(/^ \[binary-bytes\] *: *(\d+)/gm)].map((x) => Number(x[1]))).toEqual(sizes);
    expect(names.names).toEqual(namesFromSymbolMap(readFileSync(path.join(dir, 'names.txt'), 'utf8'), input).names);
    const m = measureFunctions(bytes, names);
    expect(m.naming).toEqual({ named: sizes.length, total: sizes.length });
    expect(m.keys).toEqual(sizes.map((_, i) => readableName(names.names.get(importedFunctions + i) as string)));
    expect(Object.values(m.functions).reduce((a, b) => a + b, 0)).toBe(sizes.reduce((a, b) => a + b, 0));
    expect(m.keys).not.toContain(expect.stringMatching(/::h[0-9a-f]{16}|^_ZN/));
  });

  it.each(fixtures)('%s: the names-kept copy has the same code and counts exactly the same instructions', async (name) => {
    const input = bytesOf(prebuilt(name));
    const { bytes, namedCopy } = await optimizeWithBinaryenNamed(input, planFromFlags(FLAGS), featuresOf(input));
    expect(namedCopy).not.toEqual(bytes);
    const code = (b: Uint8Array): Buffer => {
      const s = readSections(b).find((x) => x.name === 'code')!;
      return Buffer.from(b.subarray(s.start, s.end));
    };
    expect(code(namedCopy).equals(code(bytes))).toBe(true);
    const shipped = profileAfterBenchmarks(bytes);
    expect(shipped.reduce((a, b) => a + b, 0n)).toBeGreaterThan(10_000n);
    expect(profileAfterBenchmarks(namedCopy)).toEqual(shipped);
  });
});

describe('names for measuring only', () => {
  it('refuses names from a copy whose code differs, and says so', () => {
    const a = bytesOf(prebuilt('rust-bump'));
    const b = bytesOf(prebuilt('rust-dlmalloc'));
    const names = namesFromKeptCopy(a, b, a);
    expect(names.names.size).toBe(0);
    expect(names.problem).toMatch(/names-kept copy differs from the shipped module \(section (function|code|type)/);
  });

  it('gives back the build name binaryen suffixes on a second function of one name; sizes add up', async () => {
    // Two functions named `_ZN3foo3barE` (as two static functions of one name in two C files are)
    const str = (s: string): number[] => [...encodeU32(Buffer.byteLength(s)), ...Buffer.from(s)];
    const sec = (id: number, p: number[]): number[] => [id, ...encodeU32(p.length), ...p];
    const bodies = [[0x00, 0x41, 0, 0x0b], [0x00, 0x41, 1, 0x41, 1, 0x6a, 0x0b]].flatMap((b) => [b.length, ...b]);
    const map = [2, 0, ...str('_ZN3foo3barE'), 1, ...str('_ZN3foo3barE')];
    const names = [1, ...encodeU32(map.length), ...map];
    const module = new Uint8Array([
      0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
      ...sec(1, [1, 0x60, 0, 1, 0x7f]),
      ...sec(3, [2, 0, 0]),
      ...sec(7, [2, ...str('a'), 0, 0, ...str('b'), 0, 1]),
      ...sec(10, [2, ...bodies]),
      ...sec(0, [...str('name'), ...names]),
    ]);
    expect(WebAssembly.validate(module)).toBe(true);
    const { bytes, names: found, namedCopy } = await optimizeWithBinaryenNamed(module, planFromFlags(['-O0', '--strip-debug']), featuresOf(module));
    expect([...readFunctionNamesOf(namedCopy)]).toEqual(['_ZN3foo3barE', '_ZN3foo3barE_1']);
    expect([...found.names.values()]).toEqual(['_ZN3foo3barE', '_ZN3foo3barE']);
    const m = measureFunctions(bytes, found);
    expect(m.functions).toEqual({ 'foo::bar': readFunctionBodies(bytes).sizes.reduce((a, b) => a + b, 0) });
  });

  it('a module without a name section: func[index] keys and the reason', async () => {
    const stripped = path.join(tmp(), 'stripped.wasm');
    execFileSync('wasm-strip', [prebuilt('c-libc'), '-o', stripped]);
    const input = bytesOf(stripped);
    expect(readSections(input).some((s) => s.name === 'name')).toBe(false);
    const optimizer = await createOptimizer({ engine: 'binaryen', flags: FLAGS, wasmOpt: 'wasm-opt' }, {});
    const { bytes, names } = await optimizer.optimizeNamed(input, featuresOf(input));
    const m = measureFunctions(bytes, names);
    const { sizes } = readFunctionBodies(bytes);
    expect(m.keys).toEqual(sizes.map((_, i) => `func[${i}]`));
    expect(m.naming).toEqual({ named: 0, total: sizes.length, note: 'the build kept no "name" section' });
  });

  it('the native engine (Debian wasm-opt): --symbolmap names, the same bytes as without it', async (ctx) => {
    if (spawnSync('wasm-opt', ['--version']).status !== 0) {
      missingRequirement(ctx, 'wasm-opt is not on PATH', 'apt-get install binaryen');
    }
    const optimizer = await createOptimizer({ engine: 'native', flags: FLAGS, wasmOpt: 'wasm-opt' }, { PATH: process.env.PATH ?? '' });
    const input = bytesOf(prebuilt('rust-dlmalloc'));
    const { bytes, names } = await optimizer.optimizeNamed(input, featuresOf(input));
    expect(Buffer.from(bytes).equals(Buffer.from(await optimizer.optimize(input, featuresOf(input))))).toBe(true);
    const m = measureFunctions(bytes, names);
    expect(m.naming.named).toBe(m.naming.total);
    expect(m.functions['dlmalloc::dlmalloc::Dlmalloc<A>::malloc']).toBe(objdumpSizes(write(bytes)).get(m.keys.indexOf('dlmalloc::dlmalloc::Dlmalloc<A>::malloc')));
  });

  it('optimize: false measures the module as built, names from its own name section', async () => {
    const optimizer = await createOptimizer(false, {});
    const input = bytesOf(prebuilt('c-custom'));
    const { bytes, names } = await optimizer.optimizeNamed(input, featuresOf(input));
    expect(bytes).toBe(input);
    expect(measureFunctions(bytes, names).functions.malloc).toBe(objdumpSizes(prebuilt('c-custom')).get([...names.names].find(([, n]) => n === 'malloc')![0]));
  });
});

function readFunctionNamesOf(bytes: Uint8Array): string[] {
  const file = write(bytes);
  const out = execFileSync('wasm-objdump', ['-x', '-j', 'name', file], { encoding: 'utf8' });
  return [...out.matchAll(/^ - func\[\d+\] <(.*)>$/gm)].map((m) => m[1] as string);
}

describe('a large real module from npm (@resvg/resvg-wasm, 2.5 MB, no name section)', () => {
  it('sizes every function as wasm-objdump does; the baseline stays bounded', { timeout: 600_000 }, async (ctx) => {
    const file = npmWasm('@resvg/resvg-wasm@2.6.2', 'index_bg.wasm', ctx);
    const input = bytesOf(file);
    expect(input.length).toBeGreaterThan(2_000_000);
    const optimizer = await createOptimizer({ engine: 'binaryen', flags: FLAGS, wasmOpt: 'wasm-opt' }, {});
    const { bytes, names } = await optimizer.optimizeNamed(input, featuresOf(input));
    const { sizes, importedFunctions } = readFunctionBodies(bytes);
    expect(sizes.length).toBeGreaterThan(1000);
    const reference = objdumpSizes(write(bytes));
    sizes.forEach((size, i) => expect(size).toBe(reference.get(importedFunctions + i)));
    expect(codePayloadOf(sizes)).toBe(codePayload(bytes));
    // The unoptimized module too (what `optimize: false` measures), written by rustc/lld.
    const raw = readFunctionBodies(input);
    expect(codePayloadOf(raw.sizes)).toBe(codePayload(input));
    expect(raw.sizes.length).toBe(objdumpSizes(file).size);

    const m = measureFunctions(bytes, names);
    expect(m.naming).toEqual({ named: 0, total: sizes.length, note: 'the build kept no "name" section' });
    const measurement = { ...(await measureSizes(input, bytes)), functions: m.functions };
    const baseline = baselineOf(undefined, { resvg: measurement }, {}, new Date(0));
    const entry = baseline.variants.resvg!;
    expect(Object.keys(entry.functions ?? {})).toHaveLength(BASELINE_FUNCTIONS);
    expect(entry.functionsOmitted?.functions).toBe(sizes.length - BASELINE_FUNCTIONS);
    const listed = Object.values(entry.functions ?? {});
    expect(listed.reduce((a, b) => a + b, 0) + (entry.functionsOmitted?.total ?? 0)).toBe(sizes.reduce((a, b) => a + b, 0));
    expect(Math.min(...listed)).toBeGreaterThanOrEqual(entry.functionsOmitted?.largest ?? 0);
    // One variant of a 2.5 MB module adds at most a few kilobytes to baseline.json.
    expect(serializeBaseline(baseline).length).toBeLessThan(12_000);
  });
});
