// The counting copy's code section: each original body with, at the start of every basic block,
// its instruction count added to its counter (and its cycle weight to its cycle slot), and before
// every memory access a call to the cache model's probe; wrapped entry points' bodies replaced by
// their wrappers; then the added functions, then the moved originals. Pure module.
import { ByteWriter, uLebLength } from './byte-writer.js';
import { ID_CODE, type Analysis } from './module-layout.js';

export interface CodePlan {
  /** counter global of body i */
  counterOf: (body: number) => number;
  /** cycles: the model's memory, the address of body i's slot, the probe of a PROBE kind */
  cycles?: { memory: number; slotOf: (body: number) => number; probe: (kind: number) => number };
  /** body index → the wrapper written in its place */
  wrappers: Map<number, Uint8Array>;
  /** bodies written after `extra`, instrumented like their originals (the wrapped entry points) */
  moved: number[];
  extra: Uint8Array[];
}

/** Writes the whole code section (id, size, payload) to `out`. */
export function writeCodeSection(out: ByteWriter, bytes: Uint8Array, mod: Analysis, plan: CodePlan): void {
  const order = [...mod.bodies.keys()];
  const bodies = order.map((i) => plan.wrappers.get(i) ?? instrumentBody(bytes, mod, plan, i));
  for (const body of plan.extra) bodies.push(body);
  for (const i of plan.moved) bodies.push(instrumentBody(bytes, mod, plan, i));
  let payload = uLebLength(bodies.length);
  for (const body of bodies) payload += uLebLength(body.length) + body.length;
  out.byte(ID_CODE);
  out.u32(payload);
  out.u32(bodies.length);
  for (const body of bodies) {
    out.u32(body.length);
    out.bytes(body);
  }
}

/** Body i with its counter increments and memory probes inserted. */
function instrumentBody(bytes: Uint8Array, mod: Analysis, plan: CodePlan, i: number): Uint8Array {
  const b = mod.bodies[i]!;
  const counter = plan.counterOf(i);
  const cycles = plan.cycles;
  const slot = cycles?.slotOf(i) ?? 0;
  const w = new ByteWriter(Math.ceil((b.bodyEnd - b.bodyStart) * 1.5) + 16);
  let copied = b.bodyStart; // locals are copied with the first insertion's prefix
  let block = b.firstBlock;
  let site = b.firstSite;
  // Insertions in offset order; at one offset the block's increment comes before the probe.
  while (block < b.endBlock || site < b.endSite) {
    const blockAt = block < b.endBlock ? mod.blockStarts[block]! : Infinity;
    const siteAt = site < b.endSite && cycles ? mod.siteAt[site]! : Infinity;
    if (blockAt === Infinity && siteAt === Infinity) break;
    const at = Math.min(blockAt, siteAt);
    w.bytes(bytes.subarray(copied, at));
    copied = at;
    if (blockAt <= siteAt) {
      writeIncrement(w, counter, mod.blockCounts[block]!);
      if (cycles && mod.blockCosts[block]! > 0) writeCycleIncrement(w, cycles.memory, slot, mod.blockCosts[block]!);
      block++;
    } else {
      writeProbeCall(w, cycles!, mod.siteKind[site]!, mod.siteOffset[site]!, slot);
      site++;
    }
  }
  w.bytes(bytes.subarray(copied, b.bodyEnd));
  return w.finish();
}

/** global.get c; i64.const k; i64.add; global.set c */
function writeIncrement(w: ByteWriter, counter: number, k: number): void {
  w.byte(0x23);
  w.u32(counter);
  w.byte(0x42);
  w.sPositive(k);
  w.byte(0x7c);
  w.byte(0x24);
  w.u32(counter);
}

/** mem[slot] += k (i64), on the model's memory */
function writeCycleIncrement(w: ByteWriter, memory: number, slot: number, k: number): void {
  w.byte(0x41);
  w.sPositive(slot);
  w.byte(0x41);
  w.sPositive(slot);
  writeMemarg(w, 0x29, memory);
  w.byte(0x42);
  w.sPositive(k);
  w.byte(0x7c);
  writeMemarg(w, 0x37, memory);
}

function writeMemarg(w: ByteWriter, opcode: number, memory: number): void {
  w.byte(opcode);
  if (memory === 0) {
    w.byte(3);
  } else {
    w.byte(3 | 0x40);
    w.u32(memory);
  }
  w.byte(0);
}

/** [operands] i32.const offset? i32.const slot; call probe -> [operands] */
function writeProbeCall(w: ByteWriter, cycles: NonNullable<CodePlan['cycles']>, kind: number, offset: number, slot: number): void {
  if (kind <= 5) {
    // loads and stores: the memarg offset, as the i32 the probe adds (wrapping, like the engine)
    w.byte(0x41);
    writeS32(w, offset);
  }
  w.byte(0x41);
  w.sPositive(slot);
  w.byte(0x10);
  w.u32(cycles.probe(kind));
}

function writeS32(w: ByteWriter, unsigned: number): void {
  let v = unsigned % 2 ** 32 | 0;
  for (;;) {
    const b = v & 0x7f;
    v >>= 7;
    if ((v === 0 && (b & 0x40) === 0) || (v === -1 && (b & 0x40) !== 0)) {
      w.byte(b);
      return;
    }
    w.byte(b | 0x80);
  }
}
