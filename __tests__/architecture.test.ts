// src/ reads top to bottom as the pipeline: a module imports only from its own layer or the
// layers before it, so that no stage depends on a later one. This order is the one place it is
// written down (docs/DEVELOPMENT.md describes it).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../src');

/** Lowest first. A folder of src/ by name, or a top-level file by name with `.ts`. */
const LAYERS: string[][] = [
  // shared types and small helpers every stage uses
  ['types.ts', 'function-types.ts', 'log.ts', 'lines.ts', 'own.ts', 'processes.ts', 'version.ts', 'digest.ts', 'units.ts', 'glob.ts'],
  ['fs', 'wasm', 'results'],
  // the stages, in the order a run goes through them
  ['config'],
  ['variant-build'],
  ['optimize'],
  ['measure'],
  ['bench'],
  ['compare'],
  // earlier runs' numbers, keyed by what decides them (the tools compare matches): the cache directory, then reuse
  ['cache'],
  ['reuse'],
  ['baseline'],
  ['report'],
  ['shard'],
  ['publish'],
  // the gate run (the stages in order), the other commands, the action's modes, and the two entries
  ['pipeline.ts', 'validate.ts'],
  ['merge'],
  ['init'],
  ['action'],
  ['cli-args.ts', 'cli.ts', 'action.ts'],
];

function layerOf(file: string): number {
  const unit = path.relative(SRC, file).split(path.sep)[0] as string;
  const index = LAYERS.findIndex((layer) => layer.includes(unit));
  if (index < 0) throw new Error(`src/${unit} has no place in the layer order of __tests__/architecture.test.ts: add it there`);
  return index;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The relative specifiers of `import … from`, `export … from` and `import('…')` in a source text. */
function relativeImports(text: string): string[] {
  const found = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)'(\.{1,2}\/[^']+)'/gm)].map((m) => m[1] as string);
  return found.filter((specifier) => !specifier.includes('/schemas/'));
}

/** Each import of `files` that points up the order, as "importer -> imported (why)". */
function upwardImports(files: { file: string; text: string }[]): string[] {
  const upward: string[] = [];
  for (const { file, text } of files) {
    for (const specifier of relativeImports(text)) {
      const target = path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts');
      const from = layerOf(file);
      const to = layerOf(target);
      if (to > from) upward.push(`${path.relative(SRC, file)} -> ${path.relative(SRC, target)} (layer ${from} imports layer ${to})`);
    }
  }
  return upward;
}

describe('the import order of src/', () => {
  it('has no import that points up the pipeline', () => {
    const files = sourceFiles(SRC).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
    expect(files.length).toBeGreaterThan(100);
    for (const { file } of files) layerOf(file); // every module has a place
    expect(upwardImports(files)).toEqual([]);
  });

  it('finds an import from a later stage, and a module that has no place in the order', () => {
    const measure = path.join(SRC, 'measure/sizes.ts');
    expect(upwardImports([{ file: measure, text: "import { x } from '../bench/known-counts.js';\nimport type { Y } from '../types.js';" }])).toEqual([
      'measure/sizes.ts -> bench/known-counts.ts (layer 5 imports layer 6)',
    ]);
    expect(upwardImports([{ file: measure, text: "export { x } from '../publish/comment.js';" }])).toHaveLength(1);
    expect(upwardImports([{ file: measure, text: "const m = await import('../report/format.js');" }])).toHaveLength(1);
    expect(() => upwardImports([{ file: path.join(SRC, 'newstage/x.ts'), text: '' }])).not.toThrow();
    expect(() => upwardImports([{ file: path.join(SRC, 'newstage/x.ts'), text: "import { y } from '../types.js';" }])).toThrow(/src\/newstage has no place/);
  });
});

/** Each top-level function of a module, with its length in lines (from `function` to its closing `}`). */
function functionLengths(text: string): Record<string, number> {
  const lengths: Record<string, number> = {};
  let open: { name: string; line: number } | undefined;
  text.split('\n').forEach((line, index) => {
    const start = /^(?:export )?(?:async )?function (\w+)/.exec(line);
    if (start) open = { name: start[1] as string, line: index };
    else if (open && line === '}') {
      lengths[open.name] = index - open.line + 1;
      open = undefined;
    }
  });
  return lengths;
}

describe('the gate run', () => {
  it('reads as a short sequence of stage functions, none over 60 lines', () => {
    const lengths = functionLengths(readFileSync(path.join(SRC, 'pipeline.ts'), 'utf8'));
    expect(Object.keys(lengths)).toContain('runGate');
    expect(Object.entries(lengths).filter(([, lines]) => lines > 60)).toEqual([]);
  });
});

