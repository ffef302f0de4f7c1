// Batches: the same JSON whatever the number of jobs, a bad file does not hide the good ones,
// --cache reuses results without changing them, and a file over its time limit is stopped.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, runCli } from './cli-process.js';

let dir: string;

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lkjip-batch-'));
  copyFileSync('fixtures/semboro-2021.md', join(dir, 'a-semboro.md'));
  copyFileSync('fixtures/semboro-2021.txt', join(dir, 'b-semboro.txt'));
  copyFileSync('fixtures/invalid/broken.yaml', join(dir, 'c-broken.yaml'));
  copyFileSync('fixtures/clean-2021.yaml', join(dir, 'd-clean.yaml'));
});

describe('batch runs', () => {
  it('--jobs 2 gives byte-identical JSON to --jobs 1, in input order, with the bad file listed', () => {
    const one = run('.', '--jobs', '1', '--format', 'json');
    const two = run('.', '--jobs', '2', '--format', 'json');
    expect(two.stdout).toBe(one.stdout);
    expect(one.code).toBe(2);
    const out = JSON.parse(one.stdout);
    expect(out.results.map((r: { file: string }) => r.file)).toEqual(['a-semboro.md', 'b-semboro.txt', 'c-broken.yaml', 'd-clean.yaml']);
    expect(out.results[0].findings.length).toBeGreaterThan(40);
    expect(out.results[2].error).toMatch(/YAML\/JSON tidak valid/);
    expect(out.summary.failed).toBe(1);
  });

  it('--cache stores results and gives the same output from them', () => {
    const first = run('.', '--cache', '--jobs', '1', '--format', 'json');
    expect(existsSync(join(dir, '.lkjip-lint-cache'))).toBe(true);
    // Input errors are cached too: the same bytes give the same error.
    expect(readdirSync(join(dir, '.lkjip-lint-cache')).filter((f) => f.endsWith('.json')).length).toBe(4);
    const second = run('.', '--cache', '--jobs', '1', '--format', 'json');
    expect(second.stdout).toBe(first.stdout);
  });
});

/** The CLI as a process, asynchronously (so that the cases below run at the same time). */
const runAsync = (cwd: string, args: string[], env: Record<string, string> = {}) => runCli(args, { cwd, env });

describe.concurrent('--timeout: a time limit per file, for every format', () => {
  // LKJIP_TEST_HANG (test only, src/cli/worker.ts) makes the worker spin for ever on one file, as a
  // runaway synchronous loop would. Three small reports that lint in well under a second; --timeout 3
  // stops the hanging one after 6 s (2 × --timeout): a wide margin for the others on a busy machine.
  let cwd: string;
  beforeAll(() => {
    cwd = mkdtempSync(join(tmpdir(), 'lkjip-timeout-'));
    mkdirSync(join(cwd, 'hang'));
    for (const name of ['a.yaml', 'b.yaml', 'c.yaml']) copyFileSync('fixtures/clean-2021.yaml', join(cwd, 'hang', name));
  });
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));
  const files = ['hang/a.yaml', 'hang/b.yaml', 'hang/c.yaml'];

  it.each([
    ['1', 'hang/b.yaml'],
    ['2', 'hang/a.yaml'],
  ])('--jobs %s: the file over the limit is stopped and reported as failed, the rest of the batch goes on', async (jobs, hanging) => {
    const r = await runAsync(cwd, [...files, '--jobs', jobs, '--timeout', '3', '--format', 'json'], { LKJIP_TEST_HANG: hanging.slice(5) });
    const message = 'dihentikan: belum selesai dalam batas waktu 6 detik (2 × --timeout); naikkan --timeout';
    expect(r.stderr).toBe(`lkjip-lint: LKJIP_TEST_HANG: ${hanging}\nlkjip-lint: ${hanging}: ${message}\n`);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.results.map((x: { file: string; error?: string }) => [x.file, x.error])).toEqual(files.map((f) => [f, f === hanging ? message : undefined]));
    expect(out.summary).toMatchObject({ files: 3, failed: 1 });
  });

  it('in English with --lang en, and in stylish output', async () => {
    const r = await runAsync(cwd, [...files, '--jobs', '1', '--timeout', '3', '--lang', 'en'], { LKJIP_TEST_HANG: 'c.yaml' });
    const message = 'stopped: not done within the time limit of 6 s (2 × --timeout); raise --timeout';
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`lkjip-lint: LKJIP_TEST_HANG: hang/c.yaml\nlkjip-lint: hang/c.yaml: ${message}\n`);
    expect(r.stdout).toContain(`hang/c.yaml  could not be read: ${message}`);
    expect(r.stdout).toContain('hang/a.yaml (yaml)  no findings');
  });

  it('a file that makes its worker run out of memory fails alone; the batch goes on', async () => {
    const r = await runAsync(cwd, [...files, '--jobs', '1', '--format', 'json'], { LKJIP_TEST_HANG: 'b.yaml', LKJIP_TEST_HANG_MODE: 'memory' });
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.results.map((x: { file: string }) => x.file)).toEqual(files);
    const [a, b, c] = out.results as { error?: string; findings: unknown[] }[];
    expect(a.error).toBeUndefined();
    expect(c.error).toBeUndefined();
    expect(b.error).toMatch(/^galat internal saat memeriksa berkas ini: .*(memory|memori)/i);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);

  it('--help documents it, 0 included', async () => {
    expect((await runAsync(cwd, ['--help'])).stdout).toContain('--timeout <detik>       batas waktu per berkas (bawaan 120; 0 = tanpa batas)');
    expect((await runAsync(cwd, ['--help', '--lang', 'en'])).stdout).toContain('--timeout <seconds>     time limit per file (default 120; 0 = none)');
  });
});
