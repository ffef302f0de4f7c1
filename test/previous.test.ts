// --previous through the CLI as a process: the Semboro sample (2021) beside a small last-year report
// (fixtures/previous/semboro-2020.yaml, made up for the purpose): last year's realisasi restated
// differently, an indicator no longer measured, the same Renstra; a report of the wrong year is
// refused; two LKjIPs of successive years in a berkas are compared the same way.
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-process.js';
import type { Finding } from '../src/engine/types.js';

const PREVIOUS = 'fixtures/previous/semboro-2020.yaml';
const tmp = mkdtempSync(join(tmpdir(), 'lkjip-previous-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const findings = (stdout: string) => (JSON.parse(stdout) as { results: { findings: Finding[]; error?: string }[] }).results[0].findings;
const fromLastYear = (all: Finding[]) => all.filter((f) => f.ruleId.startsWith('consistency/previous-'));

describe('--previous', () => {
  it("compares this year's report with last year's, by name, never as an error", async () => {
    const run = await runCli(['fixtures/semboro-2021.txt', '--previous', PREVIOUS, '-f', 'json', '--lang', 'en']);
    expect(run.stderr).toBe('');
    const found = fromLastYear(findings(run.stdout));
    expect(found.map((f) => `${f.ruleId} ${f.severity} ${f.expected ?? ''}>${f.actual ?? ''}`).sort()).toEqual([
      'consistency/previous-indicator-change info >',
      // Tabel 3.2 gives 60,7 for 2020; last year's report measured 62,5.
      'consistency/previous-realisasi warning 62,5>60,7',
    ]);
    const realisasi = found.find((f) => f.ruleId === 'consistency/previous-realisasi')!;
    const dropped = found.find((f) => f.ruleId === 'consistency/previous-indicator-change')!;
    expect(dropped.message).toContain('in the LKjIP of 2020');
    // Its Bab II speaks of the Renstra's change of sasaran and indicators, naming none: quoted.
    expect(dropped.message).toContain('only in general ("Perubahan Renstra tersebut');
    expect(realisasi.location.file).toBe('fixtures/semboro-2021.txt');
    expect(realisasi.related!.map((r) => r.location.file)).toEqual([PREVIOUS]);
    // The indicator dropped since last year stands in last year's report.
    expect(dropped.message).toContain('Persentase kegiatan pembinaan kader posyandu yang terlaksana');
    expect(dropped.location.file).toBe(PREVIOUS);
  });

  it("reads last year's realisasi restated in prose, explained indicator changes and last year's follow-up", async () => {
    const lastYear = 'fixtures/previous/sukamaju-2022.md';
    const run = await runCli(['fixtures/previous/sukamaju-2023.md', '--previous', lastYear, '-f', 'json', '--lang', 'en']);
    expect(run.stderr).toBe('');
    const found = fromLastYear(findings(run.stdout));
    expect(found.map((f) => `${f.ruleId} ${f.severity} ${f.expected ?? ''}>${f.actual ?? ''} ${f.location.file.split('/').pop()}:${f.location.line}`).sort()).toEqual([
      // Bab IV of 2022 lists two follow-up items; "Menyusun peraturan bupati …" is not in 2023.
      'consistency/previous-follow-up info > sukamaju-2022.md:45',
      // The website indicator of 2022 is gone without a word; the new aduan indicator is explained
      // ("indikator baru hasil reviu IKU"), so it is not noted.
      'consistency/previous-indicator-change info > sukamaju-2022.md:37',
      // "Realisasi Indeks kepuasan layanan informasi publik tahun 2022 sebesar 80,10": the whole name, the same in both years.
      'consistency/previous-realisasi-prose error 80,40>80,10 sukamaju-2023.md:114',
      // "jumlah aduan yang ditindaklanjuti meningkat dari 940 aduan pada tahun 2022": part of the name.
      'consistency/previous-realisasi-prose-uncertain warning 960 aduan>940 sukamaju-2023.md:125',
    ]);
    const followUp = found.find((f) => f.ruleId === 'consistency/previous-follow-up')!;
    expect(followUp.message).toContain('1 of the 2 follow-up items of the LKjIP of 2022');
    expect(followUp.message).toContain('"Menyusun peraturan bupati tentang tata kelola data statistik sektoral"');
    expect(followUp.message).not.toContain('serat optik');
    const prose = found.find((f) => f.ruleId === 'consistency/previous-realisasi-prose')!;
    expect(prose.related!.map((r) => r.location.file)).toEqual([lastYear]);
  });

  it('refuses a report that is not of the year before, with one line, and exit 2', async () => {
    const run = await runCli(['fixtures/semboro-2021.txt', '--previous', 'fixtures/semboro-2021.yaml', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('--previous semboro-2021.yaml: an LKjIP of 2021, not of the year before this report (2020)');
  });

  it('takes the earlier of two successive LKjIPs of a berkas as last year’s', async () => {
    const berkas = join(tmp, 'dua-tahun');
    cpSync('fixtures/berkas/semboro-2021', berkas, { recursive: true });
    cpSync(PREVIOUS, join(berkas, 'tahun-lalu.yaml'));
    const run = await runCli(['--berkas', berkas, '-f', 'json']);
    expect(run.stderr).toBe('');
    const result = (JSON.parse(run.stdout) as { results: { documents: { file: string; role: string; year?: number }[] }[] }).results[0];
    expect(result.documents.filter((d) => d.role === 'lkjip').map((d) => `${d.file.split('/').pop()} ${d.year}`)).toEqual(['dokumen-d.txt 2021', 'tahun-lalu.yaml 2020']);
    expect(fromLastYear(findings(run.stdout)).map((f) => `${f.ruleId} ${f.location.file.split('/').pop()}`).sort()).toEqual([
      'consistency/previous-indicator-change tahun-lalu.yaml',
      'consistency/previous-realisasi dokumen-d.txt',
    ]);
  });

  it('caches a berkas with --cache under the bytes of all its files', async () => {
    const berkas = join(tmp, 'dua-tahun-cache');
    mkdirSync(berkas);
    cpSync('fixtures/previous/sukamaju-2023.md', join(berkas, 'lkjip-2023.md'));
    cpSync('fixtures/previous/sukamaju-2022.md', join(berkas, 'lkjip-2022.md'));
    const entries = () => readdirSync(join(tmp, '.lkjip-lint-cache')).filter((f) => f.endsWith('.json'));
    const args = ['--berkas', 'dua-tahun-cache', '--cache', '-f', 'json', '--lang', 'en'];
    const first = await runCli(args, { cwd: tmp });
    expect(entries()).toHaveLength(1);
    expect(fromLastYear(findings(first.stdout)).length).toBe(4);
    // The same files: the same key, read back (a damaged entry is seen, said and replaced).
    writeFileSync(join(tmp, '.lkjip-lint-cache', entries()[0]), 'kerusakan');
    const second = await runCli(args, { cwd: tmp });
    expect(second.stderr).toContain('cache entry');
    expect(second.stdout).toBe(first.stdout);
    // Another byte in one file of the berkas: another key.
    appendFileSync(join(berkas, 'lkjip-2022.md'), '\n');
    await runCli(args, { cwd: tmp });
    expect(entries()).toHaveLength(2);
  });
});

