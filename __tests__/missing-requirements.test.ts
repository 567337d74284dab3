// A test that needs something this machine lacks (here: cargo, pointed at a path that does not
// exist) fails, naming what is missing and how to get it, in every run and not only under CI;
// WASM_GATE_SKIP_MISSING=1 turns that into a skip that the summary lists. Runs vitest itself on
// a real test of the suite.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo } from './helpers/cli.js';

const TEST = '__tests__/function-names.test.ts';
const NAME = 'demangles Rust v0 symbols of a real build of the Rust fixture';

/** `vitest run` on that one test, with `env` and without CI or the variables of the vitest running this file. */
function vitestWithout(env: Record<string, string>): Promise<{ code: number; output: string }> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'CI' && k !== 'WASM_GATE_SKIP_MISSING'));
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(repo, 'node_modules', 'vitest', 'vitest.mjs'), 'run', TEST, '-t', NAME],
      { cwd: repo, env: { ...inherited, NO_COLOR: '1', ...env }, maxBuffer: 16 << 20, timeout: 180_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 2) : 0, output: stdout + stderr }),
    );
  });
}

describe('a test whose toolchain is missing', () => {
  it('fails, naming what is missing and the command that installs it, without CI set', { timeout: 200_000 }, async () => {
    const run = await vitestWithout({ WASM_GATE_CARGO: '/nonexistent/cargo' });
    expect(run.code, run.output).toBe(1);
    expect(run.output).toContain('cannot build the Rust fixture with v0 symbol mangling: missing /nonexistent/cargo');
    expect(run.output).toContain('fix: apt-get install clang lld wasi-libc libclang-rt-dev-wasm32 rustc cargo libstd-rust-dev-wasm32 (.ci/run installs everything the tests need)');
    expect(run.output).toMatch(/tests: 0 passed, 1 failed, \d+ skipped/);
  });

  it('skips under WASM_GATE_SKIP_MISSING=1, and the summary lists it with what was missing', { timeout: 200_000 }, async () => {
    const run = await vitestWithout({ WASM_GATE_CARGO: '/nonexistent/cargo', WASM_GATE_SKIP_MISSING: '1' });
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/tests: 0 passed, 0 failed, \d+ skipped\nSKIPPED, NOT TESTED \(1\):\n/);
    expect(run.output).toContain(`  ${TEST} > readableName: demangled, without hashes > ${NAME}: WASM_GATE_SKIP_MISSING=1: cannot build the Rust fixture with v0 symbol mangling: missing /nonexistent/cargo`);
  });
});
