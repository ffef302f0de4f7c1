// Rules of reading tables, one behaviour each, on blocks as the PDF and Markdown readers give them:
// columns from their headers (not their position), captions in the forms reports print, row
// levels of budget tables from marks (never from order alone), totals over one level, the belanja
// breakdown by its headers, group rows, merged cells, scales versus weights. And that a finding
// resting on a guessed reading is a warning that says so.
import { describe, expect, it } from 'vitest';
import type { Block, Cell, DocumentBlocks, TextBlock } from '../src/ingest/blocks.js';
import { understand } from '../src/ingest/understand/index.js';
import { lintModel } from '../src/engine/run.js';
import { normalize } from '../src/model/normalize.js';
import { validate } from '../src/model/validate.js';
import type { LkjipReport } from '../src/model/report-input.js';

let y = 0;
function p(text: string, extra: Partial<TextBlock> = {}, page = 2): TextBlock {
  y += 20;
  return { type: 'paragraph', text, loc: { page, y }, ...extra };
}
type C = string | [string, number] | [string, number, number];
function table(rows: C[][], page = 2, source: 'ruled' | 'pipes' = 'ruled'): Block {
  y += 20;
  const cells = rows.map((r) =>
    r.map((c): Cell => (Array.isArray(c) ? { text: c[0], colSpan: c[1] > 1 ? c[1] : undefined, rowSpan: c[2], loc: { page, y } } : { text: c, loc: { page, y } })),
  );
  return { type: 'table', rows: cells, loc: { page, y }, source };
}
const H = { headingLevel: 1, bold: true };
const opening = [p('LAPORAN KINERJA DINAS CONTOH KABUPATEN CONTOH TAHUN 2023', H, 1), p('BAB III', H), p('AKUNTABILITAS KINERJA', H)];
const bab3a = p('CAPAIAN KINERJA ORGANISASI', { ...H, headingLevel: 2, marker: 'A.' });
const bab3b = p('REALISASI ANGGARAN', { ...H, headingLevel: 2, marker: 'B.' });

function read(blocks: Block[]): { report: LkjipReport; notes: ReturnType<typeof understand>['notes'] } {
  const { report, notes } = understand({ file: 'x.pdf', format: 'pdf', pages: 9, blocks: [...opening, ...blocks], notes: [] } satisfies DocumentBlocks);
  expect(validate(report)).toEqual([]);
  return { report, notes };
}

async function lint(report: LkjipReport) {
  const findings = await lintModel(normalize(report, { file: 'x.pdf', format: 'pdf' }));
  return findings.filter((f) => f.ruleId.startsWith('arithmetic/') || f.ruleId.startsWith('capaian/') || f.ruleId.startsWith('rating/'));
}

describe('columns from their headers', () => {
  it('kinerja beside anggaran: the capaian is the kinerja %, not the % under ANGGARAN', () => {
    const { report } = read([
      bab3a,
      table([
        [['No', 1, 2], ['Indikator', 1, 2], ['Kinerja', 3], ['Anggaran', 3]],
        [['', 1], ['', 1], 'Target', 'Realisasi', 'Capaian (%)', 'Pagu (Rp)', 'Realisasi (Rp)', '%'],
        ['1', 'Indeks A', '80', '88', '110,00', '500.000.000', '450.000.000', '90,00'],
      ]),
    ]);
    expect(report.pengukuran?.map((m) => [m.target, m.realisasi, m.capaian])).toEqual([['80', '88', '110,00']]);
  });

  it('of two Target columns without the report year, the one taken is read by position: a wrong capaian is a warning, not an error', async () => {
    const { report } = read([bab3a, table([['No', 'Indikator', 'Target', 'Target', 'Realisasi', 'Capaian'], ['1', 'Indeks A', '70', '80', '88', '105,00']])]);
    const m = report.pengukuran![0];
    expect(m.at?.cells?.target?.reading).toBe('column-position');
    const formula = (await lint(report)).filter((f) => f.ruleId === 'capaian/formula');
    expect(formula.map((f) => [f.severity, f.restsOn])).toEqual([['warning', ['column-position']]]);
  });

  it('the column whose header names the report year is certain: a wrong capaian is an error', async () => {
    const { report } = read([bab3a, table([['No', 'Indikator', 'Target 2022', 'Target 2023', 'Realisasi 2023', 'Capaian'], ['1', 'Indeks A', '70', '80', '88', '105,00']])]);
    expect(report.pengukuran![0].target).toBe('80');
    expect((await lint(report)).filter((f) => f.ruleId === 'capaian/formula').map((f) => f.severity)).toEqual(['error']);
  });

  it('"Realisasi Keuangan" over "(Rp)" and "(%)": the rupiah and their share, not a performance realisasi', () => {
    const { report } = read([
      bab3b,
      table([
        [['No', 1, 2], ['Program/Kegiatan', 1, 2], ['Anggaran', 1, 2], ['Realisasi Keuangan', 2], ['Realisasi Fisik', 1]],
        [['', 1], ['', 1], ['', 1], '(Rp)', '(%)', '(%)'],
        ['1', 'Program A', '1.000.000', '900.000', '90,00', '100'],
        ['', 'Jumlah', '1.000.000', '900.000', '90,00', '100'],
      ]),
    ]);
    expect(report.anggaran?.rows?.map((r) => [r.anggaran, r.realisasi, r.persen])).toEqual([['1.000.000', '900.000', '90,00']]);
  });
});

describe('captions', () => {
  const captioned = (caption: string) => read([bab3a, p(caption), table([['No', 'Indikator', 'Target', 'Realisasi', 'Capaian'], ['1', 'Indeks A', '80', '88', '110,00']])]).report;

  it.each([
    ['Tabel 3. 2 Pengukuran Kinerja', '3.2', 'Pengukuran Kinerja'],
    ['Tabel. 3.10 Pengukuran Kinerja', '3.10', 'Pengukuran Kinerja'],
    ['Tabel: 3.3 Pengukuran Kinerja s.d Tahun 2016', '3.3', 'Pengukuran Kinerja s.d Tahun 2016'],
    ['TABEL 2.3a Alokasi Anggaran', '2.3a', 'Alokasi Anggaran'],
    ['Tabel 3.1.3 Realisasi IKU', '3.1.3', 'Realisasi IKU'],
    ['Tabel III.1 Capaian', 'III.1', 'Capaian'],
  ])('"%s" is number %s', (caption, number, title) => {
    const r = captioned(caption);
    expect(r.tables?.filter((t) => !t.referenced).map((t) => [t.number, t.title])).toEqual([[number, title]]);
    expect(r.pengukuran?.[0].at?.table).toBe(`Tabel ${number}`);
  });

  it('captions printed below their tables name the table above them', () => {
    const row = (n: string) => table([['No', 'Indikator', 'Target', 'Realisasi', 'Capaian'], [n, `Indeks ${n}`, '80', '88', '110,00']]);
    const { report } = read([bab3a, row('1'), p('Tabel 3.1 Pengukuran Sasaran 1'), p('Uraian sasaran satu.'), row('2'), p('Tabel 3.2 Pengukuran Sasaran 2')]);
    expect(report.pengukuran?.map((m) => [m.indikator, m.at?.table])).toEqual([
      ['Indeks 1', 'Tabel 3.1'],
      ['Indeks 2', 'Tabel 3.2'],
    ]);
  });

  it('a sentence introducing a table names its number: a guessed caption, marked so', () => {
    const { report } = read([bab3a, p('Capaian setiap indikator disajikan pada Tabel 3.4 berikut:'), table([['No', 'Indikator', 'Target', 'Realisasi', 'Capaian'], ['1', 'Indeks A', '80', '88', '110,00']])]);
    expect(report.pengukuran?.[0].at?.table).toBe('Tabel 3.4');
    expect(report.tables?.find((t) => !t.referenced)).toMatchObject({ number: '3.4', at: { reading: 'caption-guessed' } });
  });

  it('"Tabel 3.2 (lanjutan)" continues Tabel 3.2: one table, its rows counted on, no second caption', () => {
    const head = ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian'];
    const { report } = read([bab3a, p('Tabel 3.2 Pengukuran Kinerja'), table([head, ['1', 'Indeks A', '80', '88', '110,00']], 2), p('Tabel 3.2 (lanjutan)', {}, 3), table([head, ['2', 'Indeks B', '50', '50', '100,00']], 3)]);
    expect(report.pengukuran?.map((m) => [m.indikator, m.at?.table, m.at?.row])).toEqual([
      ['Indeks A', 'Tabel 3.2', 1],
      ['Indeks B', 'Tabel 3.2', 2],
    ]);
    expect(report.tables?.filter((t) => !t.referenced).map((t) => t.number)).toEqual(['3.2']);
  });
});

describe('budget rows: levels from marks, totals over one level', () => {
  const head = ['No', 'Program/Kegiatan/Sub Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)', '%'];

  it('kode rekening: program, kegiatan and sub kegiatan by the length of the code; a wrong kegiatan total is an error', async () => {
    const { report } = read([
      bab3b,
      table([
        head,
        ['1.02.01', 'Penunjang Urusan', '300.000', '270.000', '90,00'],
        ['1.02.01.2.01', 'Administrasi Keuangan', '200.000', '180.000', '90,00'],
        ['1.02.01.2.01.0001', 'Gaji dan Tunjangan', '150.000', '135.000', '90,00'],
        ['1.02.01.2.01.0002', 'Penatausahaan Keuangan', '40.000', '45.000', '112,50'],
        ['1.02.01.2.02', 'Administrasi Umum', '100.000', '90.000', '90,00'],
        ['1.02.01.2.02.0001', 'Bahan Logistik', '100.000', '90.000', '90,00'],
        ['', 'Jumlah', '300.000', '270.000', '90,00'],
      ]),
    ]);
    expect(report.anggaran?.rows?.map((r) => r.level)).toEqual(['program', 'kegiatan', 'subkegiatan', 'subkegiatan', 'kegiatan', 'subkegiatan']);
    const sums = (await lint(report)).filter((f) => f.ruleId === 'arithmetic/budget-total');
    expect(sums.map((f) => [f.severity, f.actual, f.expected])).toEqual([['error', '200.000', 'Rp 190.000']]);
  });

  it('"I." / "A" / "1": a kegiatan numbered 1 under a program lettered A, the BELANJA group above both', () => {
    const { report } = read([
      bab3b,
      table([
        head,
        ['I.', 'BELANJA LANGSUNG', '300', '270', '90,00'],
        ['A', 'Pembinaan Perpustakaan', '300', '270', '90,00'],
        ['1', 'Layanan Keliling', '100', '90', '90,00'],
        ['2', 'Bahan Bacaan', '200', '180', '90,00'],
      ]),
    ]);
    expect(report.anggaran?.rows?.map((r) => [r.no, r.level, r.levelReading])).toEqual([
      ['I.', 'program', undefined],
      ['A', 'kegiatan', undefined],
      ['1', 'subkegiatan', undefined],
      ['2', 'subkegiatan', undefined],
    ]);
  });

  it('a code over two columns: the outer one holds programs, the inner one kegiatan', () => {
    const { report } = read([
      bab3b,
      table([
        [['KODE', 2], 'PROGRAM / KEGIATAN', 'ANGGARAN', 'REALISASI', '%'],
        ['29', '', 'Program Perencanaan', '300', '270', '90,00'],
        ['', '01', 'Penyusunan Rencana', '300', '270', '90,00'],
        ['30', '', 'Program Pelayanan', '100', '100', '100,00'],
        ['', '02', 'Administrasi Kantor', '100', '100', '100,00'],
      ]),
    ]);
    expect(report.anggaran?.rows?.map((r) => [r.no, r.level])).toEqual([
      ['29', 'program'],
      ['01', 'kegiatan'],
      ['30', 'program'],
      ['02', 'kegiatan'],
    ]);
  });

  it('separate Program and Kegiatan columns: the program row carries no values, the kegiatan its own', () => {
    const { report } = read([
      bab3b,
      table([
        ['PROGRAM', 'KEGIATAN', 'ANGGARAN Rp.', 'REALISASI Rp.', 'Keu %'],
        ['Program Satu', 'Kegiatan A', '100', '90', '90,00'],
        ['', 'Kegiatan B', '200', '180', '90,00'],
      ]),
    ]);
    expect(report.anggaran?.rows?.map((r) => [r.level, r.name, r.anggaran])).toEqual([
      ['program', 'Program Satu', undefined],
      ['kegiatan', 'Kegiatan A', '100'],
      ['kegiatan', 'Kegiatan B', '200'],
    ]);
  });

  it('a table that marks no level is flat; a total that does not add up over it is a warning resting on an inferred scope', async () => {
    const { report, notes } = read([
      bab3b,
      table([
        ['Program/Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)', '%'],
        ['Pembinaan Teknis', '100.000', '90.000', '90,00'],
        ['Pemantauan Air', '200.000', '180.000', '90,00'],
        ['Jumlah', '310.000', '270.000', '87,10'],
      ]),
    ]);
    expect(report.anggaran?.rows?.map((r) => r.levelReading)).toEqual(['flat', 'flat']);
    expect(notes.filter((n) => n.code === 'level-unknown')).toEqual([]);
    const sums = (await lint(report)).filter((f) => f.ruleId === 'arithmetic/budget-total');
    expect(sums.map((f) => [f.severity, f.restsOn])).toEqual([['warning', ['scope-inferred']]]);
  });

  it('TOTAL KEGIATAN closes the programs; the JUMLAH TOTAL after the rows below it adds up both', async () => {
    const { report } = read([
      bab3b,
      table([
        [['KODE', 2], 'PROGRAM / KEGIATAN', 'ANGGARAN', 'REALISASI', '%'],
        ['29', '', 'Program Perencanaan', '300', '270', '90,00'],
        ['', '01', 'Penyusunan Rencana', '300', '270', '90,00'],
        ['TOTAL KEGIATAN', '', '', '300', '270', '90,00'],
        ['', '', 'Belanja Tidak Langsung', '500', '500', '100,00'],
        ['JUMLAH TOTAL', '', '', '800', '770', '96,25'],
      ]),
    ]);
    expect(report.anggaran?.subtotals?.map((s) => [s.label, s.rowsBefore])).toEqual([['TOTAL KEGIATAN', 2]]);
    expect(await lint(report)).toEqual([]);
  });
});

describe('the belanja breakdown', () => {
  it('by its headers: a % column is not an amount, the Jumlah row is the total, not a part of Belanja Modal', async () => {
    const { report } = read([
      bab3b,
      table([
        ['Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', '%'],
        ['Belanja Operasi', '800', '720', '90,00'],
        ['Belanja Pegawai', '500', '450', '90,00'],
        ['Belanja Barang dan Jasa', '300', '270', '90,00'],
        ['Belanja Modal', '200', '150', '75,00'],
        ['Belanja Peralatan dan Mesin', '200', '160', '80,00'],
        ['Jumlah', '1.000', '870', '87,00'],
      ]),
    ]);
    expect(report.belanja?.groups?.map((g) => [g.name, g.amount, g.realisasi, g.persen, g.parts?.map((x) => x.name)])).toEqual([
      ['Belanja Operasi', '800', '720', '90,00', ['Belanja Pegawai', 'Belanja Barang dan Jasa']],
      ['Belanja Modal', '200', '150', '75,00', ['Belanja Peralatan dan Mesin']],
    ]);
    expect(report.belanja?.totalRow).toMatchObject({ name: 'Jumlah', amount: '1.000', realisasi: '870' });
    // The realisasi of Belanja Modal (150) is not the sum of its part (160).
    expect((await lint(report)).map((f) => [f.ruleId, f.severity, f.actual])).toEqual([['arithmetic/belanja-total', 'error', '150']]);
  });

  it('without headers, the amount is the last value cell of the row: read by position, never an error', async () => {
    const { report } = read([
      bab3b,
      table([
        ['a.', 'Belanja Operasi', '', 'Rp. 800'],
        ['', 'Belanja Pegawai', 'Rp. 500', ''],
        ['', 'Belanja Barang dan Jasa', 'Rp. 200', ''],
      ]),
    ]);
    expect(report.belanja?.groups?.[0].at?.cells?.amount?.reading).toBe('column-position');
    expect((await lint(report)).map((f) => [f.ruleId, f.severity])).toEqual([['arithmetic/belanja-total', 'warning']]);
  });
});

describe('rows that are not indicators, cells that hold several values', () => {
  it('"Misi 1 : …" across the row is context; "Sasaran Strategis : …" names the sasaran of the rows below', () => {
    const { report } = read([
      bab3a,
      table([
        ['No.', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
        ['I', ['Misi 1 : Mewujudkan masyarakat sejahtera', 5]],
        ['', ['Sasaran Strategis : Meningkatnya derajat kesehatan', 5]],
        ['1', 'Indeks Kesehatan', 'Poin', '75,00', '76,50', '102,00'],
      ]),
    ]);
    expect(report.pengukuran?.map((m) => [m.sasaran, m.indikator])).toEqual([['Meningkatnya derajat kesehatan', 'Indeks Kesehatan']]);
  });

  it('several numbers in one cell ("99,75 99,84"): marked cell-merged', () => {
    const { report } = read([bab3a, table([['No', 'Indikator', 'Target', 'Realisasi', 'Capaian'], ['1', 'Indeks A', '80 90', '88 90', '110,00 100,00']])]);
    expect(report.pengukuran?.[0].at?.cells?.capaian?.reading).toBe('cell-merged');
  });

  it('an indicator column holding only item numbers ("1.1.", "0.0") is the numbers, not the names', () => {
    const { report } = read([
      p('INDIKATOR KINERJA UTAMA', { ...H, headingLevel: 2, marker: 'C.' }),
      table([
        ['No', 'Sasaran', ['Indikator Kinerja Utama', 2], 'Formula', 'Penanggung Jawab'],
        ['1', 'Sasaran A', '1.1.', 'Indeks literasi', 'survei', 'Bidang A'],
        ['', '', '0.0', 'Indeks kepuasan', 'survei', 'Sekretariat'],
      ]),
    ]);
    expect(report.iku?.[0].items.map((i) => i.indikator)).toEqual(['Indeks literasi', 'Indeks kepuasan']);
  });
});

describe('a rating scale is bands of a measure', () => {
  it('component weights with a category per row are not a scale', () => {
    const { report, notes } = read([
      bab3a,
      table([
        ['No', 'Komponen', 'Bobot', 'Nilai', 'Kategori'],
        ['1', 'Perencanaan', '30%', '21,45', 'Baik'],
        ['2', 'Pengukuran', '30%', '19,20', 'Cukup'],
        ['3', 'Pelaporan', '15%', '10,65', 'Baik'],
      ]),
    ]);
    expect(report.scale).toBeUndefined();
    expect(notes.filter((n) => n.code === 'table-unknown')).toHaveLength(1);
  });

  it('ranges with category names are', () => {
    const { report } = read([bab3a, table([['> 100 %', 'Sangat Baik ( SB )'], ['80 – 100 %', 'Baik ( B )'], ['< 80 %', 'Kurang ( K )']])]);
    expect(report.scale?.bands.map((b) => b.range)).toEqual(['> 100 %', '80 – 100 %', '< 80 %']);
  });
});
