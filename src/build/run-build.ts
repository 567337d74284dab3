// Build: run each variant's command (sh -c, as a workflow `run:` step) and take its artifact
// away at once, before the next variant's build overwrites a shared target dir.
import { readFile } from 'node:fs/promises';
import { execa } from 'execa';
import type { GateProblem, VariantConfig } from '../types.js';
import { lastLines } from '../lines.js';

export interface BuildOutcome {
  variant: string;
  /** the artifact's bytes, read right after the build */
  bytes?: Uint8Array;
  problem?: GateProblem;
  durationMs: number;
}

export interface BuildOptions {
  env: Record<string, string>;
  /** called with each line of build output as it comes */
  onOutput?: (line: string) => void;
}

export async function buildVariant(variant: VariantConfig, options: BuildOptions): Promise<BuildOutcome> {
  const started = performance.now();
  const done = (rest: Omit<BuildOutcome, 'variant' | 'durationMs'>): BuildOutcome => ({
    variant: variant.name,
    durationMs: performance.now() - started,
    ...rest,
  });
  if (variant.build !== undefined) {
    // Forward each line as it comes (long builds show progress) while execa keeps the output.
    const forward = function* (line: unknown) {
      options.onOutput?.(String(line));
      yield line;
    };
    const result = await execa('sh', ['-c', variant.build], {
      cwd: variant.cwd,
      env: { ...options.env, ...variant.env },
      extendEnv: false,
      reject: false,
      all: true,
      stdin: 'ignore',
      stdout: forward,
      stderr: forward,
    });
    if (result.exitCode !== 0) {
      const reason = result.exitCode === undefined ? result.shortMessage : `exit code ${result.exitCode}`;
      return done({
        problem: {
          kind: 'build',
          variant: variant.name,
          message: `variant "${variant.name}": build failed (${reason}): ${variant.build}`,
          details: lastLines(result.all ?? '', 30),
        },
      });
    }
  }
  return done(await readArtifact(variant));
}

async function readArtifact(variant: VariantConfig): Promise<Pick<BuildOutcome, 'bytes' | 'problem'>> {
  try {
    return { bytes: new Uint8Array(await readFile(variant.artifact)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const hint = variant.build === undefined ? 'the variant has no build command, so the file must already exist' : 'the build succeeded but did not write it; check the path';
    return {
      problem: {
        kind: 'artifact',
        variant: variant.name,
        file: variant.artifact,
        message: `variant "${variant.name}": artifact ${variant.artifact} is missing (${code ?? String(error)}); ${hint}`,
      },
    };
  }
}
