// `check --against <ref>`: after the head's variants, each one with a benchmark to time is built
// again at the base commit (variant-build/base-build.ts), optimized as the head's was, and handed
// to the bench stage, which times base and head paired in one worker. What became of each base
// build is a record for the report, never a problem: the head's verdict does not depend on it.
import type { Logger } from '../log.js';
import type { Optimizer } from '../optimize/optimize.js';
import type { BaseBuild, GateConfig, VariantConfig } from '../types.js';
import { artifactProblem } from '../variant-build/artifact-check.js';
import { baseFailure, buildAtBase, withBaseWorktree, type BaseWorktree } from '../variant-build/base-build.js';
import { baseBenchModule } from './measure-variant.js';

export interface BaseVariantsInput {
  against: { ref: string; sha: string };
  config: GateConfig;
  /** the variants whose head module the bench stage times */
  variants: VariantConfig[];
  optimizer: Optimizer;
  env: Record<string, string>;
  log: Logger;
  /** runs the in-process optimizer with no bench step beside it (bench-stage.ts hold) */
  hold: <T>(fn: () => Promise<T>) => Promise<T>;
  /** the base module of a variant, for the bench stage */
  addBase: (name: string, bytes: Uint8Array) => void;
}

/** Every variant's base build, by name; never throws (a worktree that cannot be made fails them all). */
export async function measureAtBase(input: BaseVariantsInput): Promise<Map<string, BaseBuild>> {
  const records = new Map<string, BaseBuild>();
  const { against, log } = input;
  if (input.variants.length === 0) return records;
  const title = `wasm-gate: base builds at ${against.sha.slice(0, 7)} (--against ${against.ref}): every variant builds a second time`;
  try {
    await log.group(title, () =>
      withBaseWorktree(input.config.dir, against.sha, input.env, async (worktree) => {
        for (const variant of input.variants) records.set(variant.name, await baseVariant(input, variant, worktree));
      }),
    );
  } catch (error) {
    const failed = baseFailure(`the base commit's worktree: ${(error as Error)?.message ?? error}`);
    for (const variant of input.variants) if (!records.has(variant.name)) records.set(variant.name, failed);
  }
  for (const [name, record] of records) {
    if (record.status === 'failed') log.warn(`${name}: ${record.message} (the head is measured and gated as without --against)`);
  }
  return records;
}

async function baseVariant(input: BaseVariantsInput, variant: VariantConfig, worktree: BaseWorktree): Promise<BaseBuild> {
  const { config, log } = input;
  const built = await buildAtBase(variant, worktree, { env: input.env, fileSizeLimitBytes: config.fileSizeLimitMb * 2 ** 20, onOutput: (line) => log.detail(line) });
  const took = built.record.baseBuildMs === undefined ? '' : ` (${seconds(built.record.baseBuildMs)})`;
  if (!built.bytes) {
    log.info(`  ${variant.name}: ${built.record.message}${took}`);
    return built.record;
  }
  const notWasm = artifactProblem(variant.name, variant.artifact, built.bytes);
  if (notWasm) return { ...baseFailure(notWasm.message), ...withTime(built.record) };
  try {
    const module = await input.hold(() => baseBenchModule({ optimizer: input.optimizer, config, variant, bytes: built.bytes as Uint8Array, log }));
    if ('why' in module) return { ...baseFailure(module.why), ...withTime(built.record) };
    input.addBase(variant.name, module.bytes);
  } catch (error) {
    return { ...baseFailure(`the gate cannot read its module: ${String((error as Error)?.message ?? error).split('\n')[0]}`), ...withTime(built.record) };
  }
  log.info(`  ${variant.name}: built at the base${took}`);
  return built.record;
}

function withTime(record: BaseBuild): Pick<BaseBuild, 'baseBuildMs'> {
  return record.baseBuildMs === undefined ? {} : { baseBuildMs: record.baseBuildMs };
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
