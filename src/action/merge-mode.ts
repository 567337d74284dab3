// merge: the results of a matrix's shards (input `results`, a pattern such as
// results/results-*.json) become one verdict, one summary and one comment, as one unsharded run
// would have given. The files come from jobs that ran the PR's code: they are read as untrusted,
// like report mode, and nothing is built or run. Under workflow_run (the fork-safe pair) the merged
// results are posted as report mode posts one file; on the PR's own workflow they are judged like
// a check run. After `update` shards, the baseline is written from all of them.
import path from 'node:path';
import { writeMergedBaseline, runMerge } from '../merge/run-merge.js';
import { hasLabel, pullRequestFromEvent, workflowRunFromEvent } from '../publish/event.js';
import { checkRunContext } from '../publish/run-context.js';
import { actionLocation, log, type ActionContext } from './context.js';
import { defaultResultsFile, deliverResults } from './gate-mode.js';
import { reportResults } from './report-mode.js';

export async function mergeMode(ctx: ActionContext): Promise<void> {
  const { inputs } = ctx;
  const { results } = await log.group('wasm-gate: merge the shards', () => runMerge({ patterns: [inputs.results], log }));
  if (workflowRunFromEvent(ctx.eventName, ctx.payload)) {
    await reportResults(ctx, results, inputs.results);
    return;
  }
  let baselineChanged = false;
  if (results.mode === 'update') {
    baselineChanged = await writeMergedBaseline(results, { baselineFile: path.resolve(inputs.baseline), configFile: path.resolve(inputs.config) }, log);
  }
  const pr = pullRequestFromEvent(ctx.eventName, ctx.payload);
  if (inputs.commentKey) results.commentKey = inputs.commentKey;
  results.context = checkRunContext(process.env, inputs, actionLocation(ctx));
  const acceptedByLabel = results.mode === 'check' && pr !== undefined && hasLabel(pr.labels, inputs.acceptLabel);
  if (inputs.acceptLabel) results.acceptance = { label: inputs.acceptLabel, applied: acceptedByLabel };
  const mode = results.mode === 'update' ? 'update' : 'check';
  await deliverResults(ctx, results, { mode, pr, acceptedByLabel, baselineChanged, resultsFile: defaultResultsFile(`merged${inputs.commentKey ? `-${inputs.commentKey}` : ''}`) });
}
