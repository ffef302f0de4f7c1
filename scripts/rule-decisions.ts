// How much of each rule's decision is in its data. A condition leaf is decided in code when the
// fact it tests is a boolean or a verdict computed by the subject provider (its contract says
// `verdict`); it only selects when it compares a text fact with listed words (which table, which
// part: the subjects the rule looks at); otherwise it decides (values compared with each other or
// with a bound, by an operator). A rule without a deciding leaf decides nothing in its data — its
// "subject" is the rule's hidden code. Rule modules decide in code beside their data and are
// counted apart. docs/architecture.md quotes the figures; test/rule-decisions.test.ts holds the line.
//   npm run rule-decisions
import { leaves, type Condition, type Leaf } from '../src/engine/conditions.js';
import type { Contract } from '../src/engine/contracts.js';
import { contractsOf, loadRules } from '../src/engine/rules.js';
import type { RuleDef } from '../src/engine/types.js';

export interface Decisions {
  rules: number;
  leaves: number;
  leavesInCode: number;
  /** Rules whose conditions only test a boolean or verdict computed in code (or only select subjects). */
  decidedInCode: string[];
  modules: string[];
  /** Facts still carrying message text ({ id, en }) from a provider. */
  localizedFacts: string[];
}

export function leafInCode(l: Leaf, contract: Contract | undefined): boolean {
  const spec = contract?.facts[l.fact];
  if (!spec) return false;
  return spec.verdict === true || spec.type === 'boolean';
}

const SELECTING = new Set(['equal', 'notEqual', 'in', 'notIn']);
const isFactRef = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v) && 'fact' in v;

/** A leaf that decides in the data: not a code verdict, and not a text fact compared with listed words. */
export function leafDecides(l: Leaf, contract: Contract | undefined): boolean {
  if (leafInCode(l, contract)) return false;
  return !(SELECTING.has(l.operator) && !isFactRef(l.value) && (typeof l.value === 'string' || Array.isArray(l.value)));
}

export function ruleDecisions(rules: RuleDef[] = loadRules(), contracts: Map<string, Contract> = contractsOf()): Decisions {
  const out: Decisions = { rules: rules.length, leaves: 0, leavesInCode: 0, decidedInCode: [], modules: [], localizedFacts: [] };
  for (const r of rules) {
    if (r.module) {
      out.modules.push(r.id);
      continue;
    }
    const list = leaves(r.conditions as Condition);
    const contract = contracts.get(r.subject);
    out.leaves += list.length;
    out.leavesInCode += list.filter((l) => leafInCode(l, contract)).length;
    if (!list.some((l) => leafDecides(l, contract))) out.decidedInCode.push(r.id);
  }
  for (const c of contracts.values())
    for (const [name, f] of Object.entries(c.facts)) if ([f.type].flat().includes('localized')) out.localizedFacts.push(`${c.type}.${name}`);
  return out;
}

if (process.argv[1]?.endsWith('rule-decisions.js')) {
  const d = ruleDecisions();
  console.log(`${d.rules} rules; ${d.leaves} condition leaves, ${d.leavesInCode} of them test a boolean or verdict computed in code`);
  console.log(`rules that decide nothing in their data: ${d.decidedInCode.length}`);
  for (const id of d.decidedInCode) console.log(`  ${id}`);
  console.log(`rule modules (decide in rules/<category>/<name>.ts): ${d.modules.length}${d.modules.length ? ` — ${d.modules.join(', ')}` : ''}`);
  console.log(`facts carrying message text from code: ${d.localizedFacts.length}`);
}
