#!/usr/bin/env node
// The command line: `wasm-gate check | update | validate`, over the same pipeline as the action.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_BASELINE_FILE, DEFAULT_CONFIG_FILE } from './config/defaults.js';
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

Options:
  --config F      config file (default ${DEFAULT_CONFIG_FILE})
  --baseline F    baseline file (default ${DEFAULT_BASELINE_FILE} beside the config)
  --out-dir D     write each variant's optimized module as D/<name>.wasm
  --json F        write the results as JSON
  --markdown F    write the Markdown report
  --verbose       show build output
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

  if (command === 'validate') {
    const problems = await validateFiles(configFile, baselineFile);
    for (const p of problems) process.stderr.write(`error: ${p}\n`);
    if (problems.length === 0) process.stdout.write(`ok: ${configFile} and ${baselineFile} are valid\n`);
    return problems.length === 0 ? 0 : 2;
  }
  if (command !== 'check' && command !== 'update') {
    process.stderr.write(`error: unknown command "${command}" (use check, update or validate)\n\n${USAGE}`);
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
  process.stdout.write(renderConsole(results, { color }));
  if (values.json) await writeOutput(values.json, `${JSON.stringify(results, null, 2)}\n`);
  if (values.markdown) await writeOutput(values.markdown, renderMarkdown(results));
  return results.exitCode;
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
