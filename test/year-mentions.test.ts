import { describe, expect, it } from 'vitest';
import { findYearMentions } from '../src/domain/year-mentions.js';

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
  it("rests on sentences that present a year as the report's own", () => {
    for (const t of [
      // The next PK and RKT are drawn up while the report is written.
      'Lampiran 10 Perjanjian Kinerja Tahun 2017',
      'RKT Tahun 2017 telah ditetapkan.',
      // A regulation's title, a named work of another budget year.
      'Peraturan Daerah Provinsi Jawa Barat Nomor 23 Tahun 2011 tentang Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran 2012 (Lembaran Daerah Tahun 2011 Nomor 23);',
      'Keputusan Gubernur Nomor 121.04/Kep.918-Otdaksm/2012 tentang Tim Penyusun LKPJ Gubernur Akhir Tahun Anggaran 2012',
      'Pembayaran Kekurangan Pekerjaan Pembangunan Fisik Gedung A Tahun Anggaran 2015 tidak direalisasikan.',
      // Two other years compared, a forecast.
      'Dari gambaran hasil pengukuran perbandingan capaian kinerja pada tahun 2014 ke akhir tahun Renstra yaitu tahun 2018 tersebut diatas, target dapat dicapai.',
      'Capaian kinerja tahun 2017 diperkirakan melampaui target.',
    ])
      expect(wrong(t, 2016), t).toEqual([]);
    // Still wrong: last year's agreement as the yardstick, the budget year of the report's own period.
    expect(wrong('1. membandingkan realisasi kinerja dengan target sasaran kinerja yang dicantumkan dalam dokumen Perjanjian Kinerja Dinas Contoh Tahun 2015;', 2016)).toEqual(['Perjanjian Kinerja Dinas Contoh Tahun 2015']);
    expect(wrong('Realisasi belanja pada Tahun Anggaran 2015 sebesar 95%.', 2016)).toEqual(['Tahun Anggaran 2015']);
    expect(wrong('Laporan Kinerja Dinas Contoh Tahun 2017 memuat capaian sasaran strategis.', 2016)).toEqual(['Laporan Kinerja Dinas Contoh Tahun 2017']);
  });

  it('reports right years too, for the rule to compare', () => {
    expect(findYearMentions('Tahun Anggaran 2021 dan Perjanjian Kinerja Kecamatan Semboro Tahun 2021', 2021).map((m) => m.year)).toEqual([2021, 2021]);
  });
});
