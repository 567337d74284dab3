// Pure: the footer: where the numbers come from (the run, the commits, the tools) and how to get
// the same numbers on a developer's machine.
import { isRunUrl, type PublishedResults } from '../../results/published.js';
import { codeSpan, escapeMarkdown } from '../escape.js';
import type { RenderContext } from './shared.js';

const SHA = /^[0-9a-f]{7,64}$/i;

export function footer(ctx: RenderContext): string[] {
  const r = ctx.results;
  const out: string[] = [];
  const install = ctx.installCommand ? `${codeSpan(ctx.installCommand)}, then ` : '';
  const check = r.context?.commands?.check;
  if (check) out.push(`**Reproduce locally:** ${install}${codeSpan(check)}.`, '');

  const parts: string[] = [];
  const url = r.context?.runUrl;
  if (url && isRunUrl(url)) parts.push(`[workflow run](${url})`);
  const base = r.pullRequest?.baseSha;
  const head = r.pullRequest?.headSha;
  if (head && SHA.test(head)) parts.push(base && SHA.test(base) ? `base ${base.slice(0, 7)} → head ${head.slice(0, 7)}` : `head ${head.slice(0, 7)}`);
  if (hasBenchmarks(r)) parts.push('instructions and memory exact at the baseline’s iterations');
  parts.push(`wasm-gate ${escapeMarkdown(r.tool?.version ?? '', 40)}`);
  for (const [tool, version] of Object.entries(r.tools ?? {}).filter(([name]) => name !== 'bench').slice(0, 3)) {
    parts.push(`${escapeMarkdown(tool, 40)} ${escapeMarkdown(version, 40)}`);
  }
  out.push(`<sub>${parts.join(' · ')}</sub>`);
  return out;
}

function hasBenchmarks(r: PublishedResults): boolean {
  return r.variants.some((v) => v.rows.some((row) => row.metric === 'instructions' || row.metric === 'peakMemoryBytes'));
}
