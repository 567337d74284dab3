// Pure: the signature of each exported function, read from the type, import, function and export
// sections, so that a benchmark with the wrong shape is named before it runs (JS would otherwise
// say "Cannot convert 1 to a BigInt", or time a function that returns nothing).
import { Cursor } from './cursor.js';
import { readSections } from './sections.js';

export interface Signature {
  params: string[];
  results: string[];
}

const VALTYPES: Record<number, string> = { 0x7f: 'i32', 0x7e: 'i64', 0x7d: 'f32', 0x7c: 'f64', 0x7b: 'v128', 0x70: 'funcref', 0x6f: 'externref' };

/** Exported function name → signature; names whose type cannot be read (GC types) are left out. */
export function exportSignatures(bytes: Uint8Array): Map<string, Signature> {
  const types: (Signature | undefined)[] = [];
  const functionTypes: number[] = [];
  const out = new Map<string, Signature>();
  for (const s of readSections(bytes)) {
    const c = new Cursor(bytes, s.payloadStart, s.end);
    if (s.id === 1) {
      const n = c.u32('type count');
      for (let i = 0; i < n; i++) {
        const form = c.byte();
        // Rec groups and sub types (GC) are past what a benchmark signature needs: stop reading.
        if (form !== 0x60) return exportsOnly(bytes, out, types, functionTypes);
        types.push({ params: valTypes(c), results: valTypes(c) });
      }
    } else if (s.id === 2) {
      const n = c.u32('import count');
      for (let i = 0; i < n; i++) {
        c.skipBytes(c.u32('import module length'));
        c.skipBytes(c.u32('import name length'));
        const kind = c.byte();
        if (kind === 0x00) functionTypes.push(c.u32('import type index'));
        else if (kind === 0x01) {
          c.valType();
          c.limits();
        } else if (kind === 0x02) c.limits();
        else if (kind === 0x03) {
          c.valType();
          c.byte();
        } else if (kind === 0x04) {
          c.byte();
          c.u32('tag type');
        } else return out;
      }
    } else if (s.id === 3) {
      const n = c.u32('function count');
      for (let i = 0; i < n; i++) functionTypes.push(c.u32('function type index'));
    } else if (s.id === 7) {
      return exportsOnly(bytes, out, types, functionTypes, c);
    }
  }
  return out;
}

function exportsOnly(bytes: Uint8Array, out: Map<string, Signature>, types: (Signature | undefined)[], functionTypes: number[], at?: Cursor): Map<string, Signature> {
  if (!at) return out;
  const decoder = new TextDecoder();
  const n = at.u32('export count');
  for (let i = 0; i < n; i++) {
    const length = at.u32('export name length');
    const start = at.pos;
    at.skipBytes(length);
    const name = decoder.decode(bytes.subarray(start, at.pos));
    const kind = at.byte();
    const index = at.u32('export index');
    const type = kind === 0x00 ? types[functionTypes[index] ?? -1] : undefined;
    if (type) out.set(name, type);
  }
  return out;
}

function valTypes(c: Cursor): string[] {
  const n = c.u32('value type count');
  const list: string[] = [];
  for (let i = 0; i < n; i++) {
    const b = c.bytes[c.pos] as number;
    c.valType();
    list.push(VALTYPES[b] ?? 'ref');
  }
  return list;
}

export function describeSignature(s: Signature): string {
  return `(${s.params.join(', ')}) -> ${s.results.length === 0 ? 'nothing' : s.results.join(', ')}`;
}

/** Why an export cannot be a benchmark, or undefined when its shape fits `bench_*(n: i32) -> i32 | i64`. */
export function benchSignatureProblem(name: string, s: Signature | undefined): string | undefined {
  if (!s) return undefined;
  const fits = s.params.length === 1 && s.params[0] === 'i32' && s.results.length === 1 && (s.results[0] === 'i32' || s.results[0] === 'i64');
  if (fits) return undefined;
  return `${name} has the signature ${describeSignature(s)}; a benchmark must be (i32) -> i32 or (i32) -> i64: n units of work in, a checksum out (so the work cannot be optimized away)`;
}
