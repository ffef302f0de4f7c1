// Lints a batch of files, in worker threads when there are several (--jobs) or a time limit per
// file. A file that cannot be read is a failed result and the batch goes on; results come back in
// input order whatever the number of jobs.
import { availableParallelism } from 'node:os';
import type { TolerancePolicy } from '../domain/quantity.js';
import type { Scale } from '../domain/scale.js';
import type { PolarityWordLists } from '../domain/polarity-words.js';
import type { Lang, Severity } from '../engine/types.js';
import type { ReadOptions } from '../ingest/index.js';
import type { RoleMap } from '../ingest/berkas.js';
import { unknownMutool } from '../ingest/pdf/mutool-exe.js';
import type { FileResult } from '../report/results.js';
import { t } from './messages.js';
import { lintInWorkers } from './pool.js';
import { say } from './say.js';

export interface LintFilesOptions extends ReadOptions {
  lang: Lang;
  ruleSeverity?: Record<string, Severity | 'off'>;
  debug?: boolean;
  explainExtraction?: boolean;
  /** Worker threads; 1 lints in this thread unless `workers` or `fileTimeoutMs` is set. Default: the CPU count. */
  jobs?: number;
  /** Lint in worker threads even with one job (the CLI does: this thread stays free for Ctrl-C). */
  workers?: boolean;
  /** Settings the worker threads must share with this one. */
  defaultScale?: Scale;
  tolerance?: TolerancePolicy;
  polarityWords?: PolarityWordLists;
  /** Reuse results of unchanged files (.lkjip-lint-cache/). */
  cache?: boolean;
  /**
   * Hard time limit per file (reading and linting), in ms: a file still running is stopped by
   * terminating its worker thread, and reported as failed. Needs worker threads, as `workers`.
   * `--timeout S` sets it to 2 × S (see main.ts).
   */
  fileTimeoutMs?: number;
  /**
   * What of each model comes back with its result: all of it (the HTML report shows the tables
   * read), its `meta` (Markdown and JUnit name the report), or none (the default).
   */
  keepModel?: 'all' | 'meta';
  /** Read only (extract): the result carries the whole model and no findings. */
  extractOnly?: boolean;
  /** Each entry is a folder read as one berkas (src/ingest/berkas.ts), not a file. */
  berkas?: boolean;
  /** The configuration's map of berkas files to roles. */
  roles?: RoleMap;
  /** --previous: last year's LKjIP, compared with each report. */
  previous?: string;
  /** Called after each file, for a progress display. */
  onProgress?: (done: number, total: number, file: string) => void;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export async function lintFiles(files: string[], options: LintFilesOptions): Promise<FileResult[]> {
  if (!files.length) return [];
  noteUnknownMutool(files, options);
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), files.length));
  if (jobs === 1 && !options.workers && options.fileTimeoutMs === undefined) {
    // Loaded here only: with worker threads, the readers and the engine load in the workers alone.
    const { lintOne } = await import('./lint-one.js');
    const results: FileResult[] = [];
    for (const file of files) {
      results.push(await lintOne(file, options));
      options.onProgress?.(results.length, files.length, file);
    }
    return results;
  }
  return lintInWorkers(files, options, jobs);
}

/**
 * One line for the run when PDFs would be read by a mutool of a version the reader does not know
 * (each worker then reads them with pdf.js: mutool-exe.ts).
 */
function noteUnknownMutool(files: string[], options: LintFilesOptions): void {
  const reader = options.pdfReader ?? process.env.LKJIP_PDF_READER;
  if (reader === 'pdfjs' || !files.some((f) => /\.pdf$/i.test(f))) return;
  const unknown = unknownMutool();
  if (unknown) say(t('mutoolUnknown', options.lang, unknown.version, unknown.exe));
}
