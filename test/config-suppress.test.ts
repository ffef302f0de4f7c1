// Configuration, inline suppressions, the suppressions file and the baseline each change the
// result, through the CLI as a process (in a scratch folder with a copy of the sample).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';

const CLI = resolve('dist/src/cli/main.js');
let dir: string;

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const findingsOf = (stdout: string) => JSON.parse(stdout).results[0].findings as { ruleId: string; subject: string; severity: string; location: { line?: number } }[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lkjip-cfg-'));
  copyFileSync('fixtures/semboro-2021.md', join(dir, 'laporan.md'));
});

describe('configuration', () => {
  it('turns a rule off and changes a severity', () => {
    const before = findingsOf(run('laporan.md', '--format', 'json').stdout);
    expect(before.some((f) => f.ruleId === 'arithmetic/percentage')).toBe(true);
    writeFileSync(join(dir, 'lkjip-lint.config.json'), JSON.stringify({ rules: { 'arithmetic/percentage': 'off', 'rating/scale-gap': 'error' } }));
    const after = findingsOf(run('laporan.md', '--format', 'json').stdout);
    expect(after.some((f) => f.ruleId === 'arithmetic/percentage')).toBe(false);
    expect(after.find((f) => f.ruleId === 'rating/scale-gap')?.severity).toBe('error');
    expect(after.length).toBe(before.length - before.filter((f) => f.ruleId === 'arithmetic/percentage').length);
  });

  it('strict preset makes warnings errors, but not the doubtful-match rules', () => {
    writeFileSync(join(dir, 'strict.json'), JSON.stringify({ extends: 'strict' }));
    const printed = JSON.parse(run('--print-config', '-c', 'strict.json').stdout);
    expect(printed.rules['rating/scale-gap']).toBe('error');
    expect(printed.rules['consistency/indicator-match-uncertain']).toBeUndefined();
    const f = findingsOf(run('laporan.md', '-c', 'strict.json', '--format', 'json').stdout);
    expect(f.find((x) => x.ruleId === 'rating/scale-gap')?.severity).toBe('error');
  });

  it('ignores files by pattern', () => {
    writeFileSync(join(dir, 'lkjip-lint.config.json'), JSON.stringify({ ignorePatterns: ['draft-*.md'] }));
    copyFileSync(join(dir, 'laporan.md'), join(dir, 'draft-1.md'));
    const out = JSON.parse(run('.', '--format', 'json').stdout);
    expect(out.results.map((r: { file: string }) => r.file)).toEqual(['laporan.md']);
  });

  it('polarityWords adds words that say lower is better, and exceptions to them', () => {
    // Neither indicator is declared negative: "titik rawan longsor" is not in the shipped list, so
    // 80% (positive formula) passes until the configuration names it; "jumlah kasus" is, so 80% is
    // questioned until "dirujuk" is declared an exception.
    writeFileSync(
      join(dir, 'polaritas.yaml'),
      [
        'lkjipLint: 1',
        'meta: { instansi: Dinas Contoh, tahun: 2021 }',
        'pengukuran:',
        '  - { sasaran: Menurunnya risiko bencana, indikator: Jumlah titik rawan longsor, target: "10", realisasi: "8", capaian: "80%" }',
        '  - { sasaran: Menurunnya risiko bencana, indikator: Jumlah kasus gizi buruk yang dirujuk, target: "10", realisasi: "8", capaian: "80%" }',
        '',
      ].join('\n'),
    );
    const polarity = (args: string[]) => findingsOf(run('polaritas.yaml', '--format', 'json', ...args).stdout).filter((f) => f.ruleId === 'capaian/polarity').map((f) => f.subject);
    expect(polarity([])).toEqual([expect.stringMatching(/kasus-gizi-buruk/)]);
    writeFileSync(join(dir, 'polaritas.json'), JSON.stringify({ polarityWords: { negative: ['titik rawan'], exceptions: ['dirujuk'] } }));
    expect(polarity(['-c', 'polaritas.json'])).toEqual([expect.stringMatching(/titik-rawan-longsor/)]);
    expect(JSON.parse(run('--print-config', '-c', 'polaritas.json').stdout).polarityWords).toEqual({ negative: ['titik rawan'], exceptions: ['dirujuk'] });
  });

  it.each([
    [{ rules: { 'arithmetic/nope': 'off' } }, /aturan tidak dikenal "arithmetic\/nope"/],
    [{ rules: { 'arithmetic/percentage': 'loud' } }, /konfigurasi tidak valid: \/rules\/arithmetic~1percentage/],
    [{ colour: true }, /konfigurasi tidak valid/],
    [{ polarityWords: { negative: 'kemiskinan' } }, /konfigurasi tidak valid: \/polarityWords\/negative/],
    ['{ not json', /bukan JSON yang sah/],
  ])('a bad config %j: one line, exit 2', (config, pattern) => {
    writeFileSync(join(dir, 'lkjip-lint.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
    const r = run('laporan.md');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(pattern);
  });
});

describe('suppressions', () => {
  it('an inline comment silences that rule on the next line', () => {
    const before = findingsOf(run('laporan.md', '--format', 'json').stdout);
    const target = before.find((f) => f.ruleId === 'period/wrong-year')!;
    const lines = readFileSync(join(dir, 'laporan.md'), 'utf8').split('\n');
    lines.splice(target.location.line! - 1, 0, '<!-- lkjip-lint-disable-next-line period/wrong-year -- tahun 2020 dikutip dari dokumen lama -->', '');
    writeFileSync(join(dir, 'laporan.md'), lines.join('\n'));
    const r = run('laporan.md', '--format', 'json');
    const after = findingsOf(r.stdout);
    const atTarget = (fs: typeof before, line: number) => fs.filter((f) => f.ruleId === 'period/wrong-year' && f.location.line === line);
    expect(atTarget(before, target.location.line!).length).toBeGreaterThan(0);
    expect(atTarget(after, target.location.line! + 2)).toEqual([]);
    expect(after.filter((f) => f.ruleId === 'period/wrong-year').length).toBeLessThan(before.filter((f) => f.ruleId === 'period/wrong-year').length);
    expect(r.stderr).toMatch(/disembunyikan: \d+ oleh komentar/);
  });

  it('the suppressions file silences by fingerprint, needs a justification, and reports stale entries', () => {
    const before = findingsOf(run('laporan.md', '--format', 'json').stdout);
    writeFileSync(join(dir, 'lkjip-lint.baseline.json'), '');
    run('laporan.md', '--baseline', 'write');
    const base = JSON.parse(readFileSync(join(dir, 'lkjip-lint.baseline.json'), 'utf8'));
    const entry = base.findings.find((b: { ruleId: string }) => b.ruleId === 'rating/scale-gap');
    writeFileSync(join(dir, 'lkjip-lint.suppressions.json'), JSON.stringify({ suppressions: [{ fingerprint: entry.fingerprint, ruleId: entry.ruleId, justification: 'skala dibulatkan ke bilangan bulat' }, { fingerprint: 'f'.repeat(32), justification: 'entri lama' }] }));
    const r = run('laporan.md', '--format', 'json');
    const after = findingsOf(r.stdout);
    expect(after.some((f) => f.ruleId === 'rating/scale-gap')).toBe(false);
    expect(after).toHaveLength(before.length - 1);
    expect(r.stderr).toMatch(/supresi usang/);
    writeFileSync(join(dir, 'lkjip-lint.suppressions.json'), JSON.stringify({ suppressions: [{ fingerprint: entry.fingerprint }] }));
    const bad = run('laporan.md');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/wajib memiliki "justification"/);
  });
});

describe('baseline', () => {
  it('write, then check fails only on new findings and reports fixed ones as stale', () => {
    expect(run('laporan.md', '--baseline', 'write').code).toBe(0);
    const clean = run('laporan.md', '--baseline', 'check', '--format', 'json');
    expect(findingsOf(clean.stdout)).toEqual([]);
    expect(clean.code).toBe(0);
    // A new defect: a wrong year in a new paragraph.
    const text = readFileSync(join(dir, 'laporan.md'), 'utf8').replace('# BAB I', 'Laporan Kinerja ini untuk Tahun Anggaran 2019.\n\n# BAB I');
    writeFileSync(join(dir, 'laporan.md'), text.replace('(diisi sasaran strategis OPD yang ada didalam PK tahun 2021)', ''));
    const r = run('laporan.md', '--baseline', 'check', '--format', 'json');
    const f = findingsOf(r.stdout);
    expect(f.map((x) => x.ruleId)).toEqual(['period/wrong-year']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/entri baseline usang.*completeness\/template-residue/);
  });
});
