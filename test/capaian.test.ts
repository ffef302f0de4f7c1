// Capaian formulas: positive, both negative variants, range targets, letter targets, zero and
// non-numeric values; the declared negative formula; polarity from wording.
import { describe, expect, it } from 'vitest';
import {
  computeCapaian,
  declaredNegativeFormula,
  letterScaleOf,
  mutuLetterOf,
  negativeFormulaDeclaration,
  numericValue,
  polarityOf,
  readingsUnsettled,
  zeroRealisasiOpen,
} from '../src/domain/capaian.js';
import { parseNumber } from '../src/model/number-id.js';
import { loadStructured } from '../src/model/load-structured.js';
import type { Val } from '../src/model/types.js';

const v = (s: string): Val => ({ ...parseNumber(s), loc: { file: 't' } });
const pos = (t: string, r: string) => computeCapaian(v(t), v(r), 'positive', 'two-target-minus');
const neg = (t: string, r: string) => computeCapaian(v(t), v(r), 'negative', 'two-target-minus');
const inv = (t: string, r: string) => computeCapaian(v(t), v(r), 'negative', 'target-over-realisasi');

describe('positive polarity: realisasi ÷ target × 100', () => {
  it('Semboro', () => {
    expect(pos('85', '60,7').value).toBeCloseTo(71.4118, 4);
    expect(pos('80%', '80%').value).toBe(100);
    expect(pos('12', '9').value).toBe(75);
  });
  it('realisasi 0 gives 0, target 0 cannot be divided', () => {
    expect(pos('1', '0').value).toBe(0);
    expect(pos('0', '3')).toEqual({ problem: 'division-by-zero', divisor: 0 });
  });
  it('negatives in parentheses', () => {
    expect(pos('10', '(3,14)').value).toBeCloseTo(-31.4, 9);
  });
});

describe('negative polarity, standard: (2 × target − realisasi) ÷ target × 100', () => {
  it('below target is better', () => {
    expect(neg('10', '8').value).toBe(120);
    expect(neg('10', '12').value).toBe(80);
    expect(neg('10', '10').value).toBe(100);
  });
  it('realisasi 0 is 200%, target 0 cannot be divided', () => {
    expect(neg('10', '0').value).toBe(200);
    expect(neg('0', '2')).toEqual({ problem: 'division-by-zero', divisor: 0 });
  });
});

describe('negative polarity, variant: target ÷ realisasi × 100', () => {
  it('below target is better', () => {
    expect(inv('10', '8').value).toBe(125);
    expect(inv('10', '12').value).toBeCloseTo(83.3333, 4);
  });
  it('realisasi 0 cannot be divided (reports print 1000%)', () => {
    expect(inv('5', '0')).toEqual({ problem: 'division-by-zero', divisor: 0 });
    expect(inv('0', '5').value).toBe(0);
  });
});

describe('range targets', () => {
  it('inside the range is 100', () => {
    expect(pos('80-90', '85').value).toBe(100);
    expect(pos('80 – 90 %', '80%').value).toBe(100);
    expect(pos('80 s/d 90', '90').value).toBe(100);
    expect(neg('80-90', '85').value).toBe(100);
  });
  it('positive: above compares with the upper bound, below with the lower', () => {
    expect(pos('80-90', '99').value).toBeCloseTo(110, 9);
    expect(pos('80-90', '60').value).toBe(75);
  });
  it('negative: below is better, compared with the lower bound; above with the upper', () => {
    expect(neg('80-90', '60').value).toBe(125);
    expect(neg('80-90', '99').value).toBeCloseTo(90, 9);
    expect(inv('80-90', '99').value).toBeCloseTo(90.909, 3);
  });
});

describe('letter targets (SKM mutu, PermenPAN-RB 14/2017)', () => {
  it('numeric realisasi converted to its mutu', () => {
    expect(pos('B', '60,7')).toEqual({ mutu: 'D', letterAchieved: false });
    expect(pos('B', '82,5')).toEqual({ mutu: 'B', letterAchieved: true });
    expect(pos('B', '88,31')).toEqual({ mutu: 'A', letterAchieved: true });
    expect(pos('B', '76,60')).toEqual({ mutu: 'C', letterAchieved: false });
  });
  it('nilai interval (1–4) realisasi', () => {
    expect(pos('B', '3,0644')).toEqual({ mutu: 'B', letterAchieved: true });
    expect(pos('B', '3,064')).toEqual({ mutu: 'C', letterAchieved: false });
  });
  it('letter or kinerja-word realisasi and targets', () => {
    expect(pos('B', 'A')).toEqual({ mutu: 'A', letterAchieved: true });
    expect(pos('B', 'C')).toEqual({ mutu: 'C', letterAchieved: false });
    expect(pos('B', 'Baik')).toEqual({ mutu: 'B', letterAchieved: true });
    expect(pos('Baik', '90')).toEqual({ mutu: 'A', letterAchieved: true });
    expect(pos('Sangat Baik', 'B')).toEqual({ mutu: 'B', letterAchieved: false });
  });
  it('values printed with their mutu count by their number', () => {
    expect(pos('B', '60,7 (B)')).toEqual({ mutu: 'D', letterAchieved: false });
    expect(pos('B', 'B (82,5)')).toEqual({ mutu: 'B', letterAchieved: true });
    expect(pos('85', '60,7 (D)').value).toBeCloseTo(71.4118, 4);
  });
  it('a realisasi that is no SKM value', () => {
    expect(pos('B', '12')).toEqual({ problem: 'not-numeric' });
    expect(pos('B', 'tercapai')).toEqual({ problem: 'not-numeric' });
  });
  it('AKIP/SAKIP letter targets are not SKM mutu', () => {
    expect(computeCapaian(v('B'), v('65,2'), 'positive', 'two-target-minus', { indikator: 'Nilai SAKIP Perangkat Daerah' })).toEqual({ problem: 'not-numeric' });
    expect(computeCapaian(v('B'), v('65,2'), 'positive', 'two-target-minus', { indikator: 'Indeks Kepuasan Masyarakat' })).toEqual({ mutu: 'C', letterAchieved: false });
  });
});

describe('missing and non-numeric values', () => {
  it('empty is missing; n/a and text are not numeric', () => {
    expect(pos('-', '80')).toEqual({ problem: 'missing' });
    expect(computeCapaian(undefined, v('80'), 'positive', 'two-target-minus')).toEqual({ problem: 'missing' });
    expect(pos('80', 'n/a')).toEqual({ problem: 'not-numeric' });
    expect(pos('80', 'belum diukur')).toEqual({ problem: 'not-numeric' });
    expect(pos('WTP', '80')).toEqual({ problem: 'not-numeric' });
  });
  it('numericValue and mutuLetterOf', () => {
    expect(numericValue(v('82,5 (B)'))).toBe(82.5);
    expect(numericValue(v('B (82,5)'))).toBe(82.5);
    expect(numericValue(v('B'))).toBeUndefined();
    expect(mutuLetterOf(v('B'))).toBe('B');
    expect(mutuLetterOf(v('Kurang baik'))).toBe('C');
    expect(mutuLetterOf(v('E'))).toBeUndefined();
  });
});

describe('declared negative formula', () => {
  const model = (negative?: string) =>
    loadStructured(JSON.stringify({ meta: { tahun: 2021 }, ...(negative !== undefined ? { formulas: { negative } } : {}) }), 'f.json', 'json');
  it.each([
    ['$$\\text{Capaian Kinerja} = \\frac{\\text{Target} - (\\text{Realisasi} - \\text{Target})}{\\text{Target}} \\times 100$$', 'two-target-minus', true],
    ['Capaian = (Target - (Realisasi - Target)) / Target x 100', 'two-target-minus', true],
    ['((2 x Target) – Realisasi) / Target x 100%', 'two-target-minus', true],
    ['(2 × Target − Realisasi) / Target × 100%', 'two-target-minus', true],
    ['Capaian = Target / Realisasi x 100%', 'target-over-realisasi', true],
    ['\\frac{Target}{Realisasi} \\times 100', 'target-over-realisasi', true],
    ['$$\\text{Capaian} = \\frac{\\text{Target}}{\\text{Realisasi}} \\times 100\\%$$', 'target-over-realisasi', true],
    ['rumus khusus daerah', 'two-target-minus', false],
  ] as const)('%s', (text, formula, recognized) => {
    expect(negativeFormulaDeclaration(model(text))).toEqual({ formula, declared: true, recognized });
    expect(declaredNegativeFormula(model(text))).toBe(formula);
  });
  it('none declared: the standard formula', () => {
    expect(negativeFormulaDeclaration(model())).toEqual({ formula: 'two-target-minus', declared: false, recognized: false });
  });
});

describe('polarityOf', () => {
  it('declared wins', () => {
    expect(polarityOf('negative', 'Persentase layanan')).toEqual({ polarity: 'negative', declared: true });
  });
  it.each([
    ['Angka kemiskinan', 'negative'],
    ['Prevalensi stunting', 'negative'],
    ['Jumlah kasus DBD', 'negative'],
    ['Tingkat pengangguran terbuka', 'negative'],
    ['Persentase penurunan angka kemiskinan', 'positive'],
    ['Persentase gangguan ketertiban yang ditangani', 'positive'],
    ['Hasil Survey Kepuasan Masyarakat (SKM) pada bidang pelayanan publik', 'positive'],
  ] as const)('%s → %s', (name, polarity) => {
    expect(polarityOf(undefined, name)).toEqual({ polarity, declared: false });
  });
});

describe('letterScaleOf', () => {
  it.each([
    ['Hasil Survey Kepuasan Masyarakat (SKM)', 'skm'],
    ['Nilai IKM', 'skm'],
    ['Nilai SAKIP', 'akip'],
    ['Nilai evaluasi akuntabilitas kinerja', 'akip'],
    ['Indeks Reformasi Birokrasi', 'akip'],
    ['Nilai kualitas layanan', 'unknown'],
  ] as const)('%s → %s', (name, scale) => {
    expect(letterScaleOf(name)).toBe(scale);
  });
});

describe('zeroRealisasiOpen: realisasi 0 on a negative indicator whose formula is not settled', () => {
  const undeclared = { formula: 'two-target-minus' as const, declared: false, recognized: false };
  const standard = { formula: 'two-target-minus' as const, declared: true, recognized: true };
  it('open when the report states no negative formula (Disperindag 2016: lateness 2 → 0, printed 1000)', () => {
    expect(polarityOf(undefined, 'Tingkat keterlambatan pelaporan').polarity).toBe('negative');
    expect(zeroRealisasiOpen(v('2'), v('0'), 'negative', undeclared)).toBe(true);
  });
  it('settled by the standard formula, and never open for positive polarity, realisasi ≠ 0 or target 0', () => {
    expect(zeroRealisasiOpen(v('2'), v('0'), 'negative', standard)).toBe(false);
    expect(zeroRealisasiOpen(v('2'), v('0'), 'positive', undeclared)).toBe(false);
    expect(zeroRealisasiOpen(v('2'), v('1'), 'negative', undeclared)).toBe(false);
    expect(zeroRealisasiOpen(v('0'), v('0'), 'negative', undeclared)).toBe(false);
  });
  it('"tanpa keterlambatan" is the good direction', () => {
    expect(polarityOf(undefined, 'Persentase laporan disampaikan tanpa keterlambatan').polarity).toBe('positive');
  });
});

describe('readingsUnsettled: an ambiguous number whose readings both fit the stated capaian', () => {
  const f = (t?: Val, r?: Val) => computeCapaian(t, r, 'positive', 'two-target-minus').value;
  it('"1,309" ÷ 15 printed "8,726": 8.726,67% or 8,73% — open', () => {
    const u = readingsUnsettled(v('15'), v('1,309'), v('8,726'), f);
    expect(u?.raw).toEqual(['1,309', '8,726']);
    expect(u?.values.map((x) => Math.round(x * 100) / 100).sort((a, b) => a - b)).toEqual([8.73, 8726.67]);
  });
  it('"2,345" ÷ "3,000" printed 78.16: both readings give the same ratio — settled', () => {
    expect(readingsUnsettled(v('3,000'), v('2,345'), v('78.16'), f)).toBeUndefined();
  });
  it('no stated capaian, or no reading fits: the majority reading stands', () => {
    expect(readingsUnsettled(v('15'), v('1,309'), undefined, f)).toBeUndefined();
    expect(readingsUnsettled(v('15'), v('1,309'), v('50'), f)).toBeUndefined();
  });
});
