// The baseline and thresholds on the base branch against the PR's own: read the sides (git or the
// contents API), parse them like the gate does, and list what the PR's edits loosen.
import { parseJsonText } from '../config/json-file.js';
import { parseBaselineText } from '../config/load-baseline.js';
import { parseConfig } from '../config/load-config.js';
import type { Baseline, GateConfig } from '../types.js';
import { readFilesAtCommit, type CommitFiles, type CommitFilesRequest } from './base-files.js';
import { reviewChanges, type BaselineReview, type ReviewSide } from './review.js';

interface FilesAt extends Omit<CommitFilesRequest, 'files' | 'sha'> {
  configFile: string;
  baselineFile: string;
  baseSha: string;
}

/** Check mode: the PR's side is what the gate just loaded from the working tree (`base`: the base
 * branch's files when they were read already). */
export async function reviewAgainstBase(request: FilesAt & { config: GateConfig; baseline: Baseline | undefined; base?: CommitFiles }): Promise<BaselineReview> {
  const { config, baseline, base, ...where } = request;
  const head: ReviewSide = { baseline: baseline ?? null, thresholds: config.thresholds, ...(config.budget ? { budget: config.budget } : {}) };
  return review(where, async () => ({ side: head, variants: config.variants.map((v) => v.name), reasons: [] }), base);
}

/** Report mode: both sides read at their commits, so a results file from the PR's job cannot
 * hide what the PR loosens. */
export async function reviewBetweenCommits(request: FilesAt & { headSha: string }): Promise<BaselineReview> {
  const { headSha, ...where } = request;
  return review(where, async () => {
    const files = await readFilesAtCommit({ ...where, sha: headSha, files: [where.baselineFile, where.configFile] });
    if (files.source === 'unavailable') return `the PR's files: ${files.reason ?? 'unreadable'}`;
    const parsed = parseSide(files.texts, where);
    if (!parsed.config) return `the PR's ${parsed.reasons.join('; ') || 'config is missing'}`;
    return { side: parsed.side, variants: parsed.config.variants.map((v) => v.name), reasons: parsed.reasons };
  });
}

/** The base branch's baseline and config, read once: before the gate runs, and for the review. */
export function readBaseFiles(where: FilesAt): Promise<CommitFiles> {
  return readFilesAtCommit({ ...where, sha: where.baseSha, files: [where.baselineFile, where.configFile] });
}

/**
 * The base branch's baseline, for deciding which of the PR's baseline records may be reused
 * (reuse/reuse.ts): null when it cannot be read or parsed (then none are), or does not exist.
 */
export function baseBaselineOf(base: CommitFiles, baselineFile: string): Baseline | null {
  const text = base.texts.get(baselineFile);
  if (base.source === 'unavailable' || text === null || text === undefined) return null;
  try {
    return parseBaselineText(text, baselineFile);
  } catch {
    return null;
  }
}

type HeadSide = { side: ReviewSide; variants: string[]; reasons: string[] } | string;

async function review(where: FilesAt, readHead: () => Promise<HeadSide>, read?: CommitFiles): Promise<BaselineReview> {
  const unavailable = (reason: string): BaselineReview => ({
    source: 'unavailable',
    baseSha: where.baseSha,
    reason,
    baselineChanged: false,
    thresholdsChanged: false,
    loosened: [],
  });
  const base = read ?? (await readBaseFiles(where));
  if (base.source === 'unavailable') return unavailable(base.reason ?? 'unreadable');
  const head = await readHead();
  if (typeof head === 'string') return unavailable(head);
  const baseSide = parseSide(base.texts, where);
  const reasons = [...baseSide.reasons.map((r) => `the base ${r}`), ...head.reasons.map((r) => `the PR's ${r}`)];
  return {
    source: base.source,
    baseSha: where.baseSha,
    ...(reasons.length > 0 ? { reason: reasons.join('; ') } : {}),
    ...reviewChanges(baseSide.side, head.side, head.variants),
  };
}

/** Parse one side; a missing config means the gate's defaults, a missing baseline `null`. */
function parseSide(texts: Map<string, string | null>, where: FilesAt): { side: ReviewSide; config?: GateConfig; reasons: string[] } {
  const reasons: string[] = [];
  const side: ReviewSide = { baseline: undefined, thresholds: undefined };
  let config: GateConfig | undefined;
  const baselineText = texts.get(where.baselineFile);
  try {
    side.baseline = baselineText === null || baselineText === undefined ? null : parseBaselineText(baselineText, where.baselineFile);
  } catch (error) {
    reasons.push(`baseline is invalid: ${(error as Error).message.split('\n')[0]}`);
  }
  const configText = texts.get(where.configFile);
  if (configText === null || configText === undefined) side.thresholds = {};
  else {
    try {
      config = parseConfig(parseJsonText(configText, where.configFile, 'config'), where.configFile);
      side.thresholds = config.thresholds;
      if (config.budget) side.budget = config.budget;
    } catch (error) {
      reasons.push(`config is invalid: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return { side, ...(config ? { config } : {}), reasons };
}
