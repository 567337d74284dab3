// Pure: what the Markdown modules share: how much detail a rendering may spend, and a table writer.
import type { PublishedResults } from '../../results/published.js';

export const NAME_MAX = 100;
export const MESSAGE_MAX = 1_000;

/** Levels of detail; markdown.ts tries them richest first and keeps the first that fits. */
export interface Detail {
  chart: boolean;
  /** detail folds (closed) for variants that need no reviewer's eye */
  quietDetails: boolean;
  /** the fold of timings against the baseline, in each detail */
  timings: boolean;
  /** changed sections in each detail */
  sections: boolean;
  /** lines of a failed build's output shown (the last ones) */
  buildOutputLines: number;
  loosenedItems: number;
  /** rows of the summary table and number of variant details; Infinity = all */
  rowLimit: number;
}

export interface RenderContext {
  results: PublishedResults;
  detail: Detail;
  /** the command that rewrites the baseline */
  updateCommand: string;
  /** how to get the CLI first, when the workflow knows */
  installCommand?: string;
}

export type Align = 'left' | 'right' | 'center';

/** A GitHub table: a header on every column, cells already escaped. */
export function table(header: ReadonlyArray<readonly [string, Align]>, rows: string[][]): string[] {
  const rule = header.map(([, align]) => (align === 'right' ? '--:' : align === 'center' ? ':-:' : '---'));
  return [`| ${header.map(([h]) => h).join(' | ')} |`, `|${rule.join('|')}|`, ...rows.map((r) => `| ${r.map((c) => c || ' ').join(' | ')} |`)];
}
