// `validate`: schema-check config and baseline without building anything.
import { existsSync } from 'node:fs';
import { InputFileError } from './config/json-file.js';
import { loadBaseline } from './config/load-baseline.js';
import { loadConfig } from './config/load-config.js';

export interface Validation {
  problems: string[];
  /** what was checked, for the success line */
  notes: string[];
}

export async function validateFiles(configFile: string, baselineFile: string): Promise<Validation> {
  const problems: string[] = [];
  const notes: string[] = [];
  const attempt = async (load: () => Promise<unknown>): Promise<void> => {
    try {
      await load();
    } catch (error) {
      problems.push(error instanceof InputFileError ? error.message : String(error));
    }
  };
  await attempt(() => loadConfig(configFile));
  if (!existsSync(baselineFile)) notes.push(`no baseline yet at ${baselineFile} (first adoption: \`wasm-gate update\` writes it)`);
  else await attempt(() => loadBaseline(baselineFile));
  return { problems, notes };
}
