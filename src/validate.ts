// `validate`: schema-check config and baseline without building anything.
import { InputFileError } from './config/json-file.js';
import { loadBaseline } from './config/load-baseline.js';
import { loadConfig } from './config/load-config.js';

export async function validateFiles(configFile: string, baselineFile: string): Promise<string[]> {
  const problems: string[] = [];
  const attempt = async (load: () => Promise<unknown>): Promise<void> => {
    try {
      await load();
    } catch (error) {
      problems.push(error instanceof InputFileError ? error.message : String(error));
    }
  };
  await attempt(() => loadConfig(configFile));
  await attempt(() => loadBaseline(baselineFile));
  return problems;
}
