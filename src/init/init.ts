// `wasm-gate init`: write a starter config for what the project has, never over an existing one,
// and say what to run next.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseConfig } from '../config/load-config.js';
import { writeFileAtomic, WriteError } from '../fs/atomic-write.js';
import { shellWord } from '../report/escape.js';
import { discover } from './discover.js';
import { starterConfig } from './starter-config.js';

export interface InitOptions {
  /** the config file to write */
  configFile: string;
  /** how the user runs this CLI (`npx wasm-gate`, `node path/to/cli.js`) */
  command: string;
  /** the schemas directory of this copy of wasm-gate */
  schemasDir: string;
}

export interface InitResult {
  code: 0 | 2;
  /** what to print: to stdout on success, stderr on failure */
  message: string;
}

const INSTALLED_SCHEMA = './node_modules/wasm-gate/schemas/config.schema.json';

export async function init(options: InitOptions): Promise<InitResult> {
  const file = path.resolve(options.configFile);
  const dir = path.dirname(file);
  if (existsSync(file)) return { code: 2, message: `error: ${file} already exists: not overwritten (edit it, or remove it and run init again)` };
  const found = await discover(dir);
  const { config, sources } = starterConfig(found, dir, schemaRef(dir, options.schemasDir));
  if (config.variants.length === 0) {
    return {
      code: 2,
      message: `error: found no cargo crate with crate-type "cdylib" and no .wasm file under ${dir}: write ${path.basename(file)} by hand (wasm-gate's docs/CONFIG.md), one variant per build`,
    };
  }
  // What init writes must be what check accepts.
  parseConfig(config, file);
  try {
    await writeFileAtomic(file, `${JSON.stringify(config, null, 2)}\n`, 'config', { overwrite: false });
  } catch (error) {
    if (error instanceof WriteError) return { code: 2, message: `error: ${error.message}` };
    throw error;
  }
  const configFlag = path.basename(file) === 'wasm-gate.config.json' && path.resolve(dir) === path.resolve(process.cwd()) ? [] : ['--config', path.relative(process.cwd(), file) || file];
  const run = (sub: string): string => [options.command, sub, ...configFlag.map(shellWord)].join(' ');
  const baseline = path.relative(process.cwd(), path.join(dir, 'baseline.json')) || 'baseline.json';
  return {
    code: 0,
    message: [
      `wrote ${path.relative(process.cwd(), file) || file}: ${config.variants.length} variant${config.variants.length === 1 ? '' : 's'} (${config.variants.map((v) => v.name).join(', ')})`,
      ...sources.map((s) => `  from ${s}`),
      '',
      'Next:',
      `  ${run('check')}    build and measure every variant (all "new": there is no baseline yet)`,
      `  ${run('update')}   write the baseline`,
      `  git add ${shellWord(path.relative(process.cwd(), file) || file)} ${shellWord(baseline)}`,
      '',
      'Then add the workflow from the README ("The pull request gate"); edit the variants, thresholds and bench settings as you need.',
      '',
    ].join('\n'),
  };
}

/** The schema as the committed config should name it: the installed package's, or a path inside the project. */
function schemaRef(configDir: string, schemasDir: string): string {
  const own = path.join(schemasDir, 'config.schema.json');
  const relative = path.relative(configDir, own);
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) return `./${relative.split(path.sep).join('/')}`;
  return INSTALLED_SCHEMA;
}
