// What keeps the CLI's start cheap without changing what it checks: the report and rule schemas are
// validated by ajv code generated ahead of time (scripts/gen-validators.mjs), which must be current
// and must judge exactly as a fresh ajv compile of the schema does; every shipped rule must satisfy
// rules/rule.schema.json; and the modules a run does not need (ajv, remark, pdf.js, the rules
// engine) are not loaded.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validate as generatedRule } from '../src/engine/rule-validator.generated.js';
import { ruleFiles } from '../src/engine/rules.js';
import { formatDocx } from '../src/report/docx.js';
import { formatHtml } from '../src/report/html.js';
import { FORMATS, loadFormatter } from '../src/report/index.js';
import { formatJson } from '../src/report/json.js';
import { formatJunit } from '../src/report/junit.js';
import { formatMarkdown } from '../src/report/markdown.js';
import { formatSarif } from '../src/report/sarif.js';
import { formatStylish } from '../src/report/stylish.js';
import { formatXlsx } from '../src/report/xlsx.js';
import { validate as generatedReport } from '../src/model/report-validator.generated.js';

const fresh = (path: string): ValidateFunction => new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(path, 'utf8')));

/** Both validators give the same verdict and the same errors, in the same order. */
function expectSameJudgement(a: ValidateFunction, b: ValidateFunction, data: unknown, what: string): void {
  const va = a(data);
  const vb = b(data);
  expect(va, what).toBe(vb);
  expect(a.errors ?? null, what).toEqual(b.errors ?? null);
}

/** Copies of `data` with one node replaced by `value`, for every `step`-th node. */
function mutations(data: unknown, step: number, value: unknown): unknown[] {
  const paths: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(node)) node.forEach((x, i) => walk(x, [...path, i]));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
  };
  walk(data, []);
  return paths
    .filter((p, i) => p.length > 0 && i % step === 0)
    .map((path) => {
      const copy = structuredClone(data) as Record<string | number, unknown>;
      let node = copy;
      for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
      node[path[path.length - 1]] = value;
      return copy;
    });
}

describe('precompiled validators', () => {
  it('are current (npm run gen:validators)', () => {
    expect(() => execFileSync(process.execPath, ['scripts/gen-validators.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('the report validator judges as ajv compiling report.schema.json does, valid and invalid input alike', () => {
    const compiled = fresh('src/model/report.schema.json');
    const generated = generatedReport as unknown as ValidateFunction;
    const semboro = parse(readFileSync('fixtures/semboro-2021.yaml', 'utf8'));
    const samples: [string, unknown][] = [
      ['semboro', semboro],
      ['clean', parse(readFileSync('fixtures/clean-2021.yaml', 'utf8'))],
      ['schema-violation.yaml', parse(readFileSync('fixtures/invalid/schema-violation.yaml', 'utf8'))],
      ['schema-violation.json', JSON.parse(readFileSync('fixtures/bad/schema-violation.json', 'utf8'))],
      ['empty', {}],
      ['not an object', [1, 2]],
      ...mutations(semboro, 41, 7).map((d, i) => [`number #${i}`, d] as [string, unknown]),
      ...mutations(semboro, 43, { bogus: true }).map((d, i) => [`object #${i}`, d] as [string, unknown]),
      ...mutations(semboro, 47, 'x').map((d, i) => [`string #${i}`, d] as [string, unknown]),
    ];
    expect(compiled(semboro)).toBe(true);
    expect(samples.filter(([, d]) => !compiled(d)).length).toBeGreaterThan(80);
    for (const [what, data] of samples) expectSameJudgement(generated, compiled, data, what);
  });

  it('the rule validator judges as ajv compiling rule.schema.json does', () => {
    const compiled = fresh('rules/rule.schema.json');
    const generated = generatedRule as unknown as ValidateFunction;
    const rule = JSON.parse(readFileSync('rules/arithmetic/budget-total.json', 'utf8'));
    const broken = [
      ...mutations(rule, 2, 42),
      { ...rule, id: 'Not An Id' },
      { ...rule, title: { id: '', en: 'x' } },
      { ...rule, examples: { valid: [], invalid: [{ report: {}, document: { format: 'text', text: '' } }] } },
      Object.fromEntries(Object.entries(rule).filter(([k]) => k !== 'severity')),
    ];
    expect(broken.filter((d) => !compiled(d)).length).toBeGreaterThan(20);
    for (const [i, data] of [rule, ...broken].entries()) expectSameJudgement(generated, compiled, data, `#${i}`);
  });
});

describe('the shipped rule catalog', () => {
  // loadRules() checks this too on every run, with the generated validator; this checks it with the
  // schema itself, so a stale or wrong generated validator cannot let a bad rule through.
  it('every rule in rules/<category>/<name>.json satisfies rules/rule.schema.json', () => {
    const validate = fresh('rules/rule.schema.json');
    const files = ruleFiles('rules');
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) {
      const rule = JSON.parse(readFileSync(join('rules', f), 'utf8'));
      expect(validate(rule) ? [] : validate.errors, `rules/${f}: ${rule.id}`).toEqual([]);
    }
  });
});

describe('formatters loaded on demand', () => {
  it('loadFormatter gives each format its formatter', async () => {
    const expected = { stylish: formatStylish, json: formatJson, html: formatHtml, sarif: formatSarif, junit: formatJunit, markdown: formatMarkdown, xlsx: formatXlsx, docx: formatDocx };
    expect([...FORMATS]).toEqual(Object.keys(expected));
    for (const f of FORMATS) expect(await loadFormatter(f)).toBe(expected[f]);
    await expect(loadFormatter('xml')).rejects.toThrow('unknown format xml');
  });
});

describe('CLI start', () => {
  // A module-loading hook lists every ES module the process (and its worker threads) loads, and the
  // CommonJS module cache, printed on exit, every CommonJS one (ajv is require()d).
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-start-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'hooks.mjs'), 'export async function load(url, context, next) { process._rawDebug(`LOADED ${url}`); return next(url, context); }\n');
  writeFileSync(
    join(dir, 'register.mjs'),
    [
      "import { createRequire, register } from 'node:module';",
      `register(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});`,
      'const cache = createRequire(import.meta.url).cache;',
      "process.on('exit', () => { for (const f of Object.keys(cache)) process._rawDebug(`LOADED file://${f}`); });",
      '',
    ].join('\n'),
  );
  const loaded = (...args: string[]): string[] => {
    const r = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, 'dist/src/cli/main.js', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const urls = r.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.slice(7));
    expect(urls.length, r.stderr).toBeGreaterThan(10);
    return urls;
  };
  /** The heavy things a run may not need: ajv's schema compiler (its small runtime helpers, which the generated validators use, are not it), remark, pdf.js, the Office writers; json-rules-engine, never (the conditions are compiled: it is only the tests' reference). */
  const HEAVY: Record<string, RegExp> = {
    ajv: /\/node_modules\/ajv\/dist\/(ajv|core)\.js$/,
    remark: /\/node_modules\/(remark-parse|micromark)\//,
    'pdf.js': /\/node_modules\/pdfjs-dist\//,
    'json-rules-engine': /\/node_modules\/json-rules-engine\//,
    exceljs: /\/node_modules\/exceljs\//,
    docx: /\/node_modules\/docx\//,
  };
  const heavy = (urls: string[]) => Object.keys(HEAVY).filter((k) => urls.some((u) => HEAVY[k].test(u)));

  it.each([
    [['--version'], []],
    [['--help'], []],
    [['does-not-exist.yaml'], []],
    [['fixtures/semboro-2021.txt', '-f', 'json'], []],
    [['fixtures/semboro-2021.yaml', '-f', 'json'], []],
    [['fixtures/semboro-2021.md', '-f', 'json'], ['remark']],
    // The Office writers load only for their formats (and this shows the patterns above match them).
    [['fixtures/semboro-2021.yaml', '-f', 'xlsx', '-o', join(dir, 'r.xlsx'), '-f', 'docx', '-o', join(dir, 'r.docx')], ['exceljs', 'docx']],
  ])('%j loads only the heavy modules it needs: %j', (args, needed) => {
    expect(heavy(loaded(...args))).toEqual(needed);
  });

  it('a configuration file loads ajv to check it', () => {
    expect(heavy(loaded('--config', 'fixtures/bad/unknown-rule/lkjip-lint.config.json', '--print-config'))).toEqual(['ajv']);
  });
});
