// A growable output buffer with LEB128 writers, for building modules. Pure module.

export class ByteWriter {
  buf: Uint8Array;
  len = 0;
  constructor(capacity: number) {
    this.buf = new Uint8Array(Math.max(64, capacity));
  }

  private grow(extra: number): void {
    let cap = this.buf.length * 2;
    while (cap < this.len + extra) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  byte(b: number): void {
    if (this.len >= this.buf.length) this.grow(1);
    this.buf[this.len++] = b;
  }

  bytes(src: Uint8Array): void {
    if (this.len + src.length > this.buf.length) this.grow(src.length);
    this.buf.set(src, this.len);
    this.len += src.length;
  }

  /** Unsigned LEB128 of a non-negative safe integer. */
  u32(n: number): void {
    let v = n;
    for (;;) {
      const b = v % 128;
      v = Math.floor(v / 128);
      if (v === 0) {
        this.byte(b);
        return;
      }
      this.byte(b | 0x80);
    }
  }

  /** Signed LEB128 of a non-negative safe integer. */
  sPositive(n: number): void {
    let v = n;
    for (;;) {
      const b = v % 128;
      v = Math.floor(v / 128);
      if (v === 0 && (b & 0x40) === 0) {
        this.byte(b);
        return;
      }
      this.byte(b | 0x80);
    }
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

export function uLebLength(n: number): number {
  let len = 1;
  while (n >= 128) {
    n = Math.floor(n / 128);
    len++;
  }
  return len;
}

export function sPositiveLebLength(n: number): number {
  let len = 1;
  while (n >= 64) {
    n = Math.floor(n / 128);
    len++;
  }
  return len;
}

/** Writes a section: id, payload size, then `payload` (a separate small writer). */
export function writeSection(out: ByteWriter, id: number, payload: ByteWriter): void {
  out.byte(id);
  out.u32(payload.len);
  out.bytes(payload.buf.subarray(0, payload.len));
}
