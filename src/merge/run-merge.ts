// `wasm-gate merge results-*.json`: the shards of a matrix, read as untrusted files (like report
// mode: nothing is built or run), combined into one verdict; with --write-baseline, one baseline
// from every shard's measurements, refused while a shard is missing.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { baselineChanged, nextBaseline, serializeBaseline } from '../baseline/next-baseline.js';
import { globMatch } from '../glob.js';
import { exitCodeFor, gateStatus } from '../compare/verdict.js';
import { InputFileError } from '../config/json-file.js';
import { loadBaseline } from '../config/load-baseline.js';
import { loadConfig } from '../config/load-config.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { InputReadError, readInputFile } from '../fs/read-input.js';
import type { Logger } from '../log.js';
import { parseResults, ResultsFileError } from '../publish/results-file.js';
import type { PublishedResults } from '../results/published.js';
import type { Baseline, GateConfig, GateProblem, VariantMeasurement } from '../types.js';
import { mergeResults, type MergeInput } from './merge-results.js';

export interface MergeOptions {
  /** results files, or patterns with * and ? in their last part (results/results-*.json) */
  patterns: string[];
  writeBaseline?: { baselineFile: string; configFile: string };
  log: Logger;
}

export interface MergeRun {
  results: PublishedResults;
  /** --write-baseline: whether the baseline file's content changed */
  baselineChanged?: boolean;
}

export async function runMerge(options: MergeOptions): Promise<MergeRun> {
  const problems: GateProblem[] = [];
  const files = await expand(options.patterns, problems);
  const inputs: MergeInput[] = [];
  for (const file of files) {
    try {
      inputs.push({ file, results: parseResults(await readResults(file), file) });
    } catch (error) {
      if (!(error instanceof ResultsFileError)) throw error;
      problems.push({ kind: 'publish', file, message: `merge: ${error.message}` });
    }
  }
  const merged = mergeResults(inputs);
  if (inputs.length === 0 && problems.length > 0) merged.problems.splice(0, merged.problems.length);
  merged.problems.unshift(...problems);
  settle(merged);
  options.log.info(`merge: ${inputs.length} results files, ${merged.variants.length} variants: ${merged.status}`);
  const run: MergeRun = { results: merged };
  if (options.writeBaseline) run.baselineChanged = await writeMergedBaseline(merged, options.writeBaseline, options.log);
  return run;
}

/** Status and exit code from the variants and problems as they now stand. */
function settle(results: PublishedResults): void {
  results.status = gateStatus(results.problems, results.variants);
  results.exitCode = exitCodeFor(results.status);
}

/** Writes the baseline from merged `update` shards; false (and a problem) when it may not. */
export async function writeMergedBaseline(merged: PublishedResults, where: { baselineFile: string; configFile: string }, log: Logger): Promise<boolean> {
  const refuse = (why: string): false => {
    merged.problems.push({ kind: 'baseline', file: where.baselineFile, message: `baseline ${where.baselineFile} was not written: ${why}` });
    settle(merged);
    return false;
  };
  // A shard that is missing, or a file that is not a shard's: writing would drop variants.
  const incomplete = merged.problems.filter((p) => p.kind === 'publish');
  if (incomplete.length > 0) return refuse(`the shards' results are incomplete (${incomplete.length === 1 ? 'see above' : `${incomplete.length} problems above`})`);
  let previous: Baseline | undefined;
  let config: GateConfig | undefined;
  try {
    previous = await loadBaseline(where.baselineFile);
    config = await loadConfig(where.configFile);
  } catch (error) {
    if (error instanceof InputFileError && error.kind === 'newer') return refuse(error.message);
    if (!(error instanceof InputFileError)) throw error;
    if (error.file === where.configFile) return refuse(error.message);
  }
  const names = merged.selection?.configVariants ?? config?.variants.map((v) => v.name) ?? merged.variants.map((v) => v.name);
  const measured = new Map(
    merged.variants.filter((v) => v.status !== 'error' && v.status !== 'removed' && v.measurement).map((v) => [v.name, v.measurement as VariantMeasurement]),
  );
  if (measured.size === 0) return refuse('no variant measured');
  const next = nextBaseline(previous, { variants: names, measured, tools: merged.tools, now: new Date(), ...(config ? { thresholds: config.thresholds } : {}) });
  const changed = baselineChanged(previous, next.baseline);
  try {
    await writeFileAtomic(where.baselineFile, serializeBaseline(next.baseline), 'baseline');
  } catch (error) {
    return refuse((error as Error).message);
  }
  const kept = next.kept.length > 0 ? `; kept the previous entries of ${next.kept.join(', ')}, which failed` : '';
  log.info(`wrote ${where.baselineFile} from ${measured.size} of ${names.length} variants${kept}${changed ? '' : ' (no change)'}`);
  return changed;
}

async function readResults(file: string): Promise<string> {
  try {
    return (await readInputFile(file, 'results file')).toString('utf8');
  } catch (error) {
    if (error instanceof InputReadError && (error.code === 'not-regular' || error.code === 'too-large')) throw new ResultsFileError(error.message);
    throw new ResultsFileError(`cannot read the results file ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/** Files named, and files matching a pattern's last part (sorted); a pattern matching nothing is a problem. */
async function expand(patterns: string[], problems: GateProblem[]): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    const base = path.basename(pattern);
    if (!/[*?]/.test(base)) {
      files.push(path.resolve(pattern));
      continue;
    }
    const dir = path.resolve(path.dirname(pattern));
    const names = await readdir(dir).catch(() => [] as string[]);
    const matched = names.filter((n) => globMatch(base, n)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    if (matched.length === 0) problems.push({ kind: 'publish', message: `merge: no file matches ${pattern} (in ${dir})` });
    files.push(...matched.map((n) => path.join(dir, n)));
  }
  return [...new Set(files)];
}
