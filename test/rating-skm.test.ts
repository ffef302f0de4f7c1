// SKM conversion (PermenPAN-RB 14/2017) at the published band edges, in IKM and nilai interval,
// with the precision a value is printed with, and values printed with their mutu.
import { describe, expect, it } from 'vitest';
import { mutuOf, mutuOfKinerja, mutuSpan, parseSkmAnnotated, toIkm } from '../src/domain/skm.js';

describe('mutuOf (IKM 25–100)', () => {
  it.each([
    [25, 'D'],
    [60.7, 'D'],
    [64.99, 'D'],
    [64.995, 'D'],
    [65, 'C'],
    [76.6, 'C'],
    [76.605, 'C'],
    [76.61, 'B'],
    [82.5, 'B'],
    [88.3, 'B'],
    [88.31, 'A'],
    [100, 'A'],
  ] as const)('IKM %d → %s', (ikm, mutu) => {
    expect(mutuOf(ikm)).toBe(mutu);
  });
});

describe('mutuOf (nilai interval 1–4, × 25)', () => {
  it.each([
    [1, 'D'],
    [2.5996, 'D'],
    [2.6, 'C'],
    [3.064, 'C'],
    [3.0644, 'B'],
    [3.532, 'B'],
    [3.5324, 'A'],
    [4, 'A'],
  ] as const)('NI %d → %s', (ni, mutu) => {
    expect(mutuOf(ni)).toBe(mutu);
  });
  it('no float noise at the edges', () => {
    expect(toIkm(3.0644)).toBe(76.61);
    expect(toIkm(2.5996)).toBe(64.99);
    expect(toIkm(3.5324)).toBe(88.31);
  });
  it('values that are neither', () => {
    expect(mutuOf(0.5)).toBeUndefined();
    expect(mutuOf(12)).toBeUndefined();
    expect(mutuOf(100.5)).toBeUndefined();
  });
});

describe('mutuSpan: the printed precision', () => {
  it('as precise as the table: exact', () => {
    expect(mutuSpan(76.6, 2)).toMatchObject({ low: 'C', high: 'C' });
    expect(mutuSpan(76.61, 2)).toMatchObject({ low: 'B', high: 'B' });
    expect(mutuSpan(64.99, 2)).toMatchObject({ low: 'D', high: 'D' });
    expect(mutuSpan(65, 2)).toMatchObject({ low: 'C', high: 'C' });
    expect(mutuSpan(3.0644, 4)).toMatchObject({ low: 'B', high: 'B', ikm: 76.61 });
  });
  it('less precise than the table: every mutu the value may stand for', () => {
    expect(mutuSpan(76.6, 1)).toMatchObject({ low: 'C', high: 'B' });
    expect(mutuSpan(88.3, 1)).toMatchObject({ low: 'B', high: 'A' });
    expect(mutuSpan(65, 0)).toMatchObject({ low: 'D', high: 'C' });
    expect(mutuSpan(60.7, 1)).toMatchObject({ low: 'D', high: 'D' });
    expect(mutuSpan(82.5, 1)).toMatchObject({ low: 'B', high: 'B' });
    expect(mutuSpan(3.06, 2)).toMatchObject({ low: 'C', high: 'B' });
  });
});

describe('parseSkmAnnotated', () => {
  it.each([
    ['82,5 (B)', 82.5, 'B'],
    ['82,5 (Mutu B)', 82.5, 'B'],
    ['82,5(b)', 82.5, 'B'],
    ['B (82,5)', 82.5, 'B'],
    ['82,5 / B', 82.5, 'B'],
    ['82,5 (Baik)', 82.5, 'B'],
    ['90,1 (Sangat Baik)', 90.1, 'A'],
    ['70 (Kurang Baik)', 70, 'C'],
    ['3,06 (C)', 3.06, 'C'],
    ['60,7 %  (D)', 60.7, 'D'],
  ] as const)('%s', (raw, value, mutu) => {
    const a = parseSkmAnnotated(raw)!;
    expect(a.number.value).toBe(value);
    expect(a.mutu).toBe(mutu);
  });
  it.each(['82,5', 'B', '82,5 (E)', '82,5 (baik sekali)', '80-90', ''])('not annotated: %j', (raw) => {
    expect(parseSkmAnnotated(raw)).toBeUndefined();
  });
  it('kinerja words', () => {
    expect(mutuOfKinerja('Tidak baik')).toBe('D');
    expect(mutuOfKinerja('SANGAT BAIK')).toBe('A');
    expect(mutuOfKinerja('Memuaskan')).toBeUndefined();
  });
});
