// An independent instruction count for cross-checking the gate's: a copy of the module made at the
// text level (wabt's wasm2wat output has one instruction per line), with a counter bumped before
// every instruction but the structural markers block, loop, else and end (and exception handling's
// try, catch, catch_all, delegate and try_table, whose catch clauses wabt prints on lines of their
// own in parentheses; throw, rethrow and throw_ref count 1). No basic blocks, no binary rewriting:
// nothing shared with src/wasm/instrument.ts.
import wabtInit from 'wabt';

const wabt = await wabtInit();
const FEATURES = {
  multi_value: true,
  bulk_memory: true,
  sat_float_to_int: true,
  sign_extension: true,
  reference_types: true,
  simd: true,
  mutable_globals: true,
  exceptions: true,
  tail_call: true,
};
export const COUNT_EXPORT = '__count_each_instruction';
const STRUCTURAL = new Set(['block', 'loop', 'else', 'end', 'try', 'catch', 'catch_all', 'delegate', 'try_table']);
const BUMP = ['global.get $__count', 'i64.const 1', 'i64.add', 'global.set $__count'];

/** Parenthesis balance of a line of wasm2wat output, comments removed. */
function balance(line: string): number {
  const code = line.replace(/\(;.*?;\)/g, '').replace(/;;.*$/, '');
  return (code.match(/\(/g)?.length ?? 0) - (code.match(/\)/g)?.length ?? 0);
}

export function countEachInstruction(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  // A copy: wabt reads the whole underlying buffer, not the view (a Buffer may sit in a larger one).
  const parsed = wabt.readWasm(new Uint8Array(bytes), { readDebugNames: false, ...FEATURES });
  let text: string;
  try {
    text = parsed.toText({ foldExprs: false, inlineExport: false });
  } finally {
    parsed.destroy();
  }
  const out: string[] = [];
  let depth = 0; // inside a function body: parentheses still open since its header
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (depth === 0) {
      if (trimmed.startsWith('(func')) depth = balance(line);
      out.push(line);
      continue;
    }
    const opcode = trimmed.split(/\s+/)[0] ?? '';
    if (trimmed !== '' && !opcode.startsWith('(') && !STRUCTURAL.has(opcode.replace(/\)+$/, ''))) out.push(...BUMP);
    out.push(line);
    depth += balance(line);
  }
  // The module's own closing parenthesis is the last one of the text.
  const counted = out.join('\n');
  const end = counted.lastIndexOf(')');
  const source = `${counted.slice(0, end)}\n  (global $__count (mut i64) (i64.const 0))\n  (export "${COUNT_EXPORT}" (global $__count)))\n`;
  const module = wabt.parseWat('counted.wat', source, FEATURES);
  try {
    module.resolveNames();
    module.validate();
    return new Uint8Array(module.toBinary({}).buffer);
  } finally {
    module.destroy();
  }
}
