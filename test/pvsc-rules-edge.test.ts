// Edge cases of the period, reference, structure and completeness rules beyond their own examples.
import { describe, expect, it } from 'vitest';
import { loadRules } from '../src/engine/rules.js';
import { lintModel } from '../src/engine/run.js';
import { loadStructured } from '../src/model/load-structured.js';

const rules = loadRules().filter((r) => ['period', 'reference', 'structure', 'completeness'].includes(r.category));

async function lint(report: Record<string, unknown>, only?: string[]) {
  const model = loadStructured(JSON.stringify({ ...report, meta: { tahun: 2021, ...((report.meta as object) ?? {}) } }, null, 1), 'edge.json', 'json');
  const findings = await lintModel(model, { rules: only ? rules.filter((r) => only.includes(r.id)) : rules });
  return findings.map((f) => [f.ruleId, f.expected, f.actual]);
}

describe('outline', () => {
  it('"BAB VI PENUTUP" is a numbering error, not a missing Penutup', async () => {
    const sections = [
      { title: 'IKHTISAR EKSEKUTIF' },
      { title: 'BAB I PENDAHULUAN' },
      { title: 'BAB II PERENCANAAN KINERJA' },
      { title: 'BAB III AKUNTABILITAS KINERJA' },
      { title: 'A. CAPAIAN KINERJA ORGANISASI' },
      { title: 'B. REALISASI ANGGARAN' },
      { title: 'BAB VI PENUTUP' },
      { title: 'LAMPIRAN PERJANJIAN KINERJA' },
    ];
    expect(await lint({ sections }, ['structure/chapter-numbering', 'completeness/missing-section'])).toEqual([['structure/chapter-numbering', 'IV', 'VI']]);
  });
  it('a model without headings says nothing about missing parts', async () => {
    expect(await lint({ paragraphs: [{ text: 'Laporan Kinerja Tahun 2021.' }] }, ['completeness/missing-section', 'completeness/missing-ikhtisar'])).toEqual([]);
  });
  it('a chapter numbered only in its numbering field', async () => {
    const sections = [
      { title: 'PENDAHULUAN', number: 'I' },
      { title: 'PERENCANAAN KINERJA', number: 'II' },
      { title: 'AKUNTABILITAS KINERJA', number: 'IV' },
    ];
    expect(await lint({ sections }, ['structure/chapter-numbering'])).toEqual([['structure/chapter-numbering', 'III', 'IV']]);
  });
});

describe('signatories and letterheads', () => {
  it('one-word names with different NIPs are the same person only in the same position', async () => {
    const signings = [
      { document: 'pk', signatories: [{ name: 'SUPRIYADI', jabatan: 'Sekretaris Camat', nip: '19700101 199003 1 001' }] },
      { document: 'rkt', signatories: [{ name: 'SUPRIYADI, S.H.', jabatan: 'Kepala Seksi Pemerintahan', nip: '19750505 200003 1 002' }] },
    ];
    expect(await lint({ signings }, ['reference/signatory-nip'])).toEqual([]);
    signings[1].signatories[0].jabatan = 'Sekretaris Camat';
    expect(await lint({ signings }, ['reference/signatory-nip'])).toEqual([['reference/signatory-nip', '19700101 199003 1 001', '19750505 200003 1 002']]);
  });
  it('letterheads of different agencies are not compared', async () => {
    const letterheads = [
      { document: 'pk', instansi: 'PEMERINTAH KABUPATEN JEMBER', phone: '(0331) 487027' },
      { document: 'rkt', instansi: 'KECAMATAN SEMBORO', phone: '(0336) 441911' },
      { document: 'sk-iku', phone: '(0336) 441911' },
    ];
    expect(await lint({ letterheads }, ['reference/letterhead-variant'])).toEqual([]);
  });
});

describe('citations', () => {
  it('same number, different title years: two regulations', async () => {
    const paragraphs = [
      { text: 'Peraturan Bupati Jember Nomor 5 Tahun 2019 tentang Rencana Kerja Pemerintah Daerah Tahun 2020.' },
      { text: 'Peraturan Bupati Jember Nomor 5 Tahun 2019 tentang Rencana Kerja Pemerintah Daerah Tahun 2020 menjadi acuan.' },
      { text: 'Peraturan Bupati Jember Nomor 5 Tahun 2020 tentang Rencana Kerja Pemerintah Daerah Tahun 2021.' },
    ];
    expect(await lint({ paragraphs }, ['reference/regulation-year', 'reference/regulation-year-unconfirmed'])).toEqual([]);
  });
  it('a known number with another subject is another regulation', async () => {
    const paragraphs = [{ text: 'Sesuai Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan dan Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah.' }];
    expect(await lint({ paragraphs }, ['reference/regulation-year', 'reference/regulation-year-unconfirmed'])).toEqual([]);
  });
});

describe('period', () => {
  it('a year in the Daftar Isi and in a caption is checked too', async () => {
    const report = {
      sections: [{ title: 'A. PENGUKURAN CAPAIAN KINERJA TAHUN 2020', inToc: true }],
      tables: [{ number: '3.1', title: 'Pengukuran Realisasi Kinerja Tahun 2020' }],
    };
    expect(await lint(report, ['period/wrong-year'])).toEqual([
      ['period/wrong-year', '2021', '2020'],
      ['period/wrong-year', '2021', '2020'],
    ]);
  });
  it('a report signed in time raises nothing', async () => {
    const report = {
      meta: { tahun: 2021, level: 'opd' },
      pk: [{ kind: 'pk', year: 2021, date: '4 Januari 2021' }, { kind: 'pk-perubahan', year: 2021, date: '1 Oktober 2021' }],
      signings: [
        { document: 'pernyataan-reviu', date: '20 Februari 2022' },
        { document: 'kata-pengantar', place: 'Jember', date: '25 Februari 2022', signatories: [{ name: 'Ir. OKTO HARYANTO' }] },
      ],
    };
    expect(await lint(report)).toEqual([]);
  });
});
