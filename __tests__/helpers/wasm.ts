// Tiny WebAssembly modules made byte by byte: a header and one custom section of incompressible
// filler, so a test picks the sizes (raw, gzip, brotli grow with `filler`).

function uleb(value: number): number[] {
  const out: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return out;
}

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
  const body = [...uleb(name.length), ...name, ...payload];
  return new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x00, ...uleb(body.length), ...body]);
}
