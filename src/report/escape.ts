// Pure: make text that comes from a pull request (variant names, paths, build output, anything read
// back from a results file) inert in GitHub Markdown: it cannot break a table, open HTML, start
// math, reference issues, mention a person or team, or become a link.

// Bidi overrides and isolates can make text read differently from what it is ("Trojan Source");
// other C0/C1 controls have no business in a comment.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const ZERO_WIDTH_SPACE = '\u200b';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  // `$` starts math on GitHub; an entity renders as a plain dollar.
  $: '&#36;',
  // A zero-width space after `@` keeps the text readable and stops the mention.
  '@': `@${ZERO_WIDTH_SPACE}`,
};

/** For table cells, headings and inline text: one line, at most `maxLength` characters before escaping. */
export function escapeMarkdown(text: string, maxLength = Infinity): string {
  const oneLine = truncate(String(text).replace(INVISIBLE, '').replace(/\s*[\r\n]+\s*/g, ' '), maxLength);
  // One pass, so an escape is never escaped again.
  return noAutolink(oneLine.replace(/[&<>$@\\`*_{}[\]()#+!|~]/g, (c) => ESCAPES[c] ?? `\\${c}`));
}

// Brackets as entities, so nothing in a summary even looks like a Markdown link; a zero-width
// space after `#` keeps GitHub from reading an issue reference into the text.
const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '[': '&#91;',
  ']': '&#93;',
  '@': `@${ZERO_WIDTH_SPACE}`,
  '#': `#${ZERO_WIDTH_SPACE}`,
  $: '&#36;',
};

/** For text inside HTML we write (a fold's <summary>), where Markdown escapes would show as they are. */
export function escapeHtmlText(text: string, maxLength = Infinity): string {
  const oneLine = truncate(String(text).replace(INVISIBLE, '').replace(/\s*[\r\n]+\s*/g, ' '), maxLength);
  return noAutolink(oneLine.replace(/[&<>"'[\]@#$]/g, (c) => HTML_ESCAPES[c] ?? c));
}

/**
 * GitHub turns `www.` and `scheme://` in plain text into links (the GFM autolink extension): a
 * zero-width space after `www` and after the colon keeps such text readable and unlinked.
 */
function noAutolink(text: string): string {
  return text.replace(/\b(www)\./gi, `$1${ZERO_WIDTH_SPACE}.`).replace(/([A-Za-z][A-Za-z0-9+.-]*):(?=\/\/)/g, `$1:${ZERO_WIDTH_SPACE}`);
}

/** A fenced code block that the text cannot close early, at most `maxLines` (the last ones kept). */
export function codeBlock(text: string, maxLines = Infinity): string {
  let lines = String(text).replace(/\r\n?/g, '\n').replace(INVISIBLE, '').split('\n');
  if (lines.length > maxLines) lines = [`… (${lines.length - maxLines} earlier lines not shown)`, ...lines.slice(-maxLines)];
  // A marker-like HTML comment in build output must not look like one of our comment markers.
  const body = lines.join('\n').replace(/<!--/g, `<${ZERO_WIDTH_SPACE}!--`);
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${body}\n${fence}`;
}

/** An inline code span for text we chose (a command, a label name), safe whatever it holds. */
export function codeSpan(text: string): string {
  const clean = String(text).replace(INVISIBLE, '').replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/** Text inside a Mermaid string ("..."): no quotes, brackets or markup, kept short. */
export function mermaidLabel(text: string, maxLength = 24): string {
  return truncate(String(text).replace(/[^A-Za-z0-9._ ,:()/+-]/g, '_'), maxLength);
}

/** Argument for a POSIX shell command shown to the reader, quoted only when it needs it. */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9._/=:@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = [...text].slice(0, Math.max(0, maxLength - 1)).join('');
  return `${cut}…`;
}
