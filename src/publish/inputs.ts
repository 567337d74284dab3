// Pure: the action's inputs (action.yml), read through a getter so tests need no environment.
import path from 'node:path';
import { DEFAULT_BASELINE_FILE, DEFAULT_CONFIG_FILE } from '../config/defaults.js';
import { parseShard, type ShardSpec } from '../shard/select.js';
export type ActionMode = 'check' | 'update' | 'report' | 'merge';

export interface ActionInputs {
  config: string;
  baseline: string;
  mode: ActionMode;
  token: string;
  comment: boolean;
  commentKey: string;
  failOnRegression: boolean;
  acceptLabel: string;
  /** report mode: the results file to post; merge: the shards' files (a pattern); check/update: where to write it (optional) */
  results: string;
  /** check/update: run one shard of a matrix ("K/N") */
  shard?: ShardSpec;
  /** check/update: run only these variants */
  variants?: string[];
  /** check: the ref to build and time the head against ('' = a pull request's base commit, 'none' = off) */
  against: string;
}

export class InputError extends Error {}


const MODES: readonly ActionMode[] = ['check', 'update', 'report', 'merge'];
const KEY_MAX = 100;

export function readInputs(get: (name: string) => string): ActionInputs {
  const text = (name: string, fallback: string): string => get(name).trim() || fallback;
  const mode = text('mode', 'check');
  if (!(MODES as readonly string[]).includes(mode)) throw new InputError(`input mode must be one of ${MODES.join(', ')} (got "${mode}")`);
  const commentKey = get('comment-key').trim();
  if (commentKey.length > KEY_MAX) throw new InputError(`input comment-key must be at most ${KEY_MAX} characters`);
  const results = get('results').trim();
  if (mode === 'report' && !results) throw new InputError('input results is required in report mode (the results file a check run wrote)');
  if (mode === 'merge' && !results) throw new InputError('input results is required in merge mode (the shards\' results files, e.g. results/results-*.json)');
  let shard: ShardSpec | undefined;
  const shardText = get('shard').trim();
  if (shardText) {
    if (mode !== 'check' && mode !== 'update') throw new InputError(`input shard is for check and update mode, not ${mode}`);
    try {
      shard = parseShard(shardText);
    } catch (error) {
      throw new InputError(`input shard: ${(error as Error).message.replace(/^--shard /, '')}`);
    }
  }
  const against = get('against').trim();
  if (against && against !== 'none' && mode !== 'check') throw new InputError(`input against is for check mode, not ${mode} (leave it empty)`);
  const config = text('config', DEFAULT_CONFIG_FILE);
  const variantsText = get('variants').trim();
  const variants = variantsText ? variantsText.split(/[\s,]+/).filter(Boolean) : undefined;
  return {
    ...(shard ? { shard } : {}),
    ...(variants ? { variants } : {}),
    config,
    // Beside the config, as the CLI looks for it: a config in a subfolder keeps its baseline there.
    baseline: text('baseline', path.join(path.dirname(config), DEFAULT_BASELINE_FILE)),
    mode: mode as ActionMode,
    token: get('github-token').trim(),
    comment: booleanInput(get, 'comment', true),
    commentKey,
    failOnRegression: booleanInput(get, 'fail-on-regression', true),
    acceptLabel: get('accept-label').trim(),
    results,
    against,
  };
}

/** The YAML 1.2 core booleans, as @actions/core's getBooleanInput takes them. */
function booleanInput(get: (name: string) => string, name: string, fallback: boolean): boolean {
  const value = get(name).trim();
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`input ${name} must be true or false (got "${value}")`);
}
