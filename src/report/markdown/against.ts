// Pure: the Markdown of `check --against`: under the summary table, that builds ran twice and how
// long each took (or why the A/B did not run); in a variant's detail, its base build that failed
// (with the log's tail, as a head build's) or was not rebuilt.
import type { GateResults, VariantResult } from '../../types.js';
import { againstLine } from '../against-text.js';
import { codeBlock, escapeMarkdown } from '../escape.js';
import { MESSAGE_MAX } from './shared.js';

export function againstBlock(r: GateResults): string[] {
  const line = againstLine(r);
  if (!line) return [];
  return r.against?.sha ? [`_${escapeMarkdown(line, MESSAGE_MAX)}_`, ''] : ['> [!WARNING]', `> ${escapeMarkdown(line, MESSAGE_MAX)}`, ''];
}

/** A variant's base build, when it did not give a module to compare with. */
export function baseBuildBlock(v: VariantResult, ctx: { detail: { buildOutputLines: number } }): string[] {
  const base = v.base;
  if (!base || (base.status !== 'failed' && base.status !== 'unchanged')) return [];
  const out = [`${base.status === 'failed' ? '⚠️ ' : ''}_${escapeMarkdown(base.message ?? base.status, MESSAGE_MAX)}${base.status === 'failed' ? ' (the head is measured and gated as without `--against`)' : ''}_`];
  const lines = ctx.detail.buildOutputLines;
  if (base.details && lines > 0) out.push('', codeBlock(base.details, lines));
  return out;
}
