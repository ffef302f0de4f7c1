// Message text from the rule data only: variants chosen by `select`, fragments by a fact's value
// (the rule's own cases, a shared table of rules/terms.json, a default, nothing).
import { describe, expect, it } from 'vitest';
import { checkRule } from '../src/engine/contracts.js';
import { fillMessage, messageIdOf, templateOf } from '../src/engine/messages.js';
import { operators } from '../src/engine/operators.js';
import type { RuleDef } from '../src/engine/types.js';

const rule = {
  id: 'capaian/example',
  subject: 'capaian',
  messages: {
    default: { id: 'Capaian {stated}{note}.', en: 'Capaian {stated}{note}.' },
    zero: { id: 'Realisasi nol{note}.', en: 'Realisation zero{note}.' },
  },
  select: [{ when: { fact: 'realisasi', operator: 'equal', value: 0 }, messageId: 'zero' }],
  fragments: {
    note: { fact: 'declared', cases: { false: { id: ' (polaritas {polarity} diasumsikan)', en: ' ({polarity} polarity assumed)' } } },
    polarity: { fact: 'polarity', terms: 'polarity' },
  },
} as unknown as RuleDef;

describe('messages', () => {
  it('select chooses the variant; without a match, default', () => {
    expect(messageIdOf(rule, { realisasi: 0 })).toBe('zero');
    expect(messageIdOf(rule, { realisasi: 5 })).toBe('default');
    expect(templateOf(rule, 'zero').en).toBe('Realisation zero{note}.');
  });
  it('fragments: a case by the fact value, filled in turn; no case and no default is nothing', () => {
    const t = templateOf(rule, 'default');
    const own = { ...rule, fragments: { note: rule.fragments!.note, polarity: { fact: 'polarity', cases: { negative: { id: 'negatif', en: 'negative' } } } } } as RuleDef;
    expect(fillMessage(t.id, own, { stated: 12, declared: false, polarity: 'negative' }, 'id')).toBe('Capaian 12 (polaritas negatif diasumsikan).');
    expect(fillMessage(t.en, own, { stated: 12, declared: true, polarity: 'negative' }, 'en')).toBe('Capaian 12.');
  });
  it('the contract check finds misspelt facts in conditions, select, fragments and placeholders', () => {
    const contract = { type: 'capaian', description: '', facts: { stated: { type: 'value' as const, description: '' }, realisasi: { type: 'value' as const, description: '' }, declared: { type: 'boolean' as const, description: '' } } };
    const problems = checkRule({ ...rule, conditions: { all: [{ fact: 'statd', operator: 'equal', value: 1 }] } } as RuleDef, contract, operators, { polarity: {} });
    expect(problems).toEqual([
      'conditions: "statd" is not a fact of "capaian"',
      'fragment polarity: "polarity" is not a fact of "capaian"',
    ]);
    expect(checkRule({ ...rule, conditions: { fact: 'stated', operator: 'agreez', value: 1 } } as RuleDef, contract, operators, { polarity: {} })).toContain('conditions: unknown operator "agreez"');
    expect(checkRule(rule, undefined, operators, {})).toEqual(['subject type "capaian" has no contract (rules/subjects/capaian.json)']);
  });
});
