// The report's year and identity by vote, with running headers and footers as page furniture:
// - fixtures/identity/footer-year-2023.pdf (scripts/make-identity-pdfs.mjs): no cover; the year is
//   only in the running footer, printed on alternating sides with roman, then arabic page numbers;
//   the Dasar Hukum cites "Peraturan Presiden Nomor 29 Tahun 2014".
// - fixtures/identity/image-cover-2025.pdf: an image-only cover, "LAPORAN KINERJA … TAHUN 2025" as
//   the running header, the Kata Pengantar naming "Laporan Kinerja Instansi Pemerintah (LKIP) <long
//   agency name> Tahun 2025", forward-looking and comparing sentences in Bab III.
// - the corpus report whose footer alone names its year, and one whose appendix pages carry last
//   year's running header.
// Through the CLI as a process and in process; the parts (page numbers, title phrases, the vote)
// on their own.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintModel } from '../src/engine/run.js';
import type { Finding } from '../src/engine/types.js';
import { readReport } from '../src/ingest/index.js';
import { withoutPageNumber } from '../src/ingest/page-numbers.js';
import { readTitles } from '../src/ingest/understand/title-phrase.js';
import { votedYear } from '../src/model/meta-vote.js';
import * as make from '../scripts/make-bad-fixtures.mjs';
import type { Model } from '../src/model/types.js';
import { runCli } from './cli-process.js';

const FOOTER = 'fixtures/identity/footer-year-2023.pdf';
const IMAGE_COVER = 'fixtures/identity/image-cover-2025.pdf';
const LOAD = 120_000;

const run = (args: string[], cwd = resolve('.')) => runCli(args, { cwd });

const brief = (f: Finding) => `${f.severity} ${f.ruleId}${f.location.page ? ` p.${f.location.page}` : ''}`;
const kinds = (m: Model) => (m.meta.sources ?? []).map((s) => `${s.kind}:${s.tahun ?? ''}`);

describe('parts', () => {
  it('a running title without its page number, whatever the style and side', () => {
    for (const printed of [
      'ii LKIP BAPPEDA Provinsi Jawa Barat Tahun 2016',
      'LKIP BAPPEDA Provinsi Jawa Barat Tahun 2016 iii',
      'LKIP BAPPEDA Provinsi Jawa Barat Tahun 2016 I - 1',
      'LKIP BAPPEDA Provinsi Jawa Barat Tahun 2016 III- 20',
      'IV - 2 LKIP BAPPEDA Provinsi Jawa Barat Tahun 2016',
      'LKIP BAPPEDA Provinsi Jawa Barat Tahun 2016 | Hal. 3',
      'LKIP BAPPEDA Provinsi Jawa Barat Tahun 2016 3 dari 40',
      '- 12 - LKIP BAPPEDA Provinsi Jawa Barat Tahun 2016',
      '12LKIP BAPPEDA Provinsi Jawa Barat Tahun 2016',
    ])
      expect(withoutPageNumber(printed), printed).toBe('LKIP BAPPEDA Provinsi Jawa Barat Tahun 2016');
    expect(withoutPageNumber('Laporan Akuntabilitas Kinerja (LAKIP) BPMPD Tahun 2016 hal- 12')).toBe('Laporan Akuntabilitas Kinerja (LAKIP) BPMPD Tahun 2016');
    // A year at the end is the title's, not a page number.
    expect(withoutPageNumber('LKIP BPLHD Provinsi Jawa Barat 2016')).toBe('LKIP BPLHD Provinsi Jawa Barat 2016');
  });

  it('title phrases: the year after the name, however long; never a regulation year', () => {
    const [kp] = readTitles(
      'Puji syukur kami panjatkan, karena atas rahmat-Nya kami dapat menyelesaikan Laporan Kinerja Instansi Pemerintah (LKIP) Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana Kabupaten Sukamaju Tahun 2025.',
      false,
    );
    expect(kp).toMatchObject({ tahun: 2025, instansi: 'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana', pemda: 'Kabupaten Sukamaju' });
    for (const regulation of [
      'Tujuan penyusunan LKIP adalah sebagai tindak lanjut amanat Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah.',
      'Berdasarkan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah, setiap instansi menyusun Laporan Akuntabilitas Kinerja Instansi Pemerintah (LKIP) yang merupakan bagian dari SAKIP.',
      'Peraturan Menteri PANRB Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah Tahun 2014',
    ])
      expect(readTitles(regulation, false).filter((r) => r.tahun), regulation).toEqual([]);
    // A title line may name the agency after the year; "TA 2016" is a year.
    expect(readTitles('LKIP Tahun 2016 Badan Kesbangpol Prov. Jawa Barat', true)[0]).toMatchObject({ tahun: 2016, instansi: 'Badan Kesbangpol', pemda: 'Prov. Jawa Barat' });
    expect(readTitles('LKIP RSUD Al Ihsan Provinsi Jawa Barat TA 2016', true)[0]).toMatchObject({ tahun: 2016, instansi: 'RSUD Al Ihsan' });
  });

  it('the vote: titles outweigh the body, a stale PDF Title loses, a tie goes to the cover', () => {
    expect(votedYear([{ kind: 'furniture', tahun: 2016 }, { kind: 'body', tahun: 2014 }, { kind: 'pdf-title', tahun: 2002 }])).toBe(2016);
    expect(votedYear([{ kind: 'cover', tahun: 2021 }, { kind: 'kata-pengantar', tahun: 2020 }, { kind: 'text', tahun: 2020 }])).toBe(2021);
    expect(votedYear([{ kind: 'stated', tahun: 2030 }, { kind: 'body', tahun: 2016 }])).toBe(2016);
    expect(votedYear([])).toBeUndefined();
  });
});

describe('the year only in the running footer; a regulation of 2014 in the Dasar Hukum', () => {
  let model: Model;
  let findings: Finding[];
  beforeAll(async () => {
    model = await readReport(FOOTER);
    findings = await lintModel(model);
  }, LOAD);

  it('is read as the footer says, the furniture set apart from the text', () => {
    expect(model.meta).toMatchObject({ tahun: 2023, instansi: 'Badan Perencanaan Daerah', pemda: 'Provinsi Sukamaju', level: 'opd' });
    expect(kinds(model)).toEqual(['furniture:2023']);
    // On every page, left and right, with roman and arabic page numbers.
    expect(model.meta.sources![0].pages).toEqual(Array.from({ length: model.extraction!.pages! }, (_, i) => i + 1));
    expect((model.paragraphs ?? []).filter((p) => /LKIP Badan Perencanaan/.test(p.text))).toEqual([]);
  });

  it('gives the findings it should and no others: no year taken from the regulations', () => {
    expect(findings.map(brief)).toEqual(['info completeness/missing-reviu-statement p.1', 'info rating/default-scale p.5']);
  });
});

describe('an image-only cover; the year in the running header, the Kata Pengantar and the Title', () => {
  let model: Model;
  let findings: Finding[];
  beforeAll(async () => {
    model = await readReport(IMAGE_COVER);
    findings = await lintModel(model);
  }, LOAD);

  it('is read as 2025 from every source, with the agency as the Kata Pengantar spells it', () => {
    expect(model.meta).toMatchObject({
      tahun: 2025,
      instansi: 'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana',
      pemda: 'Kabupaten Sukamaju',
    });
    expect(kinds(model)).toEqual(['furniture:2025', 'kata-pengantar:2025', 'text:2025', 'pk:2025', 'pdf-title:2025', 'body:2025']);
  });

  it('gives the findings it should and no others: forward-looking and comparing sentences are no wrong year', () => {
    expect(findings.map(brief)).toEqual(['info completeness/not-understood', 'info rating/default-scale p.6']);
    expect(findings[0].evidence).toBe('no text layer on 1 page 1');
  });
});

describe('through the CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lkjip-identity-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lints both, exit 0, and --explain-extraction names the year and where it was read', async () => {
    const r = await run([FOOTER, IMAGE_COVER, '--explain-extraction', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [footer, cover] = JSON.parse(r.stdout).results;
    expect(footer.extraction.identity).toMatchObject({ tahun: 2023, instansi: 'Badan Perencanaan Daerah', sources: [{ kind: 'furniture', tahun: 2023, text: 'LKIP Badan Perencanaan Daerah Provinsi Sukamaju Tahun 2023' }] });
    expect(cover.extraction.identity.tahun).toBe(2025);
    expect(cover.findings.filter((f: Finding) => f.category === 'period')).toEqual([]);
  });

  it('a stated year wins; where the document says otherwise, one warning says so (--year, then the config)', async () => {
    const stated = JSON.parse((await run([FOOTER, '--year', '2024', '--format', 'json'])).stdout).results[0].findings as Finding[];
    // Every check takes the stated year: a report for 2024 signed in February 2024, a Renstra of
    // 2019–2023; and one warning that the document itself says 2023.
    expect(stated.filter((f) => f.category === 'period').map((f) => [f.ruleId, f.expected, f.actual])).toEqual([
      ['period/renstra-period', '2024', '2019–2023'],
      ['period/year-stated-differs', '2024', '2023'],
      ['period/signed-before-year-end', 'Januari–Februari 2025', '14 Februari 2024'],
    ]);
    expect(stated.find((f) => f.ruleId === 'period/year-stated-differs')!.message).toContain('header/footer berulang (hlm. 1–7)');
    // A report that names no year takes the configuration's; --year wins over it.
    writeFileSync(join(dir, 'lkjip-lint.config.json'), JSON.stringify({ year: 2023 }));
    writeFileSync(join(dir, 'tanpa-tahun.md'), '# BAB I PENDAHULUAN\n\nDinas Contoh menyusun laporan kinerja atas capaian sasaran Rencana Strategis 2019-2023.\n');
    const years = async (args: string[]) => {
      const r = JSON.parse((await run(['tanpa-tahun.md', '--format', 'json', ...args], dir)).stdout).results[0];
      return [r.notChecked, r.findings.filter((f: Finding) => f.category === 'period').map((f: Finding) => [f.ruleId, f.expected])];
    };
    expect(await years([])).toEqual([undefined, []]);
    expect(await years(['--year', '2025'])).toEqual([undefined, [['period/renstra-period', '2025']]]);
    expect((await run(['--year', '23', FOOTER])).stderr).toBe('lkjip-lint: --year memerlukan tahun 1990–2100, bukan "23"\n');
  });

  it('a report of which nothing beyond the cover is understood is not checked: a line, summary.notChecked, exit 1', async () => {
    const file = join(dir, 'sampul-saja.pdf');
    writeFileSync(file, make.textPdf([['LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)', 'TAHUN 2021', 'KECAMATAN CONTOH', 'KABUPATEN JEMBER'], [], [], []]));
    const json = join(dir, 'sampul-saja.json');
    const stylish = await run([file, '--format', 'json', '-o', json, '--format', 'stylish']);
    expect(stylish.code).toBe(1);
    expect(stylish.stdout.split('\n').slice(0, 2)).toEqual([
      `${file} (pdf)  1 temuan`,
      '  tidak diperiksa: selain sampulnya tidak ada bagian LKjIP yang dikenali (bab, tabel, Perjanjian Kinerja, anggaran); periksa laporannya secara manual atau kirim berkas yang teksnya terbaca',
    ]);
    expect(stylish.stdout).toContain('✖ 1 temuan (0 galat, 0 peringatan, 1 info) pada 1 berkas; 1 berkas tidak diperiksa\n');
    const out = JSON.parse(readFileSync(json, 'utf8'));
    expect(out.results[0].notChecked).toEqual([{ code: 'nothing-understood', message: expect.stringMatching(/^tidak diperiksa: selain sampulnya/) }]);
    expect(out.summary).toMatchObject({ errors: 0, notChecked: 1 });
  });
});

describe('real reports', () => {
  it('the Bappeda-style LKIP: its footer names the year, never the Perpres of 2014', async () => {
    const model = await readReport('fixtures/corpus/lkip-2016-bappeda-jawa-barat.pdf');
    expect(model.meta).toMatchObject({ tahun: 2016, instansi: 'Badan Perencanaan Pembangunan Daerah (BAPPEDA)', pemda: 'Provinsi Jawa Barat' });
    const footer = model.meta.sources!.find((s) => s.kind === 'furniture')!;
    expect(footer.text).toBe('LKIP BAPPEDA Provinsi Jawa Barat Tahun 2016');
    // Odd and even pages, roman in the front matter, "I - 1" … "III- 34" … "IV - 3" in the chapters.
    expect(footer.pages).toHaveLength(59);
    expect((model.paragraphs ?? []).filter((p) => /LKIP BAPPEDA Provinsi Jawa Barat Tahun 2016/.test(p.text))).toEqual([]);
    const findings = await lintModel(model);
    // The one period finding is a real slip in the prose ("… (BAPPEDA) Tahun 2106", p. 14), not the footer or the Perpres.
    expect(findings.filter((f) => f.category === 'period').map((f) => [f.ruleId, f.actual, f.location.page])).toEqual([['period/year-garbled', '2106', 14]]);
  }, LOAD);

  it('a Perjanjian Kinerja on its own is refused as such, not linted as an LKjIP that misses every chapter', async () => {
    await expect(readReport('fixtures/corpus/pk-2017-rsj-jawa-barat.docx')).rejects.toMatchObject({
      text: { en: 'this file is a Perjanjian Kinerja (performance agreement), not an LKjIP: lint the LKjIP it belongs to' },
    });
  }, LOAD);

  it("last year's running header on appendix pages: one warning with its pages, not one per page", async () => {
    const findings = await lintModel(await readReport('fixtures/corpus/lkip-2016-disbun-jawa-barat.pdf'));
    const wrong = findings.filter((f) => f.ruleId === 'period/year-sources-disagree');
    expect(wrong.map((f) => [f.expected, f.actual, f.location.page])).toEqual([['2016', '2015', 79]]);
    expect(wrong[0].message).toContain('header/footer berulang (hlm. 79, 81, 83, 85, 87)');
  }, LOAD);
});
