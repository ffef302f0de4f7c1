import { describe, expect, it } from 'vitest';
import { numberWords, ordinalLabel, ordinalValue, parseNumberWords } from '../src/domain/number-words.js';

describe('Indonesian number words', () => {
  it('reads 1–20, tens, hundreds and large amounts', () => {
    const cases: [string, number][] = [
      ['satu', 1], ['empat', 4], ['sepuluh', 10], ['sebelas', 11], ['dua belas', 12], ['sembilan belas', 19],
      ['dua puluh', 20], ['duapuluh satu', 21], ['seratus', 100], ['seratus lima', 105], ['tiga ratus empat puluh satu', 341],
      ['seribu', 1000], ['dua ribu dua puluh satu', 2021], ['satu juta lima ratus ribu rupiah', 1_500_000],
      ['tiga milyar empat ratus lima puluh tujuh juta', 3_457_000_000], ['seratus persen', 100],
    ];
    for (const [words, n] of cases) expect(parseNumberWords(words), words).toBe(n);
  });
  it('is undefined for words that are not a number', () => {
    for (const w of ['SKM', 'Tabel', 'dua tiga', 'puluh', 'belas dua', '']) expect(parseNumberWords(w), w).toBeUndefined();
  });
  it('round-trips 1–999', () => {
    for (let n = 1; n <= 999; n++) expect(parseNumberWords(numberWords(n))).toBe(n);
  });
  it('labels and reads decree articles', () => {
    expect(['KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA', 'KEENAM'].map(ordinalValue)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ordinalValue('PERTAMA')).toBe(1);
    expect(ordinalValue('KESEBELAS')).toBe(11);
    expect(ordinalValue('KEDUA BELAS')).toBe(12);
    expect(ordinalValue('MENETAPKAN')).toBeUndefined();
    expect([1, 5, 10, 11, 12, 20].map(ordinalLabel)).toEqual(['KESATU', 'KELIMA', 'KESEPULUH', 'KESEBELAS', 'KEDUA BELAS', 'KEDUA PULUH']);
  });
});
