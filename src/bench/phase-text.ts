// How the bench phase words its progress lines and rounds its numbers.

/** True at most once per `ms` (and on the first call): progress lines for long phases. */
export function throttled(ms: number): () => boolean {
  let last = -Infinity;
  return () => {
    const now = performance.now();
    if (now - last < ms) return false;
    last = now;
    return true;
  };
}

export function formatSeconds(ms: number): string {
  return ms >= 10_000 ? `${Math.round(ms / 1000)} s` : `${(ms / 1000).toFixed(1)} s`;
}

export function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}

/** The first `max` names, then how many more: a list that stays one line however long it is. */
export function listSome(names: string[], max: number): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')}, … and ${(names.length - max).toLocaleString('en-US')} more`;
}

/** Four significant digits: more would be noise, and the baseline stays readable. */
export function round4(value: number): number {
  return Number(value.toPrecision(4));
}
