// Lints the structured Semboro fixture many times in one process and prints the median time per
// report (parse + validate + normalize + all rules), after a warm-up.
//   npm run bench            (after npm install / npm run build)
//   node dist/bench/lint-structured.js [iterations]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lintModel } from '../src/engine/run.js';
import { packageRoot } from '../src/engine/package-root.js';
import { loadStructured } from '../src/model/load-structured.js';

const file = join(packageRoot, 'fixtures/semboro-2021.yaml');
const text = readFileSync(file, 'utf8');
const iterations = Number(process.argv[2] ?? 200);

async function once(): Promise<number> {
  const t0 = performance.now();
  const model = loadStructured(text, file, 'yaml');
  await lintModel(model);
  return performance.now() - t0;
}

for (let i = 0; i < 20; i++) await once();
const times: number[] = [];
for (let i = 0; i < iterations; i++) times.push(await once());
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
const findings = (await lintModel(loadStructured(text, file, 'yaml'))).length;
console.log(`structured lint of fixtures/semboro-2021.yaml (${findings} findings), ${iterations} runs after 20 warm-up runs, Node ${process.version}`);
console.log(`median ${q(0.5).toFixed(2)} ms per report · p10 ${q(0.1).toFixed(2)} ms · p90 ${q(0.9).toFixed(2)} ms`);
