// Pure: malloc/free traces (`Alloc(N),` / `Free(K),` one per line, as recorded by
// valgrind --trace-malloc and published with wee_alloc) encoded for trace_load: one i32 per
// operation, v >= 0 allocates v bytes, v < 0 frees allocation number -v-1.

export class TraceError extends Error {}

export function encodeTrace(text: string, file: string): Int32Array {
  const ops: number[] = [];
  let allocations = 0;
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const match = /^(Alloc|Free)\((\d+)\),?$/.exec(line);
    if (!match) throw new TraceError(`${file}:${index + 1}: expected Alloc(N), or Free(K), but found "${line.slice(0, 40)}"`);
    const value = Number(match[2]);
    if (match[1] === 'Alloc') {
      if (value > 0x7fffffff) throw new TraceError(`${file}:${index + 1}: allocation size ${value} does not fit in 31 bits`);
      ops.push(value);
      allocations += 1;
    } else {
      if (value >= allocations) throw new TraceError(`${file}:${index + 1}: Free(${value}) frees an allocation that was not made yet`);
      ops.push(-value - 1);
    }
  });
  if (ops.length === 0) throw new TraceError(`${file}: the trace is empty`);
  return Int32Array.from(ops);
}
