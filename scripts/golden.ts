// The byte-identity ratchet for refactoring the rules: every finding, in both languages, on the
// sample in each of its formats, the style fixtures, the corpus and every rule's invalid examples,
// as it was when the file was last written. test/golden.test.ts and test/corpus-review.test.ts
// compare against it; a change that alters a finding on purpose rewrites it:
//   npm run golden                 write fixtures/golden/*.json
//   npm run golden -- --only <s>   only the documents whose name contains <s>
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/engine/package-root.js';
import { goldenDocuments, goldenFile, goldenOfDocument, goldenOfExamples } from './golden-of.js';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

const write = (name: string, value: unknown) => writeFileSync(join(packageRoot, goldenFile(name)), JSON.stringify(value, null, 1) + '\n');

if (!only) write('examples', await goldenOfExamples());
for (const doc of goldenDocuments().filter((d) => !only || d.includes(only))) {
  write(doc, await goldenOfDocument(doc));
  process.stdout.write(`${doc}\n`);
}
