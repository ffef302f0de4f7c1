// Figures a report prints twice outside Bab III's measurement tables: the Ikhtisar's table, a
// quarterly monitoring lampiran (its annual columns only), the Renstra progress table's realisasi
// (not a figure to date) and a measurement table's target column headed by another year; and a
// kegiatan's anggaran in Bab II's program/anggaran table beside the budget table. Read from blocks
// as the PDF reader gives them, then compared by consistency/fact-mismatch,
// consistency/fact-target-mismatch and consistency/budget-table-mismatch.
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
type C = string | [string, number];
function table(rows: C[][], page = 2): Block {
  y += 20;
  const cells = rows.map((r) => r.map((c): Cell => (Array.isArray(c) ? { text: c[0], colSpan: c[1], loc: { page, y } } : { text: c, loc: { page, y } })));
  return { type: 'table', rows: cells, loc: { page, y }, source: 'ruled' };
}
const H = { headingLevel: 1, bold: true };
const cover = p('LAPORAN KINERJA DINAS CONTOH KABUPATEN CONTOH TAHUN 2023', H, 1);
const ikhtisar = [p('IKHTISAR EKSEKUTIF', H, 2)];
const bab3 = [p('BAB III', H, 3), p('AKUNTABILITAS KINERJA', H, 3), p('CAPAIAN KINERJA ORGANISASI', { ...H, headingLevel: 2, marker: 'A.' }, 3)];
const measurement = table(
  [
    ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
    ['1', 'Persentase jalan kabupaten dalam kondisi mantap', '78,50', '80,12', '102,06'],
    ['2', 'Jumlah desa mandiri pangan', '40', '44', '110,00'],
  ],
  3,
);
const quarterly = [
  p('LAMPIRAN II PEMANTAUAN KINERJA PER TRIWULAN TAHUN 2023', H, 9),
  table(
    [
      ['No', 'Indikator Kinerja', ['Target Triwulan', 4], 'Target', ['Realisasi Triwulan', 4], 'Realisasi'],
      ['', '', 'I', 'II', 'III', 'IV', 'Tahunan', 'I', 'II', 'III', 'IV', 'Tahunan'],
      ['1', 'Persentase jalan kabupaten dalam kondisi mantap', '70', '73', '76', '78,50', '78,50', '71,2', '74,0', '77,3', '80,21', '80,21'],
      ['2', 'Jumlah desa mandiri pangan', '10', '20', '30', '40', '40', '12', '23', '35', '44', '44'],
    ],
    9,
  ),
];

function read(blocks: Block[]): LkjipReport {
  const { report } = understand({ file: 'x.pdf', format: 'pdf', pages: 9, blocks: [cover, ...blocks], notes: [] } satisfies DocumentBlocks);
  expect(validate(report)).toEqual([]);
  return report;
}
const RULES = ['consistency/fact-mismatch', 'consistency/fact-target-mismatch', 'consistency/budget-table-mismatch'];
async function facts(report: LkjipReport) {
  const findings = await lintModel(normalize(report, { file: 'x.pdf', format: 'pdf' }));
  return findings.filter((f) => RULES.includes(f.ruleId)).map((f) => [f.ruleId, f.actual, f.expected]);
}

describe('figures restated outside Bab III', () => {
  it("a quarterly monitoring lampiran: only its annual columns are read, and a slipped digit there is a finding", async () => {
    const report = read([...bab3, measurement, ...quarterly]);
    expect(report.pengukuranLain?.map((r) => [r.source, r.target, r.realisasi])).toEqual([
      ['triwulan', '78,50', '80,21'],
      ['triwulan', '40', '44'],
    ]);
    expect(await facts(report)).toEqual([['consistency/fact-mismatch', '80,12', '80,21']]);
  });

  it("the Ikhtisar's table: another target there is a finding of the target rule", async () => {
    const summary = table([
      ['No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Kategori'],
      ['1', 'Persentase jalan kabupaten dalam kondisi mantap', '87,50', '80,12', 'Sangat Baik'],
    ]);
    const report = read([...ikhtisar, summary, ...bab3, measurement]);
    expect(report.pengukuranLain?.map((r) => r.source)).toEqual(['ikhtisar']);
    expect(await facts(report)).toEqual([['consistency/fact-target-mismatch', '78,50', '87,50']]);
  });

  it('a Renstra progress realisasi to date and a target column of another year are not the year’s figures', async () => {
    const progress = table(
      [
        ['No', 'Indikator Kinerja', 'Realisasi s.d. 2023', 'Target Akhir Renstra 2026', 'Kemajuan (%)'],
        ['1', 'Jumlah desa mandiri pangan', '121', '200', '60,50'],
      ],
      4,
    );
    const medium = table(
      [
        ['No', 'Indikator Kinerja', 'Realisasi 2023', 'Target 2026'],
        ['1', 'Jumlah desa mandiri pangan', '44', '200'],
      ],
      4,
    );
    const report = read([...bab3, measurement, progress, medium]);
    expect(report.kemajuanRenstra?.[0]).toMatchObject({ realisasi: '121', realisasiPeriod: 'kumulatif' });
    expect(report.pengukuran?.find((m) => m.target === '200')).toMatchObject({ targetPeriod: '2026' });
    expect(await facts(report)).toEqual([]);
  });
});

describe('a budget printed in two tables', () => {
  const bab2 = [p('BAB II', H, 2), p('PERENCANAAN KINERJA', H, 2)];
  const program = (amount: string) =>
    table([
      ['No', 'Program/Kegiatan', 'Anggaran (Rp)'],
      ['1', 'Program Pelayanan Administrasi Perkantoran', '1.245.600.000'],
      ['2', 'Penyediaan Alat Tulis Kantor', '933.200.000'],
      ['3', 'Pemeliharaan Rutin Gedung Kantor', amount],
      ['4', 'Pengadaan Kendaraan Dinas Operasional', '1.544.722.000'],
    ]);
  const budget = [
    p('REALISASI ANGGARAN', { ...H, headingLevel: 2, marker: 'B.' }, 5),
    table(
      [
        ['No', 'Program/Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)', '%'],
        ['1', 'Program Pelayanan Administrasi Perkantoran', '1.245.600.000', '1.198.420.500', '96,21'],
        ['2', 'Penyediaan Alat Tulis Kantor', '933.200.000', '900.285.300', '96,47'],
        ['3', 'Pemeliharaan Rutin Gedung Kantor', '935.278.000', '875.004.321', '93,56'],
        ['4', 'Pengadaan Kendaraan Dinas Operasional', '1.544.722.000', '1.436.737.679', '93,01'],
      ],
      5,
    ),
  ];

  it("Bab II's program/anggaran table outside a PK is compared with the budget table: one slipped digit is a finding", async () => {
    const report = read([...bab2, program('933.278.000'), ...bab3, measurement, ...budget]);
    expect(report.anggaranLain?.map((t) => [t.place, t.anggaranHeader, t.rows.length])).toEqual([['bab-2', 'Anggaran (Rp)', 4]]);
    expect(await facts(report)).toEqual([['consistency/budget-table-mismatch', '933.278.000', '935.278.000']]);
  });

  it('without a budget table to compare with, the table stays a note (not read)', () => {
    const { report, notes } = understand({ file: 'x.pdf', format: 'pdf', pages: 9, blocks: [cover, ...bab2, program('933.278.000')], notes: [] } satisfies DocumentBlocks);
    expect(report.anggaranLain).toBeUndefined();
    expect(notes.map((n) => n.code)).toContain('table-unplaced');
  });
});
