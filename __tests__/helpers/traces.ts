// The real malloc/free traces (wee_alloc's test/traces, MPL-2.0), read at test time from
// ../shared/traces/ next to the checkout; never copied into the repository.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { repo } from './cli.js';
import { missingRequirement, type SkipContext } from './need.js';

export const tracesDir = path.resolve(repo, '..', 'shared', 'traces');

/** The trace file names; the test fails when there are none. */
export function traceNames(ctx: SkipContext): string[] {
  const names = existsSync(tracesDir) ? readdirSync(tracesDir).filter((f) => f.endsWith('.trace')) : [];
  if (names.length === 0)
    missingRequirement(ctx, `no malloc/free traces (*.trace) in ${tracesDir}`, `put wee_alloc's test/traces/*.trace (github.com/rustwasm/wee_alloc) in ${tracesDir}`, false);
  return names;
}
