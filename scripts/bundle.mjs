// Bundle src/ into dist/ (committed: the action and `node dist/cli.js` run without npm install).
// binaryen stays its own file, dist/binaryen.js, copied only when its content changes, so app
// changes never re-commit its 15 MB; so does the demangler's wasm, dist/demangle.wasm.
//   node scripts/bundle.mjs [OUTDIR]   (default dist)
import { build } from 'esbuild';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.resolve(root, process.argv[2] ?? 'dist');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
const binaryenPkg = require('binaryen/package.json');

export const ENTRIES = {
  cli: 'src/cli.ts',
  index: 'src/action.ts',
  'bench-worker': 'src/bench/worker.ts',
};

const binaryenAsSeparateFile = {
  name: 'binaryen-separate-file',
  setup(b) {
    b.onResolve({ filter: /^binaryen$/ }, () => ({ path: './binaryen.js', external: true }));
  },
};

await mkdir(outdir, { recursive: true });
const entries = Object.entries(ENTRIES).filter(([, file]) => {
  try {
    require.resolve(path.join(root, file));
    return true;
  } catch {
    return false;
  }
});
await build({
  absWorkingDir: root,
  entryPoints: Object.fromEntries(entries.map(([name, file]) => [name, file])),
  outdir,
  bundle: true,
  platform: 'node',
  // ESM builds first: jsonc-parser's UMD build requires its own files at run time, which a bundle cannot.
  mainFields: ['module', 'main'],
  format: 'esm',
  target: 'node20',
  charset: 'utf8',
  legalComments: 'eof',
  logLevel: 'warning',
  plugins: [binaryenAsSeparateFile],
  define: {
    __WASM_GATE_VERSION__: JSON.stringify(pkg.version),
    __BINARYEN_VERSION__: JSON.stringify(binaryenPkg.version),
  },
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __wasmGateCreateRequire } from 'node:module';\nconst require = __wasmGateCreateRequire(import.meta.url);",
  },
});

// The demangler's wasm (gecko-profiler-demangle, MIT OR Apache-2.0): read at run time beside the
// bundle (src/measure/demangle.ts), with its licence.
await copyIfChanged(require.resolve('gecko-profiler-demangle/index_bg.wasm'), path.join(outdir, 'demangle.wasm'));
await copyIfChanged(require.resolve('gecko-profiler-demangle/LICENSE-MIT'), path.join(outdir, 'demangle.LICENSE-MIT'));

async function copyIfChanged(source, target) {
  const same = await Promise.all([readFile(source), readFile(target).catch(() => null)]).then(([a, b]) => b !== null && a.equals(b));
  if (!same) await copyFile(source, target);
}

const binaryenSource = require.resolve('binaryen');
const binaryenTarget = path.join(outdir, 'binaryen.js');
const same = await Promise.all([readFile(binaryenSource), readFile(binaryenTarget).catch(() => null)]).then(([a, b]) => b !== null && a.equals(b));
if (!same) await copyFile(binaryenSource, binaryenTarget);
