// Reading JSON files with errors that name the file, line and column. The position is computed
// here (jsonc-parser's scanner, strict settings) rather than read from JSON.parse's message,
// which has no position on Node 20 and changes wording between V8 versions.
import { readInputFile } from '../fs/read-input.js';
import { parse as scanJson, printParseErrorCode, type ParseError } from 'jsonc-parser';

export class InputFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly kind: 'missing' | 'json' | 'schema' | 'invalid' | 'newer',
  ) {
    super(message);
  }
}

export async function readJsonFile(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    // Only a regular file of a sane size: a config or baseline that is a FIFO or /dev/zero must not hang the gate.
    text = (await readInputFile(file, what)).toString('utf8');
  } catch (error) {
    throw new InputFileError(file, (error as Error).message, 'missing');
  }
  return parseJsonText(text, file, what);
}

export function parseJsonText(text: string, file: string, what: string): unknown {
  if (text.charCodeAt(0) === 0xfeff) {
    throw new InputFileError(file, `${what} ${file}:1:1 starts with a UTF-8 byte order mark (BOM): save it as UTF-8 without BOM`, 'json');
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const found = firstError(text);
    const comma = found ? trailingComma(text, found) : undefined;
    const place = found ? `${file}:${lineColumn(text, comma ?? found.offset)}` : file;
    const reason = comma !== undefined ? 'a trailing comma is not allowed in JSON' : found ? describe(found, text) : (error as Error).message;
    throw new InputFileError(file, `${what} ${place} is not valid JSON: ${reason}`, 'json');
  }
}

function firstError(text: string): ParseError | undefined {
  const errors: ParseError[] = [];
  scanJson(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return errors[0];
}

/** Where a comma sits right before a missing property or value that closes its object or array. */
function trailingComma(text: string, error: ParseError): number | undefined {
  const code = printParseErrorCode(error.error);
  if (code !== 'PropertyNameExpected' && code !== 'ValueExpected') return undefined;
  if (text[error.offset] !== '}' && text[error.offset] !== ']') return undefined;
  let i = error.offset - 1;
  while (i >= 0 && /\s/.test(text[i] ?? '')) i--;
  return text[i] === ',' ? i : undefined;
}

const REASONS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected ","',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string (control characters must be escaped)',
};

function describe(error: ParseError, text: string): string {
  const code = printParseErrorCode(error.error);
  const token = text.slice(error.offset, error.offset + Math.min(Math.max(error.length, 1), 20));
  const reason = REASONS[code] ?? code;
  if (error.offset >= text.length) return `${reason} (the file ends early)`;
  return `${reason}, found ${JSON.stringify(token)}`;
}

/** 1-based "line:column" of a UTF-16 offset, columns in characters as editors count them. */
export function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
  return `${line}:${column}`;
}
