// RuleTester in ESLint's style: a catalog's rules each run on their own valid and invalid examples.
// Valid examples give no finding; invalid ones give findings, and when the example lists them, exactly
// those (expected/actual as printed in Indonesian, the subject key, the message variant).
import { describe, expect, it } from 'vitest';
import { modelOfExample } from '../scripts/golden-of.js';
import { lintModel } from '../src/engine/run.js';
import type { RuleDef, RuleModule } from '../src/engine/types.js';

export function testRules(rules: RuleDef[], modules?: Record<string, RuleModule>): void {
  describe.each(rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const lint = async (example: RuleDef['examples']['valid'][number]) => lintModel(await modelOfExample(example), { rules: [rule], modules, messageIds: true });
    it.each(rule.examples.valid.map((e, i) => [e.name ?? `valid #${i + 1}`, e] as const))('valid: %s', async (_name, example) => {
      expect((await lint(example)).map((f) => f.message)).toEqual([]);
    });
    it.each(rule.examples.invalid.map((e, i) => [e.name ?? `invalid #${i + 1}`, e] as const))('invalid: %s', async (_name, example) => {
      const findings = await lint(example);
      expect(findings.length, findings.map((f) => f.message).join('\n')).toBeGreaterThan(0);
      if (example.findings) {
        const got = findings.map((f, i) => {
          const want = example.findings![i] ?? {};
          return Object.fromEntries(Object.keys(want).map((k) => [k, (f as unknown as Record<string, unknown>)[k]]));
        });
        expect(got).toEqual(example.findings);
        expect(findings).toHaveLength(example.findings.length);
      }
    });
  });
}
