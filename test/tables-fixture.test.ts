// The table fixture of our own (fixtures/tables/tabel-2024.html, printed to PDF by Debian chromium
// with scripts/make-table-fixtures.mjs): a complete LKjIP whose tables are the hard cases of
// reading real reports. One defect is planted (Tabel 3. 7, kegiatan I.2: anggaran 210.000.000, its
// sub kegiatan add up to 200.000.000); every other table is consistent. So the document must give
// exactly that error and no other error or warning, and each hard table must be read as printed.
import { beforeAll, describe, expect, it } from 'vitest';
import { lintModel } from '../src/engine/run.js';
import type { Finding } from '../src/engine/types.js';
import { readReport } from '../src/ingest/index.js';
import type { Model } from '../src/model/types.js';

const FILE = 'fixtures/tables/tabel-2024.pdf';
let model: Model;
let findings: Finding[];

beforeAll(async () => {
  model = await readReport(FILE);
  findings = await lintModel(model);
}, 60_000);

const shown = (f: Finding) => `${f.severity} ${f.ruleId} p${f.location.page} ${f.location.table ?? ''}: ${f.message}`;

describe('table fixture: the findings it should give and no others', () => {
  it('gives exactly the planted wrong sub-total as an error, and no other error or warning', () => {
    expect(findings.filter((f) => f.severity !== 'info').map(shown)).toEqual([
      'error arithmetic/budget-total p8 Tabel 3.7: anggaran "Administrasi Umum Perangkat Daerah" tertulis 210.000.000, padahal jumlah 2 rinciannya Rp 200.000.000.',
    ]);
  });

  it('flat program / kegiatan / sub kegiatan table numbered I / I.1 / 1: levels from the numbering', () => {
    const rows = model.input.anggaran?.rows ?? [];
    expect(rows.map((r) => `${r.no} ${r.level}`)).toEqual([
      'I program', 'I.1 kegiatan', '1 subkegiatan', 'I.2 kegiatan', '1 subkegiatan', '2 subkegiatan',
      'II program', 'II.1 kegiatan', '1 subkegiatan', '2 subkegiatan',
      'III program', 'III.1 kegiatan', '1 subkegiatan', '2 subkegiatan',
    ]);
    expect(rows.every((r) => r.levelReading === undefined)).toBe(true);
    expect(model.input.anggaran?.total).toMatchObject({ label: 'Jumlah', anggaran: '3.500.000.000', realisasi: '3.319.500.000' });
  });

  it('"Tabel 3. 1" … "Tabel 3. 7" (a space after the dot): each table its own number, none reused', () => {
    const captions = (model.input.tables ?? []).filter((t) => !t.referenced).map((t) => t.number);
    expect(captions).toEqual(['1.1', '2.1', '2.2', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7']);
    expect(findings.filter((f) => f.ruleId.startsWith('structure/table-'))).toEqual([]);
  });

  it('Tabel 3. 2 continued over a page break: the repeated header dropped, the row printed in two parts read as one', () => {
    const rows = (model.input.pengukuran ?? []).filter((m) => m.table === 'Tabel 3.2');
    expect(rows.map((m) => [m.indikator, m.target, m.realisasi, m.capaian])).toEqual([
      ['Indeks pembangunan literasi masyarakat', '62,00', '63,24', '102,00'],
      ['Jumlah kunjungan perpustakaan daerah', '50.000', '47.500', '95,00'],
      ['Persentase perangkat daerah dengan nilai pengawasan kearsipan baik', '60', '66', '110,00'],
      ['Persentase arsip statis yang diakuisisi dan diolah', '40', '36', '90,00'],
    ]);
    // The third row's sasaran and indicator continue on the next page: joined, and marked so.
    expect(rows[2].sasaran).toBe('Meningkatnya tertib pengelolaan arsip perangkat daerah');
    expect(rows[2].at?.reading).toBe('row-continued');
    expect(rows[3].sasaran).toBe('Meningkatnya tertib pengelolaan arsip perangkat daerah');
  });

  it('Tabel 3. 5, kinerja beside anggaran: the kinerja % is the capaian, the rupiah and their % are not read as performance', () => {
    const capaian = (model.input.pengukuran ?? []).map((m) => m.capaian);
    expect(capaian).toEqual(['102,00', '95,00', '110,00', '90,00']);
    expect(findings.filter((f) => f.location.table === 'Tabel 3.5')).toEqual([]);
  });

  it('the SAKIP component weights and scores (Tabel 1.1) are not the rating scale', () => {
    expect(model.input.scale?.bands.map((b) => b.label)).toEqual(['Sangat Baik', 'Baik', 'Cukup', 'Kurang']);
    expect(findings.filter((f) => f.ruleId.startsWith('rating/'))).toEqual([]);
  });

  it('the belanja table by its headers: anggaran, realisasi and % of each line and of the Jumlah row', () => {
    const b = model.input.belanja!;
    expect(b.groups?.map((g) => [g.name, g.amount, g.realisasi, g.persen, g.parts?.length ?? 0])).toEqual([
      ['Belanja Operasi', '2.960.000.000', '2.806.700.000', '94,82', 2],
      ['Belanja Modal', '540.000.000', '512.800.000', '94,96', 1],
    ]);
    expect(b.totalRow).toMatchObject({ name: 'Jumlah', amount: '3.500.000.000', realisasi: '3.319.500.000', persen: '94,84' });
  });
});
