// Pure: at most one chart, and only one that tells the truth: gzip size per variant, the
// baseline's bar beside this run's (Mermaid draws two bar series on top of each other, so each
// variant gets two rows, one per series, the other series 0 there), in config order (stable
// between runs), horizontal (names read across, however many), from zero, in KiB, with unique
// labels. With more variants than a chart can label legibly, none. `xychart-beta` needs Mermaid
// 10.6 or later.
import type { VariantResult } from '../../types.js';
import { mermaidLabel } from '../escape.js';

export const CHART_MAX_VARIANTS = 12;
const LABEL_MAX = 20;
/** Height per bar and for the title and axis, in px: 9 variants draw in about 300 px. */
const BAR_HEIGHT = 12;
const FRAME_HEIGHT = 50;
const BASELINE_SUFFIX = ' base';
/** This run's bars blue, the baseline's grey (GitHub's own colours). The current series comes
 * first: a series' 0 still draws a stub at the axis, and a light grey stub on a blue bar reads as
 * part of the axis. */
const PALETTE = '#0969da, #afb8c1';

/** `variants` in config order. */
export function gzipChart(variants: VariantResult[]): string[] {
  const points = variants
    .map((v) => {
      const row = v.rows.find((r) => r.id === 'gzip');
      return { name: v.name, baseline: row?.baseline ?? 0, current: row?.current ?? 0 };
    })
    .filter((p) => p.current > 0 || p.baseline > 0);
  if (points.length < 2 || points.length > CHART_MAX_VARIANTS) return [];
  const max = Math.max(...points.flatMap((p) => [p.baseline, p.current]));
  const [unit, scale] = max >= 1024 ? ['KiB', 1024] : ['B', 1];
  const top = niceCeiling((max / scale) * 1.05);
  const names = uniqueLabels(points.map((p) => p.name));
  const labels = names.flatMap((name) => [`${name}${BASELINE_SUFFIX}`, name]);
  const baseline = points.flatMap((p) => [round(p.baseline / scale), 0]);
  const current = points.flatMap((p) => [0, round(p.current / scale)]);
  return [
    '```mermaid',
    '---',
    'config:',
    '  xyChart:',
    `    height: ${FRAME_HEIGHT + BAR_HEIGHT * labels.length}`,
    '    titleFontSize: 14',
    '    titlePadding: 6',
    '    xAxis:',
    '      labelFontSize: 12',
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${PALETTE}"`,
    '---',
    'xychart-beta horizontal',
    `    title "gzip (${unit}): baseline (grey) and this run (blue)"`,
    `    x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
    `    y-axis 0 --> ${top}`,
    `    bar [${current.join(', ')}]`,
    `    bar [${baseline.join(', ')}]`,
    '```',
  ];
}

/** Labels safe in a Mermaid string, short, and distinct (Mermaid merges bars with equal labels). */
export function uniqueLabels(names: string[], max = LABEL_MAX): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = mermaidLabel(name, max);
    let label = base;
    for (let n = 2; used.has(label); n++) label = `${mermaidLabel(name, max - String(n).length - 1)}~${n}`;
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
