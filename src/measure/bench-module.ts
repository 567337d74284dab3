// Pure: which bytes the bench stage runs for a variant. A core module runs as it was optimized;
// a component runs the optimized core module inside it that exports the benchmarks (its imports,
// often WASI preview 1 from the component's adapter, are then the bench stage's to provide).
import type { OptimizedArtifact } from '../optimize/optimize-artifact.js';
import { moduleInterface } from '../wasm/interface.js';
import { globMatch } from '../glob.js';

export interface BenchModuleChoice {
  /** absent: nothing to benchmark (`note` says why) */
  bytes?: Uint8Array;
  /** the core module's index in the component */
  index?: number;
  note?: string;
}

/**
 * A module that exports no benchmark is not handed over at all (nothing to run, and no reason to
 * load it: its imports may be ones no host here provides).
 */
export function benchModuleOf(artifact: OptimizedArtifact, patterns: readonly string[], traces: readonly string[]): BenchModuleChoice {
  const offers = artifact.modules.map((m) => {
    const bytes = m.optimized ?? m.raw;
    const functions = moduleInterface(bytes)
      .exports.filter((e) => e.kind === 'function')
      .map((e) => e.name);
    const benches = functions.filter((name) => patterns.some((p) => globMatch(p, name)));
    const replays = traces.length > 0 && functions.includes('trace_load') && functions.includes('trace_replay');
    return { m, bytes, functions, count: benches.length + (replays ? 1 : 0) };
  });
  const candidates = offers.filter((o) => o.count > 0);
  const best = candidates.sort((a, b) => b.count - a.count || a.m.index - b.m.index)[0];
  if (artifact.kind === 'module') return best ? { bytes: best.bytes } : {};
  if (!best) {
    const listed = offers.map((o) => `${o.m.location}: ${o.functions.slice(0, 6).join(', ') || 'no functions'}${o.functions.length > 6 ? ', …' : ''}`);
    return {
      note: `no core module of the component exports a benchmark (${patterns.join(', ')}); their function exports: ${listed.join('; ')}`,
    };
  }
  const others = candidates.filter((o) => o !== best).map((o) => o.m.location);
  return {
    bytes: best.bytes,
    index: best.m.index,
    note: `benchmarks run ${best.m.location} of the component${others.length > 0 ? ` (also exporting benchmarks, not run: ${others.join(', ')})` : ''}`,
  };
}
