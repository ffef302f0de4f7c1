// The precision ratchet: every error- and warning-level finding on every real report of
// fixtures/corpus has been judged by a reviewer reading the page (fixtures/corpus/reviews/*.json,
// written with `npm run corpus -- --update-reviews`, then judged by hand). The suite fails when a
// finding appears that nobody judged, when an error was judged false, or when 10% or more of a
// document's warnings are judged false — fix the reading or the rule, or lower the severity with a
// reason. A judged finding that no longer appears is reported too, so the files stay true.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintModel } from '../src/engine/run.js';
import type { Finding } from '../src/engine/types.js';
import { readReport } from '../src/ingest/index.js';
import { entryOf, readReview } from '../scripts/corpus-review.js';
import { goldenFile, goldenOfModel } from '../scripts/golden-of.js';

const DIR = 'fixtures/corpus';
const documents = readdirSync(DIR).filter((f) => f.endsWith('.pdf')).sort();

const brief = (f: Finding) => `${f.severity} p${f.location.page ?? f.location.source?.page ?? '?'} ${f.ruleId} ${f.subject}: ${f.message.slice(0, 160)}`;

describe('every finding on the real corpus is judged, and the judgement holds', () => {
  for (const name of documents) {
    it(name, async () => {
      let findings: Finding[];
      try {
        const model = await readReport(`${DIR}/${name}`);
        findings = await lintModel(model);
        // Byte identity across refactors (see test/golden.test.ts): both languages, every severity.
        const golden = goldenFile(`${DIR}/${name}`);
        expect(existsSync(golden), `${golden} is missing: npm run golden`).toBe(true);
        expect(JSON.parse(JSON.stringify(await goldenOfModel(model))), 'findings differ from fixtures/golden (npm run golden rewrites it)').toEqual(JSON.parse(readFileSync(golden, 'utf8')));
      } catch (err) {
        // Only a report without a text layer may be refused (OCR is asked for with --ocr).
        expect((err as Error).message).toMatch(/scanned PDF|hasil pindai/);
        return;
      }
      const review = readReview(name);
      expect(review, `${name} has no review file: npm run corpus -- --update-reviews, then judge each finding`).toBeDefined();
      const judged = findings.filter((f) => f.severity !== 'info');
      const unjudged = judged.filter((f) => !entryOf(review!, f) || entryOf(review!, f)!.verdict === 'unjudged');
      expect(unjudged.map(brief), 'findings nobody judged').toEqual([]);
      const falseErrors = judged.filter((f) => f.severity === 'error' && entryOf(review!, f)!.verdict === 'false');
      expect(falseErrors.map(brief), 'errors judged false').toEqual([]);
      const warnings = judged.filter((f) => f.severity === 'warning');
      const falseWarnings = warnings.filter((f) => entryOf(review!, f)!.verdict === 'false');
      expect(falseWarnings.length * 10, `warnings judged false: ${falseWarnings.length} of ${warnings.length}\n${falseWarnings.map(brief).join('\n')}`).toBeLessThan(Math.max(1, warnings.length));
      const gone = review!.findings.filter((e) => !judged.some((f) => f.ruleId === e.ruleId && f.subject === e.subject && f.severity === e.severity));
      expect(gone.map((e) => `${e.severity} ${e.ruleId} ${e.subject}`), 'judged findings that no longer appear (npm run corpus -- --update-reviews drops them)').toEqual([]);
    }, 120_000);
  }
});
