// A worker process of a batch (pool.ts): takes its settings, then lints the files it is sent, one
// at a time, and sends each result back. It ends with the batch, or when its parent is gone.
import { basename } from 'node:path';
import { spawn } from 'node:child_process';
import type { LintFilesOptions } from './lint-files.js';
import { adoptMutoolLookup } from '../ingest/pdf/mutool-exe.js';
import { lintOne } from './lint-one.js';
import type { WorkerReply, WorkerRequest, WorkerSettings } from './pool.js';

// Ctrl-C reaches the whole process group: the parent decides, and stops the workers itself.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => undefined);
process.on('disconnect', () => process.exit(0));
// 'disconnect' needs this process's event loop, which a runaway file may hold for ever: a shell in
// its process group checks once a second that the CLI is still there and, once it is gone (killed
// with SIGKILL, say, so that it could not stop its workers), ends the group (this worker and its
// mutool or tesseract). A shell rather than a thread: it costs a fork, not a V8 isolate.
const watch = spawn('/bin/sh', ['-c', 'while kill -0 "$1" 2>/dev/null; do sleep 1; done; kill -KILL 0', 'lkjip-lint-watch', String(process.ppid)], { stdio: 'ignore' });
watch.on('error', () => undefined); // no shell: only the watch is lost
watch.unref();
process.on('exit', () => watch.kill('SIGKILL'));
// lintOne turns every failure into a result; anything else is a bug that ends this worker only
// (the file is then reported as failed), without a trace unless --debug.
const quit = (err: unknown) => {
  if (options?.debug) process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(70);
};
process.on('uncaughtException', quit);
process.on('unhandledRejection', quit);

let options: WorkerSettings | undefined;
// Started early (pool.ts prestartWorker), a worker loads what every lint needs — the rules and the
// subject providers — while the CLI is still reading its configuration and finding the files.
setImmediate(() => {
  Promise.all([import('../engine/run.js'), import('../subjects/index.js'), import('../engine/rules.js').then((m) => m.loadRules())]).catch(
    () => undefined, // a failure shows, with its file, when the file is linted
  );
});
const reply = (m: WorkerReply) => process.send!(m);

process.on('message', async (m: WorkerRequest) => {
  if ('init' in m) {
    options = m.init;
    if (m.mutool) adoptMutoolLookup(m.mutool);
    return;
  }
  const { index, file } = m;
  reply({ index, started: true });
  testOnlyFailure(file);
  reply({ index, result: await lintOne(file, options as LintFilesOptions) });
});

/**
 * TEST ONLY (test/batch.test.ts, test/cli-signals.test.ts, test/adversarial.test.ts): with
 * LKJIP_TEST_HANG=<file name>, the worker fails on that file the way LKJIP_TEST_HANG_MODE says:
 * spins for ever (default; a runaway synchronous loop in a reader or a rule), `memory` (allocates
 * without end), or `abort` (ends the process as a V8 fatal error does: V8_Fatal aborts). It says so
 * on stderr first, so that a test knows when it has begun. Not documented for users; without the
 * variable this is one comparison per file.
 */
function testOnlyFailure(file: string): void {
  if (!process.env.LKJIP_TEST_HANG || basename(file) !== process.env.LKJIP_TEST_HANG) return;
  process.stderr.write(`lkjip-lint: LKJIP_TEST_HANG: ${file}\n`);
  if (process.env.LKJIP_TEST_HANG_MODE === 'abort') process.abort();
  const hog: number[][] = [];
  for (;;) if (process.env.LKJIP_TEST_HANG_MODE === 'memory') hog.push(new Array(1 << 20).fill(hog.length));
}
