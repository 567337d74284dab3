// Pure: a build's artifact is a WebAssembly module or component, or its variant fails with a
// message naming the file (a text file, an archive, a truncated module).
import type { GateProblem } from '../types.js';
import { checkArtifact } from '../wasm/component.js';
import { badMagic } from '../wasm/sections.js';

export function artifactProblem(variant: string, file: string, bytes: Uint8Array): GateProblem | undefined {
  const bad = badMagic(bytes);
  if (bad) return { kind: 'artifact', variant, file, message: `variant "${variant}": ${file} ${bad}` };
  try {
    checkArtifact(bytes);
    return undefined;
  } catch (error) {
    return { kind: 'artifact', variant, file, message: `variant "${variant}": ${file} is not a WebAssembly module: ${(error as Error).message}` };
  }
}
