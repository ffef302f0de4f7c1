#!/usr/bin/env node
// lkjip-lint command line: wires files → ingest → engine → formatter, and owns the exit codes
// (0 clean, 1 error-level findings or too many warnings, 2 usage or input errors).
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { packageRoot } from '../engine/package-root.js';
import { loadRules } from '../engine/rules.js';
import { renderRuleDoc } from '../report/rule-docs.js';
import type { Lang } from '../engine/types.js';
import { loadConfig, printableConfig } from '../config/load.js';
import { setTolerancePolicy } from '../engine/quantity.js';
import { setDefaultScale } from '../engine/scale.js';
import { readReport } from '../ingest/index.js';
import { formatChecklistText, evaluateChecklist } from '../report/checklist.js';
import { BASELINE_FILE, baselineOf, readBaseline } from '../suppress/baseline.js';
import { loadSuppressions } from '../suppress/file.js';
import { applySuppressions, type SuppressionReport } from '../suppress/index.js';
import { InputError } from '../model/errors.js';
import { formatters } from '../report/index.js';
import { summarize } from '../report/results.js';
import { expandInputs } from './files.js';
import { lintFiles } from './lint-files.js';
import { progressBar } from './progress.js';
import { t } from './messages.js';
import { writeAtomic } from './write-atomic.js';


class UsageError extends Error {}

function langOf(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const v = i < 0 ? undefined : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return v === 'en' ? 'en' : 'id';
}

function wholeNumber(name: string, v: string | undefined, lang: Lang): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UsageError(t('badNumber', lang, name, v));
  return Number(v);
}

/** `--format a -o x --format b -o y [--format c]`: formats pair with outputs in order; one may go to stdout. */
function pairOutputs(formats: string[], files: string[], lang: Lang): { format: string; file?: string }[] {
  const list = formats.length ? formats : ['stylish'];
  for (const f of list) if (!(f in formatters)) throw new UsageError(t('badFormat', lang, f, Object.keys(formatters).join(', ')));
  if (files.length > list.length || files.length < list.length - 1) throw new UsageError(t('formatsOutputs', lang));
  return list.map((format, i) => ({ format, file: files[i] }));
}

function summarizeCount(results: { findings: unknown[] }[]): number {
  return results.reduce((n, r) => n + r.findings.length, 0);
}

function reportSuppressions(s: SuppressionReport, lang: Lang): void {
  const hidden = s.inline + s.file + s.baseline;
  if (hidden) process.stderr.write(`lkjip-lint: ${t('suppressed', lang, s.inline, s.file, s.baseline)}\n`);
  for (const e of s.staleSuppressions) process.stderr.write(`lkjip-lint: ${t('staleSuppression', lang, e.fingerprint, e.ruleId ?? '?', e.file ?? '*')}\n`);
  for (const e of s.staleBaseline) process.stderr.write(`lkjip-lint: ${t('staleBaseline', lang, e.file, e.ruleId, e.message)}\n`);
}

async function main(argv: string[]): Promise<number> {
  const lang0 = langOf(argv);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', multiple: true },
        output: { type: 'string', short: 'o', multiple: true },
        lang: { type: 'string' },
        'max-warnings': { type: 'string' },
        'max-file-size': { type: 'string' },
        'max-pages': { type: 'string' },
        timeout: { type: 'string' },
        debug: { type: 'boolean' },
        'explain-extraction': { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'list-rules': { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        'print-config': { type: 'boolean' },
        baseline: { type: 'string' },
        'baseline-file': { type: 'string' },
        checklist: { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        cache: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    const m = /'([^']+)'/.exec((err as Error).message);
    throw new UsageError(t('unknownOption', lang0, m?.[1] ?? (err as Error).message));
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && values.lang !== 'id' && values.lang !== 'en') throw new UsageError(t('badLang', 'id', values.lang));
  if (values.baseline !== undefined && values.baseline !== 'write' && values.baseline !== 'check') throw new UsageError(t('badBaseline', lang0, values.baseline));
  if (values.help) {
    process.stdout.write(`${t('usage', lang0)}\n`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')).version}\n`);
    return 0;
  }
  const rules = loadRules();
  const config = loadConfig(values.config, rules);
  const lang: Lang = (values.lang as Lang | undefined) ?? config.lang ?? 'id';
  setDefaultScale(config.defaultScale);
  setTolerancePolicy(config.tolerance);
  const outputs = pairOutputs(values.format ?? [], values.output ?? [], lang);
  const maxWarnings = wholeNumber('--max-warnings', values['max-warnings'], lang);
  const maxFileSizeMb = wholeNumber('--max-file-size', values['max-file-size'], lang);
  const readOptions = {
    maxFileSize: maxFileSizeMb !== undefined ? maxFileSizeMb * 1024 * 1024 : undefined,
    maxPages: wholeNumber('--max-pages', values['max-pages'], lang),
    timeoutMs: values.timeout !== undefined ? wholeNumber('--timeout', values.timeout, lang)! * 1000 : undefined,
  };

  if (values['print-config']) {
    process.stdout.write(`${JSON.stringify(printableConfig(config), null, 2)}\n`);
    return 0;
  }
  if (values['list-rules']) {
    for (const r of rules) process.stdout.write(`${r.id.padEnd(44)} ${r.severity.padEnd(8)} ${r.title[lang]}\n`);
    return 0;
  }
  if (positionals[0] === 'explain') {
    const rule = rules.find((r) => r.id === positionals[1]);
    if (!rule) throw new UsageError(t('unknownRule', lang, positionals[1] ?? ''));
    process.stdout.write(renderRuleDoc(rule));
    return 0;
  }
  if (positionals[0] === 'extract') {
    if (positionals.length !== 2) throw new UsageError(t('extractNeedsOneFile', lang));
    const model = await readReport(positionals[1], readOptions);
    const target = values.output?.[0];
    const asJson = target?.endsWith('.json') || values.format?.[0] === 'json';
    const text = asJson ? `${JSON.stringify(model.input, null, 2)}\n` : stringify(model.input, { lineWidth: 0 });
    if (target) {
      await writeAtomic(target, text);
      process.stderr.write(`${t('written', lang, target)}\n`);
    } else process.stdout.write(text);
    return 0;
  }

  if (!positionals.length) throw new UsageError(t('noFiles', lang));
  const files = (await expandInputs(positionals)).filter((f) => !config.ignore(f));
  if (!files.length) throw new UsageError(t('noFiles', lang));
  const jobs = wholeNumber('--jobs', values.jobs, lang);
  const quietStdout = outputs.some((o) => !o.file && o.format !== 'stylish');
  const results = await lintFiles(files, {
    lang,
    debug: values.debug,
    explainExtraction: values['explain-extraction'],
    ruleSeverity: config.ruleSeverity,
    defaultScale: config.defaultScale,
    tolerance: config.tolerance,
    jobs: jobs === 0 ? undefined : jobs,
    cache: values.cache,
    onProgress: progressBar(files.length, !quietStdout),
    ...readOptions,
  });

  const baselineFile = values['baseline-file'] ?? BASELINE_FILE;
  if (values.baseline === 'write') {
    await writeAtomic(baselineFile, `${JSON.stringify(baselineOf(results), null, 2)}\n`);
    process.stderr.write(`${t('baselineWritten', lang, baselineFile, summarizeCount(results))}\n`);
    return results.some((r) => r.error) ? 2 : 0;
  }
  const suppressed = applySuppressions(
    results,
    loadSuppressions(config.suppressionsFile, values.config ? config.suppressionsFile : 'lkjip-lint.suppressions.json'),
    values.baseline === 'check' ? readBaseline(baselineFile) : undefined,
  );
  reportSuppressions(suppressed, lang);
  if (values.checklist)
    for (const r of results.filter((x) => !x.error)) process.stdout.write(`${r.file}\n${formatChecklistText(evaluateChecklist(r.findings, rules), lang)}\n`);

  let stdoutIsStylish = false;
  for (const { format, file } of outputs) {
    const color = values['no-color'] ? false : values.color ? true : !file && !!process.stdout.isTTY && !process.env.NO_COLOR;
    const text = formatters[format](results, { lang, color, rules });
    if (file) await writeAtomic(file, text);
    else {
      process.stdout.write(text);
      stdoutIsStylish = format === 'stylish';
    }
  }

  const s = summarize(results);
  if (s.failed) {
    // Stylish output on the terminal already names the failed files; everything else gets one line each on stderr.
    if (!stdoutIsStylish) for (const r of results.filter((x) => x.error)) process.stderr.write(`lkjip-lint: ${r.file}: ${r.error![lang]}\n`);
    return 2;
  }
  if (s.errors > 0) return 1;
  if (maxWarnings !== undefined && s.warnings > maxWarnings) return 1;
  return 0;
}

const argv = process.argv.slice(2);
main(argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const lang = langOf(argv);
    if (err instanceof UsageError) {
      process.stderr.write(`lkjip-lint: ${err.message}\n`);
    } else if (err instanceof InputError) {
      process.stderr.write(`lkjip-lint: ${err.file ? `${err.file}: ` : ''}${err.text[lang]}\n`);
    } else {
      if (argv.includes('--debug')) process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
      else process.stderr.write(`lkjip-lint: ${t('internal', lang, (err as Error)?.message ?? String(err))}\n`);
    }
    process.exitCode = 2;
  },
);
