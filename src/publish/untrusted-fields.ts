// Pure: the checks an untrusted results file's fields go through (results-file.ts): each names its
// JSON path on failure, caps strings and bounds lists, so nothing a PR wrote can grow a report.
export class ResultsFileError extends Error {}

export const LIMITS = { name: 200, text: 4_000, details: 20_000, variants: 10_000, rows: 2_000, problems: 1_000, entries: 2_000, command: 1_000, functions: 200_000 };

export type Path = string;

export function fail(at: Path, message: string): never {
  throw new ResultsFileError(`${at || '/'} ${message}`);
}

export function obj(value: unknown, at: Path): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(at, 'must be an object');
  return value as Record<string, unknown>;
}

export function arr(value: unknown, at: Path, max: number): unknown[] {
  if (!Array.isArray(value)) fail(at, 'must be an array');
  if (value.length > max) fail(at, `must have at most ${max} items`);
  return value;
}

export function str(value: unknown, at: Path, max: number): string {
  if (typeof value !== 'string') fail(at, 'must be a string');
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

export function num(value: unknown, at: Path): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(at, 'must be a finite number');
  return value;
}

export function count(value: unknown, at: Path): number {
  const n = num(value, at);
  if (!Number.isInteger(n) || n < 0) fail(at, 'must be a non-negative integer');
  return n;
}

/** An object of named entries (sections, benchmarks), at most LIMITS.entries of them. */
export function record<T>(value: unknown, at: Path, read: (v: unknown, at: Path) => T, max: number = LIMITS.entries): Record<string, T> {
  const o = obj(value, at);
  const entries = Object.entries(o);
  if (entries.length > max) fail(at, `must have at most ${max} entries`);
  // fromEntries defines own properties, so a "__proto__" key stays a plain key.
  return Object.fromEntries(entries.map(([k, v]) => [k.slice(0, LIMITS.name), read(v, `${at}/${k.slice(0, LIMITS.name)}`)]));
}

export function bool(value: unknown, at: Path): boolean {
  if (typeof value !== 'boolean') fail(at, 'must be true or false');
  return value;
}

export function oneOf<const T extends readonly (string | number)[]>(value: unknown, at: Path, allowed: T): T[number] {
  if (!allowed.includes(value as string | number)) fail(at, `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
  return value as T[number];
}

export function pair(value: unknown, at: Path): [number, number] {
  const list = arr(value, at, 2);
  if (list.length !== 2) fail(at, 'must have 2 numbers');
  return [num(list[0], `${at}/0`), num(list[1], `${at}/1`)];
}

export function strRecord(value: unknown, at: Path): Record<string, string> {
  const o = obj(value, at);
  // fromEntries defines own properties, so a "__proto__" key stays a plain key.
  return Object.fromEntries(Object.entries(o).slice(0, 50).map(([k, v]) => [k.slice(0, LIMITS.name), str(v, `${at}/${k}`, LIMITS.name)]));
}
