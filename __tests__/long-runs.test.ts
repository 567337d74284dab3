// Long runs, as a user meets them through `node dist/cli.js` and the bundled action: a large
// module's optimization says that it started and how long it took, and a run stopped before its end
// (a CI job's time-out or cancel, Ctrl-C) leaves results that hold what was measured by then.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeU32 } from '../src/wasm/leb128.js';
import { prebuilt, projectWith, repo, runCli } from './helpers/cli.js';
import { runAction } from './helpers/run-action.js';

/** rust-bump with a custom section that makes it `mib` MiB: binaryen keeps it and passes it quickly. */
function largeModule(mib: number): Uint8Array {
  const base = readFileSync(prebuilt('rust-bump'));
  const name = [...encodeU32(7), ...new TextEncoder().encode('padding')];
  // id, a 4-byte size, the name, the payload
  const payload = mib * 2 ** 20 - base.length - 1 - 4 - name.length;
  const out = new Uint8Array(mib * 2 ** 20);
  out.set(base);
  out.set([0, ...encodeU32(name.length + payload), ...name], base.length);
  return out;
}

describe('a large module and a stopped run', () => {
  it('says before optimizing a large module that it starts (size and flags), and after it how long it took', async () => {
    const dir = await projectWith({ bench: { enabled: false }, variants: [{ name: 'big', artifact: 'big.wasm' }, { name: 'small', artifact: prebuilt('rust-bump') }] }, { 'big.wasm': largeModule(3) });
    const run = await runCli(['check'], { cwd: dir });
    expect(run.code).toBe(0);
    const lines = run.stderr.split('\n');
    const before = lines.findIndex((l) => l === '  optimizing big (3 MiB) with -Oz --strip-debug…');
    const after = lines.findIndex((l) => /^ {2}big: optimized in \d+\.\d s$/.test(l));
    expect(before, run.stderr).toBeGreaterThan(-1);
    expect(after).toBeGreaterThan(before);
    // a small module optimizes without such lines
    expect(run.stderr).not.toContain('optimizing small');
  });

  it('keeps the sizes of the variants measured before the run was stopped in --json and --markdown', async () => {
    const dir = await projectWith({
      bench: { enabled: false },
      variants: [
        { name: 'first', artifact: prebuilt('rust-bump') },
        { name: 'stuck', build: 'sleep 1000', artifact: 'never.wasm', buildTimeLimitMs: 600_000 },
        { name: 'last', artifact: prebuilt('rust-bump') },
      ],
    });
    const json = path.join(dir, 'r.json');
    const child = spawn(process.execPath, [path.join(repo, 'dist', 'cli.js'), 'check', '--json', json, '--markdown', 'r.md'], { cwd: dir, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))));
    const deadline = Date.now() + 60_000;
    // Stopped while the second variant builds, once the first one's results are on disk (the JSON is written last).
    while (!(existsSync(json) && readFileSync(json, 'utf8').includes('"first"')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGTERM');
    await exited;
    const results = JSON.parse(readFileSync(json, 'utf8'));
    expect(results).toMatchObject({ status: 'error', exitCode: 2 });
    expect(results.problems.map((p: { message: string }) => p.message)).toContainEqual(expect.stringMatching(/^the run did not finish: these results were written after 1 of 3 variants were measured/));
    const [first, stuck, last] = results.variants;
    expect(first).toMatchObject({ name: 'first', status: 'new' });
    expect(first.measurement.size.raw).toBe(readFileSync(prebuilt('rust-bump')).length);
    expect(first.measurement.size.gzip).toBeGreaterThan(0);
    expect(stuck).toMatchObject({ name: 'stuck', status: 'error' });
    expect(stuck.problems[0].message).toBe('variant "stuck": not measured: the run stopped before it finished this variant');
    expect(last).toMatchObject({ name: 'last', status: 'error' });
    // The --markdown report says the run was cancelled, and keeps what was measured before.
    const markdown = readFileSync(path.join(dir, 'r.md'), 'utf8');
    expect(markdown).toContain('The run was cancelled (SIGTERM)');
    expect(markdown).toContain('the run did not finish');
    expect(markdown).toMatch(/🆕 \*\*first\*\* \| [\d,]+\sB \| new/);
  });

  it('the action has the results so far in its results file while it runs', async () => {
    // The second variant's build copies the results file once it is there (the first variant's
    // compression, and the write after it, run while the second builds; 30 s at most).
    const peek = 'for i in $(seq 300); do [ -f out/results.json ] && break; sleep 0.1; done; cp out/results.json seen.json';
    const dir = await projectWith({
      bench: { enabled: false },
      variants: [
        { name: 'first', artifact: prebuilt('rust-bump') },
        { name: 'peek', build: peek, artifact: prebuilt('rust-bump') },
      ],
    });
    const run = await runAction({
      inputs: { config: 'wasm-gate.config.json', baseline: 'baseline.json', mode: 'check', 'github-token': '', comment: 'false', results: 'out/results.json' },
      eventName: 'push',
      event: {},
      workspace: dir,
      apiUrl: 'http://127.0.0.1:9',
    });
    expect(run.exitCode, run.stderr + run.stdout.slice(-2000)).toBe(0);
    const seen = JSON.parse(readFileSync(path.join(dir, 'seen.json'), 'utf8'));
    expect(seen.status).toBe('error');
    expect(seen.problems[0].message).toMatch(/^the run did not finish: these results were written after 1 of 2 variants were measured/);
    expect(seen.variants[0].measurement.size.raw).toBe(readFileSync(prebuilt('rust-bump')).length);
    // and the finished run's results replaced them
    const final = JSON.parse(readFileSync(path.join(dir, 'out', 'results.json'), 'utf8'));
    expect(final).toMatchObject({ status: 'pass', problems: [] });
    expect(final.variants.map((v: { status: string }) => v.status)).toEqual(['new', 'new']);
  });
});
