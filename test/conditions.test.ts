// The compiled conditions (src/engine/conditions.ts) decide exactly as json-rules-engine does: every
// rule of the catalog, on every subject of its type in the sample and in the rules' own examples,
// is evaluated both ways. Plus what json-rules-engine has no notion of: operator options.
import type { RuleProperties } from 'json-rules-engine';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { modelOfExample } from '../scripts/golden-of.js';
import { atPath, compile, leaves, type Condition } from '../src/engine/conditions.js';
import { operators, type Operator } from '../src/engine/operators.js';
import { loadRules } from '../src/engine/rules.js';
import type { Subject } from '../src/engine/types.js';
import { readReport } from '../src/ingest/index.js';
import { collectSubjects } from '../src/subjects/index.js';

/** json-rules-engine's own operators: compared with its implementation, not with ours. */
const BUILT_IN = new Set(['equal', 'notEqual', 'in', 'notIn', 'contains', 'doesNotContain', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);

/** json-rules-engine with lkjip-lint's operators, as the runner used it before the conditions were compiled. */
async function referenceDecisions(conditions: Condition, subjects: Subject[]): Promise<boolean[]> {
  const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: (v: unknown, p: string) => atPath(v, p) });
  for (const [name, op] of Object.entries(operators)) if (!BUILT_IN.has(name)) engine.addOperator(name, (a: unknown, b: unknown) => op.test(a, b, {}));
  engine.addRule({ name: 'r', conditions, event: { type: 'fired' } } as RuleProperties);
  const out: boolean[] = [];
  for (const s of subjects) out.push((await engine.run({ ...s.facts })).events.length > 0);
  return out;
}

describe('compiled conditions decide as json-rules-engine does', async () => {
  const rules = loadRules().filter((r) => r.conditions && !leaves(r.conditions as Condition).some((l) => l.options));
  const models = [await readReport('fixtures/semboro-2021.yaml'), await readReport('fixtures/semboro-2021.txt')];
  for (const r of loadRules()) for (const e of [...r.examples.valid, ...r.examples.invalid]) models.push(await modelOfExample(e));
  const types = new Set(rules.map((r) => r.subject));
  const byType = new Map<string, Subject[]>();
  for (const m of models) for (const [t, list] of collectSubjects(m, types)) byType.set(t, [...(byType.get(t) ?? []), ...list]);

  it.each(rules.map((r) => [r.id, r] as const))('%s', async (_id, rule) => {
    const subjects = byType.get(rule.subject) ?? [];
    expect(subjects.length, `no ${rule.subject} subject to compare on`).toBeGreaterThan(0);
    const predicate = compile(rule.conditions as Condition);
    expect(subjects.map((s) => predicate(s.facts))).toEqual(await referenceDecisions(rule.conditions as Condition, subjects));
  });
});

describe('compile', () => {
  const facts = { n: 5, s: '5', list: ['a'], nested: { value: 7 }, other: 7, t: 'Sangat Baik' };
  const yes = (c: Condition) => compile(c)(facts);
  it('reads paths and compares with another fact', () => {
    expect(yes({ fact: 'nested', path: '$.value', operator: 'equal', value: { fact: 'other' } })).toBe(true);
    expect(yes({ fact: 'nested', path: 'value', operator: 'equal', value: 8 })).toBe(false);
  });
  it('all, any and not', () => {
    expect(yes({ all: [{ fact: 'n', operator: 'equal', value: 5 }, { not: { fact: 'list', operator: 'contains', value: 'b' } }] })).toBe(true);
    expect(yes({ any: [{ fact: 'n', operator: 'equal', value: 6 }, { fact: 'n', operator: 'lessThan', value: 5 }] })).toBe(false);
  });
  it("applies json-rules-engine's fact validators: numbers for lessThan, arrays for contains", () => {
    expect(yes({ fact: 'list', operator: 'lessThan', value: 10 })).toBe(false);
    expect(yes({ fact: 's', operator: 'contains', value: '5' })).toBe(false);
    expect(yes({ fact: 'missing', operator: 'equal', value: undefined })).toBe(true);
  });
  it('passes options to the operators that take them', () => {
    const table: Record<string, Operator> = { within: { test: (a, b, o) => Math.abs(a - b) <= (o.by as number), description: '', options: { by: 'slack' } } };
    expect(compile({ fact: 'n', operator: 'within', value: 6, options: { by: 1 } }, table)(facts)).toBe(true);
    expect(compile({ fact: 'n', operator: 'within', value: 7, options: { by: 1 } }, table)(facts)).toBe(false);
  });
  it('refuses an unknown operator when the rule is compiled, not when it runs', () => {
    expect(() => compile({ fact: 'n', operator: 'equalz', value: 5 })).toThrow(/unknown operator "equalz"/);
  });
});
