// A batch of PDFs linted with --jobs 1 and with --jobs 2, through the CLI as a user runs it:
// wall time of each, the speed-up, and a check that both outputs are byte-identical.
//   node dist/bench/batch-jobs.js [count=100]
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { packageRoot } from '../src/engine/package-root.js';

const count = Number(process.argv[2] ?? 100);
const dir = mkdtempSync(join(tmpdir(), 'lkjip-batch-'));
// Outputs outside the batch folder, or the second run would lint the first one's report.
const outDir = mkdtempSync(join(tmpdir(), 'lkjip-batch-out-'));
const source = join(packageRoot, 'fixtures/semboro-2021.pdf');
for (let i = 0; i < count; i++) copyFileSync(source, join(dir, `opd-${String(i).padStart(3, '0')}.pdf`));
const cli = join(packageRoot, 'dist/src/cli/main.js');

function run(jobs: number): { seconds: number; output: string } {
  const out = join(outDir, `out-${jobs}.json`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, dir, '--jobs', String(jobs), '--format', 'json', '-o', out], { encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 1 && r.status !== 0) throw new Error(`lkjip-lint exited ${r.status}: ${r.stderr}`);
  return { seconds, output: readFileSync(out, 'utf8') };
}

const one = run(1);
const two = run(2);
console.log(`batch of ${count} copies of fixtures/semboro-2021.pdf, CLI wall time, Node ${process.version}, PDF reader: ${process.env.LKJIP_PDF_READER ?? 'auto'}`);
console.log(`--jobs 1: ${one.seconds.toFixed(1)} s (${(one.seconds / count).toFixed(2)} s per PDF)`);
console.log(`--jobs 2: ${two.seconds.toFixed(1)} s (${(two.seconds / count).toFixed(2)} s per PDF)`);
console.log(`speed-up ${(one.seconds / two.seconds).toFixed(2)}×; outputs ${one.output === two.output ? 'identical' : 'DIFFERENT'}`);
rmSync(dir, { recursive: true, force: true });
rmSync(outDir, { recursive: true, force: true });
if (one.output !== two.output) process.exitCode = 1;
