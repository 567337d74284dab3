// Real third-party WebAssembly from npm, installed at test time into a temp dir (never committed).
// Fails when the registry cannot be reached (see need.ts for the opt-out).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { missingRequirement, type SkipContext } from './need.js';

/** Installs `spec` (e.g. `@resvg/resvg-wasm@2.6.2`) once per machine and returns `file` inside it. */
export function npmWasm(spec: string, file: string, ctx: SkipContext): string {
  const dir = path.join(os.tmpdir(), 'wasm-gate-npm', spec.replace(/[^A-Za-z0-9.@-]/g, '_'));
  const name = spec.slice(0, spec.lastIndexOf('@'));
  const target = path.join(dir, 'node_modules', name, file);
  if (existsSync(target)) return target;
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', dir, spec], { stdio: 'pipe', timeout: 180_000 });
  } catch (error) {
    missingRequirement(ctx, `cannot install ${spec} from npm: ${(error as Error).message.split('\n')[0]}`, 'let npm reach its registry (npm config get registry)', false);
  }
  return target;
}
