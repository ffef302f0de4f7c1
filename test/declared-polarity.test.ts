// A "lower is better" wording in the prose beside an indicator's name declares its polarity.
import { describe, expect, it } from 'vitest';
import type { Measurement } from '../src/model/report-input.js';
import { declaredPolarity } from '../src/ingest/understand/polarity.js';

const rows = (): Measurement[] => [
  { indikator: '- Menurunnya tingkat kehilangan hasil pasca panen padi', target: '10,90', realisasi: '10,21', capaian: '106,33' },
  { indikator: 'Jumlah produksi padi', target: '100', realisasi: '90', capaian: '90' },
];

describe('polarity declared in the prose', () => {
  it('"(realisasi yang lebih besar menunjukkan kinerja kurang baik)" beside the name makes that indicator negative', () => {
    const r = rows();
    declaredPolarity(r, [{ text: 'Untuk Sasaran 2, dengan indikator Menurunnya tingkat kehilangan hasil pasca panen padi, dengan rumus perhitungan ke II (realisasi yang lebih besar menunjukkan kinerja kurang baik) mencapai 106,33%.' }]);
    expect(r.map((x) => x.polarity)).toEqual(['negative', undefined]);
  });

  it('a paragraph naming the indicator without such wording declares nothing, and a printed polarity stays', () => {
    const r = rows();
    r[1].polarity = 'positive';
    declaredPolarity(r, [{ text: 'Indikator Menurunnya tingkat kehilangan hasil pasca panen padi melebihi target.' }, { text: 'Jumlah produksi padi: semakin kecil semakin baik.' }]);
    expect(r.map((x) => x.polarity)).toEqual([undefined, 'positive']);
  });
});
