// A directory of earlier runs' work (config `cache`, CLI --cache-dir): per raw artifact and
// optimizer, the optimized module and its measurements, and its counts with the benchmark
// settings they were made with. Keyed by the artifact's digest and the settings' digests, so an
// entry only ever stands in for the same bytes under the same settings; read as untrusted
// (cache-entry.ts). Entries are written atomically (the module first, then the record naming its
// digest), and the oldest are removed when the directory grows past its bound.
import { readdir, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { InputReadError, readInputFile } from '../fs/read-input.js';
import type { Logger } from '../log.js';
import { sha256 } from '../digest.js';
import type { Fingerprint, GateProblem, KnownCounts, VariantMeasurement } from '../types.js';
import { CACHE_FORMAT, cacheEntryFor, readCacheEntry, type CacheEntry } from './cache-entry.js';

/** What a run has of one variant when it is done. */
export interface RunVariant {
  measurement?: VariantMeasurement;
  problems: GateProblem[];
  /** the optimized bytes, when this run has them */
  shipped?: Uint8Array;
  /** the measurement came from this cache */
  fromCache?: boolean;
  functionKeys?: string[] | undefined;
  /** what the bench stage did with it, when it ran it */
  bench?: { startMemoryBytes: Record<string, number> } | undefined;
  knownCounts?: KnownCounts | undefined;
}

/** Records larger than this are not read (a module with 100,000 named functions stays far below). */
const MAX_RECORD_BYTES = 64 * 1024 * 1024;

export class GateCache {
  constructor(
    readonly dir: string,
    private readonly maxBytes: number,
    private readonly log: Logger,
  ) {}

  private files(fingerprint: Fingerprint): { record: string; module: string } {
    const key = sha256(`wasm-gate cache ${CACHE_FORMAT}\n${fingerprint.artifact}\n${fingerprint.sizes}`);
    return { record: path.join(this.dir, `${key}.json`), module: path.join(this.dir, `${key}.wasm`) };
  }

  /** The entry for this artifact and optimizer with its optimized bytes; or why there is none. */
  async read(fingerprint: Fingerprint, rawLength: number): Promise<{ entry: CacheEntry; optimized: Uint8Array } | { why: string }> {
    const { record, module } = this.files(fingerprint);
    try {
      // Regular files only: a cache directory restored from a pull request's run may hold anything.
      const [text, bytes] = await Promise.all([readInputFile(record, 'cache record', MAX_RECORD_BYTES), readInputFile(module, 'cached module')]);
      const optimized = new Uint8Array(bytes);
      const entry = readCacheEntry(text.toString('utf8'), { artifact: fingerprint.artifact, sizes: fingerprint.sizes, rawLength }, optimized);
      if ('why' in entry) return { why: `its cache entry ${record} cannot be used: ${entry.why}` };
      // Recently used entries are the last to be removed.
      const now = new Date();
      await utimes(record, now, now).catch(() => {});
      return { entry, optimized };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { why: 'not in the cache' };
      return { why: error instanceof InputReadError ? `its ${error.message}` : `its cache entry cannot be read (${code ?? (error as Error).message})` };
    }
  }

  /** Writes an entry; a cache that cannot be written is a warning, never a failure of the gate. */
  async write(fingerprint: Fingerprint, entry: CacheEntry, optimized: Uint8Array | undefined): Promise<void> {
    const { record, module } = this.files(fingerprint);
    try {
      if (optimized) await writeFileAtomic(module, optimized, 'cached module');
      await writeFileAtomic(record, `${JSON.stringify(entry)}\n`, 'cache record');
    } catch (error) {
      this.log.warn(`cache: ${(error as Error).message} (the gate's results are not affected)`);
    }
  }

  /**
   * Keeps what a run measured of each variant without a problem (and with its optimized bytes),
   * then prunes. An entry read from the cache is written again only when its counts were made now.
   */
  async saveRun(variants: RunVariant[]): Promise<void> {
    for (const v of variants) {
      const m = v.measurement;
      if (!m?.fingerprint || !v.shipped || v.problems.length > 0) continue;
      if (v.fromCache && (v.knownCounts || !v.bench)) continue;
      const entry = cacheEntryFor(m.fingerprint, m, v.functionKeys, v.bench?.startMemoryBytes ?? v.knownCounts?.startMemoryBytes);
      if (entry) await this.write(m.fingerprint, entry, v.fromCache ? undefined : v.shipped);
    }
    await this.prune();
  }

  /** Removes the least recently used entries until the directory is within its bound. */
  async prune(): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return;
    }
    const entries = new Map<string, { bytes: number; used: number; files: string[] }>();
    let total = 0;
    for (const name of names) {
      const m = /^([0-9a-f]{64})\.(json|wasm)$/.exec(name);
      if (!m) continue;
      const file = path.join(this.dir, name);
      const info = await stat(file).catch(() => undefined);
      if (!info) continue;
      const entry = entries.get(m[1] as string) ?? { bytes: 0, used: 0, files: [] };
      entry.bytes += info.size;
      entry.files.push(file);
      if (m[2] === 'json') entry.used = info.mtimeMs;
      entries.set(m[1] as string, entry);
      total += info.size;
    }
    const oldest = [...entries.values()].sort((a, b) => a.used - b.used);
    let removed = 0;
    for (const entry of oldest) {
      if (total <= this.maxBytes) break;
      for (const file of entry.files) await rm(file, { force: true }).catch(() => {});
      total -= entry.bytes;
      removed++;
    }
    if (removed > 0) this.log.info(`cache: removed the ${removed} least recently used entries to stay within ${Math.round(this.maxBytes / 2 ** 20)} MiB (${this.dir})`);
  }
}
