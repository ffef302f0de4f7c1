// Worker thread for --jobs: lints the files it is sent with the settings of the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { setTolerancePolicy } from '../engine/quantity.js';
import { setDefaultScale } from '../engine/scale.js';
import type { LintFilesOptions } from './lint-files.js';
import { lintOne } from './lint-one.js';

const options = workerData as LintFilesOptions;
setDefaultScale(options.defaultScale);
setTolerancePolicy(options.tolerance);

parentPort!.on('message', async ({ index, file }: { index: number; file: string }) => {
  const result = await lintOne(file, options);
  parentPort!.postMessage({ index, result });
});
