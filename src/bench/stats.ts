// Pure: summary statistics for wall-clock samples. Throughput samples are ratios, so they are
// summarised on a log scale: the geometric mean, with a Student-t 95% interval.

// Two-sided 95% quantiles of Student's t for 1..30 degrees of freedom; 1.96 beyond.
const T95 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086,
  2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

export function t95(degreesOfFreedom: number): number {
  if (degreesOfFreedom < 1) return Infinity;
  return T95[degreesOfFreedom - 1] ?? (degreesOfFreedom <= 60 ? 2.0 : 1.96);
}

export interface ThroughputSummary {
  /** geometric mean */
  mean: number;
  ci95: [number, number];
  samples: number;
  /** relative standard deviation of the samples, percent */
  rsdPct: number;
}

export function summarizeThroughput(samples: readonly number[]): ThroughputSummary {
  const positive = samples.filter((s) => s > 0 && Number.isFinite(s));
  if (positive.length === 0) throw new Error('no valid samples');
  const logs = positive.map(Math.log);
  const n = logs.length;
  const mean = logs.reduce((a, b) => a + b, 0) / n;
  const variance = n > 1 ? logs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1) : 0;
  const half = n > 1 ? t95(n - 1) * Math.sqrt(variance / n) : Infinity;
  const plainMean = positive.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(positive.reduce((a, b) => a + (b - plainMean) ** 2, 0) / (n - 1)) : 0;
  return {
    mean: Math.exp(mean),
    ci95: [Math.exp(mean - half), Math.exp(mean + half)],
    samples: n,
    rsdPct: (sd / plainMean) * 100,
  };
}

/** Fisher-Yates with a small seeded generator, so a run's order can be reproduced from its seed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
