// Pure: the report of a run that a signal stopped (Ctrl-C, a cancelled workflow): no verdict, and
// why, in place of the Markdown report (the CLI's --markdown file, the action's job summary).

export function cancelledMarkdown(signal: string, mode: string): string {
  return [
    `## ⛔ wasm-gate ${mode}: cancelled`,
    '',
    `The run was cancelled (${signal}) before it finished, so there is no verdict${mode === 'update' ? ' and the baseline was not written' : ''}. Every build and benchmark process it started was stopped. Re-run it for a verdict.`,
    '',
  ].join('\n');
}

/** One line for the console or `::error::`. */
export function cancelledLine(signal: string): string {
  return `cancelled (${signal}): every build and benchmark process was stopped; no verdict`;
}
