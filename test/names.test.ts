// One answer to "are these two names the same?", by the kind of name (src/domain/names.ts).
import { describe, expect, it } from 'vitest';
import { sameName } from '../src/domain/names.js';
import { STOP_WORDS } from '../src/domain/stop-words.js';

describe('sameName', () => {
  it('indicator and sasaran names across documents: tolerant of wording, typos and numbering', () => {
    expect(sameName('1. Persentase rekomendasi yang ditindaklanjuti', 'Prosentase rekomendasi ditindak lanjuti', 'name')).toBe(true);
    expect(sameName('Indeks Kepuasan Masyarakat', 'Jumlah desa mandiri', 'name')).toBe(false);
  });
  it('headings and repeated sasaran: the smaller word set within the other', () => {
    expect(sameName('Meningkatnya kualitas pelayanan publik', 'Sasaran 1: Meningkatnya kualitas pelayanan publik di kecamatan', 'heading')).toBe(true);
    expect(sameName('Meningkatnya kualitas pelayanan publik', 'Meningkatnya kualitas tata kelola', 'heading')).toBe(false);
  });
  it('regulation titles: the same subject words, no other year', () => {
    expect(sameName('Pedoman Penyusunan RKPD Tahun 2021', 'pedoman penyusunan RKPD tahun 2021', 'regulation')).toBe(true);
    expect(sameName('RKPD Tahun 2020', 'RKPD Tahun 2021', 'regulation')).toBe(false);
  });
  it('budget lines: "Belanja Pegawai" is the table\'s "Pegawai"', () => {
    expect(sameName('Belanja Pegawai', 'Pegawai', 'budget-line')).toBe(true);
    expect(sameName('Belanja Pegawai', 'Belanja Barang dan Jasa', 'budget-line')).toBe(false);
  });
  it('one list of words without identity: every kind drops the function words, prose also the words of measurement', () => {
    for (const w of ['dan', 'yang', 'di', 'dari']) for (const set of Object.values(STOP_WORDS)) expect(set.has(w)).toBe(true);
    expect(STOP_WORDS.mention.has('persentase')).toBe(true);
    expect(STOP_WORDS.name.has('persentase')).toBe(false);
  });
});

