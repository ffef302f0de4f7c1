// Expands the command line's files and folders into the report files to lint, in a stable order.
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { EXTENSIONS } from '../ingest/detect.js';
import { InputError } from '../model/errors.js';
import { t } from './messages.js';

/** A file to lint, or a folder given on the command line with no reports in it (a failed entry). */
export interface Input {
  file: string;
  error?: { id: string; en: string };
}

/** A lone folder without reports ends the run with one line; among other inputs it is one failed entry. */
export async function expandInputs(inputs: string[]): Promise<Input[]> {
  const out: Input[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      out.push({ file: input }); // reported as "not found" per file, so the rest of a batch goes on
      continue;
    }
    if (!info.isDirectory()) {
      out.push({ file: input });
      continue;
    }
    const found = await walk(input);
    if (found.length) out.push(...found.map((file) => ({ file })));
    else {
      const error = { id: t('noReportsInDir', 'id'), en: t('noReportsInDir', 'en') };
      if (inputs.length === 1) throw new InputError(error, input);
      out.push({ file: input, error });
    }
  }
  const seen = new Set<string>();
  return out.filter((i) => !seen.has(i.file) && seen.add(i.file));
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
