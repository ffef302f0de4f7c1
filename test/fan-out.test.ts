// One misreading never becomes many confident findings (src/engine/fan-out.ts).
import { describe, expect, it } from 'vitest';
import { guardFanOut, MAX_LISTED, rowKey, type Fired } from '../src/engine/fan-out.js';
import { loadRules } from '../src/engine/rules.js';
import type { Finding } from '../src/engine/types.js';

const rules = new Map(loadRules().map((r) => [r.id, r]));

function fired(n: number, over: Partial<Finding> = {}): Fired[] {
  return Array.from({ length: n }, (_, i) => ({
    type: 'sum',
    finding: {
      ruleId: 'arithmetic/budget-total',
      category: 'arithmetic',
      severity: 'error',
      message: `m${i}`,
      location: { file: 'x.pdf', page: 7, table: 'Tabel 3.6', row: i + 1 },
      evidence: `e${i}`,
      subject: `budget:${i}`,
      ...over,
    },
  }));
}

describe('the fan-out guard', () => {
  it('a rule on most rows of a table is one warning listing every place', () => {
    const out = guardFanOut(fired(4), new Map([[rowKey('sum', 'Tabel 3.6'), 6]]), rules, 'id');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ severity: 'warning', subject: 'fan-out:arithmetic/budget-total:Tabel 3.6' });
    expect(out[0].related).toHaveLength(4);
  });

  it('thousands of them list the first MAX_LISTED places; the message gives the whole count', () => {
    const out = guardFanOut(fired(5000), new Map([[rowKey('sum', 'Tabel 3.6'), 5000]]), rules, 'en');
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain('5000 of 5000 rows');
    expect(out[0].related).toHaveLength(MAX_LISTED);
    expect(out[0].related![0].note).toBe('m0');
  });

  it('a rule on a few rows of a long table keeps each finding', () => {
    expect(guardFanOut(fired(3), new Map([[rowKey('sum', 'Tabel 3.6'), 30]]), rules, 'id')).toHaveLength(3);
  });

  it('two totals failing over row levels that were only inferred are one info: the levels are in doubt', () => {
    const list = fired(2, { severity: 'warning', restsOn: ['scope-inferred'] });
    const out = guardFanOut(list, new Map([[rowKey('sum', 'Tabel 3.6'), 30]]), rules, 'en');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ severity: 'info', subject: 'fan-out:inferred:arithmetic/budget-total:Tabel 3.6' });
    expect(out[0].message).toContain('not checked');
  });

  it('one such total stays a warning, and totals read from marks stay as they are beside it', () => {
    const list = [...fired(1, { severity: 'warning', restsOn: ['scope-inferred'] }), ...fired(1, { subject: 'budget:marked' })];
    const out = guardFanOut(list, new Map([[rowKey('sum', 'Tabel 3.6'), 30]]), rules, 'id');
    expect(out.map((f) => f.severity).sort()).toEqual(['error', 'warning']);
  });
});

describe('a column read by its position', () => {
  it('a rule on most rows of a table, every time on a column picked by position, is one info: that column is in doubt', () => {
    const out = guardFanOut(fired(4, { severity: 'warning', restsOn: ['column-position'] }), new Map([[rowKey('sum', 'Tabel 3.6'), 5]]), rules, 'en');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ severity: 'info', subject: 'fan-out:column:arithmetic/budget-total:Tabel 3.6' });
  });

  it('when some of them rest on headers, it stays one warning', () => {
    const list = [...fired(3, { severity: 'warning', restsOn: ['column-position'] }), ...fired(1).map((f) => ({ ...f, finding: { ...f.finding, subject: 'x' } }))];
    const out = guardFanOut(list, new Map([[rowKey('sum', 'Tabel 3.6'), 5]]), rules, 'en');
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe('warning');
  });
});

describe('an absence rule on most rows of a table', () => {
  it('"not found in the Renstra" on most rows is one info: the Renstra was likely not read well', () => {
    const list = fired(4, { ruleId: 'consistency/sasaran-not-in-renstra', category: 'consistency', severity: 'warning' });
    const out = guardFanOut(list, new Map([[rowKey('sum', 'Tabel 3.6'), 6]]), rules, 'en');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ severity: 'info', subject: 'fan-out:absence:consistency/sasaran-not-in-renstra:Tabel 3.6' });
  });
});
