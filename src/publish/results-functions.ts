// Pure: the function-level fields of a variant in an untrusted results file (see results-file.ts),
// checked and rebuilt: names capped, numbers finite, unknown keys dropped, lists bounded.
import type { FunctionAttribution, FunctionChange, FunctionNaming, ProfileChange, VariantResult } from '../types.js';

type Fail = (at: string, message: string) => never;

const NAME_MAX = 1_000;
const TEXT_MAX = 4_000;
const CHANGES_MAX = 100_000;
const BENCHES_MAX = 10_000;

export function readFunctionFields(o: Record<string, unknown>, at: string, fail: Fail): Pick<VariantResult, 'functionChanges' | 'attribution'> {
  const v = new Reader(fail);
  const out: Pick<VariantResult, 'functionChanges' | 'attribution'> = {};
  if (o.functionChanges !== undefined) out.functionChanges = v.changes(o.functionChanges, `${at}/functionChanges`);
  if (o.attribution !== undefined) out.attribution = v.attribution(o.attribution, `${at}/attribution`);
  return out;
}

class Reader {
  constructor(private readonly fail: Fail) {}

  attribution(raw: unknown, at: string): FunctionAttribution {
    const o = this.obj(raw, at);
    const a: FunctionAttribution = {};
    if (o.naming !== undefined) a.naming = this.naming(o.naming, `${at}/naming`);
    if (o.sizeRest !== undefined) {
      const r = this.obj(o.sizeRest, `${at}/sizeRest`);
      const side = (x: unknown, p: string) => {
        const s = this.obj(x, p);
        return { functions: this.count(s.functions, `${p}/functions`), bytes: this.count(s.bytes, `${p}/bytes`) };
      };
      a.sizeRest = { baseline: side(r.baseline, `${at}/sizeRest/baseline`), current: side(r.current, `${at}/sizeRest/current`) };
    }
    for (const key of ['profileChanges', 'cyclesChanges', 'profileVsReference'] as const) {
      if (o[key] === undefined) continue;
      const map = this.obj(o[key], `${at}/${key}`);
      const entries = Object.entries(map);
      if (entries.length > BENCHES_MAX) this.fail(`${at}/${key}`, `must have at most ${BENCHES_MAX} benchmarks`);
      const out: Record<string, ProfileChange> = {};
      for (const [bench, change] of entries) {
        Object.defineProperty(out, this.capped(bench, NAME_MAX), { value: this.profile(change, `${at}/${key}/${bench}`), enumerable: true, writable: true, configurable: true });
      }
      a[key] = out;
    }
    return a;
  }

  naming(raw: unknown, at: string): FunctionNaming {
    const o = this.obj(raw, at);
    const n: FunctionNaming = { named: this.count(o.named, `${at}/named`), total: this.count(o.total, `${at}/total`) };
    if (o.note !== undefined) n.note = this.str(o.note, `${at}/note`, TEXT_MAX);
    if (o.unnamedByOptimizer === true) n.unnamedByOptimizer = true;
    return n;
  }

  profile(raw: unknown, at: string): ProfileChange {
    const o = this.obj(raw, at);
    const p: ProfileChange = {
      baseline: this.num(o.baseline, `${at}/baseline`),
      current: this.num(o.current, `${at}/current`),
      delta: this.num(o.delta, `${at}/delta`),
      functions: this.changes(o.functions, `${at}/functions`),
    };
    if (o.rest !== undefined) {
      const r = this.obj(o.rest, `${at}/rest`);
      p.rest = { baseline: this.num(r.baseline, `${at}/rest/baseline`), current: this.num(r.current, `${at}/rest/current`) };
    }
    return p;
  }

  changes(raw: unknown, at: string): FunctionChange[] {
    if (!Array.isArray(raw)) this.fail(at, 'must be an array');
    if (raw.length > CHANGES_MAX) this.fail(at, `must have at most ${CHANGES_MAX} items`);
    return raw.map((item, i) => {
      const p = `${at}/${i}`;
      const o = this.obj(item, p);
      const c: FunctionChange = {
        name: this.str(o.name, `${p}/name`, NAME_MAX),
        baseline: o.baseline === null ? null : this.num(o.baseline, `${p}/baseline`),
        current: o.current === null ? null : this.num(o.current, `${p}/current`),
        delta: this.num(o.delta, `${p}/delta`),
      };
      if (o.baselineAtMost !== undefined) c.baselineAtMost = this.num(o.baselineAtMost, `${p}/baselineAtMost`);
      return c;
    });
  }

  obj(value: unknown, at: string): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(at, 'must be an object');
    return value as Record<string, unknown>;
  }

  str(value: unknown, at: string, max: number): string {
    if (typeof value !== 'string') this.fail(at, 'must be a string');
    return this.capped(value, max);
  }

  capped(value: string, max: number): string {
    return value.length > max ? `${value.slice(0, max)}…` : value;
  }

  num(value: unknown, at: string): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(at, 'must be a finite number');
    return value;
  }

  count(value: unknown, at: string): number {
    const n = this.num(value, at);
    if (!Number.isInteger(n) || n < 0) this.fail(at, 'must be a non-negative integer');
    return n;
  }
}
