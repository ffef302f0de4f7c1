// Interrupting a run (Ctrl-C = SIGINT, SIGTERM): the worker threads stop, no temporary file stays
// behind (outputs, cache entries), no output is half-written, one line says so, and the exit code is
// 130 / 143. The CLI runs as a process. To interrupt at a known point, LKJIP_TEST_HANG (test only,
// src/cli/worker.ts) makes the worker spin for ever on one file and says so on stderr: the signal is
// sent once that line is seen, so no timing is guessed.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = resolve('dist/src/cli/main.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Whether the signal was sent (the run may have ended before the trigger). */
  signalled: boolean;
}

/** Runs the CLI in `cwd` and sends `signal` once `trigger()` holds (checked on stderr output and every 50 ms). */
function runAndSignal(cwd: string, args: string[], signal: NodeJS.Signals, trigger: (stderr: string) => boolean, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    let signalled = false;
    const check = () => {
      if (signalled || child.exitCode !== null || !trigger(stderr)) return;
      signalled = true;
      child.kill(signal);
    };
    const poll = setInterval(check, 50);
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      check();
    });
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(poll);
      done({ code, stdout, stderr, signalled });
    });
  });
}

/** Every file under `dir` (hidden ones and the cache included), relative to it. */
function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

const temporary = (dir: string) => allFiles(dir).filter((f) => /\.tmp$/.test(f));

let root: string;
let n = 0;
/** A fresh working folder with `count` copies of `fixture` as a.yaml, b.yaml, … (or .md). */
function batch(fixture: string, count: number): string {
  const cwd = join(root, `run-${n++}`);
  mkdirSync(join(cwd, 'out'), { recursive: true });
  const ext = fixture.endsWith('.md') ? 'md' : 'yaml';
  for (let i = 0; i < count; i++) copyFileSync(fixture, join(cwd, `${String.fromCharCode(97 + i)}.${ext}`));
  return cwd;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'lkjip-signals-'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe.concurrent('interrupted runs', () => {
  it('SIGINT during a batch: exit 130, one line, no output and no temporary file left (--jobs 2, --cache, two outputs)', async () => {
    const cwd = batch('fixtures/clean-2021.yaml', 3);
    const args = ['a.yaml', 'b.yaml', 'c.yaml', '--jobs', '2', '--cache', '--timeout', '0', '--format', 'json', '-o', 'out/r.json', '--format', 'html', '-o', 'out/r.html'];
    const r = await runAndSignal(cwd, args, 'SIGINT', (e) => e.includes('LKJIP_TEST_HANG'), { LKJIP_TEST_HANG: 'b.yaml' });
    expect(r.signalled).toBe(true);
    expect(r.stderr).toBe('lkjip-lint: LKJIP_TEST_HANG: b.yaml\nlkjip-lint: dihentikan (SIGINT); tidak ada keluaran yang tertinggal setengah jadi\n');
    expect(r.code).toBe(130);
    expect(r.stdout).toBe('');
    expect(readdirSync(join(cwd, 'out'))).toEqual([]);
    expect(temporary(cwd)).toEqual([]);
  });

  it('SIGTERM with --jobs 1 and --lang en: exit 143, the line in English', async () => {
    const cwd = batch('fixtures/clean-2021.yaml', 2);
    const r = await runAndSignal(cwd, ['a.yaml', 'b.yaml', '--jobs', '1', '--lang', 'en', '--format', 'json', '-o', 'out/r.json'], 'SIGTERM', (e) => e.includes('LKJIP_TEST_HANG'), {
      LKJIP_TEST_HANG: 'b.yaml',
    });
    expect(r.signalled).toBe(true);
    expect(r.stderr).toBe('lkjip-lint: LKJIP_TEST_HANG: b.yaml\nlkjip-lint: stopped (SIGTERM); no output was left half-written\n');
    expect(r.code).toBe(143);
    expect(readdirSync(join(cwd, 'out'))).toEqual([]);
    expect(temporary(cwd)).toEqual([]);
  });

  it('SIGTERM once the first result is cached, in a real batch: interrupted cleanly, or finished with complete outputs', async () => {
    // No test hook: six Semboro reports one after the other; the signal goes when the first cache
    // entry appears. Whether the run is still going then or not, the same must hold.
    const cwd = batch('fixtures/semboro-2021.md', 6);
    const cache = join(cwd, '.lkjip-lint-cache');
    const cached = () => existsSync(cache) && readdirSync(cache).some((f) => f.endsWith('.json'));
    const args = ['.', '--jobs', '1', '--cache', '--format', 'json', '-o', 'out/r.json', '--format', 'markdown', '-o', 'out/r.md'];
    const r = await runAndSignal(cwd, args, 'SIGTERM', cached);
    expect(temporary(cwd)).toEqual([]);
    expect([1, 143]).toContain(r.code);
    if (r.code === 143) expect(r.stderr).toBe('lkjip-lint: dihentikan (SIGTERM); tidak ada keluaran yang tertinggal setengah jadi\n');
    // Each output whole or absent: absent when interrupted while linting, both there when the run
    // got that far.
    const outputs = readdirSync(join(cwd, 'out')).sort();
    if (r.code === 1) expect(outputs).toEqual(['r.json', 'r.md']);
    if (outputs.includes('r.json')) expect(JSON.parse(readFileSync(join(cwd, 'out/r.json'), 'utf8')).summary).toMatchObject({ files: 6, failed: 0 });
    if (outputs.includes('r.md')) expect(readFileSync(join(cwd, 'out/r.md'), 'utf8')).toContain('f.md');
  });

  it('SIGKILL of the CLI (no chance to stop its workers): a worker stuck on a file ends within seconds', async () => {
    const cwd = batch('fixtures/clean-2021.yaml', 1);
    const mark = `orphan-${process.pid}-${Date.now()}`;
    let workers: number[] = [];
    const r = await runAndSignal(cwd, ['a.yaml', '--timeout', '0'], 'SIGKILL', (e) => e.includes('LKJIP_TEST_HANG') && (workers = marked(mark)).length > 0, { LKJIP_TEST_HANG: 'a.yaml', LKJIP_TEST_MARK: mark });
    expect(r.signalled).toBe(true);
    expect(workers.length).toBeGreaterThan(0); // the worker (and its watch)
    // Its watch looks once a second: give a loaded machine ample time, then nothing may be left.
    for (let i = 0; i < 100 && marked(mark).length; i++) await new Promise((ok) => setTimeout(ok, 200));
    const left = marked(mark);
    for (const pid of left) process.kill(pid, 'SIGKILL'); // not to leave it spinning when this fails
    expect(left).toEqual([]);
  });

  it('a worker started before the run knew it had nothing to lint (no file, only `-f json`) neither keeps the CLI waiting nor outlives it', async () => {
    const cwd = batch('fixtures/clean-2021.yaml', 0);
    const mark = `spare-${process.pid}-${Date.now()}`;
    const r = await runAndSignal(cwd, ['-f', 'json'], 'SIGTERM', () => false, { LKJIP_TEST_MARK: mark });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    for (let i = 0; i < 25 && marked(mark).length; i++) await new Promise((ok) => setTimeout(ok, 200));
    const left = marked(mark);
    for (const pid of left) process.kill(pid, 'SIGKILL');
    expect(left).toEqual([]);
  });
});

/** Processes whose environment holds LKJIP_TEST_MARK=mark (the CLI passes its environment to its workers). */
function marked(mark: string): number[] {
  const out: number[] = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let env = '';
    try {
      env = readFileSync(`/proc/${pid}/environ`, 'latin1');
    } catch {
      continue; // gone, or not ours
    }
    if (env.split('\0').includes(`LKJIP_TEST_MARK=${mark}`) && !readFileSync(`/proc/${pid}/cmdline`, 'latin1').includes('main.js')) out.push(Number(pid));
  }
  return out;
}
