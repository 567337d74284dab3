// Baseline: read and check baseline.json; a missing baseline is not an error (first adoption).
import { existsSync } from 'node:fs';
import type { Baseline } from '../types.js';
import { InputFileError, parseJsonText, readJsonFile } from './json-file.js';
import { schemaProblems } from './schema.js';

export async function loadBaseline(file: string): Promise<Baseline | undefined> {
  if (!existsSync(file)) return undefined;
  return checkBaseline(await readJsonFile(file, 'baseline'), file);
}

export function parseBaselineText(text: string, file: string): Baseline {
  return checkBaseline(parseJsonText(text, file, 'baseline'), file);
}

export function checkBaseline(raw: unknown, file: string): Baseline {
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
