#!/usr/bin/env node
// The command line: `wasm-gate check | update | validate | init`, over the same pipeline as the action.
import { realpathSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_BASELINE_FILE, DEFAULT_CONFIG_FILE } from './config/defaults.js';
import { init } from './init/init.js';
import { consoleLogger } from './log.js';
import { runGate } from './pipeline.js';
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

Options:
  --config F      config file (default ${DEFAULT_CONFIG_FILE})
  --baseline F    baseline file (default ${DEFAULT_BASELINE_FILE} beside the config)
  --out-dir D     write each variant's optimized module as D/<name>.wasm
  --json F        write the results as JSON
  --markdown F    write the Markdown report
  --verbose       show build output, every variant's benchmarks and this machine's throughput
  --no-color      plain output even on a terminal

Exit codes: 0 pass, 1 regression, 2 error.
`;

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string' },
        baseline: { type: 'string' },
        'out-dir': { type: 'string' },
        json: { type: 'string' },
        markdown: { type: 'string' },
        verbose: { type: 'boolean', default: false },
        'no-color': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    process.stdout.write(`${WASM_GATE_VERSION}\n`);
    return 0;
  }
  const command = positionals[0];
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return command || values.help ? 0 : 2;
  }
  if (positionals.length > 1) {
    process.stderr.write(`error: unexpected argument "${positionals[1]}"\n\n${USAGE}`);
    return 2;
  }
  const configFile = path.resolve(values.config ?? DEFAULT_CONFIG_FILE);
  const baselineFile = path.resolve(values.baseline ?? path.join(path.dirname(configFile), DEFAULT_BASELINE_FILE));

  // wasm-gate:init
  if (command === 'init') {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const done = await init({ configFile, command: invocation(), schemasDir: path.join(here, '..', 'schemas') });
    (done.code === 0 ? process.stdout : process.stderr).write(`${done.message}\n`);
    return done.code;
  }
  if (command === 'validate') {
    const problems = await validateFiles(configFile, baselineFile);
    for (const p of problems) process.stderr.write(`error: ${p}\n`);
    if (problems.length === 0) process.stdout.write(`ok: ${configFile} and ${baselineFile} are valid\n`);
    return problems.length === 0 ? 0 : 2;
  }
  if (command !== 'check' && command !== 'update') {
    process.stderr.write(`error: unknown command "${command}" (use check, update, validate or init)\n\n${USAGE}`);
    return 2;
  }

  const log = consoleLogger(process.stderr, values.verbose);
  const { results } = await runGate({
    mode: command,
    configFile,
    baselineFile,
    ...(values['out-dir'] ? { outDir: path.resolve(values['out-dir']) } : {}),
    log,
  });
  const color = Boolean(process.stdout.isTTY) && !values['no-color'] && !process.env.NO_COLOR;
  process.stdout.write(renderConsole(results, { color, verbose: values.verbose }));
  if (values.json) await writeOutput(values.json, `${JSON.stringify(results, null, 2)}\n`);
  if (values.markdown) await writeOutput(values.markdown, renderMarkdown(results));
  return results.exitCode;
}

/** How the user ran this CLI, for the commands it suggests: `npx wasm-gate` when installed. */
function invocation(): string {
  const script = process.argv[1] ? realpathSync(process.argv[1]) : '';
  if (!script || /[\\/]node_modules[\\/]/.test(script) || /[\\/]node_modules[\\/]/.test(process.argv[1] ?? '')) return 'npx wasm-gate';
  const relative = path.relative(process.cwd(), script);
  return `node ${relative.startsWith('..') ? script : relative}`;
}

async function writeOutput(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, text);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`wasm-gate: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
