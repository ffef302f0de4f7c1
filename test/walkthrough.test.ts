// docs/adding-rules.md done for real: the two walkthrough rules of fixtures/rules-walkthrough — one
// in data only, one with a rule module — load through the same checks as the shipped catalog
// (schema, fact contracts) and pass their own examples, message variant included.
import { describe, expect, it } from 'vitest';
import { overPrecise } from '../fixtures/rules-walkthrough/capaian/over-precise.js';
import { loadRules } from '../src/engine/rules.js';
import { testRules } from './rule-tester.js';

const DIR = 'fixtures/rules-walkthrough';
const rules = loadRules(DIR);
const modules = { 'capaian/over-precise': overPrecise };

describe('the walkthrough catalog', () => {
  it('holds the data-only rule and the rule with a module', () => {
    expect(rules.map((r) => [r.id, !!r.module])).toEqual([
      ['capaian/above-200', false],
      ['capaian/over-precise', true],
    ]);
  });
});

testRules(rules, modules);
