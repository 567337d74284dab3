import { encodeU32 } from '../../src/wasm/leb128.js';
// Tiny WebAssembly modules made byte by byte: a header and one custom section of incompressible
// filler, so a test picks the sizes (raw, gzip, brotli grow with `filler`).

export function paddedModule(filler: number, seed = 1): Uint8Array {
  const name = [...new TextEncoder().encode('pad')];
  let x = seed >>> 0 || 1;
  const payload: number[] = [];
  for (let i = 0; i < filler; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    payload.push(x & 0xff);
  }
  const body = [...encodeU32(name.length), ...name, ...payload];
  return new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x00, ...encodeU32(body.length), ...body]);
}
