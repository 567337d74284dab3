// Benchmark scripts share docs/PERFORMANCE.md: each owns the section between its markers and
// leaves the others as they are.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Replaces (or appends) the section `name` of `file` with `text`. */
export function writeDocSection(file, name, text, title = '# Performance of the gate') {
  const begin = `<!-- section:${name} -->`;
  const end = `<!-- /section:${name} -->`;
  const block = `${begin}\n${text.trim()}\n${end}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : `${title}\n`;
  const at = current.indexOf(begin);
  const next = at >= 0 ? `${current.slice(0, at)}${block}${current.slice(current.indexOf(end, at) + end.length)}` : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next.endsWith('\n') ? next : `${next}\n`);
}
