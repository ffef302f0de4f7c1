import { describe, expect, it } from 'vitest';
import { halfUnit, majorityStyle, parseNumber } from '../src/model/number-id.js';
import { decimalSum } from '../src/model/decimal.js';

describe('parseNumber', () => {
  it.each([
    ['1.234.567,89', 1234567.89, 2, 'id'],
    ['1,234,567.89', 1234567.89, 2, 'en'],
    ['3.457.463.874', 3457463874, 0, 'id'],
    ['Rp. 2,519,516,374', 2519516374, 0, 'en'],
    ['Rp. 14.513.515.000,00', 14513515000, 2, 'id'],
    ['91,06%', 91.06, 2, 'id'],
    ['99,60 %', 99.6, 2, 'id'],
    ['185.80', 185.8, 2, 'en'],
    ['60,7', 60.7, 1, 'id'],
    ['441', 441, 0, undefined],
  ])('%s → %d (%d decimals, %s)', (raw, value, decimals, style) => {
    const p = parseNumber(raw);
    expect(p.kind).toBe('number');
    expect(p.value).toBe(value);
    expect(p.decimals).toBe(decimals);
    expect(p.style).toBe(style);
    expect(p.ambiguous).toBeUndefined();
  });

  it('reads units', () => {
    expect(parseNumber('91,06%').unit).toBe('percent');
    expect(parseNumber('Rp 3.148.478.480').unit).toBe('rupiah');
    expect(parseNumber('85').unit).toBeUndefined();
  });

  it('reads negatives in parentheses and with a minus', () => {
    expect(parseNumber('(3,14)').value).toBe(-3.14);
    expect(parseNumber('-3,14').value).toBe(-3.14);
  });

  it.each([['-'], ['–'], [''], ['  ']])('"%s" is empty', (raw) => expect(parseNumber(raw).kind).toBe('empty'));
  it.each([['n/a'], ['N/A'], ['#DIV/0!'], ['tidak ada']])('"%s" is not available', (raw) => expect(parseNumber(raw).kind).toBe('na'));

  it('reads letter grades and ranges', () => {
    expect(parseNumber('B')).toMatchObject({ kind: 'letter', letter: 'B' });
    expect(parseNumber('B (Baik)')).toMatchObject({ kind: 'letter', letter: 'B' });
    const r = parseNumber('80 - 90%');
    expect(r.kind).toBe('range');
    expect(r.range?.min.value).toBe(80);
    expect(r.range?.max.value).toBe(90);
    expect(r.unit).toBe('percent');
    expect(parseNumber('80 s/d 90').kind).toBe('range');
  });

  it('reports a single separator before three digits as ambiguous instead of guessing silently', () => {
    const p = parseNumber('24.577');
    expect(p.value).toBe(24577);
    expect(p.ambiguous).toMatchObject({ chosen: 'id', alternative: 24.577 });
    const en = parseNumber('24.577', { prefer: 'en' });
    expect(en.value).toBe(24.577);
    expect(en.ambiguous?.alternative).toBe(24577);
    // Rupiah and leading zero settle it.
    expect(parseNumber('Rp 24.577').ambiguous).toBeUndefined();
    expect(parseNumber('0,125').ambiguous).toBeUndefined();
  });

  it('does not read text as a number', () => {
    expect(parseNumber('Baik').kind).toBe('text');
    expect(parseNumber('1.23.4').kind).toBe('text');
  });

  it('keeps the stated precision as an interval half-width', () => {
    expect(halfUnit(parseNumber('82,3%').decimals)).toBeCloseTo(0.05);
    expect(halfUnit(parseNumber('85,28%').decimals)).toBeCloseTo(0.005);
  });

  it('finds the convention most numbers of a document use', () => {
    expect(majorityStyle(['1.234.567', '60,7', '2,519,516,374'])).toBe('id');
    expect(majorityStyle(['2,519,516,374', '185.80'])).toBe('en');
  });
});

describe('decimalSum', () => {
  it('sums Rupiah exactly', () => {
    expect(decimalSum(['2519516374', '561477500', '91570000', '284900000'])).toBe('3457463874');
    expect(decimalSum(['0.1', '0.2'])).toBe('0.3');
    expect(decimalSum(['14513515000.00', '-0.01'])).toBe('14513514999.99');
  });
});
