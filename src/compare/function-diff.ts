// Pure: which functions grew, shrank, appeared or went away, in bytes (against the baseline) and
// in executed instructions and estimated cycles per benchmark (against the baseline, and against the reference variant
// in the same run). Baselines list only their largest functions (see next-baseline.ts): what they
// leave out is compared as one sum, and a function that is now larger than anything they left
// out is named, with "absent or at most N" as its baseline.
import type {
  BaselineVariant,
  BenchMeasurement,
  FunctionAttribution,
  FunctionChange,
  OmittedFunctions,
  ProfileChange,
  VariantMeasurement,
  VariantResult,
} from '../types.js';

interface Diff {
  changes: FunctionChange[];
  rest?: { baselineFunctions: number; baseline: number; currentFunctions: number; current: number };
}

/** Every difference between two `{ name: value }` maps, largest |delta| first (then by name). */
export function diffFunctions(current: Record<string, number>, baseline: Record<string, number>, omitted?: OmittedFunctions): Diff {
  const changes: FunctionChange[] = [];
  for (const [name, before] of Object.entries(baseline)) {
    const now = Object.hasOwn(current, name) ? current[name] : undefined;
    if (now === undefined) changes.push({ name, baseline: before, current: null, delta: -before });
    else if (now !== before) changes.push({ name, baseline: before, current: now, delta: now - before });
  }
  let currentFunctions = 0;
  let currentRest = 0;
  for (const [name, now] of Object.entries(current)) {
    if (Object.hasOwn(baseline, name)) continue;
    currentFunctions++;
    currentRest += now;
    if (!omitted) changes.push({ name, baseline: null, current: now, delta: now });
    else if (now > omitted.largest) changes.push({ name, baseline: null, current: now, delta: now, baselineAtMost: omitted.largest });
  }
  changes.sort(byImpact);
  if (!omitted) return { changes };
  return { changes, rest: { baselineFunctions: omitted.functions, baseline: omitted.total, currentFunctions, current: currentRest } };
}

export function byImpact(a: FunctionChange, b: FunctionChange): number {
  return Math.abs(b.delta) - Math.abs(a.delta) || b.delta - a.delta || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/** The fields one kind of profile lives in: executed instructions, or the cycle estimate. */
const PROFILE_FIELDS = {
  instructions: { total: 'instructions', profile: 'profile', omitted: 'profileOmitted' },
  cycles: { total: 'cycles', profile: 'cyclesProfile', omitted: 'cyclesProfileOmitted' },
} as const;

/** A benchmark's profile against another run of it; undefined unless both did the same work and
 * the current profile is complete (one reused from a bounded baseline entry is not). */
export function diffProfile(current: BenchMeasurement | undefined, other: BenchMeasurement | undefined, unit: keyof typeof PROFILE_FIELDS = 'instructions'): ProfileChange | undefined {
  const fields = PROFILE_FIELDS[unit];
  const [now, then] = [current?.[fields.profile], other?.[fields.profile]];
  const [nowTotal, thenTotal] = [current?.[fields.total], other?.[fields.total]];
  if (!current || !other || !now || !then || nowTotal === undefined || thenTotal === undefined) return undefined;
  if (current[fields.omitted]) return undefined;
  if (current.iterations !== other.iterations) return undefined;
  const { changes, rest } = diffFunctions(now, then, other[fields.omitted]);
  return {
    baseline: thenTotal,
    current: nowTotal,
    delta: nowTotal - thenTotal,
    functions: changes,
    ...(rest ? { rest: { baseline: rest.baseline, current: rest.current } } : {}),
  };
}

/** The function-level view of one variant, for its VariantResult. */
export function attributeFunctions(
  m: VariantMeasurement | undefined,
  base: BaselineVariant | undefined,
  reference: VariantMeasurement | undefined,
): Pick<VariantResult, 'functionChanges' | 'attribution'> {
  if (!m) return {};
  const out: Pick<VariantResult, 'functionChanges' | 'attribution'> = {};
  const attribution: FunctionAttribution = {};
  if (m.functionNaming) attribution.naming = m.functionNaming;
  // Functions reused from a bounded baseline entry are that entry: nothing to compare.
  if (m.functions && base?.functions && !m.functionsOmitted) {
    const { changes, rest } = diffFunctions(m.functions, base.functions, base.functionsOmitted);
    out.functionChanges = changes;
    if (rest) {
      attribution.sizeRest = {
        baseline: { functions: rest.baselineFunctions, bytes: rest.baseline },
        current: { functions: rest.currentFunctions, bytes: rest.current },
      };
    }
  }
  const changed: Record<string, ProfileChange> = {};
  const cyclesChanged: Record<string, ProfileChange> = {};
  const vsReference: Record<string, ProfileChange> = {};
  for (const [bench, measured] of Object.entries(m.bench ?? {})) {
    const change = diffProfile(measured, base?.bench?.[bench]);
    if (change && change.delta !== 0) changed[bench] = change;
    const cycles = diffProfile(measured, base?.bench?.[bench], 'cycles');
    if (cycles && cycles.delta !== 0) cyclesChanged[bench] = cycles;
    const against = diffProfile(measured, reference?.bench?.[bench]);
    if (against && against.functions.length > 0) vsReference[bench] = against;
  }
  if (Object.keys(changed).length > 0) attribution.profileChanges = changed;
  if (Object.keys(cyclesChanged).length > 0) attribution.cyclesChanges = cyclesChanged;
  if (Object.keys(vsReference).length > 0) attribution.profileVsReference = vsReference;
  if (Object.keys(attribution).length > 0) out.attribution = attribution;
  return out;
}
