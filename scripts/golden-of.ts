// What fixtures/golden holds, computed the same way by scripts/golden.ts (to write it) and by the
// tests (to compare): every finding in Indonesian and in English.
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { loadRules } from '../src/engine/rules.js';
import { lintModel } from '../src/engine/run.js';
import type { Finding, RuleExample } from '../src/engine/types.js';
import { readBytes, readReport } from '../src/ingest/index.js';
import { loadStructured } from '../src/model/load-structured.js';
import { assembleBerkas, berkasFileOf, type BerkasFile } from '../src/ingest/berkas.js';
import type { LkjipReport } from '../src/model/report-input.js';
import type { Model } from '../src/model/types.js';

export interface Golden {
  id: Finding[];
  en: Finding[];
}

/** Documents outside the corpus folder (whose PDFs test/corpus-review.test.ts compares while it reads them). */
const SAMPLES = ['fixtures/semboro-2021.yaml', 'fixtures/semboro-2021.txt', 'fixtures/semboro-2021.md', 'fixtures/semboro-2021.pdf', 'fixtures/semboro-2021.docx', 'fixtures/clean-2021.yaml'];

export function goldenDocuments(): string[] {
  const styles = readdirSync('fixtures/styles').filter((f) => /\.(md|txt|yaml|json)$/.test(f)).map((f) => `fixtures/styles/${f}`);
  const corpus = readdirSync('fixtures/corpus').filter((f) => f.endsWith('.pdf') && !f.includes('scan')).map((f) => `fixtures/corpus/${f}`);
  return [...SAMPLES, ...styles.sort(), ...corpus.sort()];
}

export const goldenFile = (doc: string) => `fixtures/golden/${basename(doc).replace(/\.[^.]+$/, '')}${doc === 'examples' ? '' : `.${doc.split('.').pop()}`}.json`;

export async function goldenOfModel(model: Model): Promise<Golden> {
  return { id: await lintModel(model, { lang: 'id' }), en: await lintModel(model, { lang: 'en' }) };
}

export async function goldenOfDocument(doc: string): Promise<Golden> {
  return goldenOfModel(await readReport(doc));
}

export async function modelOfExample(example: RuleExample): Promise<Model> {
  if (example.document) {
    const ext = example.document.format === 'markdown' ? 'md' : 'txt';
    return readBytes(`example.${ext}`, new TextEncoder().encode(example.document.text), example.document.format);
  }
  const report = example.report ?? {};
  const withMeta = { ...report, meta: { tahun: 2021, ...((report.meta as object) ?? {}) } };
  const model = example.berkas ? berkasOfExample(withMeta, example.berkas) : loadStructured(JSON.stringify(withMeta, null, 1), 'example.json', 'json');
  if (example.previous) {
    const previous = { ...example.previous, meta: { tahun: 2020, ...((example.previous.meta as object) ?? {}) } };
    model.previous = loadStructured(JSON.stringify(previous, null, 1), 'previous.json', 'json');
  }
  return model;
}

/** An example's report as the LKjIP of a berkas, with its other files (src/ingest/berkas.ts). */
function berkasOfExample(report: Record<string, unknown>, files: NonNullable<RuleExample['berkas']>): Model {
  const main: BerkasFile = { doc: { file: 'berkas/laporan.json', format: 'json', role: 'lkjip', by: 'content', holds: ['lkjip'], year: 2021 }, input: report as unknown as LkjipReport };
  const others = files.map((f) => berkasFileOf(`berkas/${f.file}`, { meta: {}, ...f.report } as unknown as LkjipReport));
  return assembleBerkas([main, ...others], 'berkas');
}

/** Each rule's invalid examples linted with that rule alone, both languages. */
export async function goldenOfExamples(): Promise<Record<string, Golden>> {
  const out: Record<string, Golden> = {};
  for (const rule of loadRules())
    for (const [i, example] of rule.examples.invalid.entries()) {
      const model = await modelOfExample(example);
      out[`${rule.id} #${i + 1}`] = { id: await lintModel(model, { rules: [rule], lang: 'id' }), en: await lintModel(model, { rules: [rule], lang: 'en' }) };
    }
  return out;
}
