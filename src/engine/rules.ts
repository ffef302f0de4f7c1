// Loads the rule catalog (rules/<category>.json) and checks each entry against rules/rule.schema.json,
// with ajv's code for that schema compiled ahead of time (npm run gen:validators) rather than at
// every start.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { packageRoot } from './package-root.js';
import { validate as generated } from './rule-validator.generated.js';
import type { RuleDef } from './types.js';

const validate = generated as unknown as ValidateFunction<RuleDef>;

export const rulesDir = join(packageRoot, 'rules');

/** Files in rules/ that are not rule catalogs. */
const NOT_RULES = new Set(['rule.schema.json', 'readings.json']);

let cache: RuleDef[] | undefined;

export function loadRules(): RuleDef[] {
  if (cache) return cache;
  const rules: RuleDef[] = [];
  for (const name of readdirSync(rulesDir).filter((f) => f.endsWith('.json') && !NOT_RULES.has(f)).sort()) {
    const file = JSON.parse(readFileSync(join(rulesDir, name), 'utf8')) as { rules: RuleDef[] };
    for (const rule of file.rules) {
      if (!validate(rule)) {
        const e = validate.errors?.[0];
        throw new Error(`rules/${name}: rule ${(rule as RuleDef).id ?? '?'}: ${e?.instancePath} ${e?.message}`);
      }
      if (!rule.id.startsWith(`${rule.category}/`)) throw new Error(`rules/${name}: ${rule.id} must start with "${rule.category}/"`);
      rules.push(rule);
    }
  }
  const ids = new Set<string>();
  for (const r of rules) {
    if (ids.has(r.id)) throw new Error(`duplicate rule id ${r.id}`);
    ids.add(r.id);
  }
  cache = rules.sort((a, b) => a.id.localeCompare(b.id));
  return cache;
}
