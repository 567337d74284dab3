// What a test needs from the machine (a toolchain, the npm registry, the trace files, Debian's
// Node 20): when it is missing the test fails, naming it and how to get it, in every run, so that a
// run that did not test something never looks green. A developer who knowingly runs without it
// sets WASM_GATE_SKIP_MISSING=1: those tests then skip, and the summary reporter lists each one.
export const SKIP_MISSING = 'WASM_GATE_SKIP_MISSING';
/** The note every such skip starts with: the summary reporter finds them by it. */
export const SKIP_MISSING_NOTE = `${SKIP_MISSING}=1`;
const skipMissing = process.env[SKIP_MISSING] === '1';

export interface SkipContext {
  skip: (note?: string) => void;
}

/**
 * Fails the test (or skips it under WASM_GATE_SKIP_MISSING=1): `problem` says what is missing, `fix`
 * how to get it; `ciInstalls` when .ci/run installs it (the Debian packages, not the registry or data).
 */
export function missingRequirement(ctx: SkipContext, problem: string, fix: string, ciInstalls = true): never {
  if (skipMissing) ctx.skip(`${SKIP_MISSING_NOTE}: ${problem}`);
  throw new Error(
    `${problem}\n  fix: ${fix}${ciInstalls ? ' (.ci/run installs everything the tests need)' : ''}\n` +
      `  or set ${SKIP_MISSING}=1 to skip the tests that need it (the summary lists them)`,
  );
}
