// Pure: at most one chart, and only one that tells the truth: gzip size per variant as bars, in
// config order (stable between runs), on a y-axis from zero, in KiB, with unique labels. With more
// variants than a chart can label legibly, none. `xychart-beta` needs Mermaid 10.6 or later.
import type { VariantResult } from '../../types.js';
import { mermaidLabel } from '../escape.js';

export const CHART_MAX_VARIANTS = 12;
const LABEL_MAX = 20;
const HEIGHT = 320;

/** `variants` in config order. */
export function gzipChart(variants: VariantResult[]): string[] {
  const points = variants
    .map((v) => ({ name: v.name, bytes: v.rows.find((r) => r.id === 'gzip')?.current }))
    .filter((p): p is { name: string; bytes: number } => p.bytes !== undefined);
  if (points.length < 2 || points.length > CHART_MAX_VARIANTS) return [];
  const max = Math.max(...points.map((p) => p.bytes));
  const [unit, scale] = max >= 1024 ? ['KiB', 1024] : ['B', 1];
  const top = niceCeiling((max / scale) * 1.05);
  const values = points.map((p) => round(p.bytes / scale));
  const labels = uniqueLabels(points.map((p) => p.name));
  return [
    '```mermaid',
    '---',
    'config:',
    '  xyChart:',
    `    height: ${HEIGHT}`,
    '---',
    'xychart-beta',
    `    title "gzip size per variant (${unit})"`,
    `    x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
    `    y-axis "gzip (${unit})" 0 --> ${top}`,
    `    bar [${values.join(', ')}]`,
    '```',
  ];
}

/** Labels safe in a Mermaid string, short, and distinct (Mermaid merges bars with equal labels). */
export function uniqueLabels(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = mermaidLabel(name, LABEL_MAX);
    let label = base;
    for (let n = 2; used.has(label); n++) label = `${mermaidLabel(name, LABEL_MAX - String(n).length - 1)}~${n}`;
    used.add(label);
    return label;
  });
}

/** The next round number at or above x: 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten. */
export function niceCeiling(x: number): number {
  if (!(x > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((s) => s * power >= x * (1 - 1e-9)) as number;
  return Number((step * power).toPrecision(6));
}

function round(x: number): number {
  return Number(x.toFixed(x >= 100 ? 0 : 2));
}
