import { describe, expect, it } from 'vitest';
import { countListItems, findCounts, introducesList, listMarker, readList } from '../src/domain/counts.js';
import { loadRules } from '../src/engine/rules.js';
import { lintModel } from '../src/engine/run.js';
import { loadStructured } from '../src/model/load-structured.js';

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

describe('a list certainly ends where it was counted', () => {
  const at = (page: number, section: string, ...texts: string[]) => texts.map((text) => ({ text, page, section }));

  it('ended by a new lead-in or by its section on the page of its last item', () => {
    expect(readList([...at(3, 'A', '1. a', '2. b'), ...at(3, 'A', 'Kebijakan yang ditempuh antara lain:')], 'A')).toEqual({ count: 2, complete: true });
    expect(readList([...at(3, 'A', '1. a', '2. b'), ...at(3, 'B', 'Paragraf lain.')], 'A')).toEqual({ count: 2, complete: true });
  });

  it('not at a page break, a marker jump or the end of the text', () => {
    // The outline put the next page in the next section: the markers run on, so does the list.
    expect(readList([...at(19, 'A', '1. a', '2. b'), { text: 'LKIP Tahun 2016 II - 1', page: 19, section: 'A', furniture: true }, ...at(20, 'B', '3. c', '4. d', '5. e', 'Dalam upaya mendukung visi.', 'Misi BAPPEDA adalah :')], 'A')).toEqual({ count: 5, complete: true });
    expect(readList([...at(19, 'A', '1. a', '2. b'), ...at(20, 'B', 'Tabel 2.1 Sasaran')], 'A')).toEqual({ count: 2, complete: false });
    expect(readList(at(3, 'A', '1. a', '2. b', '4. d'), 'A')).toEqual({ count: 2, complete: false });
    expect(readList(at(3, 'A', '1. a', '2. b'), 'A')).toEqual({ count: 2, complete: false });
  });

  it('counts the items a reader ran together', () => {
    const items = Array.from({ length: 8 }, (_, i) => `${i + 1}. butir ${i + 1};`);
    expect(readList(at(18, 'A', ...items, '9. Meningkatkan pembinaan; 10.Mendukung kerjasama; 11.Meningkatkan kemampuan', 'transmigrasi;', 'Sedangkan kebijakan yang dirancang antara lain:'), 'A')).toEqual({ count: 11, complete: true });
  });
});

describe('a count set against the list that follows', () => {
  const rule = loadRules().filter((r) => r.id === 'structure/count-items');
  const lint = async (...texts: string[]) =>
    (await lintModel(loadStructured(JSON.stringify({ meta: { tahun: 2016 }, paragraphs: texts.map((text) => ({ section: 'A', text })) }), 'x.json', 'json'), { rules: rule })).map((f) => [f.expected, f.actual]);

  it('is the number of the items, in words too', async () => {
    expect(await lint('Terdapat 3 (tiga) misi, yaitu:', '1. a', '2. b', 'Paragraf berikutnya.')).toEqual([['2', '3 (tiga)']]);
    expect(await lint('Sasaran dalam kurun waktu 5 (lima) tahun periode 2013-2018, adalah sebagai berikut:', '1. a', '2. b', 'Paragraf berikutnya.')).toEqual([]);
    expect(await lint('Menurut PERMENPAN-RB Nomor 53 Tahun 2014 (Lampiran I), adalah:', '1. a', '2. b', 'Paragraf berikutnya.')).toEqual([]);
    expect(await lint('Nilai 200 % (SANGAT BAIK) berarti:', '1. a', '2. b', 'Paragraf berikutnya.')).toEqual([]);
  });

  it('not a count of the list before, nor of things the items group', async () => {
    expect(await lint('Dari 9 (sembilan) kebijakan tersebut di atas, selanjutnya dijabarkan ke dalam program sebagai berikut:', '1. a', '2. b', 'Paragraf berikutnya.')).toEqual([]);
    expect(await lint('Dari ke 5 (lima) indikator kinerjanya dapat dijelaskan sebagai berikut:', '1. Untuk sasaran 1, indikator (1) … dan indikator (2) …', '2. Untuk sasaran 2, indikator (3) …', 'Paragraf berikutnya.')).toEqual([]);
  });
});
