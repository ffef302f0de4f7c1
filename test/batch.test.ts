// Batches: the same JSON whatever the number of jobs, a bad file does not hide the good ones,
// and --cache reuses results without changing them.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const CLI = resolve('dist/src/cli/main.js');
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
