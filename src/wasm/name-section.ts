// Reads function names from a module's "name" custom section (subsection 1, the function name
// map). Engines ignore a malformed name section, and so does this reader: it reports why instead
// of throwing, so a broken name section costs the names, never the measurement. Pure module.
import { Cursor } from './cursor.js';
import { readSections } from './sections.js';

export interface FunctionNames {
  /** function index (imports first) → name, as the module spells it (often mangled) */
  names: Map<number, string>;
  /** why there are no (or only some) names: no name section, a malformed one, ... */
  problem?: string;
  /** the module the optimizer read named every function it defined */
  inputFullyNamed?: true;
}

const FUNCTION_NAMES = 1;
const utf8 = new TextDecoder('utf-8');

/** Function names from the first custom section named "name" (the one engines read). */
export function readFunctionNames(bytes: Uint8Array): FunctionNames {
  const section = readSections(bytes).find((s) => s.id === 0 && s.name === 'name');
  if (!section) return { names: new Map(), problem: 'the module has no "name" section' };
  const names = new Map<number, string>();
  try {
    const c = new Cursor(bytes, section.payloadStart, section.end);
    c.skipBytes(c.u32('custom section name length'));
    let last = -1;
    while (c.pos < c.end) {
      const id = c.byte();
      const size = c.u32('name subsection size');
      const start = c.pos;
      c.skipBytes(size);
      if (id < last) return { names, problem: `the "name" section's subsection ${id} is out of order` };
      last = id;
      if (id !== FUNCTION_NAMES) continue;
      const sub = new Cursor(bytes, start, start + size);
      const count = sub.u32('function name count');
      for (let i = 0; i < count; i++) {
        const index = sub.u32('function index');
        const length = sub.u32('function name length');
        const at = sub.pos;
        sub.skipBytes(length);
        if (!names.has(index)) names.set(index, utf8.decode(bytes.subarray(at, at + length)));
      }
    }
  } catch (error) {
    return { names: new Map(), problem: `the "name" section is malformed (${(error as Error).message})` };
  }
  return names.size > 0 ? { names } : { names, problem: 'the "name" section names no function' };
}
