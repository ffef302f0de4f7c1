// --cache: skip files whose content, rules, configuration and lkjip-lint version are unchanged.
// One JSON file per result under .lkjip-lint-cache/, named by the hash of all of those.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../engine/package-root.js';
import type { FileResult } from '../report/results.js';

export const CACHE_DIR = '.lkjip-lint-cache';

let toolKey: string | undefined;

/** lkjip-lint's version and its rule catalog: a change to either invalidates every entry. */
function toolVersion(): string {
  if (toolKey) return toolKey;
  const h = createHash('sha256');
  h.update(readFileSync(join(packageRoot, 'package.json')));
  const rulesDir = join(packageRoot, 'rules');
  for (const f of readdirSync(rulesDir).sort()) h.update(f).update(readFileSync(join(rulesDir, f)));
  toolKey = h.digest('hex');
  return toolKey;
}

export function cacheKey(bytes: Uint8Array, file: string, settings: unknown): string {
  return createHash('sha256').update(toolVersion()).update(JSON.stringify(settings)).update(file).update(bytes).digest('hex');
}

export function readCache(key: string): FileResult | undefined {
  try {
    return JSON.parse(readFileSync(join(CACHE_DIR, `${key}.json`), 'utf8')) as FileResult;
  } catch {
    return undefined;
  }
}

export function writeCache(key: string, result: FileResult): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = join(CACHE_DIR, `${key}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    writeFileSync(tmp, JSON.stringify(result));
    renameSync(tmp, join(CACHE_DIR, `${key}.json`));
  } catch {
    // A cache that cannot be written only costs time.
  }
}

/** Removes this process's unfinished cache writes (a worker thread stopped between write and rename). */
export function removeCacheTemps(): void {
  let names: string[];
  try {
    names = readdirSync(CACHE_DIR);
  } catch {
    return;
  }
  for (const name of names) if (name.endsWith('.tmp') && name.includes(`.${process.pid}.`)) rmSync(join(CACHE_DIR, name), { force: true });
}
