// What a project already has that wasm-gate can gate: Rust crates built as a `cdylib` (one
// variant for the crate and one per cargo feature, the usual way allocators are switched) and
// `.wasm` files on disk (already built, gated as they are). Reads only; bounded in depth and count.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface CargoCrate {
  /** absolute directory of Cargo.toml */
  dir: string;
  /** the library's file name stem (`[lib] name`, or the package name with `-` as `_`) */
  lib: string;
  package: string;
  features: string[];
  /** the directory cargo writes to: the workspace root's `target` for a workspace member */
  targetDir: string;
}

export interface Discovery {
  crates: CargoCrate[];
  /** absolute paths of .wasm files outside build output directories */
  wasmFiles: string[];
}

const SKIP = new Set(['node_modules', '.git', 'target', '.cargo', '.venv', 'venv', '__pycache__', '.cache']);
const MAX_DEPTH = 6;
const MAX_ENTRIES = 20_000;
const MAX_WASM = 50;

export async function discover(root: string): Promise<Discovery> {
  const manifests: string[] = [];
  const wasmFiles: string[] = [];
  let seen = 0;
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH || seen > MAX_ENTRIES) return;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (++seen > MAX_ENTRIES) return;
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP.has(entry.name)) await walk(file, depth + 1);
      } else if (entry.isFile() && entry.name === 'Cargo.toml') manifests.push(file);
      else if (entry.isFile() && entry.name.endsWith('.wasm') && wasmFiles.length < MAX_WASM) wasmFiles.push(file);
    }
  };
  await walk(path.resolve(root), 0);
  const crates: CargoCrate[] = [];
  for (const manifest of manifests) {
    const crate = await readCrate(manifest, path.resolve(root));
    if (crate) crates.push(crate);
  }
  return { crates, wasmFiles };
}

async function readCrate(manifest: string, root: string): Promise<CargoCrate | undefined> {
  const toml = parseTomlTables(await readFile(manifest, 'utf8'));
  const pkg = toml.get('package');
  const lib = toml.get('lib');
  const name = pkg?.get('name');
  if (!name || !/\bcdylib\b/.test(lib?.get('crate-type') ?? '')) return undefined;
  const dir = path.dirname(manifest);
  return {
    dir,
    package: name,
    lib: lib?.get('name') ?? name.replace(/-/g, '_'),
    features: [...(toml.get('features')?.keys() ?? [])].filter((f) => f !== 'default'),
    targetDir: path.join(await workspaceRoot(dir, root), 'target'),
  };
}

/** The nearest directory at or above `dir` (within `root`) whose Cargo.toml has [workspace]. */
async function workspaceRoot(dir: string, root: string): Promise<string> {
  for (let at = path.dirname(dir); at.startsWith(root) && at !== path.dirname(at); at = path.dirname(at)) {
    const text = await readFile(path.join(at, 'Cargo.toml'), 'utf8').catch(() => '');
    if (parseTomlTables(text).has('workspace')) return at;
    if (at === root) break;
  }
  return dir;
}

/**
 * Enough TOML for a Cargo manifest's top-level tables: `[table]` headers and `key = value` lines,
 * values as written (strings unquoted). Arrays spanning lines are joined.
 */
export function parseTomlTables(text: string): Map<string, Map<string, string>> {
  const tables = new Map<string, Map<string, string>>();
  let current = new Map<string, string>();
  tables.set('', current);
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = stripComment(lines[i] ?? '').trim();
    if (!line) continue;
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) {
      const name = (header[1] as string).trim();
      current = tables.get(name) ?? new Map();
      tables.set(name, current);
      continue;
    }
    const pair = /^("[^"]+"|[A-Za-z0-9_.-]+)\s*=\s*(.*)$/.exec(line);
    if (!pair) continue;
    let value = pair[2] as string;
    while (value.startsWith('[') && !balanced(value) && i + 1 < lines.length) value += ` ${stripComment(lines[++i] ?? '').trim()}`;
    current.set((pair[1] as string).replace(/^"|"$/g, ''), value.replace(/^"(.*)"$/, '$1'));
  }
  return tables;
}

function stripComment(line: string): string {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === '#' && !quoted) return line.slice(0, i);
  }
  return line;
}

function balanced(value: string): boolean {
  return (value.match(/\[/g) ?? []).length <= (value.match(/\]/g) ?? []).length;
}
