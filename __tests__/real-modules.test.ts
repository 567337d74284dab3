// Real modules through `node dist/cli.js check` with default settings: a C module using bulk
// memory and saturating truncations without a target_features section (clang), AssemblyScript
// output (asc), and third-party .wasm from npm packages installed here at test time (Emscripten's
// sql.js and web-tree-sitter). Each gets exactly its own features, so wasm-opt succeeds: optimized
// bytes are binaryen's own CLI's with those features, gzip and brotli node:zlib's, exit 0 on first
// adoption, and a few lines of output. A module wasm-opt cannot take gets a short error and its
// raw sizes.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSections } from '../src/wasm/sections.js';
import { repo, runCli, tempDir } from './helpers/cli.js';
import { missingRequirement } from './helpers/need.js';
import { requireToolchains } from './helpers/toolchain.js';
import { featureFlags, wasmOptCli } from './helpers/wasm-opt-cli.js';

const run = promisify(execFile);
const clang = process.env.WASM_GATE_CLANG ?? 'clang';
const asc = path.join(repo, 'node_modules', 'assemblyscript', 'bin', 'asc.js');
/** Pinned, so that a run today and a run next month measure the same bytes. */
const NPM_PACKAGES = { 'sql.js': '1.17.0', 'web-tree-sitter': '0.27.2' };

const BULK_C = `
static unsigned char buf[8192];
__attribute__((export_name("bench_copy")))
int bench_copy(int n) {
  unsigned sum = 0;
  for (int i = 0; i < n; i++) {
    __builtin_memset(buf, i, 64 + (i % 512));
    __builtin_memcpy(buf + 4096, buf + (i % 64), 64 + (i % 1024));
    sum = sum * 31 + buf[4096 + (i % 64)];
  }
  return (int)sum;
}
__attribute__((export_name("to_int")))
int to_int(float x) { return (int)x; }
`;

const ASSEMBLYSCRIPT = `
export function sum(n: i32): i32 {
  const values = new Array<i32>(0);
  for (let i = 0; i < n; i++) values.push(i * 3);
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
}
export function label(n: i32): string {
  const names = new Map<i32, string>();
  for (let i = 0; i < n; i++) names.set(i, i.toString());
  return names.get(n >> 1);
}
`;

/** The module without the named custom section. */
function withoutCustomSection(bytes: Uint8Array, name: string): Uint8Array {
  const kept = readSections(bytes).filter((s) => !(s.id === 0 && s.name === name));
  return new Uint8Array([...bytes.subarray(0, 8), ...kept.flatMap((s) => [...bytes.subarray(s.start, s.end)])]);
}

const zlibSizes = (bytes: Uint8Array): { gzip: number; brotli: number } => ({
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length,
});

let work: string;
const artifacts: Record<string, string> = {};
let npmProblem: string | undefined;
let clangProblem: string | undefined;

beforeAll(async () => {
  work = await tempDir('wg-real-');
  // C: bulk memory and saturating truncations, then the target_features section removed, so
  // that only the code says which features it uses.
  try {
    await writeFile(path.join(work, 'bulk.c'), BULK_C);
    const linked = path.join(work, 'bulk.linked.wasm');
    await run(clang, ['--target=wasm32-wasi', '-O2', '-mbulk-memory', '-mnontrapping-fptoint', '-nostdlib', '-Wl,--no-entry', path.join(work, 'bulk.c'), '-o', linked]);
    const bytes = new Uint8Array(await readFile(linked));
    artifacts['c-bulk'] = path.join(work, 'bulk.wasm');
    await writeFile(artifacts['c-bulk'], withoutCustomSection(bytes, 'target_features'));
  } catch (error) {
    clangProblem = (error as Error).message;
  }
  // AssemblyScript with its default runtime.
  await writeFile(path.join(work, 'as.ts'), ASSEMBLYSCRIPT);
  artifacts.assemblyscript = path.join(work, 'as.wasm');
  await run(process.execPath, [asc, path.join(work, 'as.ts'), '-O3', '-o', artifacts.assemblyscript]);
  // Third-party modules from the npm registry, installed into a temporary directory.
  try {
    const specs = Object.entries(NPM_PACKAGES).map(([name, version]) => `${name}@${version}`);
    await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', '--prefix', work, ...specs], { timeout: 180_000 });
    artifacts['sql.js'] = path.join(work, 'node_modules', 'sql.js', 'dist', 'sql-wasm.wasm');
    artifacts['web-tree-sitter'] = path.join(work, 'node_modules', 'web-tree-sitter', 'web-tree-sitter.wasm');
  } catch (error) {
    npmProblem = `npm install of ${Object.keys(NPM_PACKAGES).join(', ')} failed: ${(error as Error).message.split('\n')[0]}`;
  }
}, 300_000);

function needs(ctx: { skip: (note?: string) => void }): void {
  if (clangProblem) requireToolchains(ctx, `build the bulk-memory module (${clangProblem.split('\n')[0]})`);
  if (npmProblem) missingRequirement(ctx, npmProblem, 'let npm reach its registry (npm config get registry)', false);
}

interface VariantJson {
  name: string;
  status: string;
  measurement: {
    size: { raw: number; optimized?: number; gzip: number; brotli: number };
    features?: { used: string[]; declared?: string[]; enabled: string[] };
    optimizeFailed?: true;
    bench?: Record<string, { instructions?: number }>;
  };
  rows: { id: string; failed?: true; current?: number }[];
  problems: { message: string }[];
}

async function gate(config: unknown, args: string[] = []): Promise<{ code: number; output: string; variants: Record<string, VariantJson>; dir: string }> {
  const dir = await tempDir('wg-real-gate-');
  await writeFile(path.join(dir, 'wasm-gate.config.json'), JSON.stringify(config));
  const json = path.join(dir, 'results.json');
  const result = await runCli(['check', '--out-dir', path.join(dir, 'optimized'), '--json', json, ...args], { cwd: dir });
  const results = JSON.parse(await readFile(json, 'utf8')) as { variants: VariantJson[] };
  return { code: result.code, output: result.stdout + result.stderr, variants: Object.fromEntries(results.variants.map((v) => [v.name, v])), dir };
}

describe('real modules with default settings', () => {
  it('each gets exactly its own features; sizes match binaryen’s CLI and node:zlib; exit 0, a few lines', async (ctx) => {
    needs(ctx);
    const names = Object.keys(artifacts);
    const { code, output, variants, dir } = await gate({ variants: names.map((name) => ({ name, artifact: artifacts[name] })) });
    expect(code, output).toBe(0);
    // A line per variant and section of the report, never a validator dump.
    expect(output.split('\n').length, output).toBeLessThan(60);
    expect(output).not.toContain('wasm-validator');

    for (const name of names) {
      const v = variants[name]!;
      const raw = await readFile(artifacts[name]!);
      const shipped = await readFile(path.join(dir, 'optimized', `${name}.wasm`));
      expect(v.status, name).toBe('new');
      expect(v.measurement.size, name).toEqual({ raw: raw.length, optimized: shipped.length, ...zlibSizes(shipped) });
      const enabled = v.measurement.features!.enabled;
      expect(shipped.equals(wasmOptCli(raw, [...featureFlags(enabled), '-Oz', '--strip-debug'])), `${name}: the same bytes as wasm-opt ${featureFlags(enabled).join(' ')} -Oz --strip-debug`).toBe(true);
    }

    // What each uses, read from its code: the C module has no target_features section left.
    expect(variants['c-bulk']!.measurement.features).toEqual({ used: ['nontrapping-float-to-int', 'bulk-memory-opt'], enabled: ['nontrapping-float-to-int', 'bulk-memory-opt'] });
    expect(variants.assemblyscript!.measurement.features!.used).toContain('bulk-memory');
    for (const name of ['sql.js', 'web-tree-sitter']) {
      expect(variants[name]!.measurement.features!.used, name).toEqual(expect.arrayContaining(['sign-ext', 'nontrapping-float-to-int', 'bulk-memory', 'bulk-memory-opt']));
    }
    // The C module's benchmark ran, with an exact instruction count.
    expect(variants['c-bulk']!.measurement.bench?.bench_copy?.instructions).toBeGreaterThan(1000);
  }, 600_000);

  it('--enable-bulk-memory in optimize.flags works in process (binaryen asserted on it) and matches the CLI', async (ctx) => {
    needs(ctx);
    const flags = ['-Oz', '--strip-debug', '--enable-bulk-memory'];
    const { code, output, variants, dir } = await gate({ variants: [{ name: 'web-tree-sitter', artifact: artifacts['web-tree-sitter'] }], optimize: { flags } });
    expect(code, output).toBe(0);
    const raw = await readFile(artifacts['web-tree-sitter']!);
    const shipped = await readFile(path.join(dir, 'optimized', 'web-tree-sitter.wasm'));
    const enabled = variants['web-tree-sitter']!.measurement.features!.enabled;
    expect(shipped.equals(wasmOptCli(raw, [...featureFlags(enabled), ...flags]))).toBe(true);
  }, 300_000);

  it('a module wasm-opt cannot take: a short error naming the first validator error and the flag, raw sizes still shown', async (ctx) => {
    needs(ctx);
    const config = { variants: [{ name: 'sql.js', artifact: artifacts['sql.js'] }], optimize: { flags: ['-Oz', '--mvp-features'] } };
    const { code, output, variants } = await gate(config);
    expect(code).toBe(2);
    expect(output.split('\n').length, output).toBeLessThan(30);
    const v = variants['sql.js']!;
    const problem = v.problems[0]!.message;
    expect(problem.split('\n')).toHaveLength(3);
    const used = 'sign-ext, nontrapping-float-to-int, bulk-memory, bulk-memory-opt';
    expect(problem).toMatch(
      new RegExp(`^variant "sql\\.js": wasm-opt failed \\(the sizes shown are the raw module's\\): the module does not validate with the features enabled for it \\(none beyond the MVP\\); it uses ${used}\\n  first of \\d+ validator errors: \\[wasm-validator error in function \\d+\\] `),
    );
    expect(problem).toMatch(/\n  fix: add "--enable-sign-ext", "--enable-nontrapping-float-to-int", "--enable-bulk-memory", "--enable-bulk-memory-opt" to optimize\.flags, or drop the flags that disable them \(--verbose shows all \d+ lines\)$/);
    // Raw, gzip and brotli of the raw module; optimized marked failed.
    const raw = await readFile(artifacts['sql.js']!);
    expect(v.measurement.size).toEqual({ raw: raw.length, ...zlibSizes(raw) });
    expect(v.measurement.optimizeFailed).toBe(true);
    expect(v.rows.find((r) => r.id === 'optimized')).toMatchObject({ failed: true });
    expect(output).toMatch(/\nsql\.js\s+error\s+[\d.]+ KiB\s+failed\s+[\d.]+ KiB\n/);

    // --verbose shows binaryen's whole output.
    const verbose = await gate(config, ['--verbose']);
    expect(verbose.output.split('\n').length).toBeGreaterThan(1000);
    expect(verbose.output).toContain('[wasm-validator error');
  }, 300_000);
});
