// The facts each subject type provides, declared in rules/subjects/<type>.json: a name, a type and
// what it means. Loading the rules checks every fact a rule names (in a condition, a compared
// value, a message placeholder, a fragment, expected/actual) against its subject's contract, so a
// misspelt fact is a load error rather than a condition that silently never holds; the rule docs
// list the facts; test/fact-contracts.test.ts checks that the providers deliver what is declared.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { leaves, type Condition, type Leaf } from './conditions.js';
import type { Operator } from './operators.js';
import type { RuleDef } from './types.js';

export type FactType = 'value' | 'quantity' | 'number' | 'string' | 'boolean' | 'array' | 'object' | 'localized';

export interface FactSpec {
  type: FactType | FactType[];
  description: string;
  /** Allowed values of a string fact. */
  enum?: string[];
  /** A decision computed in code (a boolean or a verdict string) rather than a reading or a value. */
  verdict?: boolean;
}

export interface Contract {
  type: string;
  description: string;
  facts: Record<string, FactSpec>;
}

export function loadContracts(rulesDir: string): Map<string, Contract> {
  const dir = join(rulesDir, 'subjects');
  const out = new Map<string, Contract>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const c = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Contract;
    if (`${c.type}.json` !== name) throw new Error(`rules/subjects/${name}: declares subject type "${c.type}"`);
    out.set(c.type, c);
  }
  return out;
}

const typesOf = (s: FactSpec) => (Array.isArray(s.type) ? s.type : [s.type]);
/** Fact types a `path` may lead into. */
const STRUCTURED: FactType[] = ['value', 'quantity', 'object', 'array'];

/** Every way the rule names a fact, checked against the contract: the problems, as lines. */
export function checkRule(rule: RuleDef, contract: Contract | undefined, operators: Record<string, Operator>, terms: Record<string, unknown>): string[] {
  if (!contract) return [`subject type "${rule.subject}" has no contract (rules/subjects/${rule.subject}.json)`];
  const problems: string[] = [];
  const fact = (name: string, where: string) => {
    if (!(name in contract.facts)) problems.push(`${where}: "${name}" is not a fact of "${rule.subject}"`);
  };
  const leaf = (l: Leaf, where: string) => {
    fact(l.fact, where);
    const spec = contract.facts[l.fact];
    if (l.path && spec && !typesOf(spec).some((t) => STRUCTURED.includes(t))) problems.push(`${where}: "${l.fact}" has no path "${l.path}"`);
    const op = operators[l.operator];
    if (!op) problems.push(`${where}: unknown operator "${l.operator}"`);
    for (const o of Object.keys(l.options ?? {})) if (!op?.options?.[o]) problems.push(`${where}: operator "${l.operator}" takes no option "${o}"`);
    const v = l.value as { fact?: unknown };
    if (v && typeof v === 'object' && !Array.isArray(v) && typeof v.fact === 'string') fact(v.fact, where);
    if (spec?.enum && (l.operator === 'equal' || l.operator === 'notEqual') && typeof l.value === 'string' && !spec.enum.includes(l.value))
      problems.push(`${where}: "${l.fact}" is never "${l.value}" (one of ${spec.enum.join(', ')})`);
  };
  if (rule.conditions) for (const l of leaves(rule.conditions as Condition)) leaf(l, 'conditions');
  for (const [i, s] of (rule.select ?? []).entries()) {
    for (const l of leaves(s.when as Condition)) leaf(l, `select[${i}]`);
    if (!rule.messages?.[s.messageId]) problems.push(`select[${i}]: no message "${s.messageId}"`);
  }
  for (const [name, f] of Object.entries(rule.fragments ?? {})) {
    fact(f.fact, `fragment ${name}`);
    if (f.terms && !terms[f.terms]) problems.push(`fragment ${name}: no table "${f.terms}" in rules/terms.json`);
  }
  for (const side of ['expected', 'actual'] as const) {
    const name = rule.report?.[side];
    if (name && !rule.fragments?.[name]) fact(name, `report.${side}`);
  }
  const texts = [rule.message, ...Object.values(rule.messages ?? {}), ...Object.values(rule.fragments ?? {}).flatMap((f) => [...Object.values(f.cases ?? {}), f.default])];
  for (const t of texts)
    for (const lang of ['id', 'en'] as const)
      for (const [, name] of (t?.[lang] ?? '').matchAll(/\{(\w+)\}/g))
        if (name !== 'expected' && name !== 'actual' && !rule.fragments?.[name]) fact(name, `message (${lang})`);
  return problems;
}
