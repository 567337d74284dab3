import { describe, expect, it } from 'vitest';
import { codeBlock, codeSpan, escapeMarkdown, mermaidLabel, shellWord, truncate } from '../src/report/escape.js';

describe('escapeMarkdown', () => {
  it('turns HTML into text', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(escapeMarkdown('</details><!-- x -->')).toBe('&lt;/details&gt;&lt;\\!-- x --&gt;');
    expect(escapeMarkdown('&amp; stays visible')).toBe('&amp;amp; stays visible');
  });

  it('keeps a table cell one cell on one line', () => {
    const cell = escapeMarkdown('a|b\n| c |\r\nd');
    expect(cell).not.toMatch(/[\r\n]/);
    expect(cell.replace(/\\\|/g, '')).not.toContain('|');
  });

  it('stops mentions of people and teams, issue references and math', () => {
    expect(escapeMarkdown('@octocat and @org/team')).toBe('@\u200boctocat and @\u200borg/team');
    expect(escapeMarkdown('fixes #12')).toBe('fixes \\#12');
    expect(escapeMarkdown('$x^2$')).toBe('&#36;x^2&#36;');
  });

  it('escapes each character once (an entity is never escaped again)', () => {
    expect(escapeMarkdown('$#')).toBe('&#36;\\#');
    expect(escapeMarkdown('\\*')).toBe('\\\\\\*');
  });

  it('neutralises emphasis, links, images and code', () => {
    expect(escapeMarkdown('_a_ *b* [c](javascript:x) ![d](e) `f` ~~g~~')).toBe(
      '\\_a\\_ \\*b\\* \\[c\\]\\(javascript:x\\) \\!\\[d\\]\\(e\\) \\`f\\` \\~\\~g\\~\\~',
    );
  });

  it('drops invisible controls and bidi overrides (Trojan Source)', () => {
    expect(escapeMarkdown('ab\u202edc\u2066\u0007')).toBe('abdc');
  });

  it('truncates before escaping, so the cut never splits an escape', () => {
    expect(escapeMarkdown('<<<<<<<<<<', 4)).toBe('&lt;&lt;&lt;…');
    expect(truncate('short', 10)).toBe('short');
  });
});

describe('codeBlock', () => {
  it('uses a fence longer than any backtick run in the text', () => {
    const block = codeBlock('a\n```\nb\n````');
    expect(block.startsWith('`````text\n')).toBe(true);
    expect(block.endsWith('\n`````')).toBe(true);
  });

  it('keeps the last lines and says how many were left out', () => {
    const block = codeBlock(Array.from({ length: 50 }, (_, i) => `line ${i}`).join('\n'), 5);
    expect(block).toContain('(45 earlier lines not shown)');
    expect(block).toContain('line 49');
    expect(block).not.toContain('line 44\n');
  });

  it('defuses our comment marker inside build output', () => {
    expect(codeBlock('<!-- wasm-gate:comment key= -->')).not.toContain('<!--');
  });
});

describe('codeSpan, mermaidLabel, shellWord', () => {
  it('codeSpan cannot be closed by the text', () => {
    expect(codeSpan('npx wasm-gate update')).toBe('`npx wasm-gate update`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('a\nb')).toBe('`a b`');
  });

  it('mermaidLabel keeps only characters safe inside a quoted Mermaid string', () => {
    expect(mermaidLabel('a"b<c>;#d', 40)).toBe('a_b_c___d');
    expect(mermaidLabel('x'.repeat(40))).toHaveLength(24);
  });

  it('shellWord quotes only when needed', () => {
    expect(shellWord('configs/wasm-gate.json')).toBe('configs/wasm-gate.json');
    expect(shellWord('my config.json')).toBe("'my config.json'");
    expect(shellWord("it's")).toBe("'it'\\''s'");
    expect(shellWord('$(rm -rf /)')).toBe("'$(rm -rf /)'");
  });
});
