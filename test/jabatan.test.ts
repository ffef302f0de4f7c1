// Position titles under signatures (src/domain/jabatan.ts) and units compared by sameName(…, 'unit'):
// the forms the corpus and real reports print, and the readings that must not be compared.
import { describe, expect, it } from 'vitest';
import { officeKey, readJabatan } from '../src/domain/jabatan.js';
import { sameName } from '../src/domain/names.js';
import { operators } from '../src/engine/operators.js';

describe('a title is read into its office, its unit and an acting mark', () => {
  it.each([
    ['Plt. Kepala Badan Kesatuan Bangsa dan Politik Provinsi DKI Jakarta,', { office: 'kepala', acting: true, type: 'badan', words: ['kesatuan', 'bangsa', 'politik'] }],
    ['KEPALA DINAS TENAGA KERJA DAN TRANSMIGRASI PROVINSI JAWA BARAT,', { office: 'kepala', acting: false, type: 'dinas', words: ['tenaga', 'kerja', 'transmigrasi'] }],
    ['Kepala Pelaksana Badan Penanggulangan Bencana Daerah,', { office: 'kepala pelaksana', type: 'badan' }],
    ['Camat Semboro,', { office: 'kepala', type: 'kecamatan', words: ['semboro'] }],
    ['Kadis Perindag', { office: 'kepala', type: 'dinas', words: ['perindag'] }],
    ['Direktur RSUD Al Ihsan Provinsi Jawa Barat', { office: 'direktur', type: 'rumahsakit', words: ['umum', 'daerah', 'al', 'ihsan'] }],
    ['Kepala Dinas Perhubungan selaku Pengguna Anggaran Pembina Utama Muda IV/c', { office: 'kepala', type: 'dinas', words: ['perhubungan'], certain: true }],
    ['Kepala Dinas Perindustrian dan Perdagangan Pembina Utama Muda', { office: 'kepala', type: 'dinas', words: ['perindustrian', 'perdagangan'] }],
    ['Kepala Dinas Perhubungan Pihak Pertama', { office: 'kepala', type: 'dinas', words: ['perhubungan'] }],
    ['BUPATI JEMBER,', { office: 'bupati', elected: true, words: ['jember'] }],
  ])('%s', (text, want) => {
    expect(readJabatan(text)).toMatchObject({ certain: true, ...want });
  });

  it('reads no office where the title does not begin with one: a unit above "Kepala,", a party label, a unit alone, a signature on behalf', () => {
    expect(readJabatan('BADAN PERENCANAAN PEMBANGUNAN DAERAH PROVINSI JAWA BARAT Kepala,')).toBeUndefined();
    expect(readJabatan('PIHAK KESATU,')).toBeUndefined();
    expect(readJabatan('Kecamatan Semboro')).toBeUndefined();
    expect(readJabatan('a.n. KEPALA DINAS PERHUBUNGAN Sekretaris,')).toBeUndefined();
    // A word of the document is looked up in the lists, never among an object's properties.
    expect(readJabatan('Constructor Dinas')).toBeUndefined();
  });

  it('is not certain of two signature columns run together, nor of a second office after "selaku"', () => {
    expect(readJabatan('GUBERNUR JAWA BARAT Plt. KEPALA DINAS PERTANIAN TANAMAN PANGAN PROVINSI JAWA BARAT')?.certain).toBe(false);
    expect(readJabatan('Sekretaris Dinas selaku Plt. Kepala Dinas Perhubungan')?.certain).toBe(false);
    expect(readJabatan('Kepala Dinas Perhubungan u.b. Kepala Bidang Angkutan')?.certain).toBe(false);
  });
});

describe("sameName(…, 'unit')", () => {
  it.each([
    ['Dinas Perindustrian dan Perdagangan Provinsi Jawa Barat', 'Dinas Perindustrian dan Perdagangan'],
    ['Biro Organisasi Sekretariat Daerah', 'Biro Organisasi Setda Provinsi Jawa Barat'],
    ['Rumah Sakit Umum Daerah Al Ihsan', 'RSUD Al Ihsan'],
    ['Badan Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana', 'BP3AKB'],
    ['Dinas Perindustrian dan Perdagangan', 'Disperindag'],
    ['Badan Pemberdayaan Masyarakat dan Desa', 'Dinas Pemberdayaan Masyarakat dan Desa'],
    ['Dinas Perhubungan', 'Dinas'],
  ])('%s is %s', (a, b) => {
    expect(sameName(a, b, 'unit')).toBe(true);
  });
  it.each([
    ['Dinas Perkebunan', 'Dinas Peternakan'],
    ['Dinas Perhubungan', 'Badan Perencanaan Pembangunan Daerah'],
    ['Bidang Perdagangan Dinas Perindustrian dan Perdagangan', 'Dinas Perindustrian dan Perdagangan'],
  ])('%s is not %s', (a, b) => {
    expect(sameName(a, b, 'unit')).toBe(false);
  });
});

describe('officeKey', () => {
  it('tells offices apart, but not an office written in full and short for one holder', () => {
    expect(officeKey('kepala pelaksana')).toBe(officeKey('kepala'));
    expect(officeKey('direktur utama')).toBe(officeKey('direktur'));
    expect(officeKey('kepala')).not.toBe(officeKey('sekretaris'));
    expect(officeKey('wakil bupati')).not.toBe(officeKey('bupati'));
  });
});

describe('the differsAsUnit operator', () => {
  const differs = (a: unknown, b: unknown) => operators.differsAsUnit.test(a, b, {});
  it('differs for another unit, not for the same unit written otherwise; only texts are compared', () => {
    expect(differs('dinas perkebunan', 'Dinas Peternakan')).toBe(true);
    expect(differs('dinas perindustrian perdagangan', 'Dinas Perindustrian dan Perdagangan Provinsi Jawa Barat')).toBe(false);
    expect(differs(undefined, 'Dinas Peternakan')).toBe(false);
  });
});
