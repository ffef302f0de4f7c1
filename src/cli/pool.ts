// Child processes for a batch, one file at a time each. A process per worker (not a thread) so
// that whatever kills it — a runaway loop stopped at the time limit, memory exhausted, a V8 fatal
// error, a crash in a native part — costs only the file it was on: the file is a failed result,
// a fresh process takes the next one, and the temporary folder of the dead one (mutool's copy of a
// PDF, unfinished cache entries) is removed. Start-up of a process is paid once per worker, not per
// file (docs/performance.md gives the cost).
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import type { FileResult } from '../report/results.js';
import { mutoolLookedUp, type MutoolLookup } from '../ingest/pdf/mutool-exe.js';
import { removeCacheTemps } from './cache.js';
import { onInterrupt } from './interrupt.js';
import type { LintFilesOptions } from './lint-files.js';
import { both, t } from './messages.js';
import { runTempRoot } from './temp-root.js';

/** To a worker: its settings (and what this process found of mutool) first, then one file at a time. */
export type WorkerRequest = { init: WorkerSettings; mutool?: MutoolLookup } | { index: number; file: string };
/** From a worker: it has begun the file (the clock starts now), or the file's result. */
export type WorkerReply = { index: number; started: true } | { index: number; result: FileResult };

/** What a worker needs of the options: plain data only. */
export type WorkerSettings = Omit<LintFilesOptions, 'onProgress' | 'fileTimeoutMs' | 'workers' | 'jobs'>;

interface Slot {
  child?: ChildProcess;
  /** Its private temporary folder (TMPDIR), removed when it ends. */
  tmp?: string;
  /** The file it is linting. */
  index?: number;
  timer?: NodeJS.Timeout;
  /** The end of its stderr, for the reason it died. */
  stderrTail: string;
}

/** Old-generation heap per worker: the 84-page corpus PDF peaks near 100 MB of it. */
export const WORKER_HEAP_MB = 2048;

/**
 * SIGKILL to a worker's process group: the worker and any mutool it was running (which would
 * otherwise go on reading a file nobody waits for). Also after the worker has died by itself.
 */
function killGroup(child: ChildProcess | undefined): void {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // the group is gone already
  }
}

const seconds = (ms: number) => String(Math.round(ms / 100) / 10);

interface Started {
  child: ChildProcess;
  tmp: string;
}

function forkWorker(): Started {
  const tmp = mkdtempSync(join(runTempRoot(), 'worker-'));
  // A heap limit per worker: a file that makes the linter eat memory fails alone.
  const child = fork(new URL('./worker.js', import.meta.url), [], {
    execArgv: [...process.execArgv, `--max-old-space-size=${WORKER_HEAP_MB}`],
    env: { ...process.env, TMPDIR: tmp },
    serialization: 'advanced',
    // Its own process group, with the mutool it runs: stopping the worker stops them too.
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  return { child, tmp };
}

/** A worker started before its batch was known; the first batch takes it. */
let spare: Started | undefined;

/**
 * Starts one worker now, so that its start-up (Node, the reader and engine modules) overlaps this
 * process's own (the configuration, the rules, finding the files): a single file is linted about
 * that much sooner. Unused, it ends with this process, and does not keep it alive.
 */
export function prestartWorker(): void {
  if (spare) return;
  const started = forkWorker();
  started.child.unref();
  started.child.channel?.unref();
  (started.child.stderr as Socket | null)?.unref();
  spare = started;
  process.once('exit', () => {
    if (spare === started) killGroup(started.child);
  });
}

/** The spare worker, if it is still alive, made to keep this process alive again like any other. */
function takeSpare(): Started | undefined {
  const s = spare;
  spare = undefined;
  if (!s) return undefined;
  if (s.child.exitCode !== null || s.child.signalCode !== null || !s.child.connected) {
    killGroup(s.child);
    rmSync(s.tmp, { recursive: true, force: true });
    return undefined;
  }
  s.child.ref();
  s.child.channel?.ref();
  (s.child.stderr as Socket | null)?.ref();
  return s;
}

export function lintInWorkers(files: string[], options: LintFilesOptions, jobs: number): Promise<FileResult[]> {
  const { onProgress, fileTimeoutMs, workers: _w, jobs: _j, ...settings } = options;
  const results: FileResult[] = new Array(files.length);
  const slots: Slot[] = [];
  let next = 0;
  let done = 0;
  let stopped = false;
  return new Promise((resolve) => {
    // On a signal the batch is abandoned (never resolves): the process exits once this is done.
    const unregister = onInterrupt(async () => {
      stopped = true;
      await Promise.all(slots.map(end));
    });

    /** Stops the slot's worker (if any) and removes its temporary folder once it has exited. */
    const end = (slot: Slot): Promise<void> => {
      const { child, tmp } = slot;
      slot.child = undefined;
      slot.tmp = undefined;
      const clean = () => {
        killGroup(child);
        if (tmp) rmSync(tmp, { recursive: true, force: true });
        if (options.cache && child?.pid) removeCacheTemps(child.pid);
      };
      if (!child || child.exitCode !== null || child.signalCode !== null) {
        clean();
        return Promise.resolve();
      }
      return new Promise((done) => {
        child.once('exit', () => {
          clean();
          done();
        });
        killGroup(child);
      });
    };

    const feed = (slot: Slot) => {
      if (next >= files.length) {
        void end(slot);
        return;
      }
      slot.index = next++;
      if (!slot.child) spawn(slot);
      slot.child!.send({ index: slot.index, file: files[slot.index] } satisfies WorkerRequest);
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
      void end(slot);
      settle(slot, { file: files[slot.index!], findings: [], error });
    };

    const spawn = (slot: Slot) => {
      const { child, tmp } = takeSpare() ?? forkWorker();
      slot.child = child;
      slot.tmp = tmp;
      slot.stderrTail = '';
      const mine = () => !stopped && child === slot.child && slot.index !== undefined;
      // What it writes passes through, up to the report of a dying V8 (a fatal error, its native
      // stack, the last GCs before running out of memory): that only with --debug.
      let partial = '';
      let dying = false;
      child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
        slot.stderrTail = (slot.stderrTail + chunk).slice(-4096);
        if (options.debug) {
          process.stderr.write(chunk);
          return;
        }
        const lines = (partial + chunk).split('\n');
        partial = lines.pop()!;
        for (const line of lines) {
          if (/^(#|<--- Last few GCs|FATAL ERROR:|----- Native stack)/.test(line)) dying = true;
          if (!dying && line !== '') process.stderr.write(`${line}\n`);
        }
      });
      child.on('message', (m: WorkerReply) => {
        if (!mine() || m.index !== slot.index) return;
        if ('result' in m) settle(slot, m.result);
        else if (fileTimeoutMs !== undefined) {
          const s = seconds(fileTimeoutMs);
          slot.timer = setTimeout(() => fail(slot, { id: t('fileTimeout', 'id', s.replace('.', ',')), en: t('fileTimeout', 'en', s) }), fileTimeoutMs);
        }
      });
      child.on('error', (err) => {
        if (options.debug) process.stderr.write(`${err?.stack ?? String(err)}\n`);
        if (mine()) fail(slot, both('workerDied', (err?.message ?? String(err)).split('\n')[0]));
      });
      child.on('exit', (code, signal) => {
        if (!mine()) return;
        const oom = /heap out of memory|Reached heap limit/i.test(slot.stderrTail);
        if (oom) fail(slot, { id: t('workerDied', 'id', t('outOfMemory', 'id', WORKER_HEAP_MB)), en: t('workerDied', 'en', t('outOfMemory', 'en', WORKER_HEAP_MB)) });
        else fail(slot, both('workerExited', signal ?? String(code)));
      });
      child.send({ init: settings, mutool: mutoolLookedUp() } satisfies WorkerRequest);
    };

    for (let i = 0; i < jobs; i++) {
      const slot: Slot = { stderrTail: '' };
      slots.push(slot);
      feed(slot);
    }
  });
}
