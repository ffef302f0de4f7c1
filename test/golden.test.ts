// Byte identity across refactors: every finding, in Indonesian and English, on the sample in each
// of its formats, the style fixtures and every rule's invalid examples is exactly what
// fixtures/golden holds (the corpus PDFs are compared in test/corpus-review.test.ts, which reads
// them anyway). A change that alters findings on purpose rewrites the files with `npm run golden`
// and shows the difference in its diff.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenDocuments, goldenFile, goldenOfDocument, goldenOfExamples } from '../scripts/golden-of.js';

const stored = (doc: string) => JSON.parse(readFileSync(goldenFile(doc), 'utf8'));
/** Through JSON, as the file holds it (undefined fields dropped). */
const asStored = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('findings are byte-identical to fixtures/golden', () => {
  for (const doc of goldenDocuments().filter((d) => !d.startsWith('fixtures/corpus/')))
    it(doc, async () => {
      expect(asStored(await goldenOfDocument(doc))).toEqual(stored(doc));
    }, 60_000);

  it("every rule's invalid examples", async () => {
    const got = asStored(await goldenOfExamples());
    const want = stored('examples');
    expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
    for (const key of Object.keys(want)) expect(got[key], key).toEqual(want[key]);
  }, 120_000);
});
