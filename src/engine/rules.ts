// Loads the rule catalog: one file per rule, rules/<category>/<name>.json, each checked against
// rules/rule.schema.json (with ajv's code for that schema compiled ahead of time, npm run
// gen:validators, rather than at every start) and every fact it names against its subject's
// contract (rules/subjects/<type>.json). A catalog that does not load is a load error naming the
// file, never a rule that silently checks nothing.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { checkRule, loadContracts, type Contract } from './contracts.js';
import { terms } from './messages.js';
import { operators } from './operators.js';
import { packageRoot } from './package-root.js';
import { validate as generated } from './rule-validator.generated.js';
import type { Category, RuleDef } from './types.js';

const validate = generated as unknown as ValidateFunction<RuleDef>;

export const rulesDir = join(packageRoot, 'rules');

/** The categories, in the order of the schema: each is a folder of rules/. */
export const CATEGORIES: Category[] = ['arithmetic', 'capaian', 'rating', 'consistency', 'narrative', 'period', 'completeness', 'structure', 'reference'];

/** The rule files of a catalog folder, as paths relative to it (category/name.json), sorted. */
export function ruleFiles(dir: string): string[] {
  return CATEGORIES.filter((c) => existsSync(join(dir, c)))
    .flatMap((c) => readdirSync(join(dir, c)).filter((f) => f.endsWith('.json')).map((f) => `${c}/${f}`))
    .sort();
}

const cache = new Map<string, RuleDef[]>();
const contractsCache = new Map<string, Map<string, Contract>>();

/** The fact contracts a catalog's rules are checked against: the shipped ones, plus any of its own. */
export function contractsOf(dir = rulesDir): Map<string, Contract> {
  let c = contractsCache.get(dir);
  if (!c) contractsCache.set(dir, (c = dir === rulesDir ? loadContracts(dir) : new Map([...contractsOf(), ...loadContracts(dir)])));
  return c;
}

/** The rules of a catalog folder (the shipped one by default), sorted by id. */
export function loadRules(dir = rulesDir): RuleDef[] {
  const cached = cache.get(dir);
  if (cached) return cached;
  const contracts = contractsOf(dir);
  const rules: RuleDef[] = [];
  for (const file of ruleFiles(dir)) {
    const rule = JSON.parse(readFileSync(join(dir, file), 'utf8')) as RuleDef;
    const where = `rules/${file}`;
    if (!validate(rule)) {
      const e = validate.errors?.[0];
      throw new Error(`${where}: rule ${(rule as RuleDef).id ?? '?'}: ${e?.instancePath} ${e?.message}`);
    }
    if (`${rule.id}.json` !== file) throw new Error(`${where}: its id is "${rule.id}"; the file must be rules/${rule.id}.json`);
    if (rule.messages && !rule.message && !rule.messages.default) throw new Error(`${where}: messages need a "default"`);
    const problems = checkRule(rule, contracts.get(rule.subject), operators, terms());
    if (problems.length) throw new Error(`${where}: ${problems.join('; ')}`);
    rules.push(rule);
  }
  cache.set(dir, rules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  return cache.get(dir)!;
}
