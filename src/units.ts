// Pure: bytes and counts in the units every report and progress line uses, so a value reads the
// same everywhere (report/format.ts builds deltas, rates and statuses on these). A no-break space
// joins a number to its unit, so a table cell never wraps between them.
export const NBSP = '\u00a0';
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Three significant digits at most: 9.6, 14.4, 167, 50. */
export function threeDigits(x: number): string {
  const a = Math.abs(x);
  return String(Number(x.toFixed(a >= 99.95 ? 0 : a >= 9.995 ? 1 : 2)));
}

const BYTE_UNITS: Array<[number, string]> = [
  [1024 ** 3, 'GiB'],
  [1024 ** 2, 'MiB'],
  [1024, 'KiB'],
];

/** 4,087 B · 11.3 KiB · 167 MiB */
export function formatBytes(bytes: number): string {
  const a = Math.abs(bytes);
  if (a < 10 * 1024) return `${integer.format(bytes)}${NBSP}B`;
  for (const [size, unit] of BYTE_UNITS) if (a >= size) return `${threeDigits(bytes / size)}${NBSP}${unit}`;
  return `${integer.format(bytes)}${NBSP}B`;
}

const COUNT_UNITS: Array<[number, string]> = [
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'K'],
];

/** 1,234 · 50.0 K · 9.60 M: exact below 10,000, three significant digits above. */
export function formatCount(count: number): string {
  const a = Math.abs(count);
  if (a < 10_000) return Number.isInteger(count) ? integer.format(count) : count.toPrecision(3);
  for (const [size, unit] of COUNT_UNITS) if (a >= size) return `${threeDigits(count / size)}${NBSP}${unit}`;
  return integer.format(count);
}
