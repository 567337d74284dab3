// Function changes as specifications: the diff against a complete or a bounded baseline, the
// bounded baseline itself, the report lines (Markdown and console), and the results file that a
// `report` run reads back from an untrusted job.
import { describe, expect, it } from 'vitest';
import { BASELINE_FUNCTIONS, BASELINE_PROFILE_FUNCTIONS, largest } from '../src/baseline/next-baseline.js';
import { baselineOf } from './helpers/baseline.js';
import { checkBaseline } from '../src/config/load-baseline.js';
import { attributeFunctions, diffFunctions, diffProfile } from '../src/compare/function-diff.js';
import { parseResults, serializeResults } from '../src/publish/results-file.js';
import { renderConsole } from '../src/report/console.js';
import { functionConsole, functionMarkdown, profileLine } from '../src/report/function-changes.js';
import { renderMarkdown } from '../src/report/markdown.js';
import type { GateResults, MetricRow, VariantMeasurement, VariantResult } from '../src/types.js';
import type { FunctionNaming } from '../src/function-types.js';
import { measureFunctions } from '../src/measure/functions.js';
import { namesFromKeptCopy } from '../src/optimize/names-kept.js';
import { wat } from './helpers/wat.js';

const size = { raw: 1000, optimized: 900, gzip: 500, brotli: 450 };

describe('diffFunctions', () => {
  it('lists every grown, shrunk, added and removed function, largest change first', () => {
    const { changes, rest } = diffFunctions({ malloc: 700, free: 300, memcpy: 90, fresh: 40 }, { malloc: 500, free: 320, memcpy: 90, gone: 60 });
    expect(rest).toBeUndefined();
    expect(changes).toEqual([
      { name: 'malloc', baseline: 500, current: 700, delta: 200 },
      { name: 'gone', baseline: 60, current: null, delta: -60 },
      { name: 'fresh', baseline: null, current: 40, delta: 40 },
      { name: 'free', baseline: 320, current: 300, delta: -20 },
    ]);
  });

  it('against a bounded baseline: unlisted functions compare as one sum; one now larger than all it left out is named', () => {
    // The baseline listed functions of 100 B and more; it left out 3 functions of 60 B in all, the largest 30 B.
    const { changes, rest } = diffFunctions({ big: 120, mid: 100, small: 25, tiny: 10, grown: 80 }, { big: 110, mid: 100 }, { functions: 3, total: 60, largest: 30 });
    expect(changes).toEqual([
      { name: 'grown', baseline: null, current: 80, delta: 80, baselineAtMost: 30 },
      { name: 'big', baseline: 110, current: 120, delta: 10 },
    ]);
    expect(rest).toEqual({ baselineFunctions: 3, baseline: 60, currentFunctions: 3, current: 115 });
  });

  it('is not fooled by names that are object keys', () => {
    expect(diffFunctions({ ['__proto__']: 5, constructor: 3 } as Record<string, number>, { toString: 4 } as Record<string, number>).changes.map((c) => c.name).sort()).toEqual(['__proto__', 'constructor', 'toString']);
  });
});

describe('diffProfile', () => {
  const run = (profile: Record<string, number>, iterations = 100) => ({ iterations, instructions: Object.values(profile).reduce((a, b) => a + b, 0), profile });

  it('explains the whole change of a benchmark, function by function', () => {
    const change = diffProfile(run({ 'dlmalloc::malloc': 1_700_112, memcpy: 350_030, bench_small: 5_000_000 }), run({ 'dlmalloc::malloc': 1_000_000, memcpy: 200_000, bench_small: 5_000_000, old: 14_816 }));
    expect(change).toEqual({
      baseline: 6_214_816,
      current: 7_050_142,
      delta: 835_326,
      functions: [
        { name: 'dlmalloc::malloc', baseline: 1_000_000, current: 1_700_112, delta: 700_112 },
        { name: 'memcpy', baseline: 200_000, current: 350_030, delta: 150_030 },
        { name: 'old', baseline: 14_816, current: null, delta: -14_816 },
      ],
    });
    expect(change!.functions.reduce((s, c) => s + c.delta, 0)).toBe(change!.delta);
  });

  it('compares only runs of the same work', () => {
    expect(diffProfile(run({ f: 10 }, 100), run({ f: 5 }, 50))).toBeUndefined();
    expect(diffProfile({ iterations: 1, instructions: 3 }, run({ f: 3 }, 1))).toBeUndefined();
  });

  it('with a bounded baseline profile, the unlisted rest closes the sum', () => {
    const change = diffProfile(run({ a: 1000, b: 500, c: 40, d: 30 }), { iterations: 100, instructions: 1500, profile: { a: 900, b: 500 }, profileOmitted: { functions: 2, total: 100, largest: 60 } });
    expect(change?.delta).toBe(70);
    expect(change?.functions).toEqual([{ name: 'a', baseline: 900, current: 1000, delta: 100 }]);
    expect(change?.rest).toEqual({ baseline: 100, current: 70 });
    expect(change!.functions.reduce((s, c) => s + c.delta, 0) + change!.rest!.current - change!.rest!.baseline).toBe(change!.delta);
  });
});

describe('the bounded baseline', () => {
  const many = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`f${String(i).padStart(4, '0')}`, 1000 - i]));

  it('lists the largest functions by name and sums up the rest; profiles keep the most executed, largest first', () => {
    const measurement: VariantMeasurement = {
      size,
      sections: { code: 800 },
      functions: many,
      bench: { bench_x: { iterations: 10, instructions: 500_500, profile: many } },
    };
    const baseline = baselineOf(undefined, { v: measurement }, {}, new Date(0));
    const v = baseline.variants.v!;
    expect(Object.keys(v.functions!)).toHaveLength(BASELINE_FUNCTIONS);
    expect(Object.keys(v.functions!)).toEqual([...Object.keys(v.functions!)].sort());
    expect(v.functionsOmitted).toEqual({ functions: 800, total: (800 * 801) / 2, largest: 800 });
    const profile = v.bench!.bench_x!;
    expect(Object.keys(profile.profile!)).toHaveLength(BASELINE_PROFILE_FUNCTIONS);
    expect(Object.values(profile.profile!)).toEqual(Array.from({ length: 20 }, (_, i) => 1000 - i));
    expect(profile.profileOmitted).toEqual({ functions: 980, total: (980 * 981) / 2, largest: 980 });
    expect(() => checkBaseline(JSON.parse(JSON.stringify(baseline)), 'baseline.json')).not.toThrow();
  });

  it('keeps small modules complete, and replaces what an older baseline listed', () => {
    const previous = baselineOf(undefined, { v: { size, sections: {}, functions: many } }, {}, new Date(0));
    const next = baselineOf(previous, { v: { size, sections: {}, functions: { a: 3, b: 2 } } }, {}, new Date(0));
    expect(next.variants.v?.functions).toEqual({ a: 3, b: 2 });
    expect(next.variants.v?.functionsOmitted).toBeUndefined();
    expect(largest({ b: 1, a: 1, c: 1 }, 2, 'value')).toEqual({ listed: { a: 1, b: 1 }, omitted: { functions: 1, total: 1, largest: 1 } });
  });

  it('the schema rejects a malformed function list', () => {
    expect(() => checkBaseline({ schemaVersion: 1, variants: { v: { size, functions: { f: -1 } } } }, 'b.json')).toThrow(/functions\/f must be >= 0/);
    expect(() => checkBaseline({ schemaVersion: 1, variants: { v: { size, functionsOmitted: { functions: 1 } } } }, 'b.json')).toThrow(/functionsOmitted must have the property "total"/);
  });
});

function codeRow(baseline: number, current: number): MetricRow {
  return { id: 'section:code', metric: 'section', label: 'section code', unit: 'bytes', higherIsBetter: false, threshold: false, status: 'info', baseline, current, delta: current - baseline, deltaPct: 0 };
}

function instructionsRow(bench: string, baseline: number, current: number): MetricRow {
  return {
    id: `${bench}.instructions`,
    metric: 'instructions',
    bench,
    label: `${bench} instructions`,
    unit: 'instructions',
    higherIsBetter: false,
    threshold: { relative: 1 },
    status: 'regressed',
    baseline,
    current,
    delta: current - baseline,
    deltaPct: ((current - baseline) / baseline) * 100,
  };
}

/** A variant as compareRun makes it, from a measurement and a baseline entry. */
function variantWith(current: VariantMeasurement, base: VariantMeasurement, rows: MetricRow[], reference?: VariantMeasurement): VariantResult {
  const baseline = baselineOf(undefined, { v: base }, {}, new Date(0)).variants.v;
  return { name: 'talc', status: 'regressed', rows, problems: [], measurement: current, ...attributeFunctions(current, baseline, reference) };
}

describe('the report', () => {
  const hostile = 'operator|<script>@team`x`';
  const base: VariantMeasurement = {
    size,
    sections: {},
    functions: { 'dlmalloc::malloc': 2538, memcpy: 300, [hostile]: 10, gone: 40 },
    functionNaming: { named: 4, total: 4 },
    bench: { bench_small: { iterations: 100, instructions: 7_785_034, profile: { 'dlmalloc::malloc': 5_000_000, memcpy: 2_785_034 } } },
  };
  const current: VariantMeasurement = {
    size,
    sections: {},
    functions: { 'dlmalloc::malloc': 2900, memcpy: 250, [hostile]: 12, added: 64 },
    functionNaming: { named: 4, total: 4 },
    bench: { bench_small: { iterations: 100, instructions: 8_649_992, profile: { 'dlmalloc::malloc': 5_700_112, memcpy: 2_935_064, added: 14_816 } } },
  };
  const v = variantWith(current, base, [codeRow(2888, 3226), instructionsRow('bench_small', 7_785_034, 8_649_992)]);

  it('Markdown: a table of the functions that changed, and where the instructions went', () => {
    const md = functionMarkdown(v, undefined).join('\n');
    expect(md).toContain('**Functions**: code +338 B · 2 grew, 1 shrank, 1 added, 1 removed');
    expect(md).toContain('| ⬆️ | `dlmalloc::malloc` | 2,538\u00a0B | 2,900\u00a0B | +362\u00a0B |');
    expect(md).toContain('| ⬇️ | `memcpy` | 300\u00a0B | 250\u00a0B | -50\u00a0B |');
    expect(md).toContain('| 🆕 | `added` | — | 64\u00a0B | +64\u00a0B |');
    expect(md).toContain('| 🗑️ | `gone` | 40\u00a0B | — | -40\u00a0B |');
    expect(md).toContain('- **bench\\_small** +864,958 instructions (+11.1%): `dlmalloc::malloc` +700,112, `memcpy` +150,030, `added` +14,816 (newly run)');
    // A hostile name stays inside its code span and cannot split the table row.
    expect(md).toContain('| ⬆️ | `` operator\\|<script>@team`x` `` | 10\u00a0B | 12\u00a0B | +2\u00a0B |');
  });

  it('console: aligned rows and one line per moved benchmark, without control characters', () => {
    const evil = variantWith({ ...current, functions: { ...current.functions, 'red\u001b[31mtext': 5 } }, base, [codeRow(1, 2)]);
    const text = functionConsole(v, undefined).join('\n');
    expect(text).toContain('talc functions (code +338 B):');
    expect(text).toMatch(/^ {2}grew +dlmalloc::malloc +2,538 B +2,900 B +\+362 B$/m);
    expect(text).toMatch(/^ {2}removed +gone +40 B +— +-40 B$/m);
    expect(text).toContain('talc bench_small +864,958 instructions (+11.1%): dlmalloc::malloc +700,112, memcpy +150,030, added +14,816 (newly run)');
    expect(functionConsole(evil, undefined).join('\n')).toContain('red?[31mtext');
  });

  it('quotes a name with spaces at its ends (wasm-bindgen\'s " externref shim"), so the space is seen', () => {
    const shim = ' externref shim';
    const w = variantWith(
      { ...current, functions: { ...current.functions, [shim]: 90, 'trailing ': 7 } },
      { ...base, functions: { ...base.functions, [shim]: 60 } },
      [codeRow(2888, 3263), instructionsRow('bench_small', 7_785_034, 8_649_992)],
    );
    const md = functionMarkdown(w, undefined).join('\n');
    expect(md).toContain('| ⬆️ | `" externref shim"` | 60\u00a0B | 90\u00a0B | +30\u00a0B |');
    expect(md).toContain('| 🆕 | `"trailing "` | — | 7\u00a0B | +7\u00a0B |');
    // names without such spaces are shown as they are
    expect(md).toContain('| ⬆️ | `dlmalloc::malloc` |');
    const text = functionConsole(w, undefined).join('\n');
    expect(text).toMatch(/^ {2}grew +" externref shim" +60 B +90 B +\+30 B$/m);
    expect(text).toMatch(/^ {2}added +"trailing " +— +7 B +\+7 B$/m);
  });

  it('lists at most N per kind, and says how many more and how much', () => {
    const funcs = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}`, 100]));
    const grown = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}`, 100 + i + 1]));
    const w = variantWith({ size, sections: {}, functions: grown }, { size, sections: {}, functions: funcs }, [codeRow(3000, 3465)]);
    const md = functionMarkdown(w, undefined, { rows: 10 });
    expect(md.filter((l) => l.startsWith('| ⬆️'))).toHaveLength(10);
    expect(md).toContain(`| | _… 20 more grew_ | | | +${(20 * 21) / 2}\u00a0B |`);
  });

  it('the reference view: why one variant runs fewer instructions than the reference', () => {
    const reference: VariantMeasurement = { size, sections: {}, bench: { bench_small: { iterations: 100, instructions: 14_364_492, profile: { 'dlmalloc::malloc': 8_000_000, 'dlmalloc::free': 6_364_492 } } } };
    const talc: VariantMeasurement = { size, sections: {}, bench: { bench_small: { iterations: 100, instructions: 8_649_584, profile: { 'talc::malloc': 5_000_000, 'talc::free': 3_649_584 } } } };
    const w: VariantResult = { name: 'talc', status: 'pass', rows: [], problems: [], ...attributeFunctions(talc, undefined, reference) };
    const lines = functionConsole(w, 'dlmalloc');
    // One line of text, broken after commas to fit 120 columns.
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(120);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toBe(
      'talc bench_small: 0.60× the instructions of dlmalloc (8,649,584 vs 14,364,492, -5,714,908): dlmalloc::malloc -8,000,000 (only run by dlmalloc), dlmalloc::free -6,364,492 (only run by dlmalloc), talc::malloc +5,000,000 (not run by dlmalloc), 1 more function +3,649,584',
    );
    const md = functionMarkdown(w, 'dlmalloc').join('\n');
    expect(md).toContain('<details><summary>Where the instructions differ from dlmalloc</summary>');
    expect(md).toContain('- **bench\\_small**: 0.60× the instructions of dlmalloc (8,649,584 vs 14,364,492, -5,714,908): `dlmalloc::malloc` -8,000,000 (only run by dlmalloc), `dlmalloc::free` -6,364,492 (only run by dlmalloc), `talc::malloc` +5,000,000 (not run by dlmalloc), `talc::free` +3,649,584 (not run by dlmalloc)');
  });

  it('a bounded baseline: the unlisted rest closes the sum, a newly large function says what is known', () => {
    const change = diffProfile(
      { iterations: 1, instructions: 2000, profile: { a: 1000, hot: 900, c: 100 } },
      { iterations: 1, instructions: 1300, profile: { a: 1000 }, profileOmitted: { functions: 3, total: 300, largest: 150 } },
    )!;
    expect(profileLine('bench_x', change, 'text')).toBe(
      "bench_x +700 instructions (+53.8%): hot 900 (not among the baseline's listed functions: was ≤ 150 or absent), functions the baseline does not list +700",
    );
  });

  it('the whole comment and console report carry the function view of a regressed variant', () => {
    const results: GateResults = {
      schemaVersion: 1,
      tool: { name: 'wasm-gate', version: '0.1.0' },
      mode: 'check',
      status: 'regressed',
      exitCode: 1,
      startedAt: '2025-01-01T00:00:00.000Z',
      durationMs: 1,
      tools: {},
      variants: [v],
      problems: [],
    };
    expect(renderMarkdown(results)).toContain('| ⬆️ | `dlmalloc::malloc` | 2,538\u00a0B | 2,900\u00a0B | +362\u00a0B |');
    expect(renderConsole(results, { color: false })).toContain('talc bench_small +864,958 instructions (+11.1%)');
  });
});

describe('the results file in `report` mode', () => {
  const results = (variant: unknown): string =>
    JSON.stringify({ schemaVersion: 1, tool: { name: 'wasm-gate', version: '1' }, mode: 'check', status: 'pass', exitCode: 0, startedAt: 'x', durationMs: 1, variants: [variant] });
  const variant = {
    name: 'v',
    status: 'pass',
    rows: [],
    problems: [],
    functionChanges: [
      { name: 'f', baseline: 1, current: 2, delta: 1, extra: 'dropped' },
      { name: 'g', baseline: null, current: 5, delta: 5, baselineAtMost: 3 },
    ],
    attribution: {
      naming: { named: 0, total: 2, note: 'the build kept no "name" section' },
      sizeRest: { baseline: { functions: 1, bytes: 2 }, current: { functions: 2, bytes: 7 } },
      profileChanges: { bench_x: { baseline: 1, current: 2, delta: 1, functions: [{ name: 'f', baseline: 1, current: 2, delta: 1 }], rest: { baseline: 0, current: 0 } } },
      unknown: true,
    },
  };

  it('keeps the function view, rebuilt field by field', () => {
    const parsed = parseResults(results(variant), 'r.json');
    expect(parsed.variants[0]?.functionChanges).toEqual([
      { name: 'f', baseline: 1, current: 2, delta: 1 },
      { name: 'g', baseline: null, current: 5, delta: 5, baselineAtMost: 3 },
    ]);
    expect(parsed.variants[0]?.attribution).toEqual({ naming: variant.attribution.naming, sizeRest: variant.attribution.sizeRest, profileChanges: variant.attribution.profileChanges });
    expect(parseResults(serializeResults(parsed), 'r.json')).toEqual(parsed);
  });

  it('refuses what is not a function change, naming the JSON path', () => {
    expect(() => parseResults(results({ ...variant, functionChanges: [{ name: 'f', baseline: '1', current: 2, delta: 1 }] }), 'r.json')).toThrow(/\/variants\/0\/functionChanges\/0\/baseline must be a finite number/);
    expect(() => parseResults(results({ ...variant, attribution: { naming: { named: -1, total: 1 } } }), 'r.json')).toThrow(/naming\/named must be a non-negative integer/);
  });
});

describe('the "name" section hint', () => {
  // The build named both of its functions; the optimizer added a third (binaryen names what it
  // adds internally, and writes no name for it).
  const input = wat('(module (func $alloc (result i32) i32.const 1) (func $free (result i32) i32.const 2))', { names: true });
  const optimized = wat('(module (func $alloc (result i32) i32.const 1) (func $free (result i32) i32.const 2) (func (result i32) i32.const 3))', { names: true });
  const stripped = wat('(module (func (result i32) i32.const 1) (func (result i32) i32.const 2))');
  const grown = (naming: FunctionNaming): VariantResult => ({
    name: 'v',
    status: 'pass',
    rows: [],
    problems: [],
    functionChanges: [{ name: 'func[2]', baseline: null, current: 4, delta: 4 }],
    attribution: { naming },
  });

  it('knows when every unnamed function is one wasm-opt added', () => {
    const naming = measureFunctions(optimized, namesFromKeptCopy(optimized, optimized, input)).naming;
    expect(naming).toMatchObject({ named: 2, total: 3, unnamedByOptimizer: true });
    const unnamedBuild = measureFunctions(optimized, namesFromKeptCopy(optimized, optimized, wat('(module (func $alloc (result i32) i32.const 1) (func (result i32) i32.const 2))', { names: true }))).naming;
    expect(unnamedBuild.unnamedByOptimizer).toBeUndefined();
    expect(measureFunctions(stripped, namesFromKeptCopy(stripped, stripped, stripped)).naming.unnamedByOptimizer).toBeUndefined();
  });

  it('is not shown when only wasm-opt’s own helpers have no name; it is when the build’s functions have none', () => {
    const helpers = grown({ named: 2, total: 3, note: 'the name section does not name every function', unnamedByOptimizer: true });
    const md = functionMarkdown(helpers, undefined).join('\n');
    expect(md).not.toContain('Keep the "name" section');
    expect(md).toContain('1 of 3 functions are numbered (`func[<index>]`): wasm-opt added them, and its helpers have no name');
    expect(functionConsole(helpers, undefined).join('\n')).not.toContain('Keep the "name" section');
    const build = grown({ named: 1, total: 3, note: 'the name section does not name every function' });
    expect(functionMarkdown(build, undefined).join('\n')).toContain('Keep the "name" section');
  });

  it('survives the results file (report mode)', () => {
    const helpers = grown({ named: 2, total: 3, note: 'x', unnamedByOptimizer: true });
    const file = JSON.stringify({ schemaVersion: 1, tool: { name: 'wasm-gate', version: '1' }, mode: 'check', status: 'pass', exitCode: 0, startedAt: 'x', durationMs: 1, variants: [helpers] });
    expect(parseResults(file, 'r.json').variants[0]?.attribution?.naming?.unnamedByOptimizer).toBe(true);
  });
});
