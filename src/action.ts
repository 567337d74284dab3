// The GitHub Action entry: first the token hand-over (action/handoff.ts: the process re-executes
// itself without the token in its environment), then inputs → gate (or a results file, in report
// mode) → the same Markdown for the PR comment and the job summary → outputs, annotations, the
// step's verdict. Decisions live in src/publish/*.ts pure modules; src/action/*.ts does the I/O.
import { takeToken, type TokenSource } from './action/handoff.js';
import { fail, runAction } from './action/run.js';

let source: TokenSource | undefined;
try {
  source = takeToken();
} catch (error) {
  await fail(error);
}
if (source) await runAction(source);
// Nothing may keep the step alive once its report is out (a stray worker, a build's orphan).
setTimeout(() => process.exit(), 2_000).unref();
