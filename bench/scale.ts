// How lint time and memory grow with the report, through the CLI as a user runs it: synthetic
// structured reports of 1k, 10k and 100k indicator rows (and the 50 MB the file-size limit would
// let in), text reports of 1, 10 and 50 MB grown by table rows, and 50 MB of prose
// (bench/scale-fixtures.ts), each linted by one `lkjip-lint <file> -f json` process with the
// default limits. For each: wall time, the CPU time of the process tree, and its peak resident
// memory (the CLI and its worker process summed, sampled every 50 ms from /proc), the exit code and
// the one line a refused file gets.
//   npm run bench:scale
//   node dist/bench/scale.js [--only rows|text|prose] [--sizes 1000,10000 (rows or MB)]
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { packageRoot } from '../src/engine/package-root.js';
import { proseReport, structuredReport, textReport } from './scale-fixtures.js';

const { values } = parseArgs({ options: { only: { type: 'string' }, sizes: { type: 'string' } } });
const cli = join(packageRoot, 'dist/src/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'lkjip-scale-'));
const PAGE = 4096;
const TICKS = 100;

/** The process and its descendants, from /proc (Linux). */
function tree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // gone
    }
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]) ?? []));
  return out;
}

/** Resident bytes and CPU ticks (user + system, its own) of one process; zeros when it is gone. */
function usage(pid: number): { rss: number; ticks: number } {
  try {
    const line = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const stat = line.slice(line.lastIndexOf(')') + 2).split(' ');
    return { rss: Number(stat[21]) * PAGE, ticks: Number(stat[11]) + Number(stat[12]) };
  } catch {
    return { rss: 0, ticks: 0 };
  }
}

interface Measure {
  seconds: number;
  cpu: number;
  peakMb: number;
  code: number | null;
  /** Why the file was not linted (its one line). */
  refused: string;
  findings?: number;
}

function lint(file: string): Promise<Measure> {
  return new Promise((done) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [cli, file, '-f', 'json', '--lang', 'en'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    let peak = 0;
    // CPU of each process as last seen: a worker's ticks count after it has exited.
    const ticks = new Map<number, number>();
    const sample = setInterval(() => {
      let rss = 0;
      for (const pid of tree(child.pid!)) {
        const u = usage(pid);
        rss += u.rss;
        if (u.ticks) ticks.set(pid, u.ticks);
      }
      peak = Math.max(peak, rss);
    }, 50);
    child.on('close', (code) => {
      clearInterval(sample);
      let findings: number | undefined;
      let refused = stderr.trim().split('\n')[0] ?? '';
      try {
        const result = JSON.parse(stdout).results[0];
        if (result.error) refused = result.error;
        else findings = result.findings.length;
      } catch {
        // refused before any report
      }
      const cpu = [...ticks.values()].reduce((a, b) => a + b, 0) / TICKS;
      done({ seconds: (performance.now() - t0) / 1000, cpu, peakMb: peak / 2 ** 20, code, refused, findings });
    });
  });
}

const cases: { label: string; file: string; make: () => string }[] = [];
const sizes = values.sizes?.split(',').map(Number);
if (!values.only || values.only === 'rows')
  for (const rows of sizes ?? [1_000, 10_000, 100_000])
    cases.push({ label: `${rows.toLocaleString('en-US')} indicator rows (YAML)`, file: join(dir, `rows-${rows}.yaml`), make: () => structuredReport(rows) });
if (!values.only && !sizes)
  // The largest structured file the size limit accepts: about 68 000 rows in 50 MB.
  cases.push({ label: 'just under 50 MB of indicator rows (YAML)', file: join(dir, 'rows-50mb.yaml'), make: () => structuredReport(68_000) });
if (!values.only || values.only === 'text')
  for (const mb of sizes ?? [1, 10, 50])
    // 50 MB is the default --max-file-size: just under it, as the largest file it accepts.
    cases.push({ label: `${mb} MB text`, file: join(dir, `text-${mb}mb.txt`), make: () => textReport(packageRoot, mb * 2 ** 20 - (mb === 50 ? 4096 : 0)) });
if ((!values.only || values.only === 'prose') && !sizes) cases.push({ label: '50 MB text, prose only', file: join(dir, 'prose-50mb.txt'), make: () => proseReport(packageRoot, 50 * 2 ** 20 - 4096) });

console.log(`bench:scale — CLI as a process, default limits, Node ${process.version}, ${new Date().toISOString()}`);
console.log('| report | file size | wall | CPU (process tree) | peak resident (CLI + worker) | exit | result |');
console.log('|---|---|---|---|---|---|---|');
for (const c of cases) {
  writeFileSync(c.file, c.make());
  const size = statSync(c.file).size / 2 ** 20;
  const load = loadavg()[0];
  const m = await lint(c.file);
  const result = m.findings !== undefined ? `${m.findings} findings` : `refused: ${m.refused.replace(`lkjip-lint: ${c.file}: `, '')}`;
  console.log(`| ${c.label} | ${size.toFixed(1)} MB | ${m.seconds.toFixed(1)} s | ${m.cpu.toFixed(1)} s | ${Math.round(m.peakMb)} MB | ${m.code} | ${result} (load ${load.toFixed(1)}) |`);
  rmSync(c.file);
}
rmSync(dir, { recursive: true, force: true });
