// Shapes shared by the report (which renders them) and publish (which fills them in and reads them
// back from a results file): what the action adds to GateResults, so that the results file a
// `pull_request` run writes is all a later `report` run needs to post the same comment.
import type { GateResults, MetricRow, ThresholdSetting } from '../types.js';

export interface Acceptance {
  /** the label that accepts regressions */
  label: string;
  /** the pull request carried the label when the gate ran */
  applied: boolean;
}

/** One loosened check: a baseline value moved in the worse direction, and/or a relaxed threshold. */
export interface Loosening {
  variant: string;
  /** 'gzip', 'bench_pairs.instructions', or a metric kind for a threshold ('instructions') */
  metric: string;
  label: string;
  unit: MetricRow['unit'];
  from?: number;
  to?: number;
  /** percent, in the metric's worse direction sign (+ for bytes grown, - for throughput lost) */
  deltaPct?: number;
  thresholdFrom?: ThresholdSetting;
  thresholdTo?: ThresholdSetting;
  /** the config's absolute budget on the base branch, and in the PR (null: lifted) */
  budgetFrom?: number;
  budgetTo?: number | null;
  /** the variant's baseline entry (or this benchmark's) was deleted: it is no longer gated */
  droppedFromBaseline?: boolean;
  /** the PR changed the benchmark's iterations: from/to are per unit of work (or memory for it) */
  perUnit?: PerUnit;
}

export interface PerUnit {
  fromIterations: number;
  toIterations: number;
}

export interface BaselineReview {
  /** where the base branch's baseline and config came from */
  source: 'git' | 'api' | 'unavailable';
  baseSha: string;
  /** why the base could not be read, or a part of it could not be parsed */
  reason?: string;
  /** the base branch has no baseline: this PR adds it (first adoption), nothing was gated before */
  baselineAdded?: boolean;
  baselineChanged: boolean;
  thresholdsChanged: boolean;
  loosened: Loosening[];
}

/** The commands that run this gate on a developer's machine, as the workflow runs it. */
export interface GateCommands {
  /** how to get the CLI, when it cannot be assumed (e.g. `npm i -D github:owner/wasm-gate#v0`) */
  install?: string;
  check: string;
  update: string;
}

/** Where the results come from: the workflow run and how to reproduce it. */
export interface RunContext {
  /** the workflow run that measured the results */
  runUrl?: string;
  commands?: GateCommands;
}

/** A workflow run's page on a GitHub host; nothing else is rendered as the run link. */
const RUN_URL = /^https:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/actions\/runs\/\d+(?:\/attempts\/\d+)?$/;

export function isRunUrl(url: string): boolean {
  return RUN_URL.test(url);
}

/** What a run of one shard of a matrix (`check --shard K/N`, or `--variants`) records about itself. */
export interface SelectionRecord {
  shard?: { index: number; count: number };
  /** the variants this run reports */
  variants: string[];
  /** every variant of the config, in order: a merge tells a missing shard from a removed variant */
  configVariants: string[];
}

export interface PublishExtras {
  /** distinguishes the comments of matrix jobs */
  commentKey?: string;
  /** the base branch's baseline and thresholds against the PR's */
  baselineReview?: BaselineReview;
  acceptance?: Acceptance;
  context?: RunContext;
  selection?: SelectionRecord;
  /** check mode on a PR found no baseline file here (relative to the workspace): nothing was gated */
  missingBaseline?: string;
}

export type PublishedResults = GateResults & PublishExtras;
