// Attachment of narrative claims: what a sentence speaks of, and when the rules must stay silent.
import { describe, expect, it } from 'vitest';
import { loadRules } from '../src/engine/rules.js';
import { lintModel } from '../src/engine/run.js';
import { loadStructured } from '../src/model/load-structured.js';
import { normalize } from '../src/model/normalize.js';
import type { LkjipReport } from '../src/model/types.js';

const rules = loadRules().filter((r) => r.category === 'narrative');

const SCALE = {
  bands: [
    { range: 'Lebih dari 100 %', label: 'SANGAT BAIK' },
    { range: '76 % s/d 100 %', label: 'BAIK' },
    { range: '55 % s/d 75 %', label: 'CUKUP' },
    { range: 'Kurang dari 55 %', label: 'KURANG' },
  ],
};

function model(report: Record<string, unknown>) {
  return loadStructured(JSON.stringify({ meta: { tahun: 2021 }, ...report }, null, 1), 'example.json', 'json');
}

async function lint(report: Record<string, unknown>) {
  return (await lintModel(model(report), { rules })).map((f) => ({ rule: f.ruleId, expected: f.expected, actual: f.actual }));
}

const paragraph = (text: string, section = 'BAB IV PENUTUP', extra: Record<string, unknown> = {}) => ({ section, text, ...extra });

describe('what a sentence speaks of', () => {
  it('a sasaran by its wording when the numbering restarts per misi', async () => {
    const pengukuran = [
      { sasaran: 'Meningkatnya perkembangan industri kecil, menengah dan besar', indikator: 'Pertumbuhan industri manufaktur', target: '10%', realisasi: '10%' },
      { sasaran: 'Meningkatnya produk ekspor dan eksportir Jawa Barat', indikator: 'Jumlah eksportir baru', target: '100', realisasi: '60' },
    ];
    // "Misi kedua … 1. Sasaran 1 : Meningkatnya produk ekspor …" is the second sasaran of the table.
    const text = '1. Sasaran 1 : Meningkatnya produk ekspor dan eksportir Jawa Barat, mendapat predikat nilai “Baik” dengan rata-rata capaian sebesar 60%.';
    expect(await lint({ scale: SCALE, pengukuran, paragraphs: [paragraph(text)] })).toEqual([{ rule: 'narrative/predikat', expected: 'Cukup', actual: 'Baik' }]);
  });

  it('an indicator it names (Disperindag phrasing)', async () => {
    const pengukuran = [
      { sasaran: 'Meningkatnya perkembangan industri', indikator: 'Pertumbuhan industri manufaktur pada PDRB Jawa Barat', target: '10%', realisasi: '9,068%' },
      { sasaran: 'Meningkatnya perkembangan industri', indikator: 'Peningkatan jumlah unit usaha IKM', target: '100', realisasi: '100' },
    ];
    const wrong = 'Capaian kinerja pertumbuhan Industri Manufaktur pada PDRB Jawa Barat sebesar 90,68% dengan kategori “Sangat Baik”.';
    expect(await lint({ scale: SCALE, pengukuran, paragraphs: [paragraph(wrong, 'B. EVALUASI DAN ANALISIS CAPAIAN KINERJA')] })).toEqual([{ rule: 'narrative/predikat', expected: 'Baik', actual: 'Sangat Baik' }]);
    const right = wrong.replace('Sangat Baik', 'Baik');
    expect(await lint({ scale: SCALE, pengukuran, paragraphs: [paragraph(right, 'B. EVALUASI DAN ANALISIS CAPAIAN KINERJA')] })).toEqual([]);
  });

  it('nothing when a sentence names two indicators, nor carried over from the sentence before', async () => {
    const pengukuran = [
      { sasaran: 'Meningkatnya produk ekspor', indikator: 'Peningkatan nilai ekspor non migas Jawa Barat per tahun', target: '100', realisasi: '50' },
      { sasaran: 'Meningkatnya produk ekspor', indikator: 'Peningkatan jumlah eksportir Jawa Barat per tahun', target: '100', realisasi: '166,4' },
      { sasaran: 'Meningkatnya produk ekspor', indikator: 'Penurunan nilai impor Jawa Barat', target: '100', realisasi: '75,6' },
    ];
    const text =
      'Capaian kinerja Peningkatan Nilai Ekspor Non Migas Jawa Barat per tahun sebesar 50% dengan kategori “Kurang”. Sementara untuk capaian kinerja Peningkatan Jumlah eksportir Jawa Barat per tahun dan Penurunan Nilai Impor Jawa Barat masing-masing sebesar 166,4% dengan kategori “Sangat Baik” dan 75,6% dengan kategori “Cukup”.';
    expect(await lint({ scale: SCALE, pengukuran, paragraphs: [paragraph(text, 'B. EVALUASI DAN ANALISIS CAPAIAN KINERJA')] })).toEqual([]);
  });

  it('the report scale by default: Permendagri 86/2017 words are judged, others are not', async () => {
    const pengukuran = [{ sasaran: 'Peningkatan partisipasi pemilu', indikator: 'Tingkat Partisipasi Pemilu', target: '77,75%', realisasi: '74,28%', capaian: '95,54%' }];
    const text = (word: string) => `Indikator Kinerja Tingkat Partisipasi Pemilu memiliki target 77,75% Realisasi yang dicapai adalah sebesar 74,28% dengan persentase capaian 95,54% dan predikat capaian “${word}”.`;
    const section = 'B. EVALUASI DAN ANALISIS CAPAIAN KINERJA';
    expect(await lint({ pengukuran, paragraphs: [paragraph(text('Sangat Tinggi'), section)] })).toEqual([]);
    expect(await lint({ pengukuran, paragraphs: [paragraph(text('Tinggi'), section)] })).toEqual([{ rule: 'narrative/predikat', expected: 'Sangat Tinggi', actual: 'Tinggi' }]);
    // "Baik" is no word of that scale: no verdict.
    expect(await lint({ pengukuran, paragraphs: [paragraph(text('Baik'), section)] })).toEqual([]);
  });

  it('an explicit "tidak tercapai" for an indicator that reached its target', async () => {
    const pengukuran = [{ sasaran: 'Peningkatan partisipasi pemilu', indikator: 'Tingkat Partisipasi Pemilu', target: '75%', realisasi: '77,1%' }];
    const text = 'Target indikator Tingkat Partisipasi Pemilu tidak tercapai karena rendahnya minat pemilih.';
    expect(await lint({ pengukuran, paragraphs: [paragraph(text, 'B. EVALUASI DAN ANALISIS CAPAIAN KINERJA')] })).toEqual([
      { rule: 'narrative/achievement', expected: 'melampaui target (capaian 102,80%)', actual: 'tidak tercapai' },
    ]);
  });

  it('SKM given as nilai interval (1–4)', async () => {
    const pengukuran = [{ sasaran: 'Meningkatnya kualitas pelayanan', indikator: 'Indeks Kepuasan Masyarakat (IKM)', target: 'B', realisasi: '3,2' }];
    const text = (letter: string) => `Hasil Indeks Kepuasan Masyarakat (IKM) tahun ini dengan mutu pelayanan ${letter}.`;
    expect(await lint({ pengukuran, paragraphs: [paragraph(text('B'), 'IKHTISAR EKSEKUTIF')] })).toEqual([]);
    expect(await lint({ pengukuran, paragraphs: [paragraph(text('A'), 'IKHTISAR EKSEKUTIF')] })).toEqual([{ rule: 'narrative/skm-mutu', expected: 'B', actual: 'A' }]);
  });
});

describe('budget figures', () => {
  const anggaran = {
    rows: [{ level: 'program', name: 'Program A', anggaran: '989.454.881.713', realisasi: '982.061.548.321' }],
    total: { label: 'JUMLAH', anggaran: '989.454.881.713', realisasi: '982.061.548.321' },
  };

  it('original and revised budget in one sentence: only the revised one is the table total', async () => {
    const text = (murni: string, perubahan: string) => `Pada Tahun 2024 pagu anggaran Badan Kesbangpol adalah sebesar Rp ${murni}, sedangkan pagu anggaran perubahan Tahun 2024 adalah sebesar Rp ${perubahan}.`;
    const meta = { tahun: 2024 };
    expect(await lint({ meta, anggaran, paragraphs: [paragraph(text('989.712.529.213', '989.454.881.713'), 'BAB II PERENCANAAN KINERJA')] })).toEqual([]);
    expect(await lint({ meta, anggaran, paragraphs: [paragraph(text('989.712.529.213', '989.545.881.713'), 'BAB II PERENCANAAN KINERJA')] })).toEqual([
      { rule: 'narrative/number-mismatch', expected: '989.454.881.713', actual: 'Rp 989.545.881.713' },
    ]);
  });

  it('another year than the report\'s is not judged', async () => {
    const text = 'Capaian kinerja tahun 2015 sebesar 100% dengan kategori “Sangat Baik”; pada tahun 2020 pagu anggaran sebesar Rp 1.000.000.';
    expect(await lint({ anggaran, paragraphs: [paragraph(text)] })).toEqual([]);
  });

  it('realisation rate and unspent budget (DKI phrasing)', async () => {
    const ok = 'Bakesbangpol memiliki 6 Program dengan total pagu anggaran sebesar Rp 989.454.881.713 , realisasi anggaran Rp. 982.061.548.321 (99,25%), efisiensi anggaran sebesar Rp 7.393.333.392 (0,75%), dan Efisiensi Output Program 16,45%.';
    expect(await lint({ anggaran, paragraphs: [paragraph(ok)] })).toEqual([]);
    const wrong = ok.replace('(99,25%)', '(99,52%)').replace('Rp 7.393.333.392', 'Rp 7.393.333.000');
    expect(await lint({ anggaran, paragraphs: [paragraph(wrong)] })).toEqual(
      expect.arrayContaining([
        { rule: 'narrative/number-mismatch', expected: '99,25%', actual: '99,52%' },
        { rule: 'narrative/number-mismatch', expected: 'Rp 7.393.333.392', actual: 'Rp 7.393.333.000' },
      ]),
    );
    expect(await lint({ anggaran, paragraphs: [paragraph(wrong)] })).toHaveLength(2);
  });

  it("a named kegiatan's budget is not the total; an allocation equal to another table cell speaks of that cell", async () => {
    const kegiatan = '1. Kegiatan Rapat Koordinasi Industri dan Perdagangan, yang dilaksanakan oleh Dinas dengan alokasi anggaran sebesar Rp. 399.380.000 realisasi anggaran sebesar Rp. 394.166.888 atau 98,69%.';
    const alokasi = 'Dana sebesar Rp. 24.577.000 digunakan untuk pelayanan umum di wilayah kecamatan.';
    expect(
      await lint({
        anggaran,
        alokasi: [{ sasaran: 1, items: [{ name: 'Program A', anggaran: 'Rp. 24.577.000' }], total: 'Rp. 24.577.000' }],
        paragraphs: [paragraph(kegiatan, 'C. AKUNTABILITAS KEUANGAN'), paragraph(alokasi, 'C. AKUNTABILITAS KEUANGAN')],
      }),
    ).toEqual([]);
  });
});

describe('locations', () => {
  it('a penjelasan read from a text file points at its own line', async () => {
    const input = {
      meta: { tahun: 2021 },
      subKegiatan: [
        {
          subKegiatan: 'Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat',
          rows: [{ kind: 'input', uraian: 'Anggaran', target: '88.730.000', realisasi: '75.669.000', persen: '82,3%', at: { line: 482 } }],
          penjelasan: 'Sedangkan untuk realisasi anggaran 82,3%',
          penjelasanAt: { line: 485 },
          at: { line: 479 },
        },
      ],
    } as unknown as LkjipReport;
    const m = normalize(input, { file: 'laporan.txt', format: 'text' });
    const [f] = await lintModel(m, { rules });
    expect(f).toMatchObject({ ruleId: 'narrative/number-mismatch', location: { file: 'laporan.txt', line: 485, field: 'penjelasan' }, related: [{ location: { line: 482 } }] });
  });
});
