// Pure: the command line's words → a command and its options, with errors a person can act on
// (`unknown option --verbos (did you mean --verbose?)`) instead of the parser's own text.

export const COMMANDS = ['check', 'update', 'validate', 'init', 'merge', 'help', 'version'] as const;
export type Command = (typeof COMMANDS)[number];

const VALUE_OPTIONS = ['config', 'baseline', 'out-dir', 'json', 'markdown', 'shard', 'variants', 'cache-dir', 'against'] as const;
const FLAG_OPTIONS = ['verbose', 'no-color', 'help', 'version', 'write-baseline', 'no-reuse'] as const;
const SHORT: Record<string, string> = { '-h': 'help', '-v': 'version' };

export interface ParsedArgs {
  command: Command | undefined;
  /** `merge`'s results files */
  files: string[];
  values: Partial<Record<(typeof VALUE_OPTIONS)[number], string>>;
  flags: Partial<Record<(typeof FLAG_OPTIONS)[number], boolean>>;
}

export class UsageError extends Error {}

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = { command: undefined, files: [], values: {}, flags: {} };
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (SHORT[arg]) {
      parsed.flags[SHORT[arg] as 'help' | 'version'] = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (!arg.startsWith('--')) throw new UsageError(`unknown option ${arg}${suggest(arg.replace(/^-+/, ''))}`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if ((VALUE_OPTIONS as readonly string[]).includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) throw new UsageError(`option --${name} needs a value (e.g. --${name} ${placeholder(name)})`);
      parsed.values[name as (typeof VALUE_OPTIONS)[number]] = value;
    } else if ((FLAG_OPTIONS as readonly string[]).includes(name)) {
      if (eq >= 0) throw new UsageError(`option --${name} takes no value`);
      parsed.flags[name as (typeof FLAG_OPTIONS)[number]] = true;
    } else {
      throw new UsageError(`unknown option --${name}${suggest(name)}`);
    }
  }
  const [command, ...rest] = positionals;
  if (command !== undefined) {
    if (!(COMMANDS as readonly string[]).includes(command)) throw new UsageError(`unknown command "${command}"${suggest(command, COMMANDS, '')} (use check, update, validate, init or merge)`);
    parsed.command = command as Command;
  }
  if (parsed.command === 'merge') parsed.files = rest;
  else if (rest[0] !== undefined) throw new UsageError(`unexpected argument "${rest[0]}"`);
  const only = (option: string, commands: Command[]): void => {
    if (parsed.command && !commands.includes(parsed.command)) throw new UsageError(`option --${option} is for ${commands.join(' and ')}, not ${parsed.command}`);
  };
  if (parsed.values.shard !== undefined) only('shard', ['check', 'update']);
  if (parsed.values.variants !== undefined) only('variants', ['check', 'update']);
  if (parsed.flags['write-baseline']) only('write-baseline', ['merge']);
  if (parsed.values['cache-dir'] !== undefined) only('cache-dir', ['check', 'update']);
  if (parsed.flags['no-reuse']) only('no-reuse', ['check', 'update']);
  if (parsed.values.against !== undefined) only('against', ['check']);
  return parsed;
}

function placeholder(name: string): string {
  if (name === 'against') return 'origin/main';
  return name === 'out-dir' || name === 'cache-dir' ? 'DIR' : name === 'json' ? 'results.json' : name === 'markdown' ? 'report.md' : 'FILE';
}

/** " (did you mean --x?)" for the closest known name, or nothing when none is close. */
function suggest(word: string, names: readonly string[] = [...VALUE_OPTIONS, ...FLAG_OPTIONS], prefix = '--'): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of names) {
    const d = distance(word.toLowerCase(), name);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  const close = best !== undefined && (bestDistance <= Math.max(1, Math.floor(best.length / 3)) || best.startsWith(word.toLowerCase()));
  return close && word.length > 0 ? ` (did you mean ${prefix}${best}?)` : '';
}

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length] as number;
}
