// The whole feature as a user meets it, on real builds of the C and Rust fixtures: a change makes
// one function larger and makes one benchmark do more work in one named function; the gate
// (the bundled CLI) names exactly those functions, with deltas checked against independent
// measures (wasm-objdump sizes with binaryen's own --symbolmap names; the single-counter copy's
// instruction totals); without a name section the same functions appear as func[index]; and the
// instruction profile is identical on 20 runs.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBenchmarks } from '../src/bench/run-benchmarks.js';
import { diffProfile } from '../src/compare/function-diff.js';
import { parseConfig } from '../src/config/load-config.js';
import { silentLogger } from '../src/log.js';
import { readableName } from '../src/measure/demangle.js';
import { measureFunctions } from '../src/measure/functions.js';
import { namesFromSymbolMap, namesOfModule } from '../src/optimize/names-kept.js';
import type { Baseline, GateResults, VariantResult } from '../src/types.js';
import { COUNTER_EXPORT, instrumentForCounting } from '../src/wasm/instrument.js';
import { prebuilt, repo, runCli } from './helpers/cli.js';
import { requireToolchains } from './helpers/toolchain.js';

const npmWasmOpt = path.join(repo, 'node_modules', 'binaryen', 'bin', 'wasm-opt');
const tmp = (prefix: string): string => mkdtempSync(path.join(os.tmpdir(), prefix));

/** Replaces `from` (which must occur exactly once) in a file of a temp copy. */
function patch(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text.split(from).length, `${file} must contain ${from} once`).toBe(2);
  writeFileSync(file, text.replace(from, to));
}

interface Build {
  /** the build as made */
  wasm: string;
  /** what the gate ships: binaryen's CLI, the gate's default flags */
  optimized: string;
  /** readable name → bytes, by wabt and binaryen's CLI, not by wasm-gate's readers */
  sizes: Map<string, number>;
}

/** Optimizes with binaryen's CLI and sizes each function with wasm-objdump, named by --symbolmap. */
function independentSizes(wasm: string): Build {
  const dir = path.dirname(wasm);
  const optimized = path.join(dir, 'optimized.wasm');
  const map = path.join(dir, 'symbols.txt');
  execFileSync(process.execPath, [npmWasmOpt, wasm, '-Oz', '--strip-debug', '-o', optimized, `--symbolmap=${map}`]);
  const names = namesFromSymbolMap(readFileSync(map, 'utf8'), new Uint8Array(readFileSync(wasm))).names;
  const dump = execFileSync('wasm-objdump', ['-x', '-j', 'Code', optimized], { encoding: 'utf8' });
  const sizes = new Map<string, number>();
  for (const m of dump.matchAll(/^ - func\[(\d+)\] size=(\d+)/gm)) {
    const name = names.get(Number(m[1]));
    const key = name ? readableName(name) : `func[${m[1]}]`;
    sizes.set(key, (sizes.get(key) ?? 0) + Number(m[2]));
  }
  return { wasm, optimized, sizes };
}

/** The single-counter ("total") copy's count of one benchmark call: another way of counting. */
function totalInstructions(optimized: string, bench: string, iterations: number): number {
  const module = new WebAssembly.Module(instrumentForCounting(new Uint8Array(readFileSync(optimized))) as BufferSource);
  const imports: Record<string, Record<string, () => number>> = {};
  for (const i of WebAssembly.Module.imports(module)) (imports[i.module] ??= {})[i.name] = () => 0;
  const e = new WebAssembly.Instance(module, imports).exports as Record<string, unknown>;
  (e._initialize as (() => void) | undefined)?.();
  const counter = e[COUNTER_EXPORT] as WebAssembly.Global;
  counter.value = 0n;
  (e[bench] as (n: number) => number)(iterations);
  return Number(counter.value);
}

/** `wasm-gate update` on the base build, then `check` on the changed one, both as the same variant. */
async function gate(base: string, changed: string): Promise<{ results: GateResults; markdown: string; console: string; variant: VariantResult }> {
  const dir = tmp('wg-attr-gate-');
  const config = (artifact: string) => JSON.stringify({ variants: [{ name: 'app', artifact }], bench: { exports: ['bench_pairs', 'bench_small'], throughput: false } });
  writeFileSync(path.join(dir, 'base.json'), config(base));
  writeFileSync(path.join(dir, 'changed.json'), config(changed));
  const baseline = path.join(dir, 'baseline.json');
  const update = await runCli(['update', '--config', path.join(dir, 'base.json'), '--baseline', baseline]);
  expect(update.code, update.stderr).toBe(0);
  const check = await runCli(['check', '--config', path.join(dir, 'changed.json'), '--baseline', baseline, '--json', path.join(dir, 'r.json'), '--markdown', path.join(dir, 'r.md')]);
  expect(check.code, check.stderr).toBe(1); // bench_small's instructions regressed
  const results = JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')) as GateResults;
  return { results, markdown: readFileSync(path.join(dir, 'r.md'), 'utf8'), console: check.stdout, variant: results.variants[0] as VariantResult };
}

/** What the gate must report, from the independent measures of both builds. */
function expectAttribution(
  out: Awaited<ReturnType<typeof gate>>,
  before: Build,
  after: Build,
  names: { larger: string; busier: string },
): void {
  const { variant, markdown, console: text } = out;
  // Sizes: exactly the two changed functions, with wabt's deltas.
  const expected = [...after.sizes]
    .filter(([name, bytes]) => before.sizes.get(name) !== bytes)
    .map(([name, bytes]) => ({ name, baseline: before.sizes.get(name) ?? null, current: bytes, delta: bytes - (before.sizes.get(name) ?? 0) }));
  expect(expected.map((c) => c.name).sort()).toEqual([names.larger, names.busier].sort());
  expect(variant.functionChanges?.slice().sort((a, b) => a.name.localeCompare(b.name))).toEqual(expected.sort((a, b) => a.name.localeCompare(b.name)));
  expect(variant.measurement?.functions).toEqual(Object.fromEntries(after.sizes));

  // Instructions: bench_small moved, all of it in the busier function, as the total counter says.
  const bench = variant.measurement?.bench?.bench_small;
  const iterations = bench?.iterations as number;
  const delta = totalInstructions(after.optimized, 'bench_small', iterations) - totalInstructions(before.optimized, 'bench_small', iterations);
  expect(delta).toBeGreaterThan(0);
  expect(variant.rows.find((r) => r.id === 'bench_small.instructions')).toMatchObject({ status: 'regressed', delta });
  const profile = variant.attribution?.profileChanges?.bench_small;
  expect(profile?.delta).toBe(delta);
  expect(profile?.functions).toEqual([{ name: names.busier, baseline: expect.any(Number), current: expect.any(Number), delta }]);
  expect(variant.attribution?.profileChanges?.bench_pairs).toBeUndefined();
  for (const m of Object.values(variant.measurement?.bench ?? {})) expect(Object.values(m.profile ?? {}).reduce((a, b) => a + b, 0)).toBe(m.instructions);

  // The reports name them, with the deltas.
  const fmt = (n: number): string => `+${n.toLocaleString('en-US')}`;
  const grew = expected.find((c) => c.name === names.larger)!;
  expect(markdown).toContain(`| ⬆️ | \`${names.larger}\` | ${grew.baseline?.toLocaleString('en-US')}\u00a0B | ${grew.current.toLocaleString('en-US')}\u00a0B | ${fmt(grew.delta)}\u00a0B |`);
  expect(markdown).toContain(`- **bench\\_small** ${fmt(delta)} instructions`);
  expect(markdown).toContain(`\`${names.busier}\` ${fmt(delta)}`);
  expect(text).toMatch(new RegExp(`grew +${escapeRegExp(names.larger)} .*${escapeRegExp(fmt(grew.delta))} B`));
  expect(text).toContain(`app bench_small ${fmt(delta)} instructions`);
  expect(text).toContain(`${names.busier} ${fmt(delta)}`);
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The same two builds without their name sections. */
function stripped(build: Build, dir: string): string {
  const out = path.join(dir, `stripped-${path.basename(path.dirname(build.wasm))}.wasm`);
  execFileSync('wasm-strip', [build.wasm, '-o', out]);
  return out;
}

describe('per-function attribution on real builds', () => {
  it('C (clang, wasi-libc): names the larger function and the one that does more work', { timeout: 600_000 }, async (ctx) => {
    requireToolchains(ctx, 'build the C fixture');
    const build = (extraWork: boolean): Build => {
      const dir = tmp('wg-attr-c-');
      cpSync(path.join(repo, 'fixtures', 'c-alloc'), dir, { recursive: true });
      const bench = path.join(dir, 'bench.c');
      // Kept out of line in both builds, so that clang's inlining does not change with the work.
      patch(bench, 'static size_t small_size(uint32_t r) { return 8 + r % 57; }', `static __attribute__((noinline)) size_t small_size(uint32_t r) {${extraWork ? ' for (volatile int k = 0; k < 4; k++) {}' : ''} return 8 + r % 57; }`);
      patch(bench, 'static int32_t ring(', 'static __attribute__((noinline)) int32_t ring(');
      if (extraWork) patch(bench, '    if (n <= 0) return 0;\n    ops =', '    if (n == -123456789) { for (volatile int k = 0; k < 1000; k++) put((unsigned char *)table, (size_t)k, (uint32_t)k); }\n    if (n <= 0) return 0;\n    ops =');
      const wasm = path.join(dir, 'out.wasm');
      execFileSync('bash', [path.join(dir, 'build.sh'), wasm, 'custom']);
      return independentSizes(wasm);
    };
    const before = build(false);
    const after = build(true);
    const names = { larger: 'trace_load', busier: 'small_size' };
    const named = await gate(before.wasm, after.wasm);
    expectAttribution(named, before, after, names);

    // Without names: the same two functions, numbered, and the hint.
    const dir = tmp('wg-attr-c-stripped-');
    const unnamed = await gate(stripped(before, dir), stripped(after, dir));
    const changed = unnamed.variant.functionChanges ?? [];
    expect(changed).toHaveLength(2);
    for (const c of changed) expect(c.name).toMatch(/^func\[\d+\]$/);
    const byDelta = (list: { delta: number }[]) => list.map((c) => c.delta).sort((a, b) => a - b);
    expect(byDelta(changed)).toEqual(byDelta(named.variant.functionChanges ?? []));
    expect(unnamed.variant.attribution?.naming).toMatchObject({ named: 0, note: 'the build kept no "name" section' });
    expect(unnamed.markdown).toContain('> Functions are numbered (`func[<index>]`): the build kept no "name" section. Keep the "name" section in the build to see names');
    expect(unnamed.console).toContain('note: Functions are numbered (func[<index>]): the build kept no "name" section. Keep the "name" section');
    expect(unnamed.variant.attribution?.profileChanges?.bench_small?.functions).toHaveLength(1);
  });

  it('Rust (rustc, std dlmalloc): names the larger function and the one that does more work', { timeout: 600_000 }, async (ctx) => {
    requireToolchains(ctx, 'build the Rust fixture');
    const target = tmp('wg-attr-rust-target-');
    const build = (extraWork: boolean): Build => {
      const dir = tmp('wg-attr-rust-');
      cpSync(path.join(repo, 'fixtures', 'rust-alloc'), dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}target`) });
      if (extraWork) {
        patch(
          path.join(dir, 'src', 'bench.rs'),
          'fn small_size(r: u32) -> usize {\n    8 + (r % 57) as usize',
          'fn small_size(r: u32) -> usize {\n    let mut k = 0u32;\n    let p = &mut k as *mut u32;\n    unsafe { while core::ptr::read_volatile(p) < 4 { core::ptr::write_volatile(p, core::ptr::read_volatile(p) + 1) } }\n    8 + (r % 57) as usize',
        );
        patch(path.join(dir, 'src', 'trace.rs'), '        if count <= 0 {\n            return 0;\n        }', '        if count == -123456789 {\n            for k in 0..1000usize { put(TABLE as *mut u8, k, k as u8); }\n        }\n        if count <= 0 {\n            return 0;\n        }');
      }
      execFileSync('/usr/bin/cargo', ['build', '--release', '--offline', '--locked', '--quiet', '--target', 'wasm32-unknown-unknown'], {
        cwd: dir,
        env: { ...process.env, RUSTC: '/usr/bin/rustc', CARGO_TARGET_DIR: path.join(target, extraWork ? 'after' : 'before') },
      });
      const wasm = path.join(dir, 'app.wasm');
      cpSync(path.join(target, extraWork ? 'after' : 'before', 'wasm32-unknown-unknown', 'release', 'rust_alloc.wasm'), wasm);
      return independentSizes(wasm);
    };
    const before = build(false);
    const after = build(true);
    expectAttribution(await gate(before.wasm, after.wasm), before, after, { larger: 'trace_load', busier: 'rust_alloc::bench::small_size' });
  });
});

describe('instruction profiles', () => {
  it('are identical on 20 runs, sum to the instruction count, and explain the difference to another variant', { timeout: 600_000 }, async () => {
    const modules = new Map(['rust-dlmalloc', 'c-libc'].map((name) => [name, new Uint8Array(readFileSync(prebuilt(name)))]));
    const config = parseConfig({ variants: [...modules.keys()].map((name) => ({ name, artifact: `${name}.wasm` })), bench: { throughput: false } }, path.join(repo, 'wasm-gate.config.json'));
    // Iterations from the committed baseline, as `check` uses them: no calibration, only counting.
    const baseline = JSON.parse(readFileSync(path.join(repo, 'baseline.json'), 'utf8')) as Baseline;
    // Names as the gate gives them to the bench stage (here: `optimize: false`, the module's own).
    const functionKeys = new Map([...modules].map(([name, bytes]) => [name, measureFunctions(bytes, namesOfModule(bytes)).keys]));
    const profiles: string[] = [];
    for (let run = 0; run < 20; run++) {
      const result = await runBenchmarks({ config, baseline, modules, functionKeys, env: { PATH: process.env.PATH ?? '' }, log: silentLogger, mode: 'check' });
      const all: Record<string, unknown> = {};
      for (const [name, r] of result.byVariant) {
        expect(r.errors).toEqual({});
        for (const [bench, m] of Object.entries(r.measurements)) {
          expect(m.iterations).toBe(baseline.variants[name]?.bench?.[bench]?.iterations);
          expect(Object.values(m.profile ?? {}).reduce((a, b) => a + b, 0)).toBe(m.instructions);
          all[`${name}/${bench}`] = m.profile;
        }
      }
      expect(Object.keys(all)).toHaveLength(10);
      profiles.push(JSON.stringify(all));
      if (run === 0) {
        // The reference view on real profiles: C's libc dlmalloc against Rust's, function by function.
        const c = result.byVariant.get('c-libc')!.measurements;
        const rust = result.byVariant.get('rust-dlmalloc')!.measurements;
        for (const bench of Object.keys(c)) {
          const change = diffProfile(c[bench], rust[bench])!;
          expect(change.delta).toBe((c[bench]!.instructions as number) - (rust[bench]!.instructions as number));
          expect(change.functions.reduce((sum, f) => sum + f.delta, 0)).toBe(change.delta);
          expect(change.functions.map((f) => f.name)).toEqual(expect.arrayContaining(['dlmalloc', 'dlmalloc::dlmalloc::Dlmalloc<A>::malloc']));
        }
      }
    }
    expect(new Set(profiles).size).toBe(1);
  });
});
