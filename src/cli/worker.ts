// Worker thread for a batch: lints the files it is sent with the settings of the main thread.
import { basename } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { setTolerancePolicy } from '../engine/quantity.js';
import { setDefaultScale } from '../engine/scale.js';
import type { LintFilesOptions } from './lint-files.js';
import { lintOne } from './lint-one.js';
import type { WorkerReply, WorkerRequest } from './pool.js';

const options = workerData as LintFilesOptions;
setDefaultScale(options.defaultScale);
setTolerancePolicy(options.tolerance);

const reply = (m: WorkerReply) => parentPort!.postMessage(m);

parentPort!.on('message', async ({ index, file }: WorkerRequest) => {
  reply({ index, started: true });
  testOnlyHang(file);
  reply({ index, result: await lintOne(file, options) });
});

/**
 * TEST ONLY (test/batch.test.ts, test/cli-signals.test.ts): with LKJIP_TEST_HANG=<file name>, the
 * worker spins for ever on that file, standing in for a runaway synchronous loop in a reader or a
 * rule; with LKJIP_TEST_HANG_MODE=memory as well, it allocates without end instead. It says so on
 * stderr first, so that a test knows when the hang has begun. Not documented for users; without
 * the variable this is one comparison per file.
 */
function testOnlyHang(file: string): void {
  if (!process.env.LKJIP_TEST_HANG || basename(file) !== process.env.LKJIP_TEST_HANG) return;
  process.stderr.write(`lkjip-lint: LKJIP_TEST_HANG: ${file}\n`);
  const hog: number[][] = [];
  for (;;) if (process.env.LKJIP_TEST_HANG_MODE === 'memory') hog.push(new Array(1 << 20).fill(hog.length));
}
