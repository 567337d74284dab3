// dist/ is committed (the action and `node dist/cli.js` run from it): it must match src/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo } from './helpers/cli.js';

describe('dist/', () => {
  it('is what `npm run bundle` makes from the current sources', () => {
    const fresh = mkdtempSync(path.join(os.tmpdir(), 'wg-dist-'));
    execFileSync(process.execPath, [path.join(repo, 'scripts', 'bundle.mjs'), fresh], { cwd: repo });
    const files = readdirSync(fresh).sort();
    expect(readdirSync(path.join(repo, 'dist')).sort()).toEqual(files);
    const stale = files.filter((f) => !readFileSync(path.join(fresh, f)).equals(readFileSync(path.join(repo, 'dist', f))));
    expect(stale, `dist/ is stale (${stale.join(', ')}): run \`npm run bundle\` and commit dist/`).toEqual([]);
  });

  it('keeps binaryen in its own file, loaded by the bundles', () => {
    expect(readFileSync(path.join(repo, 'dist', 'binaryen.js')).length).toBeGreaterThan(10_000_000);
    for (const bundle of ['cli.js', 'index.js']) {
      const text = readFileSync(path.join(repo, 'dist', bundle), 'utf8');
      expect(text).toContain('import("./binaryen.js")');
      expect(text.length).toBeLessThan(5_000_000);
    }
  });
});
