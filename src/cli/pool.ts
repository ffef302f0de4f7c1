// Worker threads for a batch, one file at a time each. A file over its time limit is stopped by
// terminating its worker (that also ends a runaway synchronous loop); a worker that dies takes only
// its own file down. Either way the file is a failed result and a fresh worker takes the next one.
import { Worker } from 'node:worker_threads';
import type { FileResult } from '../report/results.js';
import { removeCacheTemps } from './cache.js';
import { onInterrupt } from './interrupt.js';
import type { LintFilesOptions } from './lint-files.js';
import { t, type CliMessageId } from './messages.js';

/** To a worker: one file at a time (its settings come as workerData). */
export type WorkerRequest = { index: number; file: string };
/** From a worker: it has begun the file (the clock starts now), or the file's result. */
export type WorkerReply = { index: number; started: true } | { index: number; result: FileResult };

interface Slot {
  worker?: Worker;
  /** The file it is linting. */
  index?: number;
  timer?: NodeJS.Timeout;
}

/** Old-generation heap per worker: the 84-page corpus PDF peaks near 100 MB of it. */
const WORKER_HEAP_MB = 2048;

const both = (id: CliMessageId, ...args: (string | number)[]) => ({ id: t(id, 'id', ...args), en: t(id, 'en', ...args) });
const seconds = (ms: number) => String(Math.round(ms / 100) / 10);

export function lintInWorkers(files: string[], options: LintFilesOptions, jobs: number): Promise<FileResult[]> {
  const { onProgress, fileTimeoutMs, workers: _w, ...shared } = options;
  const results: FileResult[] = new Array(files.length);
  const live = new Set<Worker>();
  let next = 0;
  let done = 0;
  let stopped = false;
  return new Promise((resolve) => {
    // On a signal the batch is abandoned (never resolves): the process exits once this is done.
    const unregister = onInterrupt(async () => {
      stopped = true;
      await Promise.all([...live].map((w) => w.terminate()));
      if (options.cache) removeCacheTemps();
    });

    const feed = (slot: Slot) => {
      if (next >= files.length) {
        void slot.worker?.terminate();
        slot.worker = undefined;
        return;
      }
      slot.index = next++;
      slot.worker ??= spawn(slot);
      slot.worker.postMessage({ index: slot.index, file: files[slot.index] } satisfies WorkerRequest);
    };

    const settle = (slot: Slot, result: FileResult) => {
      clearTimeout(slot.timer);
      const index = slot.index!;
      slot.index = undefined;
      results[index] = result;
      done++;
      onProgress?.(done, files.length, files[index]);
      feed(slot);
      if (done === files.length) {
        unregister();
        resolve(results);
      }
    };

    /** The file got no result from its worker: stop that worker and report the file as failed. */
    const fail = (slot: Slot, error: FileResult['error']) => {
      void slot.worker?.terminate();
      slot.worker = undefined;
      settle(slot, { file: files[slot.index!], findings: [], error });
    };

    const spawn = (slot: Slot): Worker => {
      // A heap limit per worker: a file that makes the linter eat memory fails alone (the worker
      // ends with ERR_WORKER_OUT_OF_MEMORY) instead of taking the machine or the batch down.
      const w = new Worker(new URL('./worker.js', import.meta.url), { workerData: shared, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      live.add(w);
      const mine = () => !stopped && w === slot.worker && slot.index !== undefined;
      w.on('message', (m: WorkerReply) => {
        if (!mine() || m.index !== slot.index) return;
        if ('result' in m) settle(slot, m.result);
        else if (fileTimeoutMs !== undefined) {
          const s = seconds(fileTimeoutMs);
          slot.timer = setTimeout(() => fail(slot, { id: t('fileTimeout', 'id', s.replace('.', ',')), en: t('fileTimeout', 'en', s) }), fileTimeoutMs);
        }
      });
      w.on('error', (err) => {
        if (options.debug) process.stderr.write(`${err?.stack ?? String(err)}\n`);
        if (mine()) fail(slot, both('workerDied', (err?.message ?? String(err)).split('\n')[0]));
      });
      w.on('exit', (code) => {
        live.delete(w);
        if (mine()) fail(slot, both('workerExited', code));
      });
      return w;
    };

    for (let i = 0; i < jobs; i++) feed({});
  });
}
