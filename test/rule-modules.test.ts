// Rule modules (rules/<category>/<name>.ts) and the registry the runner loads them from
// (rules/modules.ts) agree with the rules' data: a module for every rule that says "module": true,
// a rule for every module, and no module file left unregistered.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modules } from '../rules/modules.js';
import { CATEGORIES, loadRules } from '../src/engine/rules.js';

describe('rule modules', () => {
  const rules = loadRules();
  it('every rule with "module": true has a module, and every module a rule that says so', () => {
    expect(rules.filter((r) => r.module).map((r) => r.id).sort()).toEqual(Object.keys(modules).sort());
  });
  it('every module file of rules/ is registered', () => {
    const files = CATEGORIES.flatMap((c) => readdirSync(`rules/${c}`).filter((f) => f.endsWith('.ts')).map((f) => `${c}/${f.replace(/\.ts$/, '')}`));
    expect(files.sort()).toEqual(Object.keys(modules).sort());
  });
});
