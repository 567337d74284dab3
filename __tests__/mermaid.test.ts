// @vitest-environment jsdom
// Every chart the comment can contain parses with the Mermaid versions GitHub has shipped with
// `xychart-beta` (10.6 and 11; 10.4 and 10.5 cannot draw it): npm `mermaid` 11 and `mermaid-10`
// (an alias of mermaid@10.6.1), each in a jsdom window, as Mermaid needs a DOM even to parse.
import mermaid10 from 'mermaid-10';
import mermaid11 from 'mermaid';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/report/markdown.js';
import { cases, forkResultsFile } from './helpers/report-cases.js';
import { parseResults } from '../src/publish/results-file.js';

const bodies: Record<string, string> = {
  ...Object.fromEntries(Object.entries(cases).map(([name, make]) => [name, renderMarkdown(make())])),
  fork: renderMarkdown(parseResults(forkResultsFile(), 'results.json')),
};
const charts = Object.entries(bodies).flatMap(([name, md]) => [...md.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => [name, m[1] as string] as const));

describe.each([
  ['10.6', mermaid10],
  ['11', mermaid11],
] as const)('Mermaid %s', (_version, mermaid) => {
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });

  it('the cases hold charts to check', () => {
    expect(charts.length).toBeGreaterThanOrEqual(6);
  });

  it.each(charts)('%s: the chart parses', async (_name, chart) => {
    await expect(mermaid.parse(chart)).resolves.toBeTruthy();
  });

  it('rejects a broken chart (the check can fail)', async () => {
    await expect(mermaid.parse('xychart-beta\n    x-axis ["a" "b"]\n    bar [1,')).rejects.toThrow();
  });
});
