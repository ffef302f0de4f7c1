// One file: read, lint, and turn any failure into a failed result rather than losing the batch.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_BERKAS_FILES } from '../ingest/berkas-limits.js';
import { lintSettings } from '../engine/settings.js';
import { DEFAULT_MAX_FILE_SIZE, readReport } from '../ingest/index.js';
import { usesPdfjs } from '../ingest/pdf/index.js';
import { InputError } from '../model/errors.js';
import type { Model } from '../model/types.js';
import type { FileResult } from '../report/results.js';
import { cacheKey, readCache, writeCache } from './cache.js';
import type { LintFilesOptions } from './lint-files.js';
import { both, t } from './messages.js';
import { checkSize } from './size-limits.js';

export async function lintOne(file: string, options: LintFilesOptions): Promise<FileResult> {
  // The HTML report shows the tables read from each document: a cached result does not keep them.
  if (!options.cache || options.extractOnly || options.keepModel === 'all') return trim(await lintFresh(file, options), options);
  // What the result rests on: the file, or every file of a berkas, and last year's report.
  const bytes = await inputBytes(file, options);
  if (!bytes) return trim(await lintFresh(file, options), options);
  const { onProgress: _p, jobs: _j, cache: _c, debug: _d, fileTimeoutMs: _t, workers: _w, keepModel: _k, extractOnly: _e, ...settings } = options;
  // "auto" reads with mutool or pdf.js depending on the machine: the key names the one that reads.
  const key = cacheKey(bytes, file, { ...settings, pdfReader: usesPdfjs({ reader: options.pdfReader }) ? 'pdfjs' : 'mutool' });
  const hit = readCache(key, file);
  if ('result' in hit) return trim(hit.result, options);
  const result = await lintFresh(file, options);
  if (!result.error?.id.startsWith('galat internal')) writeCache(key, result);
  if (hit.miss === 'bad') result.notes = [{ id: t('cacheEntryBad', 'id', hit.why.id), en: t('cacheEntryBad', 'en', hit.why.en) }];
  return trim(result, options);
}

/**
 * The bytes a result rests on, for its cache key: the file's; for a berkas, each file's name and
 * bytes in the order the folder is read; and last year's report's. Undefined when any of them is
 * too big, not a regular file or unreadable (the reader then refuses it, uncached), or a berkas
 * holds more files than one may.
 */
async function inputBytes(file: string, options: LintFilesOptions): Promise<Uint8Array | undefined> {
  try {
    const files = options.berkas ? await (await import('../ingest/berkas.js')).berkasFiles(file) : [file];
    if (files.length > MAX_BERKAS_FILES) return undefined;
    const all = options.previous ? [...files, options.previous] : files;
    const parts: Uint8Array[] = [];
    for (const f of all) {
      // Too big, or not a regular file (a FIFO would block): refused by the reader without reading it.
      const info = await stat(f);
      if (!info.isFile() || info.size > (options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE)) return undefined;
      const b = await readFile(f);
      if (all.length === 1) return b;
      parts.push(Buffer.from(`${basename(f)}\0${b.length}\0`), b);
    }
    return Buffer.concat(parts);
  } catch {
    return undefined;
  }
}

/** Keeps of the model only what the requested formats print (it travels to the main process). */
function trim(result: FileResult, options: LintFilesOptions): FileResult {
  if (options.keepModel === 'all' || !result.model) return result;
  if (options.keepModel === 'meta') result.model = { meta: result.model.meta } as FileResult['model'];
  else delete result.model;
  return result;
}

/** The model of a file, or of a folder read as a berkas (the LKjIP's model with the other files merged in). */
async function readModel(file: string, options: LintFilesOptions): Promise<Model> {
  const model = options.berkas ? await (await import('../ingest/berkas.js')).readBerkas(file, options) : await readReport(file, options);
  if (options.previous && !model.previous && !options.extractOnly) model.previous = await readPrevious(options.previous, model, options);
  return model;
}

/** --previous: last year's LKjIP, refused (naming it) when it cannot be read or is of another year than the one before. */
async function readPrevious(file: string, model: Model, options: LintFilesOptions): Promise<Model> {
  const { basename } = await import('node:path');
  const named = (text: { id: string; en: string }) => new InputError({ id: `--previous ${basename(file)}: ${text.id}`, en: `--previous ${basename(file)}: ${text.en}` });
  let previous: Model;
  try {
    // Its year is its own: --year states this year's.
    previous = await readReport(file, { ...options, year: undefined });
  } catch (err) {
    throw err instanceof InputError ? named(err.text) : err;
  }
  const [now, then] = [model.meta.tahun, previous.meta.tahun];
  if (now && then && then !== now - 1) throw named({ id: `LKjIP tahun ${then}, bukan tahun sebelum laporan ini (${now - 1})`, en: `an LKjIP of ${then}, not of the year before this report (${now - 1})` });
  return previous;
}

/** The rules engine, loaded while the first file is read (a PDF's reading mostly waits for mutool). */
function loadEngine() {
  return Promise.all([import('../engine/run.js'), import('../engine/not-checked.js')]);
}

async function lintFresh(file: string, options: LintFilesOptions): Promise<FileResult> {
  const engine = options.extractOnly ? undefined : loadEngine();
  engine?.catch(() => undefined); // awaited below, unless reading fails first
  try {
    const model = await readModel(file, options);
    if (!engine) return { file, format: model.format, findings: [], model };
    checkSize(model, file);
    const [{ lintModel }, { notCheckedOf }] = await engine;
    const settings = lintSettings({ tolerance: options.tolerance, defaultScale: options.defaultScale, polarityWords: options.polarityWords });
    const findings = await lintModel(model, { lang: options.lang, ruleSeverity: options.ruleSeverity, settings });
    const result: FileResult = { file, format: model.format, findings, model };
    if (model.berkas) result.documents = model.berkas;
    const notChecked = notCheckedOf(model);
    if (notChecked.length) result.notChecked = notChecked;
    if (options.explainExtraction && model.extraction) result.extraction = (await import('../report/extraction.js')).summarizeExtraction(model);
    return result;
  } catch (err) {
    if (err instanceof InputError) return { file, findings: [], error: err.text };
    // A bug of ours must not take the other files of a batch down with it.
    const detail = (err as Error)?.message?.split('\n')[0] ?? String(err);
    if (options.debug) process.stderr.write(`${(err as Error)?.stack ?? detail}\n`);
    return { file, findings: [], error: both('workerDied', detail) };
  }
}
