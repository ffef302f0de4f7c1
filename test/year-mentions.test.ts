import { describe, expect, it } from 'vitest';
import { findYearMentions } from '../src/engine/year-mentions.js';

const wrong = (t: string, year = 2021) => findYearMentions(t, year).filter((m) => m.year !== year).map((m) => m.phrase);

describe('years anchored to the reporting year', () => {
  it('finds last year left in', () => {
    expect(wrong('Laporan Kinerja Kecamatan Semboro tahun 2020 merupakan laporan kinerja atas target kinerja yang tercantum dalam Dokumen Perubahan Rencana Strategis (Renstra) Kecamatan Semboro Tahun 2016-2021 dan dituangkan dalam Perjanjian Kinerja Kecamatan Semboro Tahun 2020')).toEqual([
      'Laporan Kinerja Kecamatan Semboro tahun 2020',
      'Perjanjian Kinerja Kecamatan Semboro Tahun 2020',
    ]);
    expect(wrong('Ada 2 (dua) sasaran Kecamatan Semboro pada Tahun Anggaran 2020 yaitu :')).toEqual(['Tahun Anggaran 2020']);
    expect(wrong('Kegiatan adalah tindakan nyata dalam jangka waktu tahun 2012 yang dilaksanakan oleh Kecamatan Semboro.')).toEqual(['jangka waktu tahun 2012']);
    expect(wrong('Pengukuran Realisasi Kinerja Tahun 2020')).toEqual(['Pengukuran Realisasi Kinerja Tahun 2020']);
    expect(wrong('Anggaran dialokasikan dalam APBD Tahun Anggaran 2022 sebesar Rp 3 milyar.')).toEqual(['Tahun Anggaran 2022']);
    expect(wrong('dokumen Perjanjian Kinerja Dinas Perindustrian dan Perdagangan Provinsi Jawa Barat Tahun 2015;', 2016)).toEqual([
      'Perjanjian Kinerja Dinas Perindustrian dan Perdagangan Provinsi Jawa Barat Tahun 2015',
    ]);
  });
  it('leaves periods, citations, comparisons and plans alone', () => {
    for (const t of [
      'Renstra Kecamatan Semboro tahun 2016-2021 dan Visi Jember 2016 - 2021',
      'Laporan Kinerja disusun berpedoman pada Peraturan Menteri PANRB Nomor 53 tahun 2014.',
      'Capaian kinerja tahun 2020 sebesar 90%, sedangkan tahun 2021 sebesar 95%.',
      'Dibandingkan dengan capaian kinerja tahun 2020, capaian meningkat.',
      'bahan evaluasi dan penyusunan rencana kegiatan tahun 2022.',
      'Perjanjian Kinerja tahun 2022 akan memuat indikator baru.',
      'selama tahun 2017 s.d. 2021 realisasinya tetap.',
      'Laporan ini menjadi bahan penyusunan RKT tahun 2022.',
    ])
      expect(wrong(t), t).toEqual([]);
  });
  it('reports right years too, for the rule to compare', () => {
    expect(findYearMentions('Tahun Anggaran 2021 dan Perjanjian Kinerja Kecamatan Semboro Tahun 2021', 2021).map((m) => m.year)).toEqual([2021, 2021]);
  });
});
