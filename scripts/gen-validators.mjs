// Generates the precompiled (ajv "standalone") validators of the JSON Schemas checked on every run:
// the report schema (every input) and the rule schema (the catalog, loaded on every run). Compiling
// them with ajv at start-up cost about 0.3 s of CPU per process (the CLI, and each of its worker
// threads); the generated code is what ajv would compile, with the same options, saved as a module.
// Schemas checked only sometimes (configuration and suppressions files) are compiled on first use
// instead (src/model/lazy-ajv.ts).
//
// `npm run gen:validators` writes them; `node scripts/gen-validators.mjs --check` exits 1 when a
// committed file is stale (run by the tests), so a schema cannot change without its validator.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const { Ajv } = require('ajv');
const standaloneCode = require('ajv/dist/standalone').default;
const ajvVersion = require('ajv/package.json').version;

/** The options the schemas were always compiled with at run time. */
export const AJV_OPTIONS = { allErrors: true, strict: false };

export const VALIDATORS = [
  { schema: 'src/model/report.schema.json', target: 'src/model/report-validator.generated.ts' },
  { schema: 'rules/rule.schema.json', target: 'src/engine/rule-validator.generated.ts' },
];

/** The module text for one schema: exports `validate` (and default), an ajv ValidateFunction. */
export function generate({ schema }) {
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true } });
  const code = standaloneCode(ajv, ajv.compile(JSON.parse(readFileSync(`${root}${schema}`, 'utf8'))));
  return [
    '// @ts-nocheck',
    `// Generated from ${schema} by scripts/gen-validators.mjs (ajv ${ajvVersion} standalone code, options ${JSON.stringify(AJV_OPTIONS)}).`,
    '// Do not edit by hand: run npm run gen:validators (the tests check that this file is current).',
    // ajv's standalone code require()s its runtime helpers (e.g. ucs2length for minLength) even as ESM.
    ...(code.includes('require(') ? ["import { createRequire } from 'node:module';", 'const require = createRequire(import.meta.url);'] : []),
    code,
    '',
  ].join('\n');
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  let stale = 0;
  for (const v of VALIDATORS) {
    const text = generate(v);
    const path = `${root}${v.target}`;
    if (process.argv.includes('--check')) {
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
        console.error(`${v.target} is stale: run npm run gen:validators`);
        stale++;
      }
    } else {
      writeFileSync(path, text);
      console.log(`wrote ${v.target} (${text.length} bytes)`);
    }
  }
  if (stale) process.exit(1);
}
