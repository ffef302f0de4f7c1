// A table of hundreds of thousands of rows meets the row limit, not the call stack: no step spreads
// a whole table into one call (src/ingest/arrays.ts).
import { describe, expect, it } from 'vitest';
import { largest, pushAll } from '../src/ingest/arrays.js';

const many = Array.from({ length: 500_000 }, (_, i) => i % 7);

describe('array steps over a whole table', () => {
  it('append and measure 500 000 rows, where a spread into one call overflows the stack', () => {
    expect(() => Math.max(...many)).toThrow(RangeError);
    const into: number[] = [1];
    pushAll(into, many);
    expect(into).toHaveLength(500_001);
    expect(largest(many)).toBe(6);
    expect(largest([])).toBe(0);
  });
});
