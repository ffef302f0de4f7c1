// The lkjip-lint operators rules decide with, one by one.
import { describe, expect, it } from 'vitest';
import { operators } from '../src/engine/operators.js';
import { parseNumber } from '../src/model/number-id.js';
import type { Val } from '../src/model/types.js';

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
