// Bounded load test of `lkjip-lint serve` on loopback: N requests of one PDF at concurrency C,
// every one accounted for (status counts, lost = no answer), p50/p95/max latency, throughput, and
// the peak memory of the server process (its worker threads included) and of its mutool children.
//   node dist/bench/serve-load.js [--requests 200] [--concurrency 8] [--file fixtures/corpus/…pdf]
//       [--jobs N] [--queue N]
// Stops by itself: after the N requests, or after --limit seconds (default 900) at the latest.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { packageRoot } from '../src/engine/package-root.js';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '8' },
    file: { type: 'string', default: 'fixtures/corpus/lkip-2024-kesbangpol-dki.pdf' },
    jobs: { type: 'string' },
    queue: { type: 'string' },
    limit: { type: 'string', default: '900' },
  },
});
const total = Number(values.requests);
const concurrency = Number(values.concurrency);
const body = readFileSync(join(packageRoot, values.file));
const name = basename(values.file);

/** Resident memory in kB from /proc (0 once the process is gone). */
function kb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** CPU seconds of a process and of its children it has waited for (the mutool runs). */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    // utime, stime, cutime, cstime: fields 14-17 of stat, 12-15 after the command name is cut.
    return fields.slice(11, 15).reduce((n, f) => n + Number(f), 0) / TICKS;
  } catch {
    return 0;
  }
}
const TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

function children(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((t) =>
      readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8')
        .split(' ')
        .filter(Boolean)
        .map(Number),
    );
  } catch {
    return [];
  }
}

const args = [join(packageRoot, 'dist/src/cli/main.js'), 'serve', '--port', '0', '--quiet'];
if (values.jobs) args.push('--jobs', values.jobs);
// By default every concurrent request may wait for a worker: this measures throughput, not refusals.
args.push('--queue', values.queue ?? String(concurrency));
const server = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
const url = await new Promise<string>((found, fail) => {
  let err = '';
  server.stderr!.on('data', (d) => {
    err += d;
    const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(err);
    if (m) found(m[1]);
  });
  server.on('exit', (code) => fail(new Error(`server exited ${code}: ${err}`)));
});

let peakChildrenKb = 0;
const sampler = setInterval(() => {
  const sum = children(server.pid!).reduce((n, c) => n + kb(c, 'VmRSS'), 0);
  peakChildrenKb = Math.max(peakChildrenKb, sum);
}, 100);

// One warm-up request: the workers load the engine once, as a running server has.
await fetch(`${url}/api/v1/lint?filename=${name}`, { method: 'POST', body, headers: { 'content-type': 'application/pdf' } }).then((r) => r.arrayBuffer());
const startLoad = loadavg()[0];
const startCpu = cpuSeconds(server.pid!);

const latencies: number[] = [];
const statuses = new Map<string, number>();
const deadline = Date.now() + Number(values.limit) * 1000;
let next = 0;
let findings = -1;
let consistent = true;

async function client(): Promise<void> {
  while (next < total && Date.now() < deadline) {
    next++;
    const t0 = performance.now();
    let key: string;
    try {
      const r = await fetch(`${url}/api/v1/lint?filename=${name}`, { method: 'POST', body, headers: { 'content-type': 'application/pdf' }, signal: AbortSignal.timeout(300_000) });
      const text = await r.text();
      key = String(r.status);
      if (r.status === 200) {
        const n = JSON.parse(text).results[0].findings.length;
        if (findings >= 0 && n !== findings) consistent = false;
        findings = n;
      }
    } catch (err) {
      key = `lost (${(err as Error).name})`;
    }
    latencies.push(performance.now() - t0);
    statuses.set(key, (statuses.get(key) ?? 0) + 1);
  }
}

const t0 = performance.now();
await Promise.all(Array.from({ length: concurrency }, client));
const seconds = (performance.now() - t0) / 1000;
clearInterval(sampler);
const serverPeakKb = kb(server.pid!, 'VmHWM');
// mutool children still running are not counted yet: the last few requests' share is missing.
const cpu = cpuSeconds(server.pid!) - startCpu;
server.kill('SIGTERM');

latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] / 1000;
const answered = [...statuses].filter(([k]) => !k.startsWith('lost')).reduce((n, [, v]) => n + v, 0);
console.log(`lkjip-lint serve under load: ${total} requests of ${values.file} (${(body.length / 1048576).toFixed(1)} MB) at concurrency ${concurrency}`);
console.log(`machine: ${availableParallelism()} cores, Node ${process.version}, server --jobs ${values.jobs ?? 'default'} --queue ${values.queue ?? concurrency}; load average ${startLoad.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`);
console.log(`sent ${next}, answered ${answered}, statuses ${[...statuses].map(([k, v]) => `${k}: ${v}`).join(', ')}; findings per answer ${consistent ? `always ${findings}` : 'DIFFERENT'}`);
console.log(`latency p50 ${pct(50).toFixed(2)} s, p95 ${pct(95).toFixed(2)} s, max ${pct(100).toFixed(2)} s`);
console.log(`throughput ${(answered / seconds).toFixed(2)} requests/s (${seconds.toFixed(1)} s in all)`);
console.log(`CPU: ${(cpu / answered).toFixed(2)} s per request (server and mutool), so ${availableParallelism()} dedicated cores serve at most ${((availableParallelism() * answered) / cpu).toFixed(2)} requests/s, ${Math.round((availableParallelism() * answered * 3600) / cpu)} per hour`);
console.log(`peak memory: server process ${Math.round(serverPeakKb / 1024)} MB (worker threads included), mutool children ${Math.round(peakChildrenKb / 1024)} MB at most at once`);
if (answered !== total || statuses.get('200') !== total || !consistent) process.exitCode = 1;
