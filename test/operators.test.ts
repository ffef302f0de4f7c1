// The named operators rules decide with, one by one: each one's meaning, including the values it refuses.
import { describe, expect, it } from 'vitest';
import { operators } from '../src/engine/operators.js';
import { parseNumber } from '../src/model/number-id.js';
import type { Val } from '../src/model/types.js';

const op = (name: string, a: unknown, b: unknown, options: Record<string, unknown> = {}) => operators[name].test(a, b, options);

describe('rating and capaian operators', () => {
  const order = { order: ['A', 'B', 'C', 'D'] };

  it('ranksBelow / ranksAbove compare positions in the order the rule gives', () => {
    expect(op('ranksBelow', 'C', 'B', order)).toBe(true);
    expect(op('ranksBelow', 'B', 'B', order)).toBe(false);
    expect(op('ranksBelow', 'A', 'B', order)).toBe(false);
    expect(op('ranksAbove', 'A', 'B', order)).toBe(true);
    expect(op('ranksAbove', 'C', 'B', order)).toBe(false);
    // Values outside the order (or no order) never rank.
    expect(op('ranksBelow', 'E', 'B', order)).toBe(false);
    expect(op('ranksBelow', 'C', undefined, order)).toBe(false);
    expect(op('ranksBelow', 'C', 'B')).toBe(false);
  });

  it('ordered: strictly up or down, with value true; neither, with false', () => {
    expect(op('ordered', [0, 1, 2], true)).toBe(true);
    expect(op('ordered', [2, 1, 0], true)).toBe(true);
    expect(op('ordered', [1, 0, 2], false)).toBe(true);
    expect(op('ordered', [1, 0, 2], true)).toBe(false);
    expect(op('ordered', [0, 0], true)).toBe(false);
    expect(op('ordered', undefined, false)).toBe(false);
  });

  it('inSequence: counts up by one from `from`', () => {
    expect(op('inSequence', [1, 2, 3], true)).toBe(true);
    expect(op('inSequence', [1, 2, 2], false)).toBe(true);
    expect(op('inSequence', [1, 3], false)).toBe(true);
    expect(op('inSequence', [0, 1], true, { from: 0 })).toBe(true);
    expect(op('inSequence', [0, 1], true)).toBe(false);
    expect(op('inSequence', undefined, false)).toBe(false);
  });

  it('inTexts / notInTexts compare texts normalised as differsText does', () => {
    expect(op('inTexts', 'sangat  baik', ['SANGAT BAIK', 'BAIK'])).toBe(true);
    expect(op('inTexts', 'Cukup', ['SANGAT BAIK', 'BAIK'])).toBe(false);
    expect(op('notInTexts', 'Cukup', ['SANGAT BAIK', 'BAIK'])).toBe(true);
    expect(op('notInTexts', 'Baik', ['SANGAT BAIK', 'BAIK'])).toBe(false);
    expect(op('notInTexts', 'Baik', [])).toBe(true);
    // Not a text, or no list: neither holds.
    expect(op('inTexts', undefined, ['BAIK'])).toBe(false);
    expect(op('notInTexts', undefined, ['BAIK'])).toBe(false);
    expect(op('notInTexts', 'Baik', undefined)).toBe(false);
  });
});

const v = (s: string): Val => ({ ...parseNumber(s), loc: { file: 'x' } });
const test = (name: string, a: unknown, b: unknown, options: Record<string, unknown> = {}) => operators[name].test(a, b, options);

describe('target operators', () => {
  it('differsAsTarget: other numbers, letters, ranges, or a number outside the letter\'s IKM interval', () => {
    expect(test('differsAsTarget', v('80%'), v('100%'))).toBe(true);
    expect(test('differsAsTarget', v('80'), v('80%'))).toBe(false);
    expect(test('differsAsTarget', v('B'), v('A'))).toBe(true);
    expect(test('differsAsTarget', v('100%'), v('B'))).toBe(true);
    expect(test('differsAsTarget', v('10'), v('B'))).toBe(true);
    expect(test('differsAsTarget', v('85'), v('B'))).toBe(false);
    // Not the same measure, or nothing to compare: neither differs nor agrees.
    expect(test('differsAsTarget', v('-'), v('85'))).toBe(false);
    expect(test('differsAsTarget', undefined, v('85'))).toBe(false);
  });

  it('sameTargetOtherForm: a number inside the IKM interval of a grade letter, a nilai interval converted first', () => {
    expect(test('sameTargetOtherForm', v('85'), v('B'))).toBe(true);
    expect(test('sameTargetOtherForm', v('B'), v('3,2'))).toBe(true);
    expect(test('sameTargetOtherForm', v('90'), v('B'))).toBe(false);
    expect(test('sameTargetOtherForm', v('B'), v('B'))).toBe(false);
  });
});

describe('agreesWithNone', () => {
  it('a value that agrees with no value of the list; an empty list included', () => {
    expect(test('agreesWithNone', v('24.577.000'), [v('561.477.500'), v('24.577.500')])).toBe(true);
    expect(test('agreesWithNone', v('24.577.500'), [v('561.477.500'), v('24.577.500')])).toBe(false);
    expect(test('agreesWithNone', v('24.577.500'), [])).toBe(true);
    expect(test('agreesWithNone', v('1'), undefined)).toBe(false);
  });
});

describe('contradicts', () => {
  const allows = { achieved: ['achieved', 'above'], 'not-achieved': ['not-achieved'] };
  it('a listed claim whose outcome is not among those it allows', () => {
    expect(test('contradicts', 'achieved', 'not-achieved', { allows })).toBe(true);
    expect(test('contradicts', 'achieved', 'above', { allows })).toBe(false);
    expect(test('contradicts', 'not-achieved', 'above', { allows })).toBe(true);
  });
  it('a claim the option does not list contradicts nothing', () => {
    expect(test('contradicts', 'success', 'not-achieved', { allows })).toBe(false);
    expect(test('contradicts', 'achieved', 'not-achieved', {})).toBe(false);
  });
});

describe('differsWords', () => {
  const differs = (a: unknown, b: unknown) => op('differsWords', a, b);
  it('a text that shortens the other, either way round, does not differ', () => {
    expect(differs('Capaian Kinerja', 'Capaian Kinerja Organisasi')).toBe(false);
    expect(differs('CAPAIAN KINERJA ORGANISASI', 'capaian kinerja')).toBe(false);
    expect(differs('Realisasi  Anggaran.', 'realisasi anggaran')).toBe(false);
  });
  it('texts each with a word the other lacks differ', () => {
    expect(differs('Capaian Kinerja', 'Realisasi Anggaran')).toBe(true);
    expect(differs('Perencanaan Kinerja', 'Perjanjian Kinerja')).toBe(true);
  });
  it('only texts are compared', () => {
    expect(differs(undefined, 'Capaian')).toBe(false);
    expect(differs('Capaian', 3)).toBe(false);
  });
});
