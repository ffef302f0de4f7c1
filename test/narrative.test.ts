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

// Scopes other than the budget table's, read the way real reports write them (corpus: Disbun, Disnak,
// BP3AKB, RSUD, Distan, Biro Organisasi Jawa Barat 2016).
describe('what a budget figure covers', () => {
  const anggaran = {
    title: 'Pagu dan Realisasi Program/Kegiatan APBD Tahun 2016',
    rows: [{ level: 'program', name: 'Program A', anggaran: '44.495.611.842', realisasi: '43.433.436.071' }],
    total: { label: 'JUMLAH', anggaran: '44.495.611.842', realisasi: '43.433.436.071' },
  };
  const meta = { tahun: 2016 };
  const at = (section: string, ...texts: string[]) => texts.map((text) => paragraph(text, section));
  const rules = async (report: Record<string, unknown>) => (await lintModel(model({ meta, anggaran, ...report }), { rules: loadRules().filter((r) => r.category === 'narrative') })).map((f) => ({ rule: f.ruleId, severity: f.severity, actual: f.actual, message: f.message }));

  it('APBN, dekonsentrasi, tugas pembantuan and revenue are not the APBD table', async () => {
    const text =
      'Dana Tugas Pembantuan APBN yang diterima adalah sebesar Rp 22.061.479.000,- dengan realisasi sebesar Rp 15.332.496.000,- atau sekitar 69,50%. Sedangkan Dana Dekonsentrasi (DK) adalah sebesar Rp 4.540.705.000,-. Secara keseluruhan dana APBN yang diterima adalah sebesar Rp 26.602.184.000,- dengan realisasi sebesar Rp 19.399.610.760 atau sebesar 72,92%. Realisasi Pendapatan-LRA adalah sebesar Rp. 195.793.913.159,00 atau 79,98 persen.';
    expect(await rules({ paragraphs: at('C. AKUNTABILITAS KEUANGAN', text) })).toEqual([]);
    // The same figure said of the whole budget is compared.
    expect(await rules({ paragraphs: at('C. AKUNTABILITAS KEUANGAN', 'Total anggaran Dinas tahun 2016 sebesar Rp 26.602.184.000.') })).toMatchObject([{ rule: 'narrative/number-mismatch', severity: 'error' }]);
  });

  it('a figure named after the amount ("… baik APBD maupun APBN"), one program, the kegiatan supporting an indicator, one sasaran', async () => {
    const texts = [
      'Rencana Kinerja Tahun 2016 memuat anggaran sebesar Rp. 88.277.280.223 yang dijabarkan dalam 13 program dan 62 kegiatan baik APBD maupun APBN.',
      'Kegiatan yang mendukung terhadap peningkatan produksi daging sebanyak 4 kegiatan dengan total anggaran Rp. 1.954.040.000,-.',
      'Kegiatan yang mendukung indikator kinerja jumlah kawasan usaha peternakan dengan total anggaran Rp. 2.487.494.500,-.',
      'Anggaran APBD yang dialokasikan untuk mencapai sasaran ini sebesar Rp.4.043.279.900,00.',
    ];
    expect(await rules({ paragraphs: at('C. AKUNTABILITAS KEUANGAN', ...texts) })).toEqual([]);
  });

  it('a bare figure after a sentence on APBN funds, or under a heading on programs, is a warning that names the scope', async () => {
    const text = 'Dinas juga menerima dana APBN untuk dua program. Pagu anggaran tersebut sebesar Rp 26.602.184.000.';
    const [f] = await rules({ paragraphs: at('C. AKUNTABILITAS KEUANGAN', text) });
    expect(f).toMatchObject({ rule: 'narrative/number-mismatch-uncertain', severity: 'warning' });
    expect(f.message).toMatch(/dana APBN/);
    // Under a heading on APBN funds: that scope, nothing to compare.
    expect(await rules({ paragraphs: at('3.2.2. Pagu dan Realisasi Program/Kegiatan APBN', 'Pagu anggaran sebesar Rp 26.602.184.000.') })).toEqual([]);
  });

  it('a table whose total or caption names a part or another source totals only that', async () => {
    const part = { ...anggaran, total: { ...anggaran.total, label: 'TOTAL URUSAN PILIHAN' } };
    expect(await rules({ anggaran: part, paragraphs: at('C', 'Realisasi anggaran dana APBD adalah sebesar Rp 40.000.000.000.') })).toEqual([]);
    const apbn = { ...anggaran, title: 'Anggaran Pendapatan dan Belanja Negara Lingkup Peternakan di Provinsi Jawa Barat' };
    expect(await rules({ anggaran: apbn, paragraphs: at('C', 'Total anggaran sebesar Rp. 18.918.505.000,-.') })).toEqual([]);
  });

  it("the rest of a budget the paragraph states otherwise is that budget's; a percentage column is no amount", async () => {
    const text = 'Anggaran Dinas berubah menjadi Rp. 77.005.760.086,- (perubahan), keuangan sebesar Rp. 73.156.348.751,- (95,00%) dengan sisa anggaran sebesar Rp. 3.849.411.335.';
    expect(await rules({ paragraphs: at('BAB IV PENUTUP', text) })).toEqual([]);
    const belanja = { groups: [{ name: 'Belanja Langsung', amount: '87,70' }] };
    expect(await rules({ anggaran: undefined, belanja, paragraphs: at('C', 'Dana APBD terdiri dari Belanja Langsung sebesar Rp. 37.664.381.200,-.') })).toEqual([]);
  });
});

describe('which capaian a sentence speaks of', () => {
  const pengukuran = [
    { sasaran: 'Meningkatnya produksi', indikator: 'Prosentase peningkatan produktivitas komoditas strategis', target: '2,30', realisasi: '2,25' },
    { sasaran: 'Meningkatnya produksi', indikator: 'Prosentase peningkatan volume ekspor produk perkebunan', target: '2,30', realisasi: '2,40' },
  ];
  const meta = { tahun: 2016 };

  it('under a heading that compares with last year, the Renstra or national figures: not this year\'s capaian', async () => {
    const heading = 'b. Perbandingan Realisasi Kinerja Tahun 2016 dengan Tahun 2015';
    const text = 'Indikator prosentase peningkatan produktivitas komoditas strategis mencapai target kinerja sebesar 102,74% dan telah mencapai target.';
    expect(await lint({ meta, pengukuran, paragraphs: [paragraph(heading, 'B. Capaian Kinerja'), paragraph(text, 'B. Capaian Kinerja')] })).toEqual([]);
    expect(await lint({ meta, pengukuran, paragraphs: [paragraph('b. Perbandingan Target dan Realisasi Kinerja Tahun 2016', 'B. Capaian Kinerja'), paragraph(text, 'B. Capaian Kinerja')] })).toEqual([
      { rule: 'narrative/achievement', expected: 'belum tercapai (capaian 97,83%)', actual: 'mencapai target' },
    ]);
  });

  it('a mean over another set than the table is not recomputed; one over all the summary implies is a warning', async () => {
    const pk = [...pengukuran, { sasaran: 'Meningkatnya ekspor', indikator: 'Jumlah eksportir baru', target: '10', realisasi: '20' }];
    const subset = 'Dari tujuh indikator kinerja, lima indikator kinerja dicapai secara sangat memuaskan dengan capaian rata-rata 131,65%.';
    expect(await lint({ meta, pengukuran: pk, paragraphs: [paragraph(subset)] })).toEqual([]);
    const summary = (await lintModel(model({ meta, pengukuran: pk, paragraphs: [paragraph('Capaian kinerja Dinas memperoleh rata-rata 90,00%.')] }), { rules })).map((f) => [f.ruleId, f.severity]);
    expect(summary).toEqual([['narrative/number-mismatch-uncertain', 'warning']]);
    const stated = (await lintModel(model({ meta, pengukuran: pk, paragraphs: [paragraph('Rata-rata capaian seluruh indikator sebesar 90,00%.')] }), { rules })).map((f) => [f.ruleId, f.severity]);
    expect(stated).toEqual([['narrative/number-mismatch', 'error']]);
  });

  it('the text follows the capaian its table prints when the recomputed one says otherwise', async () => {
    const negative = [{ sasaran: 'Efisiensi usaha pertanian', indikator: 'Menurunnya tingkat kehilangan hasil pasca panen padi', target: '10,90', realisasi: '10,21', capaian: '106,33' }];
    const text = 'Indikator menurunnya tingkat kehilangan hasil pasca panen padi telah melebihi target yang ditentukan.';
    expect(await lint({ meta, pengukuran: negative, paragraphs: [paragraph(text, 'B. Capaian Kinerja')] })).toEqual([]);
  });

  it('a measurement table captioned as a comparison with the Renstra is not checked against', async () => {
    const renstra = pengukuran.map((r) => ({ ...r, at: { page: 22, table: 'Tabel 9' } }));
    const tables = [{ number: '9', title: 'Perbandingan Realisasi Kinerja Tahun 2016 dengan Target Kinerja pada Renstra', at: { page: 22 } }];
    const text = 'Indikator prosentase peningkatan produktivitas komoditas strategis telah mencapai target.';
    expect(await lint({ meta, pengukuran: renstra, tables, paragraphs: [paragraph(text, 'B. Capaian Kinerja')] })).toEqual([]);
  });
});
