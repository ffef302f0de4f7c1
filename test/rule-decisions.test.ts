// The redesign's bound (issue "One shape for every rule"): at most 10 rules of the catalog decide
// nothing in their data. scripts/rule-decisions.ts counts them; docs/architecture.md quotes it.
import { describe, expect, it } from 'vitest';
import { ruleDecisions } from '../scripts/rule-decisions.js';
import type { Contract } from '../src/engine/contracts.js';
import type { RuleDef } from '../src/engine/types.js';

describe('decisions in the rule data', () => {
  it('the shipped catalog: at most 10 rules decide nothing in their data', () => {
    const d = ruleDecisions();
    expect(d.rules).toBeGreaterThan(100);
    expect(d.decidedInCode.length).toBeLessThanOrEqual(10);
  });

  it('a rule whose only leaf tests a boolean computed in code is counted; one comparing two values is not', () => {
    const contract = { type: 't', facts: { flagged: { type: 'boolean' }, stated: { type: 'number' }, computed: { type: 'number' } } } as unknown as Contract;
    const rule = (id: string, conditions: unknown) => ({ id, subject: 't', conditions }) as unknown as RuleDef;
    const d = ruleDecisions(
      [rule('x/flag', { all: [{ fact: 'flagged', operator: 'equal', value: true }] }), rule('x/compare', { all: [{ fact: 'stated', operator: 'notEqual', value: { fact: 'computed' } }] })],
      new Map([['t', contract]]),
    );
    expect(d.decidedInCode).toEqual(['x/flag']);
  });
});
