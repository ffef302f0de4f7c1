import { describe, expect, it } from 'vitest';
import { findResidue } from '../src/domain/residue.js';

const matches = (t: string) => findResidue(t).map((r) => r.match);

describe('template residue', () => {
  it('finds instructions and placeholders', () => {
    expect(matches('(diisi sasaran strategis OPD yang ada didalam PK tahun 2021)')).toEqual(['(diisi sasaran strategis OPD yang ada didalam PK tahun 2021)']);
    expect(matches('sasaran Strategis Kabupaten yang ke... Yaitu Meningkatnya')).toEqual(['yang ke...']);
    expect(matches('selama Tahun 2021 sebanyak kegiatan yaitu :')).toEqual(['sebanyak kegiatan yaitu']);
    expect(matches('Penghargaan yang diraih selama tahun 2021 (jika ada)')).toEqual(['(jika ada)']);
    expect(matches('Nomor ... Tahun 2021')).toEqual(['...']);
    expect(matches('anggaran sebesar Rp. xxx juta')).toEqual(['xxx']);
    expect(matches('ditandatangani oleh [nama pejabat]')).toEqual(['[nama pejabat]']);
  });
  it('leaves dot leaders, abbreviations and ellipses ending a list alone', () => {
    for (const t of [
      'DAFTAR ISI.....',
      'B. EVALUASI DAN ANALISIS CAPAIAN KINERJA..... 14',
      'KATA PENGANTAR ................................ i',
      'periode s.d tahun 2021 dan Tabel 3.3 s.d. Akhir Periode',
      'Sumber Data: .Data Pengumpulan LKIP pada ESR',
      'rapat, sosialisasi, dan lain-lain...',
      'kegiatan sebanyak 12 (dua belas) kegiatan yaitu :',
      'Mengacu kepada Lampiran XXX Peraturan Gubernur',
      '3.1…Capaian Kinerja',
    ])
      expect(matches(t), t).toEqual([]);
  });
  it('a table of contents run together into one text is all leaders', () => {
    expect(matches('KATA PENGANTAR ............ IKHTISAR EKSEKUTIF ............ DAFTAR ISI ............ BAB I PENDAHULUAN ....')).toEqual([]);
  });
});
