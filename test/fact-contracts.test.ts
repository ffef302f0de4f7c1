// The providers deliver what the contracts (rules/subjects/<type>.json) declare: on the sample in
// three formats, the style fixtures and every rule example, each fact of each subject is declared
// and of a declared type; and every contract says what its subject and each fact mean.
import { describe, expect, it } from 'vitest';
import { goldenDocuments, modelOfExample } from '../scripts/golden-of.js';
import { isQuantity, isParsed } from '../src/domain/quantity.js';
import type { FactType } from '../src/engine/contracts.js';
import { isLocalized } from '../src/engine/format.js';
import { contractsOf, loadRules } from '../src/engine/rules.js';
import type { Subject } from '../src/engine/types.js';
import { readReport } from '../src/ingest/index.js';
import { collectSubjects, providers } from '../src/subjects/index.js';

function typeOf(v: unknown): FactType | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'string';
  if (Array.isArray(v)) return 'array';
  if (isParsed(v)) return 'value';
  if (isQuantity(v)) return 'quantity';
  if (isLocalized(v)) return 'localized';
  return 'object';
}

describe('fact contracts', async () => {
  const contracts = contractsOf();
  const types = new Set(Object.keys(providers));
  const models = [];
  for (const doc of goldenDocuments().filter((d) => !d.startsWith('fixtures/corpus/') && !d.endsWith('.pdf') && !d.endsWith('.docx'))) models.push(await readReport(doc));
  for (const r of loadRules()) for (const e of [...r.examples.valid, ...r.examples.invalid]) models.push(await modelOfExample(e));
  const byType = new Map<string, Subject[]>();
  for (const m of models) for (const [t, list] of collectSubjects(m, types)) byType.set(t, [...(byType.get(t) ?? []), ...list]);

  it('every subject type a provider makes has a contract, and every contract a provider', () => {
    expect([...types].filter((t) => !contracts.has(t))).toEqual([]);
    expect([...contracts.keys()].filter((t) => !types.has(t))).toEqual([]);
  });

  it.each([...types].sort())('%s: every fact delivered is declared, with its type', (type) => {
    const contract = contracts.get(type)!;
    const wrong = new Set<string>();
    for (const s of byType.get(type) ?? [])
      for (const [name, value] of Object.entries(s.facts)) {
        const spec = contract.facts[name];
        const t = typeOf(value);
        if (!spec) wrong.add(`${name}: not declared`);
        else if (t && ![spec.type].flat().includes(t)) wrong.add(`${name}: ${t}, declared ${[spec.type].flat().join('|')}`);
        else if (spec.enum && typeof value === 'string' && !spec.enum.includes(value)) wrong.add(`${name}: "${value}" not in its enum`);
      }
    expect([...wrong]).toEqual([]);
  });

  it.each([...contracts.keys()].sort())('%s: the contract says what the subject and each fact mean', (type) => {
    const c = contracts.get(type)!;
    expect(c.description.length).toBeGreaterThan(10);
    expect(Object.entries(c.facts).filter(([, f]) => f.description.length < 5).map(([n]) => n)).toEqual([]);
  });
});
