import { describe, expect, it } from 'vitest';
import { citationLabel, findCitations, knownRegulation, sameSubject } from '../src/domain/citations.js';

const one = (text: string) => {
  const cs = findCitations(text);
  expect(cs, text).toHaveLength(1);
  return cs[0];
};

describe('findCitations', () => {
  it('normalises the issuer however it is written', () => {
    const forms = [
      'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014',
      'Peraturan Menteri Negara Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014',
      'Peraturan Menteri PAN-RB No. 53 Tahun 2014',
      'PermenPAN-RB Nomor : 53 tahun 2014',
      'Permenpan RB 53/2014',
    ];
    for (const f of forms) expect(one(`sesuai ${f} tentang Petunjuk Teknis`), f).toMatchObject({ issuer: 'permenpan', number: '53', year: 2014 });
  });
  it('reads other issuers, regions and titles', () => {
    expect(one('Peraturan Presiden RI Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah, dan mengacu pada')).toMatchObject({
      issuer: 'perpres', number: '29', year: 2014, tentang: 'Sistem Akuntabilitas Kinerja Instansi Pemerintah',
    });
    expect(one('diatur dalam Peraturan Bupati Jember Nomor 61 tahun 2016 sebagai berikut')).toMatchObject({ issuer: 'perbup', region: 'jember', number: '61', year: 2016 });
    expect(one('sebagaimana telah diubah dengan Undang - Undang Nomor 9 Tahun 2015 ;')).toMatchObject({ issuer: 'uu', number: '9', year: 2015 });
    expect(one('Undang-undang (UU) Nomor 28 Tahun 2009 tentang Penyelenggaraan Negara yang Bersih')).toMatchObject({ issuer: 'uu', number: '28', year: 2009 });
    expect(one('peraturan Menteri Dalam Negeri Nomor 21 Tahun 2011 ;')).toMatchObject({ issuer: 'permendagri', number: '21', year: 2011 });
    expect(one('Peraturan Gubernur Jawa Barat Nomor 54 Tahun 2015 tentang RKPD')).toMatchObject({ issuer: 'pergub', region: 'jawa barat' });
    expect(citationLabel(one('Peraturan Bupati Jember Nomor 61 tahun 2016'))).toBe('Peraturan Bupati Jember Nomor 61');
  });
  it('reads numbers in segments ending in the year by their first number, and loose PAN issuer names', () => {
    const forms: [string, string, string, number][] = [
      ['Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor PER/9/M.PAN/5/2007 tentang Pedoman', 'permenpan', '9', 2007],
      ['Peraturan Menteri Negara PAN Nomor : PER/09/M.PAN/5/2007, tanggal 31 Mei 2007, tentang Pedoman', 'permenpan', '9', 2007],
      ['Peraturan Meneg PAN Nomor 20/M.PAN/11/2008 tentang Petunjuk', 'permenpan', '20', 2008],
      ['Peraturan Menteri Negara PAN dan Reformasi Birokrasi No 29 tahun 2010.', 'permenpan', '29', 2010],
      ['Peraturan MenPAN-RB Nomor 53 Tahun 2014 tentang Petunjuk', 'permenpan', '53', 2014],
      ['Keputusan Menteri PAN Nomor 63/KEP/M.PAN/7/2003 tentang Pedoman', 'kepmenpan', '63', 2003],
      ['Kepmenpan Nomor KEP/25/M.PAN/2/2004 tentang Pedoman', 'kepmenpan', '25', 2004],
      ['Keputusan Kepala Lembaga Administrasi Negara (LAN) Nomor: 239/IX/6/8/2003 tentang Perbaikan', 'keplan', '239', 2003],
      ['SK Kepala LAN No. 239 Tahun 2003 tentang Perbaikan', 'keplan', '239', 2003],
      ['Kep. Kepala LAN Nomor 589/IX/6/Y/1999 tentang Pedoman', 'keplan', '589', 1999],
      ['Peraturan Menteri Keuangan Nomor 33/PMK.07/2016 tentang Rincian', 'permenkeu', '33', 2016],
    ];
    for (const [f, issuer, number, year] of forms) expect(one(`sesuai ${f}`), f).toMatchObject({ issuer, number, year });
    expect(one('Peraturan Menteri PAN Nomor : PER/09/M.PAN/5/2007, tanggal 31 Mei 2007, tentang Pedoman Umum Penetapan IKU; dan').tentang).toBe('Pedoman Umum Penetapan IKU');
  });
  it('skips things that are not citations', () => {
    expect(findCitations('TAP MPR RI. No. XI / MPR / 1998')).toEqual([]);
    // A number whose first part is a classification code, or whose last part is no year, identifies nothing.
    expect(findCitations('Keputusan Bupati dan Peraturan Bupati Sleman Nomor 188.45/123/KPTS/2016 tentang Tim')).toEqual([]);
    expect(findCitations('Keputusan Kepala LAN Nomor 239/IX/6/8 tentang Perbaikan Pedoman')).toEqual([]);
    expect(findCitations('Honorarium Pol PP 2021 dan Undang-Undang Dasar 1945')).toEqual([]);
  });
  it('finds several citations in one sentence', () => {
    const cs = findCitations('Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah, sebagaimana telah diubah dengan Undang - Undang Nomor 9 Tahun 2015 ;');
    expect(cs.map((c) => `${c.number}/${c.year}`)).toEqual(['23/2014', '9/2015']);
    const two = findCitations('Sesuai Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan dan Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah.');
    expect(two.map((c) => c.tentang)).toEqual(['Administrasi Kependudukan', 'Pemerintahan Daerah']);
  });
});

describe('known regulations', () => {
  it('recognises a regulation by number and the subject of its title, not by number alone', () => {
    expect(knownRegulation(one('PermenPAN-RB Nomor 53 Tahun 2015 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja'))?.year).toBe(2014);
    expect(knownRegulation(one('Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan'))).toBeUndefined();
    expect(knownRegulation(one('Permendagri Nomor 86 Tahun 2017'))).toBeUndefined();
    expect(knownRegulation(one('SK Kepala LAN Nomor 239 Tahun 2004 tentang Perbaikan Pedoman Penyusunan Pelaporan AKIP'))?.year).toBe(2003);
  });
  it('compares titles by their words', () => {
    expect(sameSubject('Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu', 'Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja, dan Tata Cara Reviu Atas Laporan Kinerja Instansi Pemerintah')).toBe(true);
    expect(sameSubject('Perangkat Daerah', 'Pajak Daerah dan Retribusi Daerah')).toBe(false);
    expect(sameSubject('Rencana Kerja Pemerintah Daerah Tahun 2020', 'Rencana Kerja Pemerintah Daerah Tahun 2021')).toBe(false);
  });
});
