// Pure: the function-level part of a variant's report, for Markdown and the console: which
// functions grew, shrank, appeared or went away (bytes, against the baseline); for a benchmark
// whose cycles or instruction count moved past its threshold, the functions whose estimated
// cycles or executed instructions moved; and the same view against the reference variant. Function names come from the module
// under test: in Markdown they only ever appear inside code spans, on the console without
// control characters.
import type { FunctionChange, MetricRow, ProfileChange, VariantResult } from '../types.js';
import { codeSpan, escapeMarkdown } from './escape.js';
import { formatPercent, formatRatio, NBSP, plural } from './format.js';

export interface FunctionViewOptions {
  /** functions listed per kind of change (grew, shrank, added, removed) and per benchmark */
  rows: number;
}

export const DEFAULT_FUNCTION_ROWS = 10;
/** Functions named in one benchmark's line. */
const PROFILE_NAMES = 5;
const NAME_SHOWN = 160;

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const signed = (n: number): string => (n > 0 ? `+${integer.format(n)}` : n < 0 ? `-${integer.format(-n)}` : '±0');
const bytes = (n: number): string => `${integer.format(n)} B`;
const signedBytes = (n: number): string => `${signed(n)} B`;

type Kind = 'grew' | 'shrank' | 'added' | 'removed';
const KINDS: Kind[] = ['grew', 'shrank', 'added', 'removed'];
const KIND_ICON: Record<Kind, string> = { grew: '⬆️', shrank: '⬇️', added: '🆕', removed: '🗑️' };

function kindOf(c: FunctionChange): Kind {
  if (c.current === null) return 'removed';
  if (c.baseline === null) return 'added';
  return c.delta > 0 ? 'grew' : 'shrank';
}

function byKind(changes: readonly FunctionChange[]): Record<Kind, FunctionChange[]> {
  const out: Record<Kind, FunctionChange[]> = { grew: [], shrank: [], added: [], removed: [] };
  for (const c of changes) out[kindOf(c)].push(c);
  return out;
}

function codeDelta(v: VariantResult): number | undefined {
  return v.rows.find((r: MetricRow) => r.id === 'section:code')?.delta;
}

/** Whether the size part has anything to say: code changed, or functions did. */
function sizeChanged(v: VariantResult): boolean {
  return (v.functionChanges?.length ?? 0) > 0 || (codeDelta(v) ?? 0) !== 0;
}

type ProfileUnit = 'cycles' | 'instructions';

/** Benchmarks whose cycles or instruction count moved past its threshold. */
function movedBenches(v: VariantResult, unit: ProfileUnit): string[] {
  return v.rows.filter((r) => r.metric === unit && r.bench && (r.status === 'regressed' || r.status === 'improved')).map((r) => r.bench as string);
}

/** For each benchmark whose cycles or instructions moved: the functions that moved them (cycles first, the speed verdict). */
function movedProfiles(v: VariantResult): [string, ProfileChange, ProfileUnit][] {
  const out: [string, ProfileChange, ProfileUnit][] = [];
  for (const [unit, profiles] of [['cycles', v.attribution?.cyclesChanges], ['instructions', v.attribution?.profileChanges]] as const) {
    for (const bench of movedBenches(v, unit)) {
      const change = profiles?.[bench];
      if (change) out.push([bench, change, unit]);
    }
  }
  return out;
}

/** Our hint (Markdown): how to get names. */
const NO_NAMES_HINT =
  'Keep the "name" section in the build to see names (Rust: `strip = "debuginfo"` or `false` in the release profile, not `"symbols"`; C/C++: link without `-s`/`--strip-all`; Emscripten: `--profiling-funcs`). wasm-gate keeps names through wasm-opt for measuring only: the shipped bytes do not change.';

/** Why functions are numbered: [what, the reason (text from the run), the hint]; undefined when all are named. */
function namingNote(v: VariantResult): [string, string, string] | undefined {
  const naming = v.attribution?.naming;
  if (!naming?.note || naming.total === 0) return undefined;
  const unnamed = naming.total - naming.named;
  const which = naming.named === 0 ? 'Functions are numbered (`func[<index>]`)' : `${unnamed} of ${naming.total} functions are numbered (\`func[<index>]\`)`;
  // The build kept its names: what has none is wasm-opt's own helpers, which no build setting names.
  if (naming.unnamedByOptimizer) return [which, 'wasm-opt added them, and its helpers have no name', ''];
  return [which, naming.note, NO_NAMES_HINT];
}

// ---- Markdown -----------------------------------------------------------------------------

/** A number cell that never wraps: no-break spaces before the unit and after `≤`. */
function cell(text: string): string {
  return text.replace(/ (?=B\b)/g, NBSP).replace(/≤ /g, `≤${NBSP}`);
}

/**
 * A name with spaces at its ends (wasm-bindgen names the shim of a nameless import
 * " externref shim") is shown quoted: a code span or a console column would hide the space.
 */
function visibleEnds(name: string): string {
  return /^\s|\s$/.test(name) ? JSON.stringify(name) : name;
}

/** A function name as inline code: inert, one line, and no `|` to split a table cell. */
function mdName(raw: string): string {
  const name = visibleEnds(raw);
  return codeSpan(name.length > NAME_SHOWN ? `${name.slice(0, NAME_SHOWN - 1)}…` : name).replace(/\|/g, '\\|');
}

export function functionMarkdown(v: VariantResult, reference: string | undefined, options: FunctionViewOptions = { rows: DEFAULT_FUNCTION_ROWS }): string[] {
  const out: string[] = [];
  const changes = v.functionChanges;
  if (sizeChanged(v) || namingNote(v)) {
    const code = codeDelta(v);
    const groups = byKind(changes ?? []);
    const counts = KINDS.filter((k) => groups[k].length > 0).map((k) => `${groups[k].length} ${k}`);
    const head = [code !== undefined && code !== 0 ? `code ${signedBytes(code)}` : '', counts.join(', ') || (changes ? 'no function changed' : '')].filter(Boolean).join(' · ');
    if (changes || code) out.push(`**Functions**${head ? `: ${head}` : ''}`, '');
    if (changes && changes.length > 0) {
      out.push('| | Function | Baseline | Current | Δ |', '|:-:|---|--:|--:|--:|');
      for (const kind of KINDS) {
        const list = groups[kind];
        for (const c of list.slice(0, options.rows)) {
          const before = c.baseline !== null ? bytes(c.baseline) : c.baselineAtMost !== undefined ? `≤ ${bytes(c.baselineAtMost)} or absent` : '—';
          out.push(`| ${KIND_ICON[kind]} | ${mdName(c.name)} | ${cell(before)} | ${c.current === null ? '—' : cell(bytes(c.current))} | ${cell(c.baselineAtMost !== undefined ? `≤ ${signedBytes(c.delta)}` : signedBytes(c.delta))} |`);
        }
        const more = list.slice(options.rows);
        if (more.length > 0) out.push(`| | _… ${more.length} more ${kind}_ | | | ${cell(signedBytes(more.reduce((s, c) => s + c.delta, 0)))} |`);
      }
      const rest = v.attribution?.sizeRest;
      if (rest) {
        out.push(
          `| | _functions the baseline does not list (${integer.format(rest.baseline.functions)} → ${integer.format(rest.current.functions)})_ | ${cell(bytes(rest.baseline.bytes))} | ${cell(bytes(rest.current.bytes))} | ${cell(signedBytes(rest.current.bytes - rest.baseline.bytes))} |`,
        );
      }
      out.push('');
    } else if (!changes && code) {
      out.push('_The baseline has no per-function sizes yet: run `wasm-gate update` to record them._', '');
    }
    const note = namingNote(v);
    if (note && (changes?.length || code)) out.push('> [!NOTE]', `> ${note[0]}: ${escapeMarkdown(note[1], 1_000)}. ${note[2]}`.trimEnd(), '');
  }
  for (const [bench, change, unit] of movedProfiles(v)) out.push(`- ${profileLine(bench, change, 'md', unit)}`);
  if (out.at(-1)?.startsWith('- ')) out.push('');
  const vsReference = Object.entries(v.attribution?.profileVsReference ?? {});
  if (reference && vsReference.length > 0) {
    out.push(`<details><summary>Where the instructions differ from ${escapeMarkdown(reference, 100)}</summary>`, '');
    for (const [bench, change] of vsReference) out.push(`- ${referenceLine(bench, change, reference, 'md')}`);
    out.push('', '</details>', '');
  }
  return out;
}

// ---- both ---------------------------------------------------------------------------------

type Style = 'md' | 'text';

function nameIn(style: Style, name: string): string {
  return style === 'md' ? mdName(name) : consoleName(visibleEnds(name));
}

/** `bench_small +864,958 instructions (+11.1%): dlmalloc::malloc +700,112, memcpy +150,030, 3 more +14,816` */
export function profileLine(bench: string, change: ProfileChange, style: Style, unit: ProfileUnit = 'instructions'): string {
  const pct = change.baseline === 0 ? '' : ` (${formatPercent((change.delta / change.baseline) * 100)})`;
  const head = `${style === 'md' ? `**${escapeMarkdown(bench, 100)}**` : consoleName(bench)} ${signed(change.delta)} ${unit}${pct}`;
  return `${head}: ${contributions(change, style, { added: 'newly run', removed: 'no longer run' })}`;
}

/** `bench_small: 0.60× the instructions of dlmalloc (8,649,584 vs 14,364,492): ring -2,211,264, …` */
export function referenceLine(bench: string, change: ProfileChange, reference: string, style: Style, names = PROFILE_NAMES): string {
  const ratio = change.baseline === 0 ? '' : `${formatRatio(change.current / change.baseline)} `;
  const ref = style === 'md' ? escapeMarkdown(reference, 100) : consoleName(reference);
  const head = `${style === 'md' ? `**${escapeMarkdown(bench, 100)}**` : consoleName(bench)}: ${ratio}the instructions of ${ref} (${integer.format(change.current)} vs ${integer.format(change.baseline)}, ${signed(change.delta)})`;
  return `${head}: ${contributions(change, style, { added: `not run by ${ref}`, removed: `only run by ${ref}` }, names)}`;
}

function contributions(change: ProfileChange, style: Style, words: { added: string; removed: string }, names = PROFILE_NAMES): string {
  const shown = change.functions.slice(0, names);
  const parts = shown.map((c) => {
    const name = nameIn(style, c.name);
    if (c.baselineAtMost !== undefined) return `${name} ${integer.format(c.current ?? 0)} (not among the baseline's listed functions: was ≤ ${integer.format(c.baselineAtMost)} or absent)`;
    if (c.baseline === null) return `${name} ${signed(c.delta)} (${words.added})`;
    if (c.current === null) return `${name} ${signed(c.delta)} (${words.removed})`;
    return `${name} ${signed(c.delta)}`;
  });
  // What the names above leave out, so that the parts add up to the benchmark's change.
  const more = change.functions.slice(names).filter((c) => c.baselineAtMost === undefined);
  if (more.length > 0) parts.push(`${plural(more.length, 'more function')} ${signed(more.reduce((s, c) => s + c.delta, 0))}`);
  if (change.rest && change.rest.current !== change.rest.baseline) parts.push(`functions the baseline does not list ${signed(change.rest.current - change.rest.baseline)}`);
  return parts.length > 0 ? parts.join(', ') : 'no function changed';
}

// ---- console ------------------------------------------------------------------------------

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function consoleName(name: string): string {
  const clean = name.replace(CONTROL, '?');
  return clean.length > NAME_SHOWN ? `${clean.slice(0, NAME_SHOWN - 1)}…` : clean;
}

export function functionConsole(v: VariantResult, reference: string | undefined, options: FunctionViewOptions = { rows: DEFAULT_FUNCTION_ROWS }): string[] {
  const out: string[] = [];
  const changes = v.functionChanges ?? [];
  const code = codeDelta(v);
  if (changes.length > 0) {
    const groups = byKind(changes);
    out.push(`${v.name} functions${code ? ` (code ${signedBytes(code)})` : ''}:`);
    const rows: string[][] = [];
    for (const kind of KINDS) {
      for (const c of groups[kind].slice(0, options.rows)) {
        const before = c.baseline !== null ? bytes(c.baseline) : c.baselineAtMost !== undefined ? `≤ ${bytes(c.baselineAtMost)}` : '—';
        rows.push([kind, nameIn('text', c.name), before, c.current === null ? '—' : bytes(c.current), c.baselineAtMost !== undefined ? `≤ ${signedBytes(c.delta)}` : signedBytes(c.delta)]);
      }
      const more = groups[kind].slice(options.rows);
      if (more.length > 0) rows.push(['', `… ${more.length} more ${kind}`, '', '', signedBytes(more.reduce((s, c) => s + c.delta, 0))]);
    }
    const rest = v.attribution?.sizeRest;
    if (rest) rows.push(['', `functions the baseline does not list (${rest.baseline.functions} → ${rest.current.functions})`, bytes(rest.baseline.bytes), bytes(rest.current.bytes), signedBytes(rest.current.bytes - rest.baseline.bytes)]);
    out.push(...aligned(rows, [false, false, true, true, true]).map((l) => `  ${l}`));
  } else if (code && !v.functionChanges) {
    out.push(`${v.name} functions: the baseline has no per-function sizes yet (run \`wasm-gate update\`)`);
  }
  const note = namingNote(v);
  if (note && (changes.length > 0 || code)) out.push(`  note: ${`${note[0]}: ${consoleName(note[1])}. ${note[2]}`.replace(/`/g, '').trimEnd()}`);
  for (const [bench, change, unit] of movedProfiles(v)) out.push(...wrapLine(`${v.name} ${profileLine(bench, change, 'text', unit)}`));
  if (reference) {
    // The three largest differences per benchmark keep each to a line or two.
    for (const [bench, change] of Object.entries(v.attribution?.profileVsReference ?? {})) out.push(...wrapLine(`${v.name} ${referenceLine(bench, change, reference, 'text', 3)}`));
  }
  return out;
}

/** "a (1, 2), b" → ["a (1, 2)", "b"]: numbers in parentheses stay together. */
function splitOutsideParentheses(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && text[i + 1] === ' ' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 2;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Console lines fit 120 columns: a long line breaks after its colon and commas, indented. */
function wrapLine(line: string, width = 120): string[] {
  if ([...line].length <= width) return [line];
  // The list starts after the summary's closing "): " (or its first ": ").
  const close = line.indexOf('): ');
  const colon = close >= 0 ? close + 1 : line.indexOf(': ');
  const head = colon >= 0 ? line.slice(0, colon + 1) : '';
  const parts = splitOutsideParentheses(colon >= 0 ? line.slice(colon + 2) : line);
  const lines: string[] = [];
  let current = head;
  for (const [i, part] of parts.entries()) {
    const piece = `${part}${i < parts.length - 1 ? ',' : ''}`;
    if (current.trim() !== '' && [...current].length + 1 + [...piece].length > width) {
      lines.push(current);
      current = '   ';
    }
    current = current === '' ? piece : `${current} ${piece}`;
  }
  return [...lines, current];
}

function aligned(rows: string[][], right: boolean[]): string[] {
  const widths = right.map((_, i) => Math.max(0, ...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) =>
    r
      .map((cell, i) => {
        const pad = ' '.repeat(Math.max(0, (widths[i] ?? 0) - [...cell].length));
        return right[i] ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}
