// Pure: a fault that stops the action (a bad input, an unreadable results file, a path it cannot
// write), as one line for `::error::` and a job summary that says what failed. Every path of the
// action ends in a summary, including these.
import { WriteError } from '../fs/atomic-write.js';
import { escapeMarkdown } from '../report/escape.js';
import { InputError } from './inputs.js';
import { ResultsFileError } from './results-file.js';

/** A fault of the action's surroundings (not of the gate, not a bug) with a message that names
 * what to fix. */
export class ActionError extends Error {}

export interface ActionFailure {
  /** one line, naming the file or input and the fix */
  message: string;
  /** a bug of wasm-gate rather than a fault of its surroundings */
  internal: boolean;
}

export function describeFailure(error: unknown): ActionFailure {
  const known = error instanceof InputError || error instanceof ResultsFileError || error instanceof WriteError || error instanceof ActionError;
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n')[0]?.trim() || 'unknown error';
  return known ? { message: line, internal: false } : { message: `internal error: ${line} (please report it, with the log of this step)`, internal: true };
}

/** The job summary for a run that stopped before it made a report, or a note appended after it. */
export function failureSummary(message: string, reportWritten: boolean): string {
  if (reportWritten) return `\n---\n\n**❌ wasm-gate failed after the report:** ${escapeMarkdown(message)}\n`;
  return `## ❌ wasm-gate: the step failed\n\n${escapeMarkdown(message)}\n\nThe gate stopped before it made a report: fix the above and re-run the job.\n`;
}
