// Reading JSON files with errors that name the file, line and column.
import { readFile } from 'node:fs/promises';
import parseJson from 'parse-json';

export class InputFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly kind: 'missing' | 'json' | 'schema' | 'invalid',
  ) {
    super(message);
  }
}

export async function readJsonFile(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputFileError(file, `${what} ${file} cannot be read (${code ?? String(error)})`, 'missing');
  }
  return parseJsonText(text, file, what);
}

export function parseJsonText(text: string, file: string, what: string): unknown {
  try {
    return parseJson(text, file);
  } catch (error) {
    // parse-json reports "... in JSON at position N (line L column C) in file" plus a code frame.
    const raw = (error as Error).message;
    const where = /line (\d+) column (\d+)/.exec(raw);
    const reason = raw.split('\n')[0]?.replace(/ in JSON at position.*$/, '').replace(/ in ".*"$/, '') ?? raw;
    const place = where ? `${file}:${where[1]}:${where[2]}` : file;
    throw new InputFileError(file, `${what} ${place} is not valid JSON: ${reason}`, 'json');
  }
}
