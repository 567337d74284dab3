// A closing line any CI can read: "tests: N passed, N failed, N skipped", and under it every test
// skipped with a reason (WASM_GATE_SKIP_MISSING=1 and what was missing), so that a run that left
// tests out never reads as a complete one.
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const skippedWithReason: string[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state === 'passed') counts.passed += 1;
        else if (result.state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
        if (result.state === 'skipped' && result.note) skippedWithReason.push(`  ${module.moduleId.replace(`${process.cwd()}/`, '')} > ${test.fullName}: ${result.note}`);
      }
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) counts.failed += 1;
    }
    process.stdout.write(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
    if (skippedWithReason.length > 0)
      process.stdout.write(`SKIPPED, NOT TESTED (${skippedWithReason.length}):\n${skippedWithReason.join('\n')}\n`);
  }
}
