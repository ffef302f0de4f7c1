// The server's lint pool: a fixed number of worker threads, one upload each at a time, and a bounded
// number of requests admitted beyond them (uploading or waiting). A request that finds the pool
// full is refused at once (503) instead of queueing without end; a lint over its time limit is
// stopped by terminating its worker, which a fresh one replaces.
import { Worker } from 'node:worker_threads';
import type { Lang, Localized } from '../engine/types.js';
import type { PdfReaderChoice } from '../ingest/pdf/index.js';
import type { Summary } from '../report/results.js';

/** Read limits every worker applies (the CLI's ReadOptions). */
export interface PoolSettings {
  maxFileSize: number;
  maxPages?: number;
  timeoutMs: number;
  pdfReader?: PdfReaderChoice;
}

export interface LintJob {
  /** The upload in the server's private temporary folder. */
  path: string;
  /** The name the client gave (or a default): the only name outputs show. */
  name: string;
  lang: Lang;
  preset: 'recommended' | 'strict';
  explain: boolean;
  formats: string[];
  /** `path` is a folder of one OPD's files, linted as one berkas (--berkas). */
  berkas?: boolean;
  /** Last year's LKjIP (--previous), in the private temporary folder too. */
  previous?: string;
  /** Other temporary paths and the names outputs show for them (a berkas's files, last year's report). */
  renames?: [string, string][];
}

export type JobReply =
  | { ok: true; summary: Summary; outputs: { format: string; data: string | Uint8Array }[] }
  | { ok: false; error: Localized; internal: boolean };

export class LintTimeout extends Error {}

interface Slot {
  worker: Worker;
  busy: boolean;
}

interface Waiting {
  job: LintJob;
  resolve: (r: JobReply) => void;
  reject: (e: Error) => void;
}

/** Old-generation heap per worker, as the CLI's pool: a runaway file fails alone. */
const WORKER_HEAP_MB = 2048;

export class LintPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Waiting[] = [];
  private admitted = 0;
  private closed = false;
  /** Recent lint durations (ms), for Retry-After. */
  private averageMs = 2000;

  constructor(
    readonly size: number,
    readonly queue: number,
    private readonly jobTimeoutMs: number,
    private readonly settings: PoolSettings,
  ) {
    for (let i = 0; i < size; i++) this.slots.push({ worker: this.spawn(), busy: false });
  }

  get capacity(): number {
    return this.size + this.queue;
  }

  stats(): { workers: number; busy: number; waiting: number; admitted: number; capacity: number } {
    return { workers: this.size, busy: this.slots.filter((s) => s.busy).length, waiting: this.waiting.length, admitted: this.admitted, capacity: this.capacity };
  }

  /** Seconds a refused client should wait: about one lint per waiting request per worker. */
  retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(((this.waiting.length / this.size + 1) * this.averageMs) / 1000));
  }

  /** Reserves a place for a request (before its upload is read); false when the pool is full. */
  admit(): boolean {
    if (this.closed || this.admitted >= this.capacity) return false;
    this.admitted++;
    return true;
  }

  /** Gives an admitted request's place back, whatever became of it. */
  release(): void {
    this.admitted = Math.max(0, this.admitted - 1);
  }

  run(job: LintJob): Promise<JobReply> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      this.next();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.waiting.splice(0)) w.reject(new Error('server stopping'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: this.settings, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    // The listening socket keeps the process alive; a worker must not keep a stopped server alive.
    worker.unref();
    return worker;
  }

  private next(): void {
    const slot = this.slots.find((s) => !s.busy);
    if (!slot || !this.waiting.length || this.closed) return;
    const { job, resolve, reject } = this.waiting.shift()!;
    slot.busy = true;
    const worker = slot.worker;
    const started = Date.now();
    let settled = false;
    const finish = (fn: () => void, replace: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (replace) {
        void worker.terminate();
        if (!this.closed) slot.worker = this.spawn();
      }
      slot.busy = false;
      fn();
      this.next();
    };
    let timer: NodeJS.Timeout | undefined;
    const onMessage = (reply: JobReply | 'started') => {
      // The clock starts when the worker takes the job, not while a fresh one is still loading.
      if (reply === 'started') timer = setTimeout(() => finish(() => reject(new LintTimeout()), true), this.jobTimeoutMs);
      else
        finish(() => {
          this.averageMs = 0.8 * this.averageMs + 0.2 * (Date.now() - started);
          resolve(reply);
        }, false);
    };
    const onError = (err: Error) => finish(() => reject(err), true);
    const onExit = (code: number) => finish(() => reject(new Error(`worker exited with code ${code}`)), true);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(job);
  }
}
