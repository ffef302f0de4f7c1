// What each output format costs on the Semboro sample: in process, the CPU time to load the
// formatter's modules (a fresh process per format, so nothing is loaded yet), its first report and
// the median of further ones; then whole CLI runs per format (user + system CPU from
// /usr/bin/time when installed, else elapsed time), medians of `runs`.
//   npm run bench:formats
//   node dist/bench/formats.js [runs]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintFiles } from '../src/cli/lint-files.js';
import { packageRoot } from '../src/engine/package-root.js';
import { loadRules } from '../src/engine/rules.js';
import { loadFormatter } from '../src/report/index.js';

const FIXTURE = join(packageRoot, 'fixtures/semboro-2021.yaml');
const FORMATS = ['json', 'html', 'markdown', 'xlsx', 'docx'];
const runs = Number(process.argv[2] ?? 5);
const ms = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** In this process: load one formatter, time it; prints one JSON line. */
async function inProcess(format: string): Promise<void> {
  const rules = loadRules();
  const [result] = await lintFiles([FIXTURE], { lang: 'id' });
  let t = process.cpuUsage();
  const formatter = await loadFormatter(format);
  const load = ms(process.cpuUsage(t));
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    t = process.cpuUsage();
    await formatter([result], { lang: 'id', color: false, rules });
    times.push(ms(process.cpuUsage(t)));
  }
  console.log(JSON.stringify({ format, findings: result.findings.length, load, first: times[0], further: median(times.slice(1)) }));
}

if (process.argv[3]) await inProcess(process.argv[3]);
else {
  const self = fileURLToPath(import.meta.url);
  const cli = join(packageRoot, 'dist/src/cli/main.js');
  const time = existsSync('/usr/bin/time');
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-bench-formats-'));
  console.log(`output formats on fixtures/semboro-2021.yaml, Node ${process.version}; CPU ms (user + system)`);
  console.log('format    load   first  further(median)   CLI run');
  for (const format of FORMATS) {
    const r = JSON.parse(spawnSync(process.execPath, [self, String(runs), format], { encoding: 'utf8' }).stdout.trim());
    const whole: number[] = [];
    for (let i = 0; i < runs; i++) {
      const args = [cli, FIXTURE, '--format', format, '-o', join(dir, `out.${format}`)];
      const t0 = performance.now();
      const p = time ? spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...args], { encoding: 'utf8' }) : spawnSync(process.execPath, args, { encoding: 'utf8' });
      const elapsed = performance.now() - t0;
      const cpu = time ? p.stderr.trim().split('\n').pop()!.split(' ').map(Number) : [];
      whole.push(time ? (cpu[0] + cpu[1]) * 1000 : elapsed);
    }
    console.log(`${format.padEnd(8)} ${r.load.toFixed(0).padStart(5)} ${r.first.toFixed(0).padStart(7)} ${r.further.toFixed(0).padStart(9)}        ${median(whole).toFixed(0).padStart(6)} ${time ? 'CPU' : 'elapsed'}`);
  }
  rmSync(dir, { recursive: true, force: true });
}
