// Pure: a variant's allocation statistics per benchmark, under its benchmark table: requests,
// bytes, live bytes at the peak and at the end (a leak), and the heap overhead next to them.
// Folded unless a gated allocation figure moved: the reader sees it when it matters.
import type { VariantResult } from '../../types.js';
import { escapeMarkdown } from '../escape.js';
import { exactChange, formatCount, formatOverhead, formatValue } from '../format.js';
import { benchRow, rowChanged } from '../signal.js';
import { NAME_MAX, table } from './shared.js';

export function allocationsBlock(v: VariantResult, benches: string[]): string[] {
  const withStats = benches.filter((bench) => v.measurement?.bench?.[bench]?.allocations);
  if (withStats.length === 0) return [];
  let moved = false;
  const rows = withStats.map((bench) => {
    const m = v.measurement?.bench?.[bench];
    const a = m?.allocations as NonNullable<NonNullable<typeof m>['allocations']>;
    const cell = (metric: 'peakLiveBytes' | 'liveBytesAtEnd'): string => {
      const row = benchRow(v, bench, metric);
      if (row && rowChanged(row)) moved = true;
      const value = formatValue(a[metric], 'bytes');
      return row && row.delta !== undefined && row.delta !== 0 ? `${value} (${exactChange(row)})` : value;
    };
    return [escapeMarkdown(bench, NAME_MAX), formatCount(a.allocs), formatCount(a.reallocs), formatCount(a.frees), formatValue(a.bytes, 'bytes'), cell('peakLiveBytes'), cell('liveBytesAtEnd'), formatOverhead(m?.heapOverhead)];
  });
  const body = table(
    [
      ['Benchmark', 'left'],
      ['Allocs', 'right'],
      ['Reallocs', 'right'],
      ['Frees', 'right'],
      ['Bytes', 'right'],
      ['Peak live', 'right'],
      ['Live at end', 'right'],
      ['Overhead', 'right'],
    ],
    rows,
  );
  const note = '_Requested sizes, one call at the iterations above; overhead: memory grown past the start per live byte at the peak._';
  if (moved) return ['', '**Allocations**', '', ...body, '', note];
  return ['', '<details><summary>Allocations</summary>', '', ...body, '', note, '', '</details>'];
}
