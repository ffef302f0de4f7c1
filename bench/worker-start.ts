// What a worker process costs to start (src/cli/pool.ts: one per job, not per file): fork the
// worker module as the pool does, send its settings and one small report, and time the answer
// "started" (process up, worker module loaded) and the result (readers and rules loaded on first
// use, the file linted); then the same file linted again by the same worker (the cost per file
// once it runs). Wall times, median of N.
//   node dist/bench/worker-start.js [runs=10]
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { WorkerReply } from '../src/cli/pool.js';
import { WORKER_HEAP_MB } from '../src/cli/pool.js';
import { packageRoot } from '../src/engine/package-root.js';

const runs = Number(process.argv[2] ?? 10);
const file = join(packageRoot, 'fixtures/clean-2021.yaml');
const worker = join(packageRoot, 'dist/src/cli/worker.js');

function once(): Promise<{ started: number; first: number; second: number }> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const marks: number[] = [];
    const child = fork(worker, [], { execArgv: [`--max-old-space-size=${WORKER_HEAP_MB}`], stdio: ['ignore', 'ignore', 'inherit', 'ipc'], serialization: 'advanced' });
    child.on('error', fail);
    child.on('message', (m: WorkerReply) => {
      marks.push(performance.now());
      if (!('result' in m)) return;
      if (m.index === 0) child.send({ index: 1, file });
      else {
        child.kill('SIGKILL');
        // marks: started 0, result 0, started 1, result 1
        done({ started: marks[0] - t0, first: marks[1] - t0, second: marks[3] - marks[2] });
      }
    });
    child.send({ init: { lang: 'en' } });
    child.send({ index: 0, file });
  });
}

const all: { started: number; first: number; second: number }[] = [];
for (let i = 0; i < runs; i++) all.push(await once());
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`worker process start-up, ${runs} runs, Node ${process.version}, ${new Date().toISOString()}`);
console.log(`fork to "started" (process up, worker module loaded): median ${median(all.map((x) => x.started)).toFixed(0)} ms`);
console.log(`fork to the first result (readers and rules loaded, fixtures/clean-2021.yaml linted): median ${median(all.map((x) => x.first)).toFixed(0)} ms`);
console.log(`the same file again in the running worker: median ${median(all.map((x) => x.second)).toFixed(0)} ms`);
