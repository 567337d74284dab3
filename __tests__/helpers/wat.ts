// Compile WebAssembly text in tests with wabt.js.
import wabtInit from 'wabt';

const wabt = await wabtInit();

export function wat(text: string): Uint8Array {
  const module = wabt.parseWat('test.wat', text, { bulk_memory: true, sign_extension: true, mutable_globals: true, sat_float_to_int: true });
  try {
    return new Uint8Array(module.toBinary({}).buffer);
  } finally {
    module.destroy();
  }
}
