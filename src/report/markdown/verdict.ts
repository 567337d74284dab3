// Pure: the top of the comment: the verdict, what the PR's own edits loosen, the label's
// acceptance, problems of the whole run, and what to do next (accept a change, lock in a gain).
import { describeThreshold, pairedStatus } from '../../compare/thresholds.js';
import type { BaselineReview, Loosening, PublishedResults } from '../../results/published.js';
import type { GateProblem, GateResults, MetricRow } from '../../types.js';
import { codeBlock, codeSpan, escapeHtmlText, escapeMarkdown } from '../escape.js';
import { ACCEPTED_ICON, formatPercent, formatValue, plural, STATUS_ICON } from '../format.js';
import { MESSAGE_MAX, NAME_MAX, type RenderContext } from './shared.js';
import { budgetRows, describeBudget } from '../budget-text.js';
import { describeFamily, failedFamilies } from '../failed-families.js';
import { sortByConcern } from '../../compare/compare.js';

export function title(r: PublishedResults, commentKey: string | undefined): string[] {
  const key = commentKey || r.commentKey;
  const name = `wasm-gate${key ? ` · ${escapeMarkdown(key, 60)}` : ''}`;
  const regressed = regressedCount(r);
  const measured = r.variants.filter((v) => v.status !== 'removed').length;
  let icon: string;
  let verdict: string;
  if (r.status === 'error') {
    icon = STATUS_ICON.error;
    verdict = `error — ${plural(errorCount(r), 'problem')} to fix`;
  } else if (regressed > 0 && r.acceptance?.applied) {
    icon = ACCEPTED_ICON;
    verdict = `${plural(regressed, 'regressed variant')}, accepted by label`;
  } else if (regressed > 0) {
    icon = STATUS_ICON.regressed;
    verdict = `${regressed} of ${plural(measured, 'variant')} regressed`;
  } else {
    icon = STATUS_ICON.pass;
    verdict = r.mode === 'update' ? `baseline measured for ${plural(measured, 'variant')}` : `no regression in ${plural(measured, 'variant')}`;
  }
  // One paragraph under the heading, a line each (a paragraph's margin is a line's height): the
  // counts when they say more than the heading (something new, improved, removed or broken), what
  // is over budget, what failed.
  const paragraph = [...countsLine(r), ...overBudgetLine(r), ...failedLines(r)];
  const lines = [`## ${icon} ${name}: ${verdict}`];
  if (paragraph.length > 0) lines.push('', paragraph.join('<br>\n'));
  return lines;
}

function countsLine(r: GateResults): string[] {
  const count = (status: string): number => r.variants.filter((v) => v.status === status).length;
  const statuses = (['regressed', 'error', 'improved', 'new', 'removed', 'pass'] as const).filter((s) => count(s) > 0);
  if (statuses.length === 0) return ['_no variant was measured_'];
  if (statuses.every((s) => s === 'regressed' || s === 'pass')) return [];
  return [statuses.map((s) => `${STATUS_ICON[s]} ${count(s)} ${s === 'pass' ? 'within thresholds' : s}`).join(' · ')];
}

/** Failed lines shown under the verdict; the rest are counted (they are in the details). */
const FAILED_LINES_MAX = 8;

/** One line per failed metric family: `❌ **name** size: optimized +8.00% (…), gzip …; threshold 1%`. */
function failedLines(r: GateResults): string[] {
  const families = failedFamilies(sortByConcern(r.variants));
  if (families.length === 0) return [];
  const lines = families.slice(0, FAILED_LINES_MAX).map((f) => {
    const { items, thresholds } = describeFamily(f);
    return `${STATUS_ICON.regressed} **${escapeMarkdown(f.variant, NAME_MAX)}** ${escapeMarkdown(f.family, NAME_MAX)}: ${items.join(', ')}${thresholds ? `; ${thresholds}` : ''}`;
  });
  const more = families.length - lines.length;
  if (more > 0) lines.push(`_… and ${plural(more, 'more failed check')}, in the details below._`);
  return lines;
}

/** The first value over its absolute budget, and how many more there are. */
function overBudgetLine(r: GateResults): string[] {
  const over = r.variants.flatMap((v) => budgetRows(v).filter((row) => row.budget?.exceeded).map((row) => ({ v, row })));
  const first = over[0];
  if (!first) return [];
  const more = over.length > 1 ? `, and ${plural(over.length - 1, 'more value')} over budget` : '';
  return [`Over budget: **${escapeMarkdown(first.v.name, NAME_MAX)}** ${escapeMarkdown(describeBudget(first.row), NAME_MAX * 2)}${more}`];
}

export function reviewBlock(review: BaselineReview, maxItems: number): string[] {
  const out: string[] = [];
  if (review.loosened.length > 0) {
    out.push(
      '> [!IMPORTANT]',
      `> **Accepted in this PR:** it edits the baseline or thresholds, which loosens ${plural(review.loosened.length, 'check')}. Reviewers approve these with the code:`,
    );
    for (const l of review.loosened.slice(0, maxItems)) out.push(`> - ${describeLoosening(l)}`);
    if (review.loosened.length > maxItems) out.push(`> - … and ${review.loosened.length - maxItems} more`);
    out.push('');
  } else if (review.baselineAdded) {
    out.push('> [!NOTE]', '> This PR adds the baseline: nothing was gated before it.', '');
  } else if (review.baselineChanged || review.thresholdsChanged) {
    out.push('> [!NOTE]', `> This PR updates the ${review.baselineChanged ? 'baseline' : 'thresholds'}; no check is loosened by it.`, '');
  }
  if (review.source === 'unavailable' || review.reason) {
    out.push(
      '> [!NOTE]',
      `> The base branch's baseline and thresholds could not be read${review.reason ? ` (${escapeMarkdown(review.reason, 300)})` : ''}, so what this PR changes in them is not listed.`,
      '',
    );
  }
  return out;
}

export function describeLoosening(l: Loosening): string {
  const name = `**${escapeMarkdown(l.variant, NAME_MAX)}** ${escapeMarkdown(l.label, NAME_MAX)}`;
  if (l.droppedFromBaseline) return `${name}: dropped from the baseline, no longer gated`;
  const parts: string[] = [];
  if (l.from !== undefined && l.to !== undefined) {
    const pct = formatPercent(l.deltaPct);
    // Per unit of work (the PR changed the iterations): counts are fractions of an instruction.
    const value = (x: number): string => (l.perUnit && l.unit === 'instructions' ? x.toLocaleString('en-US', { maximumSignificantDigits: 4 }) : formatValue(x, l.unit));
    const work = l.perUnit ? `; iterations ${formatValue(l.perUnit.fromIterations, 'instructions')} → ${formatValue(l.perUnit.toIterations, 'instructions')}` : '';
    parts.push(`${pct || 'changed'} (${value(l.from)} → ${value(l.to)}${work})`);
  }
  if (l.budgetFrom !== undefined && l.budgetTo !== undefined) {
    parts.push(`${formatValue(l.budgetFrom, l.unit)} → ${l.budgetTo === null ? 'no budget' : formatValue(l.budgetTo, l.unit)}`);
  }
  if (l.thresholdFrom !== undefined && l.thresholdTo !== undefined) {
    const unit = l.unit === 'bytes' ? 'B' : l.unit;
    parts.push(`threshold ${describeThreshold(l.thresholdFrom, unit)} → ${describeThreshold(l.thresholdTo, unit)}`);
  }
  return `${name} ${parts.join(', ')}`;
}

/** Check mode on a PR without a baseline gates nothing: say so where the reviewer looks. */
export function missingBaselineBlock(r: PublishedResults, updateCommand: string): string[] {
  if (r.missingBaseline === undefined) return [];
  // Budgets are absolute: they gate without a baseline.
  const gated = r.variants.some((v) => budgetRows(v).length > 0) ? 'only the budgets were gated' : 'nothing was gated';
  return [
    '> [!WARNING]',
    `> **No baseline at ${codeSpan(r.missingBaseline)}:** every variant is new, so ${gated}. Commit one there (${codeSpan(updateCommand)}), or set the action's ${codeSpan('baseline')} input to where it is.`,
    '',
  ];
}

export function acceptanceBlock(r: PublishedResults): string[] {
  const regressed = regressedCount(r);
  if (!r.acceptance?.applied || regressed === 0) return [];
  return [
    '> [!WARNING]',
    `> **${plural(regressed, 'regressed variant')} accepted by the ${codeSpan(r.acceptance.label)} label:** the check passes. Remove the label to gate ${regressed === 1 ? 'it' : 'them'} again.`,
    '',
  ];
}

/** What to do next: accept an intended regression, or lock in an improvement. */
export function nextStep(ctx: RenderContext): string[] {
  const r = ctx.results;
  const install = ctx.installCommand ? ` (once: ${codeSpan(ctx.installCommand)})` : '';
  if (regressedCount(r) > 0 && !r.acceptance?.applied) {
    const label = r.acceptance?.label;
    // A budget is an absolute limit: a new baseline does not lift it.
    const overBudget = r.variants.some((v) => v.status === 'regressed' && budgetRows(v).some((row) => row.budget?.exceeded));
    const budgetStep = overBudget ? ['**Over budget:** make it smaller, or raise its `budget` in the config (a new baseline does not move a budget).', ''] : [];
    // Nor does it change a comparison with the base commit (check --against).
    const regressedRows = r.variants.flatMap((v) => v.rows.filter((row) => row.status === 'regressed'));
    const slowerThanBase = regressedRows.filter(regressedAgainstBase);
    const baseStep = slowerThanBase.length > 0 ? [`**Slower than the base commit:** a new baseline does not change that comparison. If it is intended, ${label ? `add the ${codeSpan(label)} label, or ` : ''}set ${codeSpan('thresholds.vsBase')} for the variant in the config (a larger ${codeSpan('relative')}, or ${codeSpan('false')}).`, ''] : [];
    if ((overBudget || slowerThanBase.length > 0) && regressedRows.length === slowerThanBase.length) return [...budgetStep, ...baseStep];
    return [
      ...budgetStep,
      ...baseStep,
      `**To accept an intended change:** run ${codeSpan(ctx.updateCommand)}${install} and commit the baseline${label ? `, or add the ${codeSpan(label)} label` : ''}.`,
      '',
    ];
  }
  const improved = r.variants.filter((v) => v.status === 'improved').length;
  if (improved > 0 && r.status === 'pass' && r.mode === 'check') {
    return [
      `${STATUS_ICON.improved} **Lock in the improvement:** run ${codeSpan(ctx.updateCommand)}${install} and commit the baseline, so that later PRs are held to the new numbers.`,
      '',
    ];
  }
  return [];
}

/** A row that regressed because its paired interval against the base commit lies past thresholds.vsBase. */
function regressedAgainstBase(row: MetricRow): boolean {
  return row.vsBaseThreshold !== undefined && row.vsBaseCi95 !== undefined && pairedStatus(row.vsBaseCi95, row.vsBaseThreshold) === 'regressed';
}

/**
 * A problem: its first line, the rest of its message, then the tail of its output visible (the
 * compiler's last lines are where the error is) and the earlier lines folded.
 */
export function problemBlock(p: GateProblem, outputLines: number): string[] {
  const [first = '', ...more] = p.message.split('\n');
  const out = [`${STATUS_ICON.error} ${escapeMarkdown(first, MESSAGE_MAX)}`];
  const details = more.map((l) => l.trim()).filter(Boolean).join('\n');
  if (details) out.push('', codeBlock(details, Math.max(outputLines, 10)));
  if (p.details && outputLines > 0) {
    const lines = p.details.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
    const visible = Math.min(lines.length, outputLines);
    const earlier = lines.slice(0, lines.length - visible);
    if (earlier.length > 0) {
      out.push('', `<details><summary>${escapeHtmlText(plural(earlier.length, 'earlier line'))} of output</summary>`, '', codeBlock(earlier.join('\n')), '', '</details>');
    }
    out.push('', codeBlock(lines.slice(-visible).join('\n')));
  }
  return out;
}

export function regressedCount(r: GateResults): number {
  return r.variants.filter((v) => v.status === 'regressed').length;
}

function errorCount(r: GateResults): number {
  return r.problems.length + r.variants.filter((v) => v.status === 'error').length;
}
