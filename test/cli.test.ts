// The CLI end to end, as a process: exit codes, JSON shape, languages, one-line errors.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = 'dist/src/cli/main.js';

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('lkjip-lint CLI', () => {
  it('exits 1 with error-level findings and prints JSON in the documented shape', () => {
    const r = run('fixtures/semboro-2021.yaml', '--format', 'json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.version).toBe(1);
    expect(out.results[0]).toMatchObject({ file: 'fixtures/semboro-2021.yaml', format: 'yaml' });
    const f = out.results[0].findings.find((x: { ruleId: string }) => x.ruleId === 'arithmetic/percentage');
    expect(Object.keys(f)).toEqual(expect.arrayContaining(['ruleId', 'category', 'severity', 'message', 'location', 'evidence', 'expected', 'actual']));
    expect(f.location).toMatchObject({ file: 'fixtures/semboro-2021.yaml', pointer: expect.any(String), line: expect.any(Number) });
    expect(out.summary.errors).toBeGreaterThan(0);
  });

  it('exits 0 on a clean report', () => {
    const r = run('fixtures/clean-2021.yaml');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('tidak ada temuan');
  });

  it('exits 1 when warnings exceed --max-warnings', () => {
    // The clean report has no warnings: 0 > 0 is false.
    expect(run('fixtures/clean-2021.yaml', '--max-warnings', '0').code).toBe(0);
  });

  it('speaks English with --lang en', () => {
    const r = run('fixtures/semboro-2021.yaml', '--lang', 'en');
    expect(r.stdout).toContain('is printed as 82,3%');
    expect(r.stdout).toMatch(/findings \(\d+ errors/);
  });

  it.each([
    [['fixtures/invalid/schema-violation.yaml'], /schema-violation\.yaml: laporan tidak sesuai skema: \/pk\/0\/kind: harus salah satu dari "pk", "pk-perubahan"/],
    [['fixtures/invalid/broken.yaml'], /broken\.yaml: baris \d+: YAML\/JSON tidak valid/],
    [['fixtures/invalid/empty.yaml'], /empty\.yaml: berkas kosong/],
    [['does-not-exist.yaml'], /does-not-exist\.yaml: berkas tidak ditemukan/],
    [['fixtures/clean-2021.yaml', '--bogus'], /opsi tidak dikenal: --bogus/],
    [['fixtures/clean-2021.yaml', '--format', 'xml'], /format keluaran tidak dikenal: xml/],
    [['fixtures/clean-2021.yaml', '--max-warnings', 'lots'], /--max-warnings memerlukan bilangan bulat/],
  ])('bad input %j: one clear line, exit 2, no stack trace', (args, pattern) => {
    const r = run(...(args.includes('--format') ? args : [...args, '--format', 'json']));
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a batch with a bad file still reports the good ones, and exits 2', () => {
    const r = run('fixtures/clean-2021.yaml', 'fixtures/invalid/broken.yaml', '--format', 'json');
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.results.map((x: { file: string }) => x.file)).toEqual(['fixtures/clean-2021.yaml', 'fixtures/invalid/broken.yaml']);
    expect(out.results[1].error).toMatch(/YAML\/JSON tidak valid/);
    expect(out.summary.failed).toBe(1);
  });

  it('writes -o whole, and extract round-trips', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lkjip-'));
    const out = join(dir, 'r.json');
    expect(run('fixtures/semboro-2021.yaml', '--format', 'json', '-o', out).code).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe(1);
    const extracted = join(dir, 'model.yaml');
    expect(run('extract', 'fixtures/semboro-2021.yaml', '-o', extracted).code).toBe(0);
    expect(existsSync(extracted)).toBe(true);
    const a = JSON.parse(run('fixtures/semboro-2021.yaml', '--format', 'json').stdout).results[0].findings;
    const b = JSON.parse(run(extracted, '--format', 'json').stdout).results[0].findings;
    const key = (f: { ruleId: string; subject: string; expected?: string; actual?: string }) => `${f.ruleId} ${f.subject} ${f.expected} ${f.actual}`;
    expect(b.map(key)).toEqual(a.map(key));
  });
});
