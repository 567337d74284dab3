// Pure: the starter config `wasm-gate init` writes for what discover() found: one variant per
// cargo feature of each cdylib crate (plus the crate with no feature, the reference), else one
// per .wasm file on disk. Paths relative to the config's directory, as a committed file needs.
import path from 'node:path';
import type { Discovery } from './discover.js';

export interface StarterVariant {
  name: string;
  cwd?: string;
  build?: string;
  artifact: string;
}

export interface StarterConfig {
  $schema: string;
  reference?: string;
  variants: StarterVariant[];
}

/** How the crates and files were found, for the message `init` prints. */
export interface StarterSummary {
  config: StarterConfig;
  sources: string[];
}

const CARGO_BUILD = 'cargo build --release --target wasm32-unknown-unknown';

export function starterConfig(found: Discovery, configDir: string, schema: string): StarterSummary {
  const variants: StarterVariant[] = [];
  const sources: string[] = [];
  const names = new Set<string>();
  const unique = (raw: string): string => {
    const base = raw.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'variant';
    let name = base;
    for (let n = 2; names.has(name); n++) name = `${base}-${n}`;
    names.add(name);
    return name;
  };
  const rel = (to: string): string => path.relative(configDir, to).split(path.sep).join('/') || '.';

  for (const crate of found.crates) {
    const artifact = path.relative(crate.dir, path.join(crate.targetDir, 'wasm32-unknown-unknown', 'release', `${crate.lib}.wasm`)).split(path.sep).join('/');
    const cwd = rel(crate.dir);
    const variant = (name: string, build: string): StarterVariant => ({ name: unique(name), ...(cwd === '.' ? {} : { cwd }), build, artifact });
    variants.push(variant(crate.package, CARGO_BUILD));
    // One crate: its features name the variants; several: prefixed with the crate's name.
    for (const feature of crate.features) variants.push(variant(found.crates.length === 1 ? feature : `${crate.package}-${feature}`, `${CARGO_BUILD} --features ${feature}`));
    sources.push(`${rel(path.join(crate.dir, 'Cargo.toml'))} (${crate.features.length === 0 ? 'no features' : `features: ${crate.features.join(', ')}`})`);
  }
  const targets = found.crates.map((c) => c.targetDir);
  const files = found.wasmFiles.filter((f) => !targets.some((t) => f.startsWith(`${t}${path.sep}`)));
  for (const file of found.wasmFiles.length > 0 && found.crates.length === 0 ? files : []) {
    variants.push({ name: unique(path.basename(file, '.wasm')), artifact: rel(file) });
  }
  if (found.crates.length === 0 && files.length > 0) sources.push(`${files.length} .wasm file${files.length === 1 ? '' : 's'} (gated as they are: add a "build" command to rebuild them)`);
  const config: StarterConfig = { $schema: schema, ...(variants.length > 1 ? { reference: (variants[0] as StarterVariant).name } : {}), variants };
  return { config, sources };
}
