// Pure: a build's output as it streams: each complete line is forwarded (progress for long
// builds, shown with --verbose), and only the last lines are kept, so 150 MB of output costs
// a few kilobytes, not 150 MB.

/** Longest line kept; a minified blob on one line must not fill the memory either. */
const MAX_LINE = 4_000;

export class OutputTail {
  private readonly lines: string[] = [];
  private partial = '';
  private readonly decoder = new TextDecoder('utf-8');

  constructor(
    private readonly keep: number,
    private readonly onLine?: (line: string) => void,
  ) {}

  push(chunk: Uint8Array): void {
    const text = this.partial + this.decoder.decode(chunk, { stream: true });
    const parts = text.split('\n');
    this.partial = (parts.pop() ?? '').slice(-MAX_LINE);
    for (const line of parts) this.add(line.replace(/\r$/, ''));
  }

  /** The last `keep` lines, the unfinished one included. */
  text(): string {
    const last = this.partial ? [...this.lines, this.partial] : this.lines;
    return last.slice(-this.keep).join('\n').trimEnd();
  }

  private add(line: string): void {
    const cut = line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line;
    this.onLine?.(cut);
    this.lines.push(cut);
    if (this.lines.length > this.keep * 2) this.lines.splice(0, this.lines.length - this.keep);
  }
}
