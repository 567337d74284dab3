// Pure: the tail of a long output (a failed build's or tool's), which is where the error is.
export function lastLines(text: string, count: number): string {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}
