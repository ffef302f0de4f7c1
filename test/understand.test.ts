// The understanding step on blocks as a PDF or Markdown reader gives them: no tabs, no line
// numbers (pages instead), spans in ruled tables, lines run together. Small synthetic documents,
// one behaviour each.
import { describe, expect, it } from 'vitest';
import type { Block, Cell, DocumentBlocks, TextBlock } from '../src/ingest/blocks.js';
import { understand } from '../src/ingest/understand/index.js';
import { validate } from '../src/model/validate.js';

let y = 0;
function p(text: string, extra: Partial<TextBlock> = {}, page = 1): TextBlock {
  y += 20;
  return { type: 'paragraph', text, loc: { page, y }, ...extra };
}
function table(rows: (string | [string, number])[][], page = 1): Block {
  y += 20;
  const cells = rows.map((r) => r.map((c): Cell => (Array.isArray(c) ? { text: c[0], colSpan: c[1], loc: { page, y } } : { text: c, loc: { page, y } })));
  return { type: 'table', rows: cells, loc: { page, y }, source: 'ruled' };
}
function doc(blocks: Block[]): DocumentBlocks {
  return { file: 'x.pdf', format: 'pdf', pages: 9, blocks, notes: [] };
}
const H = { headingLevel: 1, bold: true };

const chapters = [
  p('LAPORAN KINERJA DINAS CONTOH KABUPATEN CONTOH TAHUN 2023', H),
  p('BAB I', H), p('PENDAHULUAN', H), p('Isi pendahuluan.'),
  p('BAB II PERENCANAAN KINERJA', H), p('Isi.'),
  p('BAB III', H, 2), p('AKUNTABILITAS KINERJA', H, 2),
  p('PENGUKURAN CAPAIAN KINERJA', { ...H, headingLevel: 2, marker: 'A.' }, 2),
];

describe('understand, format-agnostic', () => {
  it('reads chapters whose title is a separate heading, and parts numbered by a marker', () => {
    const { report } = understand(doc([...chapters, p('Isi capaian.', {}, 2)]));
    expect(report.sections?.map((s) => [s.title, s.kind, s.number, s.parent])).toEqual([
      ['BAB I PENDAHULUAN', 'bab-1', 'I', undefined],
      ['BAB II PERENCANAAN KINERJA', 'bab-2', 'II', undefined],
      ['BAB III AKUNTABILITAS KINERJA', 'bab-3', 'III', undefined],
      ['A. PENGUKURAN CAPAIAN KINERJA', 'bab-3a', 'A.', 'BAB III AKUNTABILITAS KINERJA'],
    ]);
    expect(report.meta).toMatchObject({ tahun: 2023, instansi: 'DINAS CONTOH', pemda: 'KABUPATEN CONTOH', level: 'opd' });
    expect(report.paragraphs?.map((x) => [x.section, x.text, x.at?.page])).toContainEqual(['A. PENGUKURAN CAPAIAN KINERJA', 'Isi capaian.', 2]);
  });

  it('merges a spanning header over year columns and keys the history by year', () => {
    const { report } = understand(
      doc([
        ...chapters,
        p('Tabel 3.2 Perbandingan Realisasi', {}, 2),
        table([[ 'No', 'Sasaran', 'Indikator', ['Realisasi', 3]], ['', '', '', 'Th. 2021', 'Th. 2022', 'Th. 2023'], ['1', 'S1', 'I1', '10', '11,5', '12%']], 2),
      ]),
    );
    expect(report.riwayat).toEqual([
      { sasaran: 'S1', indikator: 'I1', values: { '2021': '10', '2022': '11,5', '2023': '12%' }, table: 'Tabel 3.2', at: expect.objectContaining({ page: 2, table: 'Tabel 3.2', row: 1 }) },
    ]);
    expect(report.tables).toEqual([{ number: '3.2', title: 'Perbandingan Realisasi', section: 'A. PENGUKURAN CAPAIAN KINERJA', at: { page: 2 }, columnYears: ['2021', '2022', '2023'] }]);
  });

  it('gives budget rows their level from numbering when the names do not say it', () => {
    const { report } = understand(
      doc([
        ...chapters,
        p('REALISASI ANGGARAN', { ...H, headingLevel: 2, marker: 'B.' }, 2),
        table([
          ['No', 'Program/Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', '%'],
          ['I', 'Penunjang Urusan', '1.000', '900', '90,00'],
          ['1.', 'Administrasi Keuangan', '1.000', '900', '90,00'],
          ['1.1.', 'Gaji dan Tunjangan', '1.000', '900', '90,00'],
          ['Jumlah', '', '1.000', '900', '90,00'],
        ], 2),
      ]),
    );
    expect(report.anggaran?.rows?.map((r) => [r.no, r.level, r.name, r.anggaran])).toEqual([
      ['I', 'program', 'Penunjang Urusan', '1.000'],
      ['1.', 'kegiatan', 'Administrasi Keuangan', '1.000'],
      ['1.1.', 'subkegiatan', 'Gaji dan Tunjangan', '1.000'],
    ]);
    expect(report.anggaran?.total).toMatchObject({ label: 'Jumlah', anggaran: '1.000', realisasi: '900', persen: '90,00' });
    expect(report.sections?.find((s) => s.number === 'B.')?.kind).toBe('bab-3b');
  });

  it('reports a table it cannot place, a cell that is not a number, and the sections that are missing', () => {
    const { report, notes } = understand(
      doc([
        ...chapters,
        table([['No', 'Jenis', 'Jumlah'], ['1', 'Komputer', '12']], 2),
        table([['No', 'Sasaran', 'Indikator', 'Target', 'Realisasi', 'Capaian'], ['1', 'S', 'I', '80', 'n/a', '?']], 2),
      ]),
    );
    expect(validate(report)).toEqual([]);
    expect(notes.filter((n) => n.code === 'table-unknown')).toEqual([
      { code: 'table-unknown', message: expect.stringContaining('matches no known kind'), at: { page: 2, table: 'PENGUKURAN CAPAIAN KINERJA' }, header: 'No | Jenis | Jumlah' },
    ]);
    expect(notes.filter((n) => n.code === 'cell-unparsed').map((n) => [n.at?.cells && Object.keys(n.at.cells)[0], n.at?.row])).toEqual([['capaian', 1]]);
    expect(notes.filter((n) => n.code === 'section-missing').map((n) => n.message)).toEqual([
      'Bab III.B (Realisasi Anggaran) was not found',
      'Bab IV (Penutup) was not found',
      'the Perjanjian Kinerja (Lampiran) was not found',
    ]);
  });

  it('reads a signature block whose lines a reader ran together', () => {
    const { report } = understand(
      doc([
        p('KATA PENGANTAR', H),
        p('Demikian laporan ini disusun.'),
        p('Jakarta, 23 Januari 2025 Plt. Kepala Dinas Contoh Provinsi Contoh,'),
        p('Budi SANTOSO, S.Sos. Pembina Tingkat I NIP 19740830 199310 1 001'),
      ]),
    );
    expect(report.signings).toEqual([
      {
        document: 'kata-pengantar',
        place: 'Jakarta',
        date: '23 Januari 2025',
        signatories: [{ role: 'penandatangan', jabatan: 'Plt. Kepala Dinas Contoh Provinsi Contoh,', name: 'Budi SANTOSO, S.Sos.', pangkat: 'Pembina Tingkat I', nip: '19740830 199310 1 001', at: { page: 1 } }],
        at: { page: 1 },
      },
    ]);
  });

  it('reads Daftar Isi lines with leaders, several entries run into one paragraph', () => {
    const { report } = understand(
      doc([
        p('DAFTAR ISI', H),
        p('KATA PENGANTAR ............ i IKHTISAR EKSEKUTIF .......... ii'),
        p('BAB I PENDAHULUAN ........ 1'),
        p('LATAR BELAKANG ...... 1', { marker: 'A.' }),
        p('Lampiran I PERJANJIAN KINERJA TAHUN 2023 Lampiran II RENCANA KINERJA TAHUNAN'),
        ...chapters.slice(1),
      ]),
    );
    expect(report.sections?.filter((s) => s.inToc).map((s) => [s.title, s.kind, s.parent])).toEqual([
      ['KATA PENGANTAR', 'kata-pengantar', undefined],
      ['IKHTISAR EKSEKUTIF', 'ikhtisar', undefined],
      ['BAB I PENDAHULUAN', 'bab-1', undefined],
      ['A. LATAR BELAKANG', undefined, 'BAB I PENDAHULUAN'],
      ['Lampiran I PERJANJIAN KINERJA TAHUN 2023', 'pk', undefined],
      ['Lampiran II RENCANA KINERJA TAHUNAN', 'rkt', undefined],
    ]);
    expect(report.sections?.filter((s) => !s.inToc)[0]).toMatchObject({ title: 'DAFTAR ISI', kind: 'daftar-isi' });
  });

  it('does not take the chapter list of "Sistematika Penulisan" for chapters', () => {
    const { report } = understand(
      doc([
        p('BAB I PENDAHULUAN', H),
        p('SISTEMATIKA PENULISAN', { ...H, headingLevel: 2, marker: 'A.' }),
        p('BAB I PENDAHULUAN'), p('Memuat latar belakang.'),
        p('BAB II PERENCANAAN KINERJA'), p('Memuat perencanaan.'),
        p('BAB III AKUNTABILITAS KINERJA'), p('Memuat capaian.'),
        p('BAB II PERENCANAAN KINERJA', H),
      ]),
    );
    expect(report.sections?.map((s) => s.title)).toEqual(['BAB I PENDAHULUAN', 'A. SISTEMATIKA PENULISAN', 'BAB II PERENCANAAN KINERJA']);
  });
});
