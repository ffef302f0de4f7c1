// The Semboro sample as hand-made YAML, extracted text, Markdown, PDF and Word must give the same
// findings: the same (rule, subject) pairs. And extract → lint of the written file must equal lint
// of the original (the Ingestion issue's round trip).
import { stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintModel } from '../src/engine/run.js';
import type { Finding } from '../src/engine/types.js';
import { readReport } from '../src/ingest/index.js';
import { loadStructured } from '../src/model/load-structured.js';
import type { Model } from '../src/model/types.js';

const FORMATS = ['yaml', 'txt', 'md', 'pdf', 'docx'] as const;
const models = new Map<string, Model>();
const findings = new Map<string, Finding[]>();

beforeAll(async () => {
  for (const ext of FORMATS) {
    const model = await readReport(`fixtures/semboro-2021.${ext}`);
    models.set(ext, model);
    findings.set(ext, await lintModel(model));
  }
}, 60_000);

const pairs = (fs: Finding[]) => fs.map((f) => `${f.ruleId} ${f.subject}`).sort();
const compared = (fs: Finding[]) => fs.map((f) => `${f.ruleId} ${f.subject} ${f.expected ?? ''} ${f.actual ?? ''}`).sort();

describe('format parity on the Semboro sample', () => {
  it.each(['txt', 'md', 'pdf', 'docx'])('%s gives the same (rule, subject) pairs as the YAML transcription', (ext) => {
    expect(pairs(findings.get(ext)!)).toEqual(pairs(findings.get('yaml')!));
  });

  it.each([
    ['txt', 'line'],
    ['md', 'line'],
    ['pdf', 'page'],
    ['docx', 'paragraph'],
  ] as const)('%s findings point into the source file by %s', (ext, key) => {
    const located = findings.get(ext)!.filter((f) => f.location[key] !== undefined);
    expect(located.length / findings.get(ext)!.length).toBeGreaterThan(0.9);
    for (const f of findings.get(ext)!) expect(f.location.file).toBe(`fixtures/semboro-2021.${ext}`);
  });
});

describe('extract round trip', () => {
  it.each(['txt', 'md', 'pdf', 'docx'])('%s: lint of the extracted YAML equals lint of the original', async (ext) => {
    const yaml = stringify(models.get(ext)!.input, { lineWidth: 0 });
    const again = await lintModel(loadStructured(yaml, `extracted-${ext}.yaml`, 'yaml'));
    expect(compared(again)).toEqual(compared(findings.get(ext)!));
  });
});
