// The README is the short way in and docs/ holds the rest: the README stays short with the
// pull-request workflow in sight, every relative link (and #anchor) in README.md and docs/*.md
// resolves, the messages that send users to a doc name one that exists, and the examples the
// docs show are configs the gate accepts and workflows with the action's real inputs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBaseline } from '../src/config/load-baseline.js';
import { parseConfig } from '../src/config/load-config.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');
const README = 'README.md';
const DOCS = readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`);
const MARKDOWN = [README, ...DOCS];

/** The lines outside fenced code blocks, with their 1-based line numbers. */
function proseLines(text: string): { line: string; at: number }[] {
  const out: { line: string; at: number }[] = [];
  let fence: string | undefined;
  text.split('\n').forEach((line, i) => {
    const marker = /^\s*(```|~~~)/.exec(line)?.[1];
    if (marker && (fence === undefined || fence === marker)) fence = fence === undefined ? marker : undefined;
    else if (fence === undefined) out.push({ line, at: i + 1 });
  });
  return out;
}

/** Fenced blocks of one language, with the line each starts on. */
function codeBlocks(text: string, lang: string): { code: string; at: number; end: number }[] {
  const blocks: { code: string; at: number; end: number }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(\w*)/.exec(lines[i] as string);
    if (!open) continue;
    const start = i;
    while (++i < lines.length && !/^\s*```\s*$/.test(lines[i] as string));
    if (open[2] === lang) blocks.push({ code: lines.slice(start + 1, i).map((l) => l.slice((open[1] as string).length)).join('\n'), at: start + 1, end: i + 1 });
  }
  return blocks;
}

/** GitHub's heading anchors: lowercase, punctuation but '-' and '_' dropped, spaces to '-', repeats numbered. */
function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const { line } of proseLines(text)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const plain = heading.replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const slug = plain.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    out.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return out;
}

/** Relative links and images of a Markdown file: [text](target) outside code, and inline HTML src/href. */
function relativeLinks(text: string): { target: string; at: number }[] {
  const out: { target: string; at: number }[] = [];
  for (const { line, at } of proseLines(text)) {
    const prose = line.replace(/`[^`]*`/g, '');
    for (const m of prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)|(?:src|href)="([^"]+)"/g)) {
      const target = (m[1] ?? m[2]) as string;
      if (!/^[a-z][a-z0-9+.-]*:/i.test(target)) out.push({ target, at });
    }
  }
  return out;
}

describe('the README', () => {
  const readme = read(README);
  const lines = readme.split('\n');

  it('is at most 300 lines', () => {
    expect(lines.length, `README.md has ${lines.length} lines: move the detail into docs/ and link it`).toBeLessThanOrEqual(300);
  });

  it('shows the pull-request workflow, the action step included, within its first 80 lines', () => {
    const workflow = codeBlocks(readme, 'yaml').find((b) => /^\s*on:\s*\n\s*pull_request:/m.test(b.code));
    expect(workflow, 'a ```yaml block with `on: pull_request:`').toBeDefined();
    const uses = lines.findIndex((l) => /^\s*-?\s*uses:\s*wasm-gate\/wasm-gate@/.test(l)) + 1;
    expect(uses).toBeGreaterThan(0);
    expect(uses).toBeLessThanOrEqual(80);
    expect(workflow!.end).toBeLessThanOrEqual(80);
  });

  it('keeps the commands a fresh clone runs, verbatim, and they are npm scripts', () => {
    const shell = codeBlocks(readme, 'sh').map((b) => b.code).join('\n');
    for (const command of ['node dist/cli.js check', 'npm ci && npm test', 'npm run test:slow']) expect(shell).toContain(command);
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(Object.keys(scripts)).toEqual(expect.arrayContaining(['test', 'test:slow']));
    expect(existsSync(path.join(ROOT, 'dist/cli.js'))).toBe(true);
  });

  it('shows the same pull-request workflow as docs/ACTION.md, "1. The pull request gate"', () => {
    const isGate = (code: string): boolean => code.startsWith('# .github/workflows/wasm-gate.yml') && code.includes('pull-requests: write');
    const readmeGate = codeBlocks(readme, 'yaml').find((b) => isGate(b.code));
    const actionGate = codeBlocks(read('docs/ACTION.md'), 'yaml').find((b) => isGate(b.code));
    expect(readmeGate?.code).toBeDefined();
    expect(readmeGate?.code).toBe(actionGate?.code);
  });

  it('links every doc in docs/ (a reader finds each from it)', () => {
    const linked = new Set(relativeLinks(readme).map((l) => l.target.split('#')[0]));
    for (const doc of DOCS) expect(linked, `README.md links ${doc}`).toContain(doc);
  });
});

describe('links in README.md and docs/*.md', () => {
  it.each(MARKDOWN)('%s: every relative link points to a file that exists and, with #anchor, a heading in it', (file) => {
    const broken: string[] = [];
    for (const { target, at } of relativeLinks(read(file))) {
      const [filePart, anchor] = target.split('#') as [string, string | undefined];
      const resolved = filePart === '' ? path.join(ROOT, file) : path.resolve(path.dirname(path.join(ROOT, file)), decodeURI(filePart));
      if (!existsSync(resolved)) broken.push(`${file}:${at}: ${target} (no such file)`);
      else if (anchor !== undefined && resolved.endsWith('.md') && !anchors(readFileSync(resolved, 'utf8')).has(anchor)) {
        broken.push(`${file}:${at}: ${target} (no heading with that anchor in ${path.relative(ROOT, resolved)})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('anchors follow GitHub: punctuation dropped, spaces to dashes, repeats numbered', () => {
    const text = '# Configuration: `wasm-gate.config.json`\n## 3. The fork-safe pair: `pull_request` gates, `workflow_run` posts\n```yaml\n# not a heading\n```\n## Notes\n## Notes\n';
    expect([...anchors(text)]).toEqual(['configuration-wasm-gateconfigjson', '3-the-fork-safe-pair-pull_request-gates-workflow_run-posts', 'notes', 'notes-1']);
  });
});

describe('messages that send users to a doc', () => {
  const sources = (dir: string): string[] =>
    readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|mjs|json)$/.test(f)).map((f) => path.join(dir, f));
  const files = [...sources('src'), ...sources('schemas'), ...sources('scripts')];

  // `README "Toolchains"`, `see the README, "Toolchains"`, `docs/TOOLCHAINS.md, "Imports the gate provides"`
  const REFERENCE = /(?<![\w/])(README(?:\.md)?|docs\/[A-Z][A-Z-]*\.md)(?:[:,]?\s*\\?"([^"\\]+)\\?")?/g;

  it('name docs that exist, and a quoted section that is a heading of that doc', () => {
    const refs = files.flatMap((f) => [...read(f).matchAll(REFERENCE)].map((m) => ({ f, doc: m[1] === 'README' ? README : (m[1] as string), section: m[2] })));
    expect(refs.filter((r) => r.section !== undefined).length).toBeGreaterThan(5);
    const wrong: string[] = [];
    for (const { f, doc, section } of refs) {
      if (!existsSync(path.join(ROOT, doc))) wrong.push(`${f} names ${doc}, which does not exist`);
      else if (section !== undefined) {
        const headings = proseLines(read(doc)).map(({ line }) => /^#{1,6}\s+(.*)$/.exec(line)?.[1]).filter((h): h is string => h !== undefined);
        if (!headings.some((h) => h.replace(/`/g, '').includes(section))) wrong.push(`${f}: "${section}" is no heading of ${doc}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('examples in the docs', () => {
  const jsonBlocks = MARKDOWN.flatMap((file) => codeBlocks(read(file), 'json').map((b) => ({ ...b, file })));
  const VARIANT = { name: 'app', artifact: 'app.wasm' };

  const whole = jsonBlocks.filter((b) => b.code.trim().startsWith('{')).map((b) => ({ ...b, json: JSON.parse(b.code) as Record<string, unknown> }));

  it('every full config shown is one the gate accepts', () => {
    const configs = whole.filter((b) => Array.isArray(b.json.variants));
    expect(configs.length).toBeGreaterThan(0);
    for (const b of configs) expect(() => parseConfig(b.json, path.join(ROOT, 'x.json')), `${b.file}:${b.at}`).not.toThrow();
  });

  it('every whole baseline shown is one the gate reads', () => {
    const baselines = whole.filter((b) => 'schemaVersion' in b.json);
    expect(baselines.length).toBeGreaterThan(0);
    for (const b of baselines) expect(() => checkBaseline(b.json, `${b.file}:${b.at}`)).not.toThrow();
  });

  it('every top-level config key shown on its own ("budget": …, "optimize": …) is one the gate accepts', () => {
    const keys = jsonBlocks.filter((b) => /^"(budget|optimize|thresholds|bench|cache)"\s*:/.test(b.code.trim()));
    expect(keys.length).toBeGreaterThan(1);
    for (const b of keys) {
      const fragment = JSON.parse(`{${b.code}}`) as Record<string, { variants?: Record<string, unknown> }>;
      const named = Object.values(fragment).flatMap((v) => Object.keys(v?.variants ?? {}));
      const variants = [VARIANT, ...named.map((name) => ({ ...VARIANT, name }))];
      expect(() => parseConfig({ variants, ...fragment }, path.join(ROOT, 'x.json')), `${b.file}:${b.at}`).not.toThrow();
    }
  });

  it('every variant recipe shown is a variant the gate accepts', () => {
    const variants = jsonBlocks.filter((b) => /^\{\s*"name"/.test(b.code.trim()));
    expect(variants.length).toBeGreaterThanOrEqual(5);
    for (const b of variants) expect(() => parseConfig({ variants: [JSON.parse(b.code)] }, path.join(ROOT, 'x.json')), `${b.file}:${b.at}`).not.toThrow();
  });

  it('workflows give the action only inputs that action.yml declares, and read only outputs it declares', () => {
    const action = read('action.yml');
    const section = (name: string): string[] => [...(new RegExp(`^${name}:\\n((?:  .*\\n|\\n)*)`, 'm').exec(action)?.[1] ?? '').matchAll(/^ {2}([a-z-]+):/gm)].map((m) => m[1] as string);
    const inputs = section('inputs');
    const outputs = section('outputs');
    expect(inputs).toContain('config');
    expect(outputs).toContain('regressed');
    let steps = 0;
    for (const file of MARKDOWN) {
      for (const b of codeBlocks(read(file), 'yaml')) {
        const lines = b.code.split('\n');
        lines.forEach((line, i) => {
          const uses = /^(\s*)-?\s*uses:\s*wasm-gate\/wasm-gate@/.exec(line);
          if (!uses) return;
          steps++;
          const indent = (uses[1] as string).length + 2;
          const withAt = lines.findIndex((l, j) => j > i && l.startsWith(`${' '.repeat(indent)}with:`));
          const nextStep = lines.findIndex((l, j) => j > i && new RegExp(`^\\s{0,${indent - 2}}-`).test(l));
          if (withAt < 0 || (nextStep >= 0 && withAt > nextStep)) return;
          for (let j = withAt + 1; j < lines.length && (lines[j] as string).startsWith(' '.repeat(indent + 2)); j++) {
            const key = /^\s*([a-z-]+):/.exec(lines[j] as string)?.[1];
            if (key) expect(inputs, `${file}:${b.at + j + 1}: input ${key}`).toContain(key);
          }
        });
        for (const m of b.code.matchAll(/steps\.gate\.outputs\.([a-z-]+)/g)) expect(outputs, `${file}:${b.at}: output ${m[1]}`).toContain(m[1]);
      }
    }
    expect(steps).toBeGreaterThanOrEqual(6);
  });
});
