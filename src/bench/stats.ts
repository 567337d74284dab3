// Pure: summary statistics for wall-clock samples. On a shared machine timings shift in levels
// (another tenant, frequency changes) rather than scattering evenly, so the summary is the median
// with a distribution-free 95% interval from order statistics: it widens honestly when samples
// fall into two levels instead of trusting a normal model that the samples do not follow.

export interface ThroughputSummary {
  median: number;
  ci95: [number, number];
  samples: number;
  /** relative standard deviation of the samples, percent */
  rsdPct: number;
}

/** P(X <= k) for X ~ Binomial(n, 1/2), its terms in log space: 0.5^n underflows past n = 1074. */
function binomialCdf(k: number, n: number): number {
  let logTerm = n * Math.log(0.5);
  let sum = Math.exp(logTerm);
  for (let i = 1; i <= k; i++) {
    logTerm += Math.log((n - i + 1) / i);
    sum += Math.exp(logTerm);
  }
  return sum;
}

/**
 * 1-based ranks (lo, hi) of the order statistics that bracket the median with at least 95%
 * confidence: the largest k with P(X <= k-1) <= 2.5%, and n+1-k. For n = 10: (2, 9), 97.9%.
 */
export function medianRanks(n: number): [number, number] {
  let k = 1;
  while (k + 1 <= n && binomialCdf(k, n) <= 0.025) k += 1;
  return [k, n + 1 - k];
}

export function summarizeThroughput(samples: readonly number[]): ThroughputSummary {
  const sorted = samples.filter((s) => s > 0 && Number.isFinite(s)).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) throw new Error('no valid samples');
  const [lo, hi] = medianRanks(n);
  const median = n % 2 ? (sorted[(n - 1) / 2] as number) : ((sorted[n / 2 - 1] as number) + (sorted[n / 2] as number)) / 2;
  const mean = sorted.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(sorted.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : 0;
  return {
    median,
    ci95: n >= 6 ? [sorted[lo - 1] as number, sorted[hi - 1] as number] : [sorted[0] as number, sorted[n - 1] as number],
    samples: n,
    rsdPct: (sd / mean) * 100,
  };
}

/**
 * Paired rounds (worker-timing.ts pairRounds): the throughput ratio own/partner of each round, the
 * same batch timed on both back to back, so that a shift of the machine common to both cancels;
 * summarised like a throughput (median, order-statistic 95% interval).
 */
export function roundRatios(ownNs: readonly number[], partnerNs: readonly number[]): number[] {
  const ratios: number[] = [];
  for (let i = 0; i < Math.min(ownNs.length, partnerNs.length); i++) {
    const own = ownNs[i] as number;
    const partner = partnerNs[i] as number;
    if (own > 0 && partner > 0) ratios.push(partner / own);
  }
  return ratios;
}

/** Half the interval's width, relative to the median: 0.01 is ±1%. */
export function relativeHalfWidth(summary: Pick<ThroughputSummary, 'median' | 'ci95'>): number {
  return (summary.ci95[1] - summary.ci95[0]) / 2 / summary.median;
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

/**
 * Paired slices (paired-phase.ts): one ratio per slice of time. The machine's noise comes in
 * episodes of a second or two (a neighbour on the host takes the cache), so ratios close in time
 * move together and the rounds of one slice are not independent samples: the interval is drawn
 * from the slices, spread over time, as the median of their ratios with its order-statistic 95%
 * interval. An episode that spoils a minority of the slices moves the median little, and the
 * interval widens when the slices disagree, which an interval from the rounds of one episode never does.
 */
export function sliceRatioInterval(sliceRatios: readonly number[]): { ratio: number; ci95: [number, number] } | undefined {
  const valid = sliceRatios.filter((r) => r > 0 && Number.isFinite(r));
  if (valid.length < 2) return undefined;
  const { median, ci95 } = summarizeThroughput(valid);
  return { ratio: median, ci95 };
}
