// Expands the command line's files and folders into the report files to lint, in a stable order.
// In a folder, a symbolic link that leads outside the folder given on the command line is not
// followed unless --follow-symlinks (one line per link skipped says so): linting a folder must not
// quote files from elsewhere. Links to folders are followed only with --follow-symlinks, once each.
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { EXTENSIONS } from '../ingest/detect.js';
import { InputError } from '../model/errors.js';
import { t } from './messages.js';

/** A file to lint, or a folder given on the command line with no reports in it (a failed entry). */
export interface Input {
  file: string;
  error?: { id: string; en: string };
}

export interface ExpandOptions {
  followSymlinks?: boolean;
  /** Told of each link not followed, with where it leads. */
  onSkippedLink?: (link: string, target: string) => void;
}

/** A lone folder without reports ends the run with one line; among other inputs it is one failed entry. */
export async function expandInputs(inputs: string[], options: ExpandOptions = {}): Promise<Input[]> {
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
    const root = await realpath(input);
    const found = await walk(input, root, options, new Set([root]));
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

const inside = (path: string, root: string) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

async function walk(dir: string, root: string, options: ExpandOptions, visited: Set<string>): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  const out: string[] = [];
  for (const e of entries) {
    // lkjip-lint's own files (config, suppressions, baseline) are JSON but not reports.
    if (e.name.startsWith('.') || e.name === 'node_modules' || e.name.startsWith('lkjip-lint.')) continue;
    const p = join(dir, e.name);
    if (e.isSymbolicLink()) {
      let target: string;
      let info;
      try {
        target = await realpath(p);
        info = await stat(target);
      } catch {
        continue; // a dangling link: nothing to lint
      }
      if (!inside(target, root) && !options.followSymlinks) {
        if (info.isDirectory() || EXTENSIONS[extname(e.name).toLowerCase()]) options.onSkippedLink?.(p, target);
        continue;
      }
      if (info.isDirectory()) {
        if (options.followSymlinks && !visited.has(target)) {
          visited.add(target);
          out.push(...(await walk(p, root, options, visited)));
        }
      } else if (EXTENSIONS[extname(e.name).toLowerCase()]) out.push(p);
      continue;
    }
    if (e.isDirectory()) out.push(...(await walk(p, root, options, visited)));
    else if (EXTENSIONS[extname(e.name).toLowerCase()]) out.push(p);
  }
  return out;
}

/** The inputs no ignore pattern matches, checked in slices so that Ctrl-C is never kept waiting. */
export async function withoutIgnored(inputs: Input[], ignored: (file: string) => boolean): Promise<Input[]> {
  const out: Input[] = [];
  let slice = performance.now();
  for (const i of inputs) {
    if (!ignored(i.file)) out.push(i);
    if (performance.now() - slice > 50) {
      await new Promise((next) => setImmediate(next));
      slice = performance.now();
    }
  }
  return out;
}

/**
 * --berkas: each folder on the command line is one OPD's berkas when report files stand in it;
 * else each of its subfolders that holds report files is one (a folder of several OPDs). A file,
 * or a folder with neither, is a failed entry.
 */
export async function expandBerkas(inputs: string[]): Promise<Input[]> {
  const { berkasFiles } = await import('../ingest/berkas.js');
  const out: Input[] = [];
  const fail = (file: string, key: 'berkasNotFolder' | 'noBerkasInDir' | 'notFound') => out.push({ file, error: { id: t(key, 'id'), en: t(key, 'en') } });
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      fail(input, 'notFound');
      continue;
    }
    if (!info.isDirectory()) {
      fail(input, 'berkasNotFolder');
      continue;
    }
    if ((await berkasFiles(input)).length) {
      out.push({ file: input });
      continue;
    }
    const subfolders = (await readdir(input, { withFileTypes: true }))
      .filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
      .map((e) => join(input, e.name))
      .sort();
    const found: string[] = [];
    for (const dir of subfolders) if ((await berkasFiles(dir)).length) found.push(dir);
    if (found.length) out.push(...found.map((file) => ({ file })));
    else fail(input, 'noBerkasInDir');
  }
  return out;
}
