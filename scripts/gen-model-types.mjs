// Generates src/model/report-input.ts from the JSON Schema, so the types and the schema cannot drift.
// `node scripts/gen-model-types.mjs --check` exits 1 when the committed file is stale (run by the tests).
import { compile } from 'json-schema-to-typescript';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const schema = JSON.parse(readFileSync(`${root}src/model/report.schema.json`, 'utf8'));
const target = `${root}src/model/report-input.ts`;

export async function generate() {
  return compile(schema, 'LkjipReport', {
    bannerComment: '/* Generated from report.schema.json by scripts/gen-model-types.mjs. Do not edit by hand. */',
    additionalProperties: false,
    unreachableDefinitions: true,
    style: { singleQuote: true, printWidth: 110 },
  });
}

const text = await generate();
if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error('src/model/report-input.ts is stale: run node scripts/gen-model-types.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
}
