// Rating scales: every printed range form parseBandRange reads, and the structure checks built on
// it (gaps, overlaps, order, numbering, coverage above 100%, rating a value).
import { describe, expect, it } from 'vitest';
import {
  PERMENDAGRI_86_2017,
  declaredScale,
  effectiveScale,
  parseBandRange,
  printedRanks,
  rate,
  sampleOf,
  scaleJoints,
  scaleNumbering,
  defaultScaleOf,
  type Band,
  type Scale,
  type Span,
  upperBound,
} from '../src/domain/scale.js';
import { fillMessage, terms } from '../src/engine/messages.js';
import { contractsOf } from '../src/engine/rules.js';
import type { Lang, RuleDef } from '../src/engine/types.js';
import { operators } from '../src/engine/operators.js';
import { loadStructured } from '../src/model/load-structured.js';
import { spanFacts } from '../src/subjects/rating.js';

const open = undefined;

describe('parseBandRange', () => {
  const cases: [string, number | undefined, boolean, number | undefined, boolean][] = [
    // text, min, minInclusive, max, maxInclusive
    ['Lebih dari 100 %', 100, false, open, false],
    ['lebih besar dari 100%', 100, false, open, false],
    ['di atas 100', 100, false, open, false],
    ['diatas 100 %', 100, false, open, false],
    ['> 100%', 100, false, open, false],
    ['x > 100', 100, false, open, false],
    ['Capaian > 100 %', 100, false, open, false],
    ['≥ 91', 91, true, open, false],
    ['>= 91', 91, true, open, false],
    ['=> 91 %', 91, true, open, false],
    ['X ≥ 91', 91, true, open, false],
    ['lebih dari atau sama dengan 91', 91, true, open, false],
    ['lebih dari sama dengan 91', 91, true, open, false],
    ['minimal 91', 91, true, open, false],
    ['paling rendah 91', 91, true, open, false],
    ['91 ke atas', 91, true, open, false],
    ['91 keatas', 91, true, open, false],
    ['91 atau lebih', 91, true, open, false],
    ['91 < x', 91, false, open, false],
    ['Kurang dari 55 %', open, false, 55, false],
    ['lebih kecil dari 55', open, false, 55, false],
    ['di bawah 55 %', open, false, 55, false],
    ['< 55%', open, false, 55, false],
    ['x < 55', open, false, 55, false],
    ['≤ 50', open, false, 50, true],
    ['<= 50', open, false, 50, true],
    ['x ≤ 50', open, false, 50, true],
    ['kurang dari atau sama dengan 50', open, false, 50, true],
    ['maksimal 50', open, false, 50, true],
    ['50 ke bawah', open, false, 50, true],
    ['50 atau kurang', open, false, 50, true],
    ['76 % s/d 100 %', 76, true, 100, true],
    ['55 % s/d 75 %', 55, true, 75, true],
    ['76 s.d. 100', 76, true, 100, true],
    ['76 sd 100', 76, true, 100, true],
    ['76 sampai dengan 100', 76, true, 100, true],
    ['76 sampai 100', 76, true, 100, true],
    ['76 hingga 100', 76, true, 100, true],
    ['91 - 100', 91, true, 100, true],
    ['91 – 100 %', 91, true, 100, true],
    ['91—100', 91, true, 100, true],
    ['91% - 100%', 91, true, 100, true],
    ['76,5 - 90,5', 76.5, true, 90.5, true],
    ['76.5 - 90.5', 76.5, true, 90.5, true],
    ['> 75 - 100', 75, false, 100, true],
    ['> 75 % s/d 100 %', 75, false, 100, true],
    ['lebih dari 75 s/d 100', 75, false, 100, true],
    ['≥ 76 s/d < 91', 76, true, 91, false],
    ['76 < x ≤ 100', 76, false, 100, true],
    ['76 ≤ x < 91', 76, true, 91, false],
    ['76% ≤ capaian ≤ 90%', 76, true, 90, true],
    ['76 <= x <= 90', 76, true, 90, true],
    ['100 ≥ x > 90', 90, false, 100, true],
    ['100 %', 100, true, 100, true],
    ['= 100', 100, true, 100, true],
    ['100 – 76 %', 76, true, 100, true],
  ];
  it.each(cases)('%s', (text, min, minInclusive, max, maxInclusive) => {
    const b = parseBandRange(text);
    expect(b).toBeDefined();
    expect(b!.min).toBe(min);
    expect(b!.max).toBe(max);
    if (min !== undefined) expect(b!.minInclusive).toBe(minInclusive);
    if (max !== undefined) expect(b!.maxInclusive).toBe(maxInclusive);
  });

  it.each(['Melampaui target', 'Baik', '', 'sesuai target', 'n/a'])('unreadable: %j', (text) => {
    expect(parseBandRange(text)).toBeUndefined();
  });
});

function scaleOf(bands: { range: string; label: string; no?: string }[]): Scale {
  const model = loadStructured(JSON.stringify({ meta: { tahun: 2021 }, scale: { bands } }), 's.json', 'json');
  return declaredScale(model)!;
}

const SEMBORO = [
  { no: '1.', range: 'Lebih dari 100 %', label: 'SANGAT BAIK' },
  { no: '2.', range: '76 % s/d 100 %', label: 'BAIK' },
  { no: '2.', range: '55 % s/d 75 %', label: 'CUKUP' },
  { no: '3.', range: 'Kurang dari 55 %', label: 'KURANG' },
];

const spanOf = (j: { span: { from: number; to: number; fromInclusive: boolean; toInclusive: boolean } }) => j.span;
const labels = (j: { lower: Band; upper: Band }) => [j.lower.label, j.upper.label];

describe('declared scale', () => {
  it('takes explicit bounds over the range text', () => {
    const model = loadStructured(
      JSON.stringify({ meta: { tahun: 2021 }, scale: { bands: [{ range: 'tinggi sekali', label: 'A', min: 90, minInclusive: false }] } }),
      's.json',
      'json',
    );
    const s = declaredScale(model)!;
    expect(s.bands[0]).toMatchObject({ min: 90, minInclusive: false, max: undefined });
    expect(effectiveScale(model)).toEqual(s);
  });

  it('falls back to Permendagri 86/2017 when none is declared', () => {
    const model = loadStructured(JSON.stringify({ meta: { tahun: 2021 } }), 's.json', 'json');
    expect(declaredScale(model)).toBeUndefined();
    expect(effectiveScale(model)).toBe(PERMENDAGRI_86_2017);
  });
});

describe('scaleJoints', () => {
  it('Semboro: one gap, 75 < x < 76, between CUKUP and BAIK', () => {
    const joints = scaleJoints(scaleOf(SEMBORO));
    expect(joints).toHaveLength(1);
    expect(joints[0].kind).toBe('gap');
    expect(labels(joints[0])).toEqual(['CUKUP', 'BAIK']);
    expect(spanOf(joints[0])).toEqual({ from: 75, fromInclusive: false, to: 76, toInclusive: false });
    expect(sampleOf(joints[0].span)).toBe(75.5);
  });

  it('Permendagri 86/2017 as written has four gaps', () => {
    const gaps = scaleJoints(PERMENDAGRI_86_2017).map((j) => [j.kind, j.span.from, j.span.to]);
    expect(gaps).toEqual([
      ['gap', 50, 51],
      ['gap', 65, 66],
      ['gap', 75, 76],
      ['gap', 90, 91],
    ]);
  });

  it('bounds that meet leave no gap', () => {
    expect(scaleJoints(scaleOf([{ range: '> 100', label: 'SB' }, { range: '76 ≤ x ≤ 100', label: 'B' }, { range: '55 ≤ x < 76', label: 'C' }, { range: '< 55', label: 'K' }]))).toEqual([]);
  });

  it('a shared inclusive bound is an overlap of one value', () => {
    const joints = scaleJoints(scaleOf([{ range: '76 - 100', label: 'BAIK' }, { range: '55 - 76', label: 'CUKUP' }]));
    expect(joints).toHaveLength(1);
    expect(joints[0].kind).toBe('overlap');
    expect(labels(joints[0])).toEqual(['CUKUP', 'BAIK']);
    expect(spanOf(joints[0])).toEqual({ from: 76, fromInclusive: true, to: 76, toInclusive: true });
  });

  it('a shared exclusive bound is a gap of one value', () => {
    const joints = scaleJoints(scaleOf([{ range: '> 55', label: 'BAIK' }, { range: '< 55', label: 'KURANG' }]));
    expect(joints.map((j) => [j.kind, j.span.from, j.span.to])).toEqual([['gap', 55, 55]]);
    expect(sampleOf(joints[0].span)).toBe(55);
  });

  it('a wide overlap, and overlaps between bands that are not neighbours', () => {
    const joints = scaleJoints(scaleOf([{ range: '0 - 100', label: 'A' }, { range: '50 - 60', label: 'B' }, { range: '70 - 80', label: 'C' }]));
    // 60–70 lies between B and C but A covers it: no gap.
    expect(joints.map((j) => [j.kind, ...labels(j)])).toEqual([
      ['overlap', 'A', 'B'],
      ['overlap', 'A', 'C'],
    ]);
    expect(spanOf(joints[0])).toEqual({ from: 50, fromInclusive: true, to: 60, toInclusive: true });
  });

  it('overlap of open-ended bands', () => {
    const joints = scaleJoints(scaleOf([{ range: '≥ 90', label: 'A' }, { range: '> 80', label: 'B' }]));
    expect(joints.map((j) => [j.kind, ...labels(j), j.span.from, j.span.to])).toEqual([['overlap', 'B', 'A', 90, Infinity]]);
  });
});

describe('sampleOf', () => {
  it('picks a round value inside the span', () => {
    expect(sampleOf({ from: 90, fromInclusive: false, to: 91, toInclusive: false })).toBe(90.5);
    expect(sampleOf({ from: 75, fromInclusive: false, to: 75.01, toInclusive: false })).toBe(75.005);
    expect(sampleOf({ from: 55, fromInclusive: true, to: 55, toInclusive: true })).toBe(55);
  });
});

describe('printedRanks (rating/scale-order: ordered)', () => {
  const ordered = (scale: Scale) => operators.ordered.test(printedRanks(scale), true, {});
  it('descending (Semboro), ascending, mixed', () => {
    expect(printedRanks(scaleOf(SEMBORO))).toEqual([3, 2, 1, 0]);
    expect(ordered(scaleOf(SEMBORO))).toBe(true);
    expect(printedRanks(scaleOf([...SEMBORO].reverse()))).toEqual([0, 1, 2, 3]);
    expect(printedRanks(scaleOf([SEMBORO[1], SEMBORO[3], SEMBORO[0], SEMBORO[2]]))).toEqual([2, 0, 3, 1]);
    expect(ordered(scaleOf([SEMBORO[1], SEMBORO[3], SEMBORO[0], SEMBORO[2]]))).toBe(false);
  });
});

describe('scaleNumbering', () => {
  const numbered = (nos: string[]) => scaleOf(nos.map((no, i) => ({ no, range: `${i * 10} - ${i * 10 + 9}`, label: `L${i}` })));
  it("Semboro's 1., 2., 2., 3.", () => {
    expect(scaleNumbering(scaleOf(SEMBORO))).toEqual({
      printed: ['1.', '2.', '2.', '3.'],
      duplicated: ['2.'],
      skipped: [],
      expected: ['1.', '2.', '3.', '4.'],
      ok: false,
    });
  });
  it('a skipped number', () => {
    expect(scaleNumbering(numbered(['1', '2', '4']))).toMatchObject({ skipped: ['3'], duplicated: [], expected: ['1', '2', '3'], ok: false });
  });
  it('letters, roman numerals and brackets', () => {
    expect(scaleNumbering(numbered(['a.', 'b.', 'c.']))?.ok).toBe(true);
    expect(scaleNumbering(numbered(['A.', 'B.', 'B.']))).toMatchObject({ ok: false, expected: ['A.', 'B.', 'C.'] });
    expect(scaleNumbering(numbered(['I', 'II', 'III', 'IV']))?.ok).toBe(true);
    expect(scaleNumbering(numbered(['1)', '2)', '3)']))?.ok).toBe(true);
  });
  it('no numbering to check when a band has none', () => {
    expect(scaleNumbering(scaleOf([{ range: '> 100', label: 'SB' }, { range: '≤ 100', label: 'B' }]))).toBeUndefined();
  });
});

describe('upperBound (rating/scale-top: at most 100)', () => {
  it('a band open above or reaching past 100', () => {
    expect(upperBound(scaleOf(SEMBORO))).toBe(Infinity);
    expect(upperBound(scaleOf([{ range: '91 - 120', label: 'ST' }]))).toBe(120);
    expect(upperBound(scaleOf([{ range: '76 % s/d 100 %', label: 'BAIK' }, { range: '< 76', label: 'KURANG' }]))).toBe(100);
    expect(upperBound(PERMENDAGRI_86_2017)).toBe(100);
    expect(upperBound(scaleOf([{ range: 'Melampaui target', label: 'SB' }]))).toBeUndefined();
  });
});

describe('rate', () => {
  it('the band a value falls in', () => {
    expect(rate(scaleOf(SEMBORO), 71.4).band?.label).toBe('CUKUP');
    expect(rate(scaleOf(SEMBORO), 100).band?.label).toBe('BAIK');
    expect(rate(scaleOf(SEMBORO), 100.01).band?.label).toBe('SANGAT BAIK');
    expect(rate(scaleOf(SEMBORO), 55).band?.label).toBe('CUKUP');
    expect(rate(scaleOf(SEMBORO), 54.9).band?.label).toBe('KURANG');
  });
  it('a gap of the declared scale', () => {
    const r = rate(scaleOf(SEMBORO), 75.5);
    expect(r.band).toBeUndefined();
    expect([r.gap?.below.label, r.gap?.above.label]).toEqual(['CUKUP', 'BAIK']);
  });
  it('above a declared scale that ends at 100', () => {
    expect(rate(scaleOf([{ range: '76 - 100', label: 'BAIK' }, { range: '< 76', label: 'KURANG' }]), 110)).toEqual({ outside: 'above' });
  });
  it('the default scale takes capaian above 100 as its top band, and has gaps', () => {
    expect(rate(PERMENDAGRI_86_2017, 120)).toMatchObject({ band: { label: 'Sangat Tinggi' }, extended: true });
    expect(rate(PERMENDAGRI_86_2017, 95).band?.label).toBe('Sangat Tinggi');
    expect(rate(PERMENDAGRI_86_2017, 76).band?.label).toBe('Tinggi');
    expect(rate(PERMENDAGRI_86_2017, 10).band?.label).toBe('Sangat Rendah');
    const gap = rate(PERMENDAGRI_86_2017, 90.5);
    expect([gap.gap?.below.label, gap.gap?.above.label]).toEqual(['Tinggi', 'Sangat Tinggi']);
  });
});

describe('the configured default scale', () => {
  it('is used when a report declares none, passed in rather than set process-wide', () => {
    const custom: Scale = { declared: true, name: 'Skala daerah', bands: [{ label: 'Baik', range: '≥ 80', min: 80, minInclusive: true, maxInclusive: false }] };
    expect(defaultScaleOf(custom)).toMatchObject({ name: 'Skala daerah', declared: false });
    const model = loadStructured(JSON.stringify({ meta: { tahun: 2021 } }), 's.json', 'json');
    expect(effectiveScale(model, defaultScaleOf(custom)).name).toBe('Skala daerah');
    expect(effectiveScale(model)).toBe(PERMENDAGRI_86_2017);
    expect(defaultScaleOf()).toBe(PERMENDAGRI_86_2017);
  });
});

describe('spans as facts, printed by the shared table rating-span', () => {
  const rule = { fragments: { span: { fact: 'spanShape', terms: 'rating-span' } } } as unknown as RuleDef;
  const printed = (s: Span, lang: Lang) => fillMessage('{span}', rule, spanFacts(s), lang);
  it('every shape, numbers in each language', () => {
    expect(printed({ from: 75, fromInclusive: false, to: 76, toInclusive: false }, 'id')).toBe('75 < x < 76');
    expect(printed({ from: 76, fromInclusive: true, to: 76, toInclusive: true }, 'id')).toBe('x = 76');
    expect(printed({ from: 75.5, fromInclusive: true, to: 80.25, toInclusive: true }, 'id')).toBe('75,5 ≤ x ≤ 80,25');
    expect(printed({ from: 75.5, fromInclusive: true, to: 80.25, toInclusive: true }, 'en')).toBe('75.5 ≤ x ≤ 80.25');
    expect(printed({ from: 100, fromInclusive: false, to: Infinity, toInclusive: false }, 'id')).toBe('100 < x');
    expect(printed({ from: -Infinity, fromInclusive: false, to: 55, toInclusive: true }, 'en')).toBe('x ≤ 55');
    expect(printed({ from: 1.123456, fromInclusive: false, to: 2, toInclusive: true }, 'en')).toBe('1.1235 < x ≤ 2');
  });
  it('the table has a text for every shape the contracts allow', () => {
    const shapes = contractsOf().get('scale-joint')!.facts.spanShape.enum!;
    expect(shapes.filter((s) => !terms()['rating-span'][s])).toEqual([]);
    expect(contractsOf().get('predikat')!.facts.spanShape.enum).toEqual(shapes);
  });
});
