// What the action adds to GateResults (its index signature allows it), so the results file a
// `pull_request` run writes is all a later `report` run needs to post the same comment.
import type { GateResults } from '../types.js';
import type { BaselineReview } from './review.js';

export interface Acceptance {
  /** the label that accepts regressions */
  label: string;
  /** the pull request carried the label when the gate ran */
  applied: boolean;
}

export interface PublishExtras {
  /** distinguishes the comments of matrix jobs */
  commentKey?: string;
  /** the base branch's baseline and thresholds against the PR's */
  baselineReview?: BaselineReview;
  acceptance?: Acceptance;
}

export type PublishedResults = GateResults & PublishExtras;
