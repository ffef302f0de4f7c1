// RuleTester in ESLint's style: every rule's own valid and invalid examples, from rules/*.json.
import { describe, expect, it } from 'vitest';
import { loadRules } from '../src/engine/rules.js';
import { lintModel } from '../src/engine/run.js';
import type { RuleExample } from '../src/engine/types.js';
import { readBytes } from '../src/ingest/index.js';
import { loadStructured } from '../src/model/load-structured.js';

async function modelOf(example: RuleExample) {
  if (example.document) {
    const ext = example.document.format === 'markdown' ? 'md' : 'txt';
    return readBytes(`example.${ext}`, new TextEncoder().encode(example.document.text), example.document.format);
  }
  const report = example.report ?? {};
  const withMeta = { ...report, meta: { tahun: 2021, ...((report.meta as object) ?? {}) } };
  return loadStructured(JSON.stringify(withMeta, null, 1), 'example.json', 'json');
}

const rules = loadRules();

describe.each(rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it.each(rule.examples.valid.map((e, i) => [e.name ?? `valid #${i + 1}`, e] as const))('valid: %s', async (_name, example) => {
    const findings = await lintModel(await modelOf(example), { rules: [rule] });
    expect(findings.map((f) => f.message)).toEqual([]);
  });
  it.each(rule.examples.invalid.map((e, i) => [e.name ?? `invalid #${i + 1}`, e] as const))('invalid: %s', async (_name, example) => {
    const findings = await lintModel(await modelOf(example), { rules: [rule] });
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
