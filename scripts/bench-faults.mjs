// npm run bench:faults — fault injection: kinds of bad input and fault, each run through the
// CLI (`node dist/cli.js check --json --markdown`) or the bundled action (`node dist/index.js`,
// as the runner runs it), next to a healthy variant. For each it records the exit code, the
// time to exit, the first line of the message, whether the healthy variant was still reported,
// whether the summary and the results were written, and any internal error or stack trace; then
// 20 kill -9 runs during `update` of a 56 MB baseline. Writes docs/RELIABILITY.md.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import wabtInit from 'wabt';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(root, 'dist', 'cli.js');
const ACTION = path.join(root, 'dist', 'index.js');
const work = mkdtempSync(path.join(os.tmpdir(), 'wasm-gate-faults-'));
const wabt = await wabtInit();
const features = { bulk_memory: true, sat_float_to_int: true, sign_extension: true, mutable_globals: true, multi_value: true };
const wat = (text) => {
  const m = wabt.parseWat('f.wat', text, features);
  try {
    m.resolveNames();
    m.validate();
    return Buffer.from(m.toBinary({}).buffer);
  } finally {
    m.destroy();
  }
};

// --- modules -----------------------------------------------------------------------------------
const GOOD = wat(`(module (memory (export "memory") 1)
  (func (export "bench_sum") (param $n i32) (result i32) (local $acc i32)
    (block $done (loop $next (br_if $done (i32.eqz (local.get $n)))
      (local.set $acc (i32.add (local.get $acc) (local.get $n)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1))) (br $next)))
    (local.get $acc)))`);
const SIZE_ONLY = wat(`(module (memory (export "memory") 1) (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))`);
const bench = (body, extra = '') => wat(`(module (memory (export "memory") 1) ${extra} (func (export "bench_x") (param $n i32) (result i32) ${body}))`);
const TRAP = bench('unreachable');
const SPIN = bench('(loop $l (br $l)) i32.const 0');
const BOMB = bench('(loop $l (br_if $l (i32.ne (memory.grow (i32.const 16)) (i32.const -1)))) unreachable');
const IMPORT = wat(`(module (import "env" "host_thing" (func $h (param i32) (result i32))) (memory (export "memory") 1) (func (export "bench_x") (param i32) (result i32) local.get 0 call $h))`);
const WASI_COMMAND = wat(`(module (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32))) (memory (export "memory") 1)
  (func (export "_start") i32.const 0 call $exit) (func (export "bench_x") (param i32) (result i32) local.get 0))`);
const PROC_EXIT = wat(`(module (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32))) (memory (export "memory") 1)
  (func (export "_initialize")) (func (export "bench_x") (param i32) (result i32) i32.const 3 call $exit i32.const 0))`);
const WRONG_SIGNATURE = wat(`(module (func (export "bench_x") (param i64) (result f64) f64.const 1))`);
const MANY = wat(`(module ${Array.from({ length: 2000 }, (_, i) => `(func (export "bench_${i}") (param i32) (result i32) local.get 0)`).join(' ')})`);
const BULK = wat(`(module (memory (export "memory") 1) (func (export "fill") (param i32) (memory.fill (local.get 0) (i32.const 0) (i32.const 16))) (func (export "f") (param f32) (result i32) local.get 0 i32.trunc_sat_f32_s))`);
// two imports of one type from one module: binaryen 132 groups them (compact imports) under -all
const GROUPED_IMPORTS = wat(`(module (import "env" "a" (func $a (param i32) (result i32))) (import "env" "b" (func $b (param i32) (result i32)))
  (memory (export "memory") 1) (func (export "bench_x") (param i32) (result i32) local.get 0)
  (func (export "use") (param i32) (result i32) (call $a (call $b (local.get 0)))))`);
// an import of kind 5, which no encoding has
const UNKNOWN_IMPORT_KIND = Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 2, 9, 1, 3, 0x65, 0x6e, 0x76, 1, 0x78, 0x05, 0x00]);
const COMPONENT = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00]);
const START_TRAP = wat(`(module (memory (export "memory") 1) (func $init unreachable) (start $init) (func (export "bench_a") (param i32) (result i32) local.get 0) (func (export "bench_b") (param i32) (result i32) local.get 0))`);
const FLOOD = wat(`(module ${Array.from({ length: 10_000 }, (_, i) => `(func (export "bench_${i}") (param i32) (result i32) local.get 0)`).join(' ')})`);
const mkfifo = (file) => execFileSync('mkfifo', [file]);
// issue 20, item 8: real-module defects.
const uleb = (n) => {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};
const utf8 = (text) => [...Buffer.from(text, 'utf8')];
/** The module with a custom section appended. */
const withCustom = (bytes, name, payload) => Buffer.concat([bytes, Buffer.from([0, ...uleb(uleb(utf8(name).length).length + utf8(name).length + payload.length), ...uleb(utf8(name).length), ...utf8(name)]), Buffer.from(payload)]);
/** A "name" section naming functions 0, 1, ... */
const nameSection = (names) => {
  const entries = names.flatMap((n, i) => [...uleb(i), ...uleb(utf8(n).length), ...utf8(n)]);
  const sub = [...uleb(names.length), ...entries];
  return [1, ...uleb(sub.length), ...sub];
};
const MULTI_MEMORY_COPY = (() => {
  const m = wabt.parseWat('f.wat', '(module (memory $a 1) (memory $b 1) (memory $c 1) (func (export "f") (memory.copy $b $c (i32.const 0) (i32.const 8) (i32.const 8))))', { ...features, multi_memory: true });
  try {
    m.resolveNames();
    return Buffer.from(m.toBinary({}).buffer);
  } finally {
    m.destroy();
  }
})();
const TWO_FUNCS = wat('(module (func (export "f") (result i32) i32.const 1) (func (export "g") (result i32) i32.const 2))');
const RUST_V0_NAMES = withCustom(TWO_FUNCS, 'name', nameSection(['mycrate[1a2b3c]::f', 'core[5e2a8d1f07]::ptr::drop_in_place::<alloc[9f3b]::vec::Vec<u8>>']));
const SHIM_NAMES = withCustom(TWO_FUNCS, 'name', nameSection([' externref shim', 'trailing ']));
// A standard GC module (a rec group of two structs) as binaryen 132 writes it: wasm-opt 108 reads "Bad type form -50".
const GC_MODULE = Buffer.from('0061736d010000000115034e025f017f005f016300006000017f6000016301030302020307090201660000016700010a12020b004107fb0000fb0200000b0400d0710b', 'hex');
const LARGE = withCustom(GOOD, 'padding', new Uint8Array(3 * 2 ** 20));
const RUST_BUMP = readFileSync(path.join(root, 'fixtures', 'prebuilt', 'rust-bump.wasm'));

// --- the faults --------------------------------------------------------------------------------
/** Each fault: files of its project, the bad variant (beside a healthy "good" one), config extras. */
const faults = [
  // config
  { name: 'config file missing', group: 'config', files: {}, noConfig: true },
  { name: 'config is not JSON (trailing comma)', group: 'config', rawConfig: '{ "variants": [ { "name": "a", "artifact": "a.wasm" }, ] }' },
  { name: 'config starts with a UTF-8 BOM', group: 'config', rawConfig: `\ufeff${JSON.stringify({ variants: [{ name: 'good', artifact: 'good.wasm' }] })}` },
  { name: 'config is empty', group: 'config', rawConfig: '' },
  { name: 'config has an unknown key', group: 'config', config: { varients: [] } },
  { name: 'config has duplicate variant names', group: 'config', bad: { name: 'good', artifact: 'good.wasm' } },
  { name: 'config reference names no variant', group: 'config', config: { reference: 'nope' } },
  { name: 'config path is a directory', group: 'config', configIsDir: true },
  // baseline
  { name: 'baseline is not JSON', group: 'baseline', baseline: '{"schemaVersion": 1, "variants": {' },
  { name: 'baseline fails its schema', group: 'baseline', baseline: JSON.stringify({ schemaVersion: 1, variants: { good: { size: { raw: 'big' } } } }) },
  { name: 'baseline from a newer wasm-gate', group: 'baseline', baseline: JSON.stringify({ schemaVersion: 2, variants: {} }) },
  { name: 'baseline iterations past 2^31', group: 'baseline', baseline: JSON.stringify({ schemaVersion: 1, variants: { good: { size: { raw: 1, optimized: 1, gzip: 1, brotli: 1 }, bench: { bench_sum: { iterations: 2 ** 31 } } } } }) },
  { name: 'baseline made by another optimizer', group: 'baseline', baseline: 'other-tools' },
  // build
  { name: 'build exits 3', group: 'build', bad: { build: 'echo "error: boom" >&2; exit 3' } },
  { name: 'build command not found', group: 'build', bad: { build: 'no-such-compiler --release' } },
  { name: 'build killed by a signal', group: 'build', bad: { build: 'kill -9 $$' } },
  { name: 'build hangs (buildTimeLimitMs 2 s)', group: 'build', bad: { build: 'sleep 100000', buildTimeLimitMs: 2000 }, limitMs: 20_000 },
  { name: 'build leaves a child holding its output', group: 'build', bad: { build: '(sleep 45; echo late) & echo built', artifact: 'good.wasm' }, limitMs: 20_000 },
  { name: 'build prints 150 MB', group: 'build', bad: { build: "yes 'a long line of compiler output 0123456789' | head -c 157286400", artifact: 'good.wasm' } },
  { name: 'build cwd does not exist', group: 'build', bad: { build: 'true', cwd: 'no/such/dir' } },
  // artifact
  { name: 'artifact missing after the build', group: 'artifact', bad: { build: 'true', artifact: 'never-written.wasm' } },
  { name: 'artifact is a text file', group: 'artifact', badBytes: Buffer.from('hello, not wasm\n') },
  { name: 'artifact is empty', group: 'artifact', badBytes: Buffer.alloc(0) },
  { name: 'artifact is truncated', group: 'artifact', badBytes: RUST_BUMP.subarray(0, RUST_BUMP.length >> 1) },
  { name: 'artifact is a directory', group: 'artifact', badIsDir: true },
  { name: 'artifact is a WebAssembly component', group: 'artifact', badBytes: COMPONENT },
  // optimize
  { name: 'wasm-opt flag the engine does not know', group: 'optimize', config: { optimize: { flags: ['-Oz', '--frobnicate=3'] } } },
  { name: 'native wasm-opt missing', group: 'optimize', config: { optimize: { engine: 'native', wasmOpt: '/nonexistent/wasm-opt' } } },
  { name: 'module uses bulk memory, no target_features', group: 'optimize', badBytes: BULK },
  // bench
  { name: 'size-only module, no bench_* exports', group: 'bench', badBytes: SIZE_ONLY },
  { name: 'benchmark traps', group: 'bench', badBytes: TRAP },
  { name: 'benchmark never ends (timeLimitMs 2 s)', group: 'bench', badBytes: SPIN, config: { bench: { timeLimitMs: 2000, throughput: false } } },
  { name: 'benchmark exhausts memory (64 MB)', group: 'bench', badBytes: BOMB, config: { bench: { memoryLimitMb: 64, throughput: false } } },
  { name: 'benchmark calls an import the gate lacks', group: 'bench', badBytes: IMPORT },
  { name: 'WASI command', group: 'bench', badBytes: WASI_COMMAND },
  { name: 'benchmark calls WASI proc_exit', group: 'bench', badBytes: PROC_EXIT },
  { name: 'benchmark with the wrong signature', group: 'bench', badBytes: WRONG_SIGNATURE },
  { name: 'trace file does not parse', group: 'bench', badBytes: RUST_BUMP, bad: { bench: { exports: [], traces: ['bad.trace'] } }, extraFiles: { 'bad.trace': 'Alloc(8),\nnot a trace\n' } },
  { name: 'trace file missing', group: 'bench', badBytes: RUST_BUMP, bad: { bench: { exports: [], traces: ['missing.trace'] } } },
  { name: '2,000 benchmarks, 3 s bench budget', group: 'bench', badBytes: MANY, config: { bench: { totalTimeLimitMs: 3000 } } },
  { name: 'variant names that are JS built-ins', group: 'config', builtins: true },
  // outputs
  { name: '--json into a file, not a directory', group: 'output', cliArgs: (dir) => ['--json', path.join(dir, 'good.wasm', 'r.json')] },
  { name: '--out-dir into a file, not a directory', group: 'output', cliArgs: (dir) => ['--out-dir', path.join(dir, 'good.wasm', 'out')] },
  // the action
  { name: 'action: size-only module (the hang)', group: 'action', surface: 'action', badBytes: SIZE_ONLY },
  { name: 'action: build hangs (buildTimeLimitMs 2 s)', group: 'action', surface: 'action', bad: { build: 'sleep 100000', buildTimeLimitMs: 2000 }, limitMs: 20_000 },
  { name: 'action: GITHUB_EVENT_PATH is not JSON', group: 'action', surface: 'action', event: 'not json {', eventName: 'pull_request' },
  { name: 'action: GITHUB_EVENT_PATH missing', group: 'action', surface: 'action', eventMissing: true, eventName: 'pull_request' },
  { name: 'action: input mode is invalid', group: 'action', surface: 'action', inputs: { mode: 'chek' } },
  { name: 'action: results path unwritable', group: 'action', surface: 'action', inputs: (dir) => ({ results: path.join(dir, 'good.wasm', 'r.json') }) },
  { name: 'action: report mode, results file missing', group: 'action', surface: 'action', inputs: { mode: 'report', results: 'nope.json' } },
  { name: 'action: report mode, results file not JSON', group: 'action', surface: 'action', inputs: { mode: 'report', results: 'bad.json' }, extraFiles: { 'bad.json': '{{{' } },
  { name: 'action: GitHub API refuses connections', group: 'action', surface: 'action', api: 'refused', pr: true },
  { name: 'action: GitHub API answers 500', group: 'action', surface: 'action', api: 500, pr: true },
  { name: 'action: GitHub API rate-limited (403)', group: 'action', surface: 'action', api: 'ratelimit', pr: true },
  // issue 20 (round 3): signals, the runner's command files, the action's baseline path
  { name: 'SIGTERM during an endless benchmark', group: 'issue20 signals', badBytes: SPIN, config: { bench: { timeLimitMs: 600_000, totalTimeLimitMs: 600_000, throughput: false } }, interrupt: 'SIGTERM', check: cancelled('SIGTERM', 143) },
  { name: 'action: SIGINT (cancelled workflow) during an endless benchmark', group: 'issue20 signals', surface: 'action', badBytes: SPIN, config: { bench: { timeLimitMs: 600_000, totalTimeLimitMs: 600_000, throughput: false } }, interrupt: 'SIGINT', check: cancelled('SIGINT', 130) },
  { name: "action: build writes the runner's command files", group: 'issue20 command files', surface: 'action', bad: { build: 'for f in "$GITHUB_OUTPUT" "$GITHUB_STEP_SUMMARY" "$GITHUB_ENV" "$GITHUB_PATH" "$GITHUB_STATE"; do [ -z "$f" ] || printf "regressed<<EOF\\nforged\\nEOF\\n" >> "$f"; done', artifact: 'good.wasm' }, check: notForged },
  { name: 'action: config in a subfolder, its baseline beside it, a regression', group: 'issue20 baseline path', surface: 'action', configDir: 'gate', baseline: 'shrunk', inputs: { config: 'gate/wasm-gate.config.json', baseline: '' }, check: (r) => (r.code === 1 ? '' : `exit ${r.code}: the regression was not found`) },
  { name: 'action: PR without a baseline beside the config', group: 'issue20 baseline path', surface: 'action', pr: true, configDir: 'gate', inputs: { config: 'gate/wasm-gate.config.json', baseline: '' }, check: (r) => (/No baseline at/.test(r.summary) ? '' : 'no warning in the summary') },
  // issue 20
  {
    name: 'merge: shards measured with other optimizer flags',
    group: 'issue20 merge',
    badBytes: SIZE_ONLY,
    config: { optimize: { flags: ['-Oz'] }, bench: { enabled: false } },
    // shard 1 (good) with -Oz, shard 2 (bad) after the flags changed to -O1; then the merge
    prepare: (dir, configFile) => {
      const shard = (k) => execFileSync(process.execPath, [CLI, 'update', '--config', configFile, '--shard', `${k}/2`, '--json', path.join(dir, `r${k}.json`)], { stdio: 'ignore' });
      shard(1);
      const c = JSON.parse(readFileSync(configFile, 'utf8'));
      writeFileSync(configFile, JSON.stringify({ ...c, optimize: { flags: ['-O1'] } }));
      shard(2);
    },
    command: (dir) => ['merge', path.join(dir, 'r1.json'), path.join(dir, 'r2.json')],
  },
  { name: 'optimize.flags -all: imports written as compact groups', group: 'issue20 optimize', badBytes: GROUPED_IMPORTS, config: { optimize: { flags: ['-O1', '-all'] } } },
  { name: 'optimize.flags has a misspelled pass (--inlinig)', group: 'issue20 optimize', badBytes: SIZE_ONLY, config: { optimize: { flags: ['-Oz', '--inlinig'] } } },
  { name: 'module with an import kind no encoding has (optimize off)', group: 'issue20 optimize', badBytes: UNKNOWN_IMPORT_KIND, config: { optimize: false } },
  // issue20: files that are not regular files, a start function that traps, a flood of benchmarks
  { name: 'artifact is a FIFO no one writes to', group: 'issue20 artifact', bad: { artifact: 'pipe.wasm' }, setup: (dir) => mkfifo(path.join(dir, 'pipe.wasm')) },
  { name: 'artifact is a symlink to /dev/zero', group: 'issue20 artifact', bad: { artifact: 'zero.wasm' }, setup: (dir) => symlinkSync('/dev/zero', path.join(dir, 'zero.wasm')) },
  { name: 'artifact past fileSizeLimitMb (3 MB, limit 2)', group: 'issue20 artifact', badBytes: Buffer.concat([GOOD, Buffer.alloc(3 * 2 ** 20)]), config: { fileSizeLimitMb: 2 } },
  { name: 'trace file is a FIFO', group: 'issue20 bench', badBytes: RUST_BUMP, bad: { bench: { exports: [], traces: ['pipe.trace'] } }, setup: (dir) => mkfifo(path.join(dir, 'pipe.trace')) },
  { name: 'bench.imports is a symlink to /dev/zero', group: 'issue20 bench', badBytes: GOOD, bad: { bench: { imports: 'zero.mjs' } }, setup: (dir) => symlinkSync('/dev/zero', path.join(dir, 'zero.mjs')) },
  { name: 'baseline is a FIFO', group: 'issue20 baseline', setup: (dir) => mkfifo(path.join(dir, 'baseline.json')) },
  { name: 'action: artifact is a FIFO', group: 'issue20 action', surface: 'action', bad: { artifact: 'pipe.wasm' }, setup: (dir) => mkfifo(path.join(dir, 'pipe.wasm')) },
  { name: 'start function traps', group: 'issue20 bench', badBytes: START_TRAP },
  { name: '10,000 bench_* exports next to a healthy variant', group: 'issue20 bench', badBytes: FLOOD },
  { name: '2,000 benchmarks before a healthy variant, 4 s budget', group: 'issue20 bench', badBytes: MANY, badFirst: true, config: { bench: { totalTimeLimitMs: 4000 } } },
  // issue 20, item 8: defects real modules met
  { name: 'issue20: memory.copy between two other memories', group: 'issue20 real modules', badBytes: MULTI_MEMORY_COPY },
  { name: 'issue20: Rust v0 names with crate disambiguators', group: 'issue20 real modules', badBytes: RUST_V0_NAMES },
  { name: "issue20: names with spaces at their ends (' externref shim')", group: 'issue20 real modules', badBytes: SHIM_NAMES },
  { name: 'issue20: artifact is a gzip-compressed .wasm', group: 'issue20 real modules', badBytes: gzipSync(GOOD) },
  { name: 'issue20: native wasm-opt 108 on a GC module', group: 'issue20 real modules', badBytes: GC_MODULE, config: { optimize: { engine: 'native', wasmOpt: '/usr/bin/wasm-opt' } } },
  { name: 'issue20: a 3 MiB module (progress line)', group: 'issue20 real modules', badBytes: LARGE },
  {
    name: 'issue20: results so far are on disk while the run goes on (a build reads them)',
    group: 'issue20 real modules',
    bad: { build: 'for i in $(seq 300); do [ -f results.json ] && break; sleep 0.1; done; grep -q "did not finish" results.json', artifact: 'good.wasm' },
  },
];

/** issue 20: the run exits 128 + the signal, says it was cancelled, and leaves no process behind. */
function cancelled(signal, code) {
  return (r) => [r.code === code ? '' : `exit ${r.code}, not ${code}`, r.leftover.length === 0 ? '' : `${r.leftover.length} process(es) left running`, r.summary.includes(`cancelled (${signal})`) ? '' : 'the summary does not say cancelled'].filter(Boolean).join('; ');
}

/** issue 20: nothing the build wrote reached the outputs or the summary. */
function notForged(r) {
  return /forged/.test(`${r.outputs}\n${r.summary}`) ? "the build forged the gate's outputs or summary" : '';
}

// --- running ------------------------------------------------------------------------------------
function project(fault, index) {
  const root = path.join(work, `f${String(index).padStart(2, '0')}`);
  // issue 20: a config (and its files) in a subfolder of the repository
  const dir = fault.configDir ? path.join(root, fault.configDir) : root;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'good.wasm'), GOOD);
  for (const [name, content] of Object.entries(fault.extraFiles ?? {})) writeFileSync(path.join(dir, name), content);
  if (fault.badBytes) writeFileSync(path.join(dir, 'bad.wasm'), fault.badBytes);
  if (fault.badIsDir) mkdirSync(path.join(dir, 'bad.wasm'));
  fault.setup?.(dir);
  const variants = [{ name: 'good', artifact: 'good.wasm' }];
  if (fault.builtins) for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) variants.push({ name, artifact: 'good.wasm' });
  else if (fault.bad || fault.badBytes || fault.badIsDir) variants[fault.badFirst ? 'unshift' : 'push']({ name: 'bad', artifact: 'bad.wasm', ...fault.bad });
  const config = { variants, bench: { throughput: false }, ...fault.config };
  if (fault.config?.bench) config.bench = { throughput: false, ...fault.config.bench };
  const configFile = path.join(dir, 'wasm-gate.config.json');
  if (fault.configIsDir) mkdirSync(configFile);
  else if (fault.rawConfig !== undefined) writeFileSync(configFile, fault.rawConfig);
  else if (!fault.noConfig) writeFileSync(configFile, JSON.stringify(config, null, 2));
  if (fault.baseline === 'shrunk') {
    // measured, then every size made smaller: the run regresses against it
    execFileSync(process.execPath, [CLI, 'update', '--config', configFile], { stdio: 'ignore' });
    const file = path.join(dir, 'baseline.json');
    const b = JSON.parse(readFileSync(file, 'utf8'));
    for (const v of Object.values(b.variants)) for (const k of Object.keys(v.size)) v.size[k] = Math.floor(v.size[k] / 2);
    writeFileSync(file, JSON.stringify(b));
  } else if (fault.baseline === 'other-tools') {
    execFileSync(process.execPath, [CLI, 'update', '--config', configFile], { stdio: 'ignore' });
    const file = path.join(dir, 'baseline.json');
    const b = JSON.parse(readFileSync(file, 'utf8'));
    b.tools.binaryen = '108 (native) -Oz';
    writeFileSync(file, JSON.stringify(b));
  } else if (fault.baseline !== undefined) writeFileSync(path.join(dir, 'baseline.json'), fault.baseline);
  return { dir: root, configFile };
}

/** Processes whose chain of parents reaches `rootPid` (Linux /proc). */
function descendants(rootPid) {
  const parent = new Map();
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {}
  }
  return [...parent.keys()].filter((pid) => {
    let p = parent.get(pid);
    while (p !== undefined && p > 1 && p !== rootPid) p = parent.get(p);
    return p === rootPid;
  });
}

function alive(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return false;
  }
}

/** issue 20: once a benchmark worker runs (and spins a second), send `signal`; returns what the gate had started. */
async function interruptWhileBenchmarking(child, signal) {
  const deadline = performance.now() + 30_000;
  let seen = [];
  while (child.exitCode === null && performance.now() < deadline) {
    seen = descendants(child.pid);
    if (seen.some((pid) => readIf(`/proc/${pid}/cmdline`).includes('bench-worker'))) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 1_000));
  seen = [...new Set([...seen, ...descendants(child.pid)])];
  child.kill(signal);
  return seen;
}

function run(command, args, { cwd, env, limitMs, interrupt }) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout = (stdout + c).slice(-2_000_000)));
    child.stderr.on('data', (c) => (stderr = (stderr + c).slice(-2_000_000)));
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, limitMs);
    const interrupted = interrupt ? interruptWhileBenchmarking(child, interrupt) : Promise.resolve([]);
    child.on('close', async (code, signal) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      // What the gate started and left running (given a moment to be reaped); then cleared.
      const seen = await interrupted;
      for (let i = 0; i < 50 && seen.some(alive); i++) await new Promise((r) => setTimeout(r, 100));
      const leftover = seen.filter(alive);
      for (const pid of leftover) try { process.kill(pid, 'SIGKILL'); } catch {}
      resolve({ code: code ?? (signal ? `signal ${signal}` : -1), stdout, stderr, seconds, killed, leftover });
    });
  });
}

/** A loopback stand-in for api.github.com that always answers the same way. */
async function api(kind) {
  if (kind === 'refused') return { url: 'http://127.0.0.1:9', close: async () => {} };
  const server = http.createServer((req, res) => {
    req.resume();
    if (kind === 'ratelimit') {
      res.writeHead(403, { 'content-type': 'application/json', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3) });
      res.end(JSON.stringify({ message: 'API rate limit exceeded', documentation_url: 'https://docs.github.com/rest/rate-limit' }));
    } else {
      res.writeHead(kind, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'Server Error' }));
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

const SHA_HEAD = 'a'.repeat(40);
const SHA_BASE = 'b'.repeat(40);

async function runFault(fault, index) {
  const { dir, configFile } = project(fault, index);
  const limitMs = fault.limitMs ?? 60_000;
  let result;
  let summaryWritten;
  let resultsWritten;
  if ((fault.surface ?? 'cli') === 'cli') {
    const json = path.join(dir, 'results.json');
    const markdown = path.join(dir, 'summary.md');
    const extra = fault.cliArgs ? fault.cliArgs(dir) : [];
    fault.prepare?.(dir, configFile);
    const command = fault.command ? fault.command(dir, configFile) : ['check', '--config', configFile];
    result = await run(process.execPath, [CLI, ...command, '--json', json, '--markdown', markdown, ...extra], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, limitMs, interrupt: fault.interrupt });
    result.summary = readIf(markdown);
    result.outputs = '';
    summaryWritten = nonEmpty(markdown) || fault.cliArgs !== undefined;
    resultsWritten = nonEmpty(json) || (fault.cliArgs !== undefined && fault.name.startsWith('--json'));
  } else {
    const runner = path.join(dir, '.runner');
    mkdirSync(runner, { recursive: true });
    const eventPath = path.join(runner, 'event.json');
    const summary = path.join(runner, 'summary.md');
    const output = path.join(runner, 'output.txt');
    writeFileSync(summary, '');
    writeFileSync(output, '');
    if (!fault.eventMissing) writeFileSync(eventPath, typeof fault.event === 'string' ? fault.event : JSON.stringify(fault.pr ? { pull_request: { number: 7, head: { sha: SHA_HEAD, repo: { full_name: 'o/r' } }, base: { sha: SHA_BASE, repo: { full_name: 'o/r' } }, labels: [] } } : {}));
    const server = await api(fault.api ?? 'refused');
    const inputs = { config: 'wasm-gate.config.json', baseline: 'baseline.json', mode: 'check', 'github-token': fault.pr ? 'ghs_faultInjectionToken0123456789' : '', comment: 'true', results: '', ...(typeof fault.inputs === 'function' ? fault.inputs(dir) : fault.inputs) };
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME ?? dir,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: fault.eventName ?? (fault.pr ? 'pull_request' : 'push'),
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_API_URL: server.url,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_WORKSPACE: dir,
      GITHUB_RUN_ID: '1',
      RUNNER_TEMP: runner,
    };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    result = await run(process.execPath, [ACTION], { cwd: dir, env, limitMs, interrupt: fault.interrupt });
    await server.close();
    result.summary = readIf(summary);
    result.outputs = readIf(output);
    summaryWritten = nonEmpty(summary);
    const resultsPath = /^results<<(.+)\n(.*)\n/m.exec(readFileSync(output, 'utf8'))?.[2];
    resultsWritten = Boolean(resultsPath && nonEmpty(resultsPath));
  }
  const text = `${result.stdout}\n${result.stderr}`;
  const firstLine = firstMessage(result, fault.surface ?? 'cli');
  const internal = /internal error|\n\s+at [^\n]*:\d+:\d+\)?\n|Assertion failed|TypeError|ReferenceError/.test(text);
  // A config that cannot be read has no variants to report.
  const unreadableConfig = fault.group === 'config' && !fault.builtins;
  const reported = /\bgood\b/.test(result.stdout) || /"name": "good"/.test(readIf(path.join(dir, 'results.json'))) || /\bgood\b/.test(readIf(path.join(dir, '.runner', 'summary.md')));
  // A cancelled run has no verdict, for any variant.
  const healthy = unreadableConfig || fault.interrupt || ['input mode', 'report mode'].some((k) => fault.name.includes(k)) ? 'n/a' : reported ? 'yes' : '**no**';
  // issue 20: what the probe itself must see (no process left, nothing forged, the regression found)
  const checkFailed = fault.check ? fault.check(result) : '';
  return { fault, ...result, firstLine, internal, healthy, summaryWritten, resultsWritten, limitMs, checkFailed };
}

function firstMessage(result, surface) {
  const lines = `${result.stdout}\n${result.stderr}`.split('\n').map((l) => l.trim()).filter(Boolean);
  const pick = surface === 'action'
    ? lines.find((l) => /^::(error|warning)/.test(l)) ?? lines.find((l) => /wasm-gate/.test(l))
    : lines.find((l) => /^(✗|error:|config |baseline |variant "|warning:|wasm-gate: cancelled)/.test(l)) ?? lines.find((l) => l.startsWith('wasm-gate check'));
  return (pick ?? '').replace(/^::(error|warning)[^:]*::/, '').replace(/%0A.*/, '').slice(0, 160);
}

const nonEmpty = (file) => existsSync(file) && statSync(file).isFile() && statSync(file).size > 0;
const readIf = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

// --- kill -9 during update ----------------------------------------------------------------------
async function killDuringUpdate(runs) {
  const { dir, configFile } = project({ name: 'kill', badBytes: SIZE_ONLY, config: { bench: { enabled: false } } }, 99);
  execFileSync(process.execPath, [CLI, 'update', '--config', configFile], { stdio: 'ignore' });
  const file = path.join(dir, 'baseline.json');
  const parsed = JSON.parse(readFileSync(file, 'utf8'));
  parsed.notes = 'x'.repeat(56_000_000);
  writeFileSync(file, JSON.stringify(parsed, null, 2));
  let truncated = 0;
  let midWrite = 0;
  for (let i = 0; i < runs; i++) {
    const child = spawn(process.execPath, [CLI, 'update', '--config', configFile], { stdio: 'ignore' });
    const exited = new Promise((r) => child.on('exit', r));
    while (child.exitCode === null) {
      if (readdirSync(dir).some((f) => f.endsWith('.tmp'))) {
        child.kill('SIGKILL');
        midWrite += 1;
        break;
      }
      await new Promise((r) => setTimeout(r, 1));
    }
    await exited;
    try {
      const b = JSON.parse(readFileSync(file, 'utf8'));
      if (b.notes?.length !== 56_000_000) truncated += 1;
    } catch {
      truncated += 1;
    }
  }
  return { runs, truncated, midWrite };
}

// --- report -------------------------------------------------------------------------------------
// FAULTS=<regex> runs only the faults whose name or group matches, and writes no report.
const only = process.env.FAULTS ? new RegExp(process.env.FAULTS, 'i') : undefined;
const rows = [];
for (const [i, fault] of faults.entries()) {
  if (only && !only.test(`${fault.group} ${fault.name}`)) continue;
  const r = await runFault(fault, i);
  rows.push(r);
  console.log(`${String(i + 1).padStart(2)} ${fault.name}: exit ${r.code} in ${r.seconds.toFixed(1)} s${r.killed ? ' (KILLED)' : ''}${r.internal ? ' INTERNAL' : ''}${r.checkFailed ? ` CHECK FAILED: ${r.checkFailed}` : ''} | ${r.firstLine}`);
}
if (only) {
  const failed = rows.filter((r) => r.killed || r.internal || r.checkFailed || !r.summaryWritten);
  console.log(`${rows.length - failed.length} of ${rows.length} faults matching ${only} behaved (no report written)`);
  process.exit(failed.length > 0 ? 1 : 0);
}
const kills = await killDuringUpdate(20);
console.log(`kill -9 during update: ${kills.truncated} truncated of ${kills.runs} (${kills.midWrite} killed mid-write)`);

const exited = rows.filter((r) => !r.killed).length;
const summaries = rows.filter((r) => r.summaryWritten).length;
const results = rows.filter((r) => r.resultsWritten).length;
const internal = rows.filter((r) => r.internal).length;
const checked = rows.filter((r) => r.fault.check);
const checksPassed = checked.filter((r) => !r.checkFailed).length;
const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/`/g, "'");
const lines = [
  '# Reliability: fault injection',
  '',
  `Written by \`npm run bench:faults\` (scripts/bench-faults.mjs) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} cores.`,
  'Each fault runs in its own project next to a healthy variant ("good"), through the CLI',
  '(`node dist/cli.js check --json --markdown`) or the bundled action (`node dist/index.js` with the',
  "runner's environment: event file, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, a loopback API). \"Summary\" is",
  'the `--markdown` report for the CLI and the job summary for the action; "results" the `--json` file',
  "or the action's results file. \"Other variant\" says whether the healthy variant was still reported.",
  '',
  '| target | result |',
  '|---|---|',
  `| exit within its limit | **${exited} of ${rows.length}** |`,
  `| summary written | **${summaries} of ${rows.length}** |`,
  `| results written | ${results} of ${rows.length} |`,
  `| internal errors or stack traces | **${internal}** |`,
  `| probes' own checks passed (no process left after a signal, nothing forged, the baseline found) | **${checksPassed} of ${checked.length}** |`,
  `| truncated baselines, kill -9 during \`update\` of a 56 MB baseline | **${kills.truncated} of ${kills.runs}** (${kills.midWrite} killed while the new file was being written) |`,
  '',
  '| # | fault | via | exit | time to exit | first line of the message | other variant | summary | results |',
  '|--:|---|---|--:|--:|---|:-:|:-:|:-:|',
  ...rows.map((r, i) => `| ${i + 1} | ${cell(r.fault.name)} | ${r.fault.surface ?? 'cli'} | ${r.killed ? 'killed' : r.code} | ${r.seconds.toFixed(1)} s | ${cell(r.firstLine.replaceAll(work, '…'))}${r.checkFailed ? ` **check failed: ${cell(r.checkFailed)}**` : ''} | ${r.healthy} | ${r.summaryWritten ? 'yes' : '**no**'} | ${r.resultsWritten ? 'yes' : 'no'} |`),
  '',
  'Where "results" is "no", the fault is the results path itself or the config could not be read',
  '(there is nothing to report per variant, and the summary says why).',
  '',
];
writeFileSync(path.join(root, 'docs', 'RELIABILITY.md'), lines.join('\n'));
console.log(`wrote docs/RELIABILITY.md: exited ${exited}/${rows.length}, summaries ${summaries}/${rows.length}, internal ${internal}`);
