// Expands the command line's files and folders into the report files to lint, in a stable order.
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { EXTENSIONS } from '../ingest/detect.js';
import { InputError } from '../model/errors.js';

export async function expandInputs(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      out.push(input); // reported as "not found" per file, so the rest of a batch goes on
      continue;
    }
    if (!info.isDirectory()) {
      out.push(input);
      continue;
    }
    const found = await walk(input);
    if (!found.length) throw new InputError({ id: 'folder tidak berisi laporan yang dikenali (.pdf .md .txt .json .yaml)', en: 'folder holds no recognised reports (.pdf .md .txt .json .yaml)' }, input);
    out.push(...found);
  }
  return [...new Set(out)];
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  const out: string[] = [];
  for (const e of entries) {
    // lkjip-lint's own files (config, suppressions, baseline) are JSON but not reports.
    if (e.name.startsWith('.') || e.name === 'node_modules' || e.name.startsWith('lkjip-lint.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (EXTENSIONS[extname(e.name).toLowerCase()]) out.push(p);
  }
  return out;
}
