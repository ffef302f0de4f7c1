import { describe, expect, it } from 'vitest';
import { countListItems, findCounts, introducesList, listMarker } from '../src/engine/counts.js';

describe('counts in digits and words', () => {
  it('reads the count, its words and what it counts', () => {
    const cs = findCounts('terdiri dari 3 (tiga) program dan 3 (tiga) kegiatan dan 4 (empat) sub kegiatan, sebagai berikut :');
    expect(cs.map((c) => [c.digits, c.words, c.noun])).toEqual([[3, 3, 'program'], [3, 3, 'kegiatan'], [4, 4, 'sub kegiatan']]);
    expect(findCounts('melalui 2 (satu) indikator kinerja').map((c) => [c.digits, c.words])).toEqual([[2, 1]]);
    expect(findCounts('sebesar Rp. 3.457.463.874 (tiga milyar empat ratus lima puluh tujuh juta empat ratus enam puluh tiga ribu delapan ratus tujuh puluh empat rupiah)')[0]).toMatchObject({ digits: 3457463874, words: 3457463874 });
    expect(findCounts('Hasil Survey Kepuasan Masyarakat (SKM) dan (Tabel 4.1)')).toEqual([]);
    expect(findCounts('sebanyak 441 (RT RW)')[0].words).toBeUndefined();
  });
});

describe('lists after a lead-in', () => {
  it('recognises markers and lead-ins', () => {
    expect(listMarker('a. Program Penunjang')).toEqual({ style: 'letter', value: 1 });
    expect(listMarker('- d. Program Koordinasi')).toEqual({ style: 'letter', value: 4 });
    expect(listMarker('2) Mewujudkan')).toEqual({ style: 'digit', value: 2 });
    expect(listMarker('Indikator Sasaran : x')).toBeUndefined();
    expect(introducesList('sebanyak 4 (empat) program utama yaitu :')).toBe(true);
    expect(introducesList('terdiri dari 2 (dua) sasaran, sebagai berikut')).toBe(true);
    expect(introducesList('Program berjalan baik.')).toBe(false);
  });
  it('counts items of the first style, across nested items and continuation lines', () => {
    expect(countListItems(['a. P1', '1. K1', '2. K2', 'b. P2', 'Indikator : x', 'c. P3', 'd. P4', 'Kegiatan adalah :', 'a. lain'])).toBe(4);
    expect(countListItems(['1. Sasaran 1 : A', 'Indikator Sasaran : a', '2. Sasaran 2 : B', 'Indikator Sasaran : b'])).toBe(2);
    expect(countListItems(['a. P1', 'b. P2', 'a. again'])).toBe(2);
    expect(countListItems(['Pelaksanaan kegiatan', 'Motivasi'])).toBeUndefined();
    expect(countListItems(['b. starts late'])).toBeUndefined();
  });
});
