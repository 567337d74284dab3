// The baseline keeps what compares across machines: no noise in a committed file, and so nothing
// for the baseline workflow to commit after a merge that changed nothing deterministic.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineChanged, serializeBaseline } from '../src/baseline/next-baseline.js';
import type { VariantMeasurement } from '../src/types.js';
import { baselineOf } from './helpers/baseline.js';
import { prebuilt, projectWith, runCli } from './helpers/cli.js';
import { runA, runB } from './helpers/report-cases.js';

const measurements = (run: typeof runA): Record<string, VariantMeasurement> =>
  Object.fromEntries(Object.entries(run.variants).map(([name, v]) => [name, v.measurement as VariantMeasurement]));
const TOOLS = { node: 'v24.0.0', binaryen: '132.0.0 (npm, in-process) -Oz --strip-debug', bench: 'node v24.0.0 (V8 …), 10 samples of ≥25 ms' };

describe('what update stores', () => {
  it('bytes, sections, cycles, instructions, allocations, memory and iterations; no timings, no timing tools', () => {
    const next = baselineOf(undefined, measurements(runA), TOOLS, new Date('2026-01-01T00:00:00Z'));
    const pairs = next.variants['rust-bump']?.bench?.bench_pairs;
    expect(Object.keys(pairs ?? {})).toEqual(['iterations', 'cycles', 'instructions', 'peakMemoryBytes', 'initialMemoryBytes', 'allocations', 'profile', 'cyclesProfile']);
    expect(next.variants['rust-bump']?.sections?.code).toBeGreaterThan(0);
    expect(next.tools).toEqual({ binaryen: TOOLS.binaryen });
    expect(serializeBaseline(next)).not.toMatch(/opsPerSec|samples|allocStats/);
  });

  it('timings too, for the variants whose throughput the config gates (and the tools that took them)', () => {
    const next = baselineOf(undefined, measurements(runA), TOOLS, new Date(), { variants: { 'rust-bump': { opsPerSec: { relative: 10 } } } });
    expect(next.variants['rust-bump']?.bench?.bench_pairs).toHaveProperty('opsPerSecCi95');
    expect(next.variants['rust-dlmalloc']?.bench?.bench_pairs).not.toHaveProperty('opsPerSec');
    expect(next.tools).toEqual(TOOLS);
  });

  it('a second update of the same code (other timings, minutes later) writes the same bytes: updatedAt is when the numbers last changed', () => {
    const first = baselineOf(undefined, measurements(runA), TOOLS, new Date('2026-01-01T00:00:00Z'));
    const second = baselineOf(first, measurements(runB), { ...TOOLS, node: 'v24.1.0' }, new Date('2026-01-02T00:00:00Z'));
    expect(baselineChanged(first, second)).toBe(false);
    expect(serializeBaseline(second)).toBe(serializeBaseline(first));
    const grown = measurements(runB);
    (grown['c-libc'] as VariantMeasurement).size.gzip += 1;
    const third = baselineOf(first, grown, TOOLS, new Date('2026-01-03T00:00:00Z'));
    expect(baselineChanged(first, third)).toBe(true);
    expect(third.updatedAt).toBe('2026-01-03T00:00:00.000Z');
  });
});

describe('update, run twice on unchanged code (real modules, real benchmarks)', () => {
  it('writes byte-identical files, and says the second changed nothing', async () => {
    const dir = await projectWith({
      reference: 'dlmalloc',
      variants: [
        { name: 'dlmalloc', artifact: prebuilt('rust-dlmalloc') },
        { name: 'bump', artifact: prebuilt('rust-bump') },
      ],
      bench: { exports: ['bench_pairs', 'bench_small'] },
    });
    const first = await runCli(['update'], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    const written = await readFile(path.join(dir, 'baseline.json'), 'utf8');
    const second = await runCli(['update', '--verbose'], { cwd: dir });
    expect(second.code, second.stderr).toBe(0);
    expect(await readFile(path.join(dir, 'baseline.json'), 'utf8')).toBe(written);
    expect(second.stderr).toContain('(no change)');
    // Both variants were in the baseline: not "new", and nothing changed.
    expect(second.stdout).toContain('wasm-gate update: passed — 2 variants, none changed');
    expect(second.stdout).not.toMatch(/\bnew\b/);
    // The runs did time the benchmarks: the throughput went to the console, not the file.
    expect(second.stderr).toMatch(/throughput round 10\/10/);
    expect(written).not.toContain('opsPerSec');
    // Progress and table speak the same units.
    const progress = /bench: bump \[\d+\/\d+\] bench_pairs: (\S+ \S+) iterations, (\S+ \S+) cycles, (\S+ \S+) instructions, peak memory (\S+ [KMG]?i?B)\b/.exec(second.stderr);
    expect(progress).not.toBeNull();
    const [, iterations, cycles, instructions, memory] = progress as RegExpExecArray;
    expect(second.stdout).toMatch(new RegExp(`bump\\s+bench_pairs\\s+${iterations}\\s+${cycles}\\s+±0%\\s+${instructions}\\s+±0%\\s+(\\S+ \\S+\\s+)?${memory}`));
    expect(second.stderr).toMatch(/ {2}bump: raw 4,277 B, optimized 2,901 B, gzip 1,530 B, brotli 1,412 B/);

    // A baseline that differs (as after a change): update says what it changes, per variant.
    const older = JSON.parse(written) as { variants: Record<string, { size: { gzip: number }; bench: Record<string, { instructions: number }> }> };
    const bump = older.variants.bump as (typeof older.variants)[string];
    bump.size.gzip -= 10;
    const pairs = bump.bench.bench_pairs as { instructions: number };
    pairs.instructions = Math.round(pairs.instructions * 0.9);
    await writeFile(path.join(dir, 'baseline.json'), JSON.stringify(older, null, 2));
    const third = await runCli(['update'], { cwd: dir });
    expect(third.code, third.stderr).toBe(0);
    expect(third.stdout).toContain('wasm-gate update: passed — 2 variants, 1 changed');
    expect(third.stdout).not.toMatch(/\bnew\b/);
    expect(third.stdout).toMatch(/\nbump: gzip 1,520 → 1,530 B \(\+0\.66%\), bench_pairs instructions [\d.]+ [KM] → [\d.]+ [KM] \(\+[\d.]+%\)\n/);
  });
});
