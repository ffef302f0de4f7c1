// Lints a batch of files, in worker threads when there are several (--jobs). A file that cannot be
// read is a failed result and the batch goes on; results come back in input order whatever the
// number of jobs.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { TolerancePolicy } from '../engine/quantity.js';
import type { Scale } from '../engine/scale.js';
import type { Lang, Severity } from '../engine/types.js';
import type { ReadOptions } from '../ingest/index.js';
import type { FileResult } from '../report/results.js';
import { lintOne } from './lint-one.js';

export interface LintFilesOptions extends ReadOptions {
  lang: Lang;
  ruleSeverity?: Record<string, Severity | 'off'>;
  debug?: boolean;
  explainExtraction?: boolean;
  /** Worker threads; 1 lints in this thread. Default: the CPU count. */
  jobs?: number;
  /** Settings the worker threads must share with this one. */
  defaultScale?: Scale;
  tolerance?: TolerancePolicy;
  /** Reuse results of unchanged files (.lkjip-lint-cache/). */
  cache?: boolean;
  /** Called after each file, for a progress display. */
  onProgress?: (done: number, total: number, file: string) => void;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export async function lintFiles(files: string[], options: LintFilesOptions): Promise<FileResult[]> {
  const jobs = Math.min(options.jobs ?? defaultJobs(), files.length);
  if (jobs <= 1) {
    const results: FileResult[] = [];
    for (const file of files) {
      results.push(await lintOne(file, options));
      options.onProgress?.(results.length, files.length, file);
    }
    return results;
  }
  return lintInWorkers(files, options, jobs);
}

function lintInWorkers(files: string[], options: LintFilesOptions, jobs: number): Promise<FileResult[]> {
  const { onProgress, ...shared } = options;
  const results: FileResult[] = new Array(files.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const finish = (err?: unknown) => {
      for (const w of workers) void w.terminate();
      if (err) reject(err);
      else resolve(results);
    };
    const feed = (w: Worker) => {
      if (next >= files.length) {
        void w.terminate();
        return;
      }
      const index = next++;
      w.postMessage({ index, file: files[index] });
    };
    for (let i = 0; i < jobs; i++) {
      const w = new Worker(new URL('./worker.js', import.meta.url), { workerData: shared });
      workers.push(w);
      w.on('message', (m: { index: number; result: FileResult }) => {
        results[m.index] = m.result;
        done++;
        onProgress?.(done, files.length, files[m.index]);
        if (done === files.length) finish();
        else feed(w);
      });
      w.on('error', finish);
      feed(w);
    }
  });
}
