#!/usr/bin/env node
// The command line: `wasm-gate check | update | validate | init`, over the same pipeline as the action.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCliArgs, UsageError } from './cli-args.js';
import { DEFAULT_BASELINE_FILE, DEFAULT_CONFIG_FILE } from './config/defaults.js';
import { writeFileAtomic } from './fs/atomic-write.js';
import { init } from './init/init.js';
import { runMerge } from './merge/run-merge.js';
import { parseShard, SelectionError, type ShardSpec } from './shard/select.js';
import type { GateResults } from './types.js';
import { resolveCommit } from './variant-build/git.js';
import { consoleLogger } from './log.js';
import { runGate } from './pipeline.js';
import { cancellation, exitOnSignal, quietAfterCancel, signalExitCode } from './processes.js';
import { cancelledLine, cancelledMarkdown } from './report/cancelled.js';
import { renderConsole } from './report/console.js';
import { renderMarkdown } from './report/markdown.js';
import { validateFiles } from './validate.js';
import { WASM_GATE_VERSION } from './version.js';

const USAGE = `wasm-gate ${WASM_GATE_VERSION}: gate WebAssembly size and speed against a committed baseline

Usage:
  wasm-gate check    [options]   build, optimize, measure, benchmark, compare with the baseline
  wasm-gate update   [options]   measure and rewrite the baseline
  wasm-gate validate [options]   check config and baseline against their schemas
  wasm-gate init     [--config F] write a starter config for the crates and .wasm files found here
  wasm-gate merge    FILES...      combine the results of a matrix's shards into one verdict and
                                   report (--json, --markdown; --write-baseline after update shards)
  wasm-gate help | version

Options:
  --config F      config file (default ${DEFAULT_CONFIG_FILE})
  --baseline F    baseline file (default ${DEFAULT_BASELINE_FILE} beside the config)
  --out-dir D     write each variant's optimized module as D/<name>.wasm
  --json F        write the results as JSON
  --markdown F    write the Markdown report
  --shard K/N     run the K-th of N slices of the variants (every N-th, from the K-th)
  --variants a,b  run only the named variants
  --cache-dir D   reuse (and keep) optimized modules and measurements in D, as config "cache"
  --no-reuse      measure every variant again, even when its artifact and settings are unchanged
  --against REF   check: build every variant again at the commit REF names (a git worktree of
                  the config's repository) and time base and head paired: a "vs base" ratio
                  per benchmark, gated by thresholds.vsBase (docs/WALL-CLOCK.md)
  --verbose       show build output, full tool output, every variant's benchmarks and this
                  machine's throughput
  --no-color      plain output even on a terminal

Exit codes: 0 pass, 1 regression, 2 error.
Cancelled by SIGINT (Ctrl-C) or SIGTERM: 130 or 143; every build and benchmark process is
stopped, and the --markdown file says the run was cancelled.
`;

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`error: ${error.message}\nRun \`wasm-gate help\` for the options.\n`);
    return 2;
  }
  const { command, values, flags } = args;
  if (command === 'version' || flags.version) {
    process.stdout.write(`${WASM_GATE_VERSION}\n`);
    return 0;
  }
  if (command === 'help' || flags.help || !command) {
    process.stdout.write(USAGE);
    return command || flags.help ? 0 : 2;
  }
  const configFile = path.resolve(values.config ?? DEFAULT_CONFIG_FILE);
  const baselineFile = path.resolve(values.baseline ?? path.join(path.dirname(configFile), DEFAULT_BASELINE_FILE));

  if (command === 'init') {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const done = await init({ configFile, command: invocation(), schemasDir: path.join(here, '..', 'schemas') });
    (done.code === 0 ? process.stdout : process.stderr).write(`${done.message}\n`);
    return done.code;
  }
  if (command === 'validate') {
    const { problems, notes } = await validateFiles(configFile, baselineFile);
    for (const p of problems) process.stderr.write(`error: ${p}\n`);
    for (const n of notes) process.stdout.write(`note: ${n}\n`);
    if (problems.length === 0) process.stdout.write(`ok: ${notes.length > 0 ? configFile : `${configFile} and ${baselineFile}`} ${notes.length > 0 ? 'is' : 'are'} valid\n`);
    return problems.length === 0 ? 0 : 2;
  }

  const log = quietAfterCancel(consoleLogger(process.stderr, flags.verbose ?? false));
  // The results of the variants measured so far (onProgress below): a cancelled run keeps them.
  let soFar: GateResults | undefined;
  exitOnSignal(async (signal) => {
    process.stderr.write(`wasm-gate: ${cancelledLine(signal)}\n`);
    const report = cancelledMarkdown(signal, command) + (soFar ? `\n${renderMarkdown(soFar)}` : '');
    if (values.markdown) await writeFileAtomic(values.markdown, report, 'report (--markdown)').catch(() => {});
  });
  let results: GateResults;
  if (command === 'merge') {
    if (args.files.length === 0) {
      process.stderr.write('error: merge needs the shards\' results files, e.g. `wasm-gate merge results/results-*.json`\n');
      return 2;
    }
    ({ results } = await runMerge({ patterns: args.files, ...(flags['write-baseline'] ? { writeBaseline: { baselineFile, configFile } } : {}), log }));
  } else {
    let select: { shard?: ShardSpec; variants?: string[] } | undefined;
    try {
      if (values.shard !== undefined) select = { shard: parseShard(values.shard) };
      if (values.variants !== undefined) select = { ...select, variants: values.variants.split(',').map((v) => v.trim()).filter(Boolean) };
    } catch (error) {
      if (!(error instanceof SelectionError)) throw error;
      process.stderr.write(`error: ${error.message}\n`);
      return 2;
    }
    let against: { ref: string; sha: string } | undefined;
    if (values.against !== undefined) {
      const resolved = await resolveAgainst(path.dirname(configFile), values.against);
      if ('error' in resolved) {
        process.stderr.write(`error: ${resolved.error}\n`);
        return 2;
      }
      against = resolved;
    }
    // Results so far on disk after each variant: a run stopped before its end leaves them.
    const onProgress = async (unfinished: GateResults): Promise<void> => {
      // After a cancel the signal's handler owns the files: a late write must not replace its report.
      if (cancellation()) return;
      soFar = unfinished;
      if (values.markdown) await writeFileAtomic(values.markdown, renderMarkdown(unfinished), 'report (--markdown)').catch(() => {});
      if (values.json) await writeFileAtomic(values.json, `${JSON.stringify(unfinished, null, 2)}\n`, 'results (--json)').catch(() => {});
    };
    ({ results } = await runGate({
      mode: command,
      ...(values.json || values.markdown ? { onProgress } : {}),
      configFile,
      baselineFile,
      ...(values['out-dir'] ? { outDir: path.resolve(values['out-dir']) } : {}),
      ...(select ? { select } : {}),
      ...(values['cache-dir'] ? { cacheDir: path.resolve(values['cache-dir']) } : {}),
      ...(flags['no-reuse'] ? { reuse: false } : {}),
      ...(against ? { against } : {}),
      log,
    }));
  }
  // Cancelled meanwhile: the signal's handler writes the report; this run's is incomplete.
  const cancelled = cancellation();
  if (cancelled) return signalExitCode(cancelled);
  const color = Boolean(process.stdout.isTTY) && !flags['no-color'] && !process.env.NO_COLOR;
  // Output files first: a reader of the console sees their errors with the report.
  const writes: string[] = [];
  if (values.json) await writeFileAtomic(values.json, `${JSON.stringify(results, null, 2)}\n`, 'results (--json)').catch((e: Error) => writes.push(e.message));
  if (values.markdown) await writeFileAtomic(values.markdown, renderMarkdown(results), 'report (--markdown)').catch((e: Error) => writes.push(e.message));
  process.stdout.write(renderConsole(results, { color, verbose: flags.verbose ?? false }));
  for (const w of writes) process.stderr.write(`error: ${w}\n`);
  return writes.length > 0 ? 2 : results.exitCode;
}

/** --against REF: the commit, looked up in the config file's repository, or what to do about it. */
async function resolveAgainst(dir: string, ref: string): Promise<{ ref: string; sha: string } | { error: string }> {
  const resolved = await resolveCommit(dir, ref);
  if ('sha' in resolved) return { ref, sha: resolved.sha };
  return {
    error: `--against ${ref}: no commit "${ref}" in the repository of ${dir} (${resolved.why}). Fetch it first (\`git fetch origin ${ref}\`); in GitHub Actions, set \`fetch-depth: 0\` on actions/checkout`,
  };
}

/** How the user ran this CLI, for the commands it suggests: `npx wasm-gate` when installed. */
function invocation(): string {
  const script = process.argv[1] ? realpathSync(process.argv[1]) : '';
  if (!script || /[\\/]node_modules[\\/]/.test(script) || /[\\/]node_modules[\\/]/.test(process.argv[1] ?? '')) return 'npx wasm-gate';
  const relative = path.relative(process.cwd(), script);
  return `node ${relative.startsWith('..') ? script : relative}`;
}

main(process.argv.slice(2)).then(
  (code) => exitSoon(code),
  (error: unknown) => {
    process.stderr.write(`wasm-gate: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    exitSoon(2);
  },
);

/** Exits when the event loop drains, and at the latest a moment later: nothing may keep the gate
 * alive once its report is out (a stray worker, a build's orphan holding a pipe). */
function exitSoon(code: number): void {
  process.exitCode = code;
  setTimeout(() => process.exit(code), 2_000).unref();
}
