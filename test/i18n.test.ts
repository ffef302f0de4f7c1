// Every message exists in Indonesian and English, with the same placeholders, and --lang en
// leaves no Indonesian sentence behind.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI_MESSAGES } from '../src/cli/messages.js';
import { terms } from '../src/engine/messages.js';
import { loadRules } from '../src/engine/rules.js';
import { lintModel } from '../src/engine/run.js';
import { loadStructured } from '../src/model/load-structured.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages in both languages', () => {
  it.each(loadRules().map((r) => [r.id, r] as const))('%s has title, description and messages in id and en with the same placeholders', (_id, rule) => {
    for (const field of ['title', 'description'] as const) {
      expect(rule[field].id.trim().length, `${field}.id`).toBeGreaterThan(0);
      expect(rule[field].en.trim().length, `${field}.en`).toBeGreaterThan(0);
    }
    const variants = Object.entries(rule.messages ?? { default: rule.message! });
    for (const [id, m] of variants) {
      expect(m.id.trim().length, `message ${id}.id`).toBeGreaterThan(0);
      expect(placeholders(m.en), `message ${id}`).toEqual(placeholders(m.id));
    }
    // Fragments may be empty for a case (nothing to add), but then in both languages.
    for (const [name, f] of Object.entries(rule.fragments ?? {}))
      for (const [key, text] of Object.entries({ ...f.cases, ...(f.default ? { default: f.default } : {}) })) {
        expect(!text.id.trim(), `fragment ${name}.${key}: empty in one language only`).toBe(!text.en.trim());
        expect(placeholders(text.en), `fragment ${name}.${key}`).toEqual(placeholders(text.id));
      }
  });

  it('every shared term of rules/terms.json, in both languages with the same placeholders', () => {
    for (const [table, entries] of Object.entries(terms()))
      for (const [key, text] of Object.entries(entries)) {
        expect(!text.id.trim(), `${table}.${key}: empty in one language only`).toBe(!text.en.trim());
        expect(placeholders(text.en), `${table}.${key}`).toEqual(placeholders(text.id));
      }
  });

  it.each(Object.entries(CLI_MESSAGES))('CLI message %s has both languages with the same placeholders', (_id, m) => {
    expect(m.id.length).toBeGreaterThan(0);
    expect(m.en.length).toBeGreaterThan(0);
    expect(placeholders(m.en)).toEqual(placeholders(m.id));
  });

  it('--lang en translates every finding on the Semboro sample', async () => {
    const file = 'fixtures/semboro-2021.yaml';
    const model = loadStructured(readFileSync(file, 'utf8'), file, 'yaml');
    const en = await lintModel(model, { lang: 'en' });
    const id = await lintModel(model, { lang: 'id' });
    expect(en.map((f) => f.ruleId)).toEqual(id.map((f) => f.ruleId));
    // Words that only an untranslated Indonesian sentence would use outside quotations.
    const INDONESIAN = /\b(padahal|tertulis|seharusnya|tidak ada|sedangkan|menurut|laporan ini|dihitung|hasil hitung)\b/i;
    for (const f of en) {
      const unquoted = f.message.replace(/"[^"]*"|“[^”]*”|\([^)]*\)/g, '');
      expect(unquoted, `${f.ruleId}: ${f.message}`).not.toMatch(INDONESIAN);
      expect(f.message).not.toMatch(/\{\w+\}/);
    }
  });
});
