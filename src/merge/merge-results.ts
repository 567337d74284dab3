// Pure: the results of a matrix's shards, combined into the results one unsharded run would have
// written: every variant once, in config order, one verdict. A missing shard, a shard of another
// config, one measured with other tools or a shard that failed is an error that names it, never a
// silent pass.
import { exitCodeFor, gateStatus } from '../compare/verdict.js';
import type { PublishedResults } from '../results/published.js';
import type { GateProblem, VariantResult } from '../types.js';
import { describeDifference, shardToolDifferences } from './same-tools.js';

export type ShardResults = PublishedResults;

export interface MergeInput {
  results: ShardResults;
  /** where it was read from, for messages */
  file: string;
}

export function mergeResults(inputs: MergeInput[]): PublishedResults {
  const problems: GateProblem[] = [];
  if (inputs.length === 0) {
    problems.push({ kind: 'publish', message: 'merge: no results files were given (pass the shards\' results files, e.g. results-*.json)' });
    return finish(undefined, [], problems);
  }
  const first = inputs[0] as MergeInput;
  const config = first.results.selection?.configVariants;
  const count = first.results.selection?.shard?.count;
  const seen = new Map<number, string>();
  for (const { results, file } of inputs) {
    const selection = results.selection;
    if (!selection) {
      problems.push({ kind: 'publish', file, message: `merge: ${file} is not a shard's results (it has no selection; write it with \`check --shard K/N --json\`)` });
      continue;
    }
    if (JSON.stringify(selection.configVariants) !== JSON.stringify(config)) {
      problems.push({ kind: 'publish', file, message: `merge: ${file} comes from another config than ${first.file} (its variants differ): run every shard on the same commit` });
    }
    if (results.mode !== first.results.mode) problems.push({ kind: 'publish', file, message: `merge: ${file} is a ${results.mode} run, ${first.file} a ${first.results.mode} run` });
    for (const d of shardToolDifferences(first.results, results)) {
      problems.push({ kind: 'publish', file, message: `merge: ${describeDifference(d, first.file, file)}: their numbers do not compare (run every shard with the same config and wasm-gate version)` });
    }
    const shard = selection.shard;
    if (shard) {
      if (shard.count !== count) problems.push({ kind: 'publish', file, message: `merge: ${file} is shard ${shard.index}/${shard.count}, but ${first.file} is one of ${count}` });
      const twin = seen.get(shard.index);
      if (twin) problems.push({ kind: 'publish', file, message: `merge: shard ${shard.index}/${shard.count} is given twice (${twin} and ${file})` });
      seen.set(shard.index, file);
    }
  }
  if (count !== undefined) {
    for (let k = 1; k <= count; k++) {
      if (!seen.has(k)) {
        problems.push({ kind: 'publish', message: `merge: shard ${k}/${count} is missing: no results file for it (did its job fail before writing results? upload them with \`if: always()\`)` });
      }
    }
  }
  // Problems of the whole run (config, baseline) repeat in every shard: keep each once.
  const messages = new Set(problems.map((p) => p.message));
  for (const { results } of inputs) {
    for (const p of results.problems) {
      if (!messages.has(p.message)) {
        messages.add(p.message);
        problems.push(p);
      }
    }
  }
  const owned = new Map<string, VariantResult>();
  const removed = new Map<string, VariantResult>();
  for (const { results } of inputs) {
    const mine = new Set(results.selection?.variants ?? results.variants.map((v) => v.name));
    for (const v of results.variants) {
      if (v.status === 'removed') removed.set(v.name, v);
      else if (mine.has(v.name) && !owned.has(v.name)) owned.set(v.name, v);
    }
  }
  const order = config ?? [...owned.keys()];
  const variants = [...order.flatMap((name) => (owned.has(name) ? [owned.get(name) as VariantResult] : [])), ...[...removed.values()].filter((v) => !order.includes(v.name))];
  for (const name of order) {
    if (!owned.has(name) && count !== undefined && problems.every((p) => !p.message.includes('is missing'))) {
      problems.push({ kind: 'publish', message: `merge: variant "${name}" is in no shard's results` });
    }
  }
  // Config order, removed variants last, as compareRun gives them (reports sort by concern).
  return finish(first.results, variants, problems);
}

function finish(template: PublishedResults | undefined, variants: VariantResult[], problems: GateProblem[]): PublishedResults {
  const status = gateStatus(problems, variants);
  const { selection: _s, ...rest } = template ?? ({} as Partial<PublishedResults>);
  return {
    ...rest,
    schemaVersion: 1,
    tool: template?.tool ?? { name: 'wasm-gate', version: '' },
    mode: template?.mode ?? 'check',
    status,
    exitCode: exitCodeFor(status),
    startedAt: template?.startedAt ?? new Date(0).toISOString(),
    durationMs: template?.durationMs ?? 0,
    tools: template?.tools ?? {},
    variants,
    problems,
  };
}
