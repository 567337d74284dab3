// Baseline: read and check baseline.json; a missing baseline is not an error (first adoption).
import { existsSync } from 'node:fs';
import type { Baseline } from '../types.js';
import { InputFileError, parseJsonText, readJsonFile } from './json-file.js';
import { schemaProblems } from './schema.js';
import { WASM_GATE_VERSION } from '../version.js';

/** The baseline format this version reads and writes. */
export const SCHEMA_VERSION = 1;

export async function loadBaseline(file: string): Promise<Baseline | undefined> {
  if (!existsSync(file)) return undefined;
  return checkBaseline(await readJsonFile(file, 'baseline'), file);
}

export function parseBaselineText(text: string, file: string): Baseline {
  return checkBaseline(parseJsonText(text, file, 'baseline'), file);
}

export function checkBaseline(raw: unknown, file: string): Baseline {
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new InputFileError(
      file,
      `baseline ${file} was written by a newer wasm-gate (schemaVersion ${version}; wasm-gate ${WASM_GATE_VERSION} reads ${SCHEMA_VERSION}): upgrade wasm-gate to read it (\`update\` with this version would discard what the newer one recorded, so it refuses)`,
      'newer',
    );
  }
  const problems = schemaProblems('baseline', raw);
  if (problems.length > 0) {
    throw new InputFileError(
      file,
      `baseline ${file} is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}\n  (fix it by hand, or rewrite it with \`wasm-gate update\`)`,
      'schema',
    );
  }
  return raw as Baseline;
}
