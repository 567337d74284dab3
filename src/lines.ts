// Pure: the tail of a long output (a failed build's or tool's), which is where the error is.
export function lastLines(text: string, count: number): string {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}

/** Terminal lines the gate writes stay within this many columns. */
export const CONSOLE_WIDTH = 120;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[\d+m/g;

/**
 * A line past `width` (a long message, a list of names, a function's name) wrapped at spaces, its
 * continuation indented; a word longer than a line is cut into pieces, so nothing is lost. A line
 * coloured as a whole keeps its colour on every piece.
 */
export function fitWidth(line: string, width = CONSOLE_WIDTH): string[] {
  const plain = line.replace(ANSI, '');
  if ([...plain].length <= width) return [line];
  const code = /^(\u001b\[\d+m)/.exec(line)?.[1];
  const closed = line.endsWith('\u001b[0m');
  const indent = `${/^\s*/.exec(plain)?.[0] ?? ''}  `;
  const pieces: string[] = [];
  let current = '';
  const room = (): number => width - [...current].length;
  for (const word of plain.trim().split(/ +/)) {
    let rest = [...word];
    const gap = current.trim() === '' ? 0 : 1;
    if (rest.length + gap > room() && current.trim() !== '') {
      pieces.push(current);
      current = indent;
    }
    if (current === '') current = /^\s*/.exec(plain)?.[0] ?? '';
    else if (current.trim() !== '') current += ' ';
    while (rest.length > room()) {
      const take = Math.max(1, room());
      current += rest.slice(0, take).join('');
      rest = rest.slice(take);
      pieces.push(current);
      current = indent;
    }
    current += rest.join('');
  }
  if (current.trim() !== '') pieces.push(current);
  if (!code) return pieces;
  return pieces.map((p, i) => `${code}${p}${i < pieces.length - 1 || closed ? '\u001b[0m' : ''}`);
}
