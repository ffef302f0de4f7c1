// lkjip-lint command line (loaded by main.ts): wires files → ingest → engine → formatter, and owns the exit codes
// (0 clean, 1 error-level findings or too many warnings, 2 usage or input errors, 130/143 interrupted).
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../engine/package-root.js';
import { loadRules } from '../engine/rules.js';
import type { Lang } from '../engine/types.js';
import { lintSettings } from '../engine/settings.js';
import { loadConfig, printableConfig } from '../config/load.js';
import { formatChecklistText, evaluateChecklist } from '../report/checklist.js';
import { BASELINE_FILE, baselineOf, readBaseline } from '../suppress/baseline.js';
import { loadSuppressions } from '../suppress/file.js';
import { applySuppressions, type SuppressionReport } from '../suppress/index.js';
import { PDF_READERS, type PdfReaderChoice } from '../ingest/pdf/index.js';
import { InputError } from '../model/errors.js';
import { terminalSafe } from '../report/terminal-text.js';
import { BINARY_FORMATS, FORMATS, loadFormatter, modelNeeded } from '../report/index.js';
import { notUnderstood, summarize, type FileResult } from '../report/results.js';
import { expandBerkas, expandInputs, withoutIgnored } from './files.js';
import { exitOnSignals } from './interrupt.js';
import { lintFiles } from './lint-files.js';
import { progressBar } from './progress.js';
import { t } from './messages.js';
import { checkOutputs, writeOutput } from './outputs.js';
import { say } from './say.js';

class UsageError extends Error {}

/** --timeout's default, in seconds (the help text says so). */
const DEFAULT_TIMEOUT_S = 120;

/** The language of the messages printed on a signal: the command line's until the configuration is read. */
let signalLang: Lang = 'id';

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

function statedYear(v: string | undefined, lang: Lang): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{4}$/.test(v) || Number(v) < 1990 || Number(v) > 2100) throw new UsageError(t('badYear', lang, v));
  return Number(v);
}

/** `--format a -o x --format b -o y [--format c]`: formats pair with outputs in order; one may go to stdout. */
function pairOutputs(formats: string[], files: string[], lang: Lang): { format: string; file?: string }[] {
  const list = formats.length ? formats : ['stylish'];
  for (const f of list) if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(t('badFormat', lang, f, FORMATS.join(', ')));
  if (files.length > list.length || files.length < list.length - 1) throw new UsageError(t('formatsOutputs', lang));
  return list.map((format, i) => ({ format, file: files[i] }));
}

/** Files the run reads besides the reports: they are never overwritten by an output either. */
function configInputs(config: { file?: string; suppressionsFile: string }): string[] {
  return [...(config.file ? [config.file] : []), config.suppressionsFile];
}

/** How much of each model the formats need: the HTML report shows its tables, Markdown and JUnit name it. */
function summarizeCount(results: { findings: unknown[] }[]): number {
  return results.reduce((n, r) => n + r.findings.length, 0);
}

function reportSuppressions(s: SuppressionReport, lang: Lang): void {
  const hidden = s.inline + s.file + s.baseline;
  if (hidden) say(t('suppressed', lang, s.inline, s.file, s.baseline));
  for (const e of s.staleSuppressions) say(t('staleSuppression', lang, e.fingerprint, e.ruleId ?? '?', e.file ?? '*'));
  for (const e of s.staleBaseline) say(t('staleBaseline', lang, e.file, e.ruleId, e.message));
}

async function main(argv: string[]): Promise<number> {
  // The web page and HTTP API: a long-running process with its own options (src/serve/).
  if (argv[0] === 'serve') return (await import('../serve/cli.js')).serve(argv.slice(1));
  const lang0 = langOf(argv);
  signalLang = lang0;
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
        'pdf-reader': { type: 'string' },
        ocr: { type: 'boolean' },
        year: { type: 'string' },
        berkas: { type: 'boolean' },
        previous: { type: 'string' },
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
        'follow-symlinks': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    const m = /'([^']+)'/.exec((err as Error).message);
    throw new UsageError(t('unknownOption', lang0, m?.[1] ?? (err as Error).message));
  }
  const { values, positionals } = parsed;
  // With a handler, a signal waits for this thread to be free: files are read and linted in worker
  // processes, so it is.
  exitOnSignals((signal) => t('interrupted', signalLang, signal));
  if (values.lang !== undefined && values.lang !== 'id' && values.lang !== 'en') throw new UsageError(t('badLang', 'id', values.lang));
  if (values.baseline !== undefined && values.baseline !== 'write' && values.baseline !== 'check') throw new UsageError(t('badBaseline', lang0, values.baseline));
  const pdfReader = values['pdf-reader'] as PdfReaderChoice | undefined;
  if (pdfReader !== undefined && !PDF_READERS.includes(pdfReader)) throw new UsageError(t('badPdfReader', lang0, pdfReader));
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
  signalLang = lang;
  const settings = lintSettings({ tolerance: config.tolerance, defaultScale: config.defaultScale, polarityWords: config.polarityWords });
  const outputs = pairOutputs(values.format ?? [], values.output ?? [], lang);
  const binaryToTerminal = process.stdout.isTTY && outputs.find((o) => !o.file && BINARY_FORMATS.includes(o.format));
  if (binaryToTerminal) throw new UsageError(t('binaryToTerminal', lang, binaryToTerminal.format));
  const maxWarnings = wholeNumber('--max-warnings', values['max-warnings'], lang);
  const maxFileSizeMb = wholeNumber('--max-file-size', values['max-file-size'], lang);
  // --timeout S: a PDF is read for at most S seconds, and any file not done after 2 × S (reading
  // what it could, then linting that) is stopped. 0: no limit.
  const timeoutS = wholeNumber('--timeout', values.timeout, lang) ?? DEFAULT_TIMEOUT_S;
  const readOptions = {
    maxFileSize: maxFileSizeMb !== undefined ? maxFileSizeMb * 1024 * 1024 : undefined,
    maxPages: wholeNumber('--max-pages', values['max-pages'], lang),
    timeoutMs: timeoutS === 0 ? Infinity : timeoutS * 1000,
    pdfReader,
    ocr: values.ocr ?? config.ocr,
    // The year stated on the command line, else in the configuration: it wins over the document's.
    year: statedYear(values.year, lang) ?? config.year,
  };
  const fileTimeoutMs = timeoutS === 0 ? undefined : 2 * timeoutS * 1000;

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
    const { renderRuleDoc } = await import('../report/rule-docs.js');
    process.stdout.write(renderRuleDoc(rule));
    return 0;
  }
  if (positionals[0] === 'extract') {
    if (positionals.length !== 2) throw new UsageError(t('extractNeedsOneFile', lang));
    if (values.previous) throw new UsageError(t('extractNoPrevious', lang));
    const target = values.output?.[0];
    // --berkas: the folder's files read as one report, merged into one model (each place keeps its file).
    const sources = values.berkas ? await (await import('../ingest/berkas.js')).berkasFiles(positionals[1]).catch(() => []) : [positionals[1]];
    if (target) checkOutputs([target], [positionals[1], ...sources, ...configInputs(config)]);
    // Read in a worker process, like a lint: this process stays free for Ctrl-C.
    const [read] = await lintFiles([positionals[1]], { lang, debug: values.debug, workers: true, jobs: 1, fileTimeoutMs, extractOnly: true, keepModel: 'all', berkas: values.berkas, roles: config.roles, ...readOptions });
    if (read.error) throw new InputError(read.error, positionals[1]);
    const model = read.model!;
    const asJson = target?.endsWith('.json') || values.format?.[0] === 'json';
    const { stringify } = await import('yaml');
    const text = asJson ? `${JSON.stringify(model.input, null, 2)}\n` : stringify(model.input, { lineWidth: 0 });
    if (target) {
      writeOutput(target, text);
      process.stderr.write(`${terminalSafe(t('written', lang, target))}\n`);
    } else process.stdout.write(text);
    return 0;
  }

  if (!positionals.length) throw new UsageError(t('noFiles', lang));
  const expanded = values.berkas
    ? await expandBerkas(positionals)
    : await expandInputs(positionals, {
        followSymlinks: values['follow-symlinks'],
        onSkippedLink: (link, target) => say(t('symlinkSkipped', lang, link, target)),
      });
  const inputs = await withoutIgnored(expanded, config.ignore);
  if (!inputs.length) throw new UsageError(t('noFiles', lang));
  const files = inputs.filter((i) => !i.error).map((i) => i.file);
  const baselineFile = values['baseline-file'] ?? BASELINE_FILE;
  // Every output is checked against every input and the others before any work is done.
  // A berkas's inputs are the files in its folder; last year's report is read too.
  const read = values.berkas ? (await Promise.all(files.map(async (dir) => (await import('../ingest/berkas.js')).berkasFiles(dir)))).flat() : files;
  checkOutputs(
    [...outputs.flatMap((o) => (o.file ? [o.file] : [])), ...(values.baseline === 'write' ? [baselineFile] : [])],
    [...read, ...(values.previous ? [values.previous] : []), ...configInputs(config), ...(values.baseline === 'check' ? [baselineFile] : [])],
  );
  const jobs = wholeNumber('--jobs', values.jobs, lang);
  const quietStdout = outputs.some((o) => !o.file && o.format !== 'stylish');
  const linted = await lintFiles(files, {
    lang,
    debug: values.debug,
    explainExtraction: values['explain-extraction'],
    ruleSeverity: config.ruleSeverity,
    defaultScale: config.defaultScale,
    tolerance: config.tolerance,
    polarityWords: config.polarityWords,
    jobs: jobs === 0 ? undefined : jobs,
    cache: values.cache,
    workers: true,
    fileTimeoutMs,
    keepModel: modelNeeded(outputs.map((o) => o.format)),
    onProgress: progressBar(files.length, !quietStdout),
    berkas: values.berkas,
    roles: config.roles,
    previous: values.previous,
    ...readOptions,
  });
  // Folders without reports are failed entries where they stood on the command line.
  let k = 0;
  const results: FileResult[] = inputs.map((i) => (i.error ? { file: i.file, findings: [], error: i.error } : linted[k++]));
  for (const r of results) for (const n of r.notes ?? []) say(`${r.file}: ${n[lang]}`);

  if (values.baseline === 'write') {
    writeOutput(baselineFile, `${JSON.stringify(baselineOf(results), null, 2)}\n`);
    say(t('baselineWritten', lang, baselineFile, summarizeCount(results)));
    return results.some((r) => r.error) ? 2 : 0;
  }
  const suppressed = applySuppressions(
    results,
    loadSuppressions(config.suppressionsFile, values.config ? config.suppressionsFile : 'lkjip-lint.suppressions.json'),
    values.baseline === 'check' ? readBaseline(baselineFile) : undefined,
  );
  reportSuppressions(suppressed, lang);
  if (values.checklist)
    for (const r of results.filter((x) => !x.error)) {
      // Line by line: each line made safe, the lines kept (a line break inside a text would be shown as \n).
      const text = `${r.file}\n${formatChecklistText(evaluateChecklist(r.findings, rules, notUnderstood(r)), lang)}`;
      process.stdout.write(`${text.split('\n').map(terminalSafe).join('\n')}\n`);
    }

  let stylishOnTerminal = false;
  for (const { format, file } of outputs) {
    const color = values['no-color'] ? false : values.color ? true : !file && !!process.stdout.isTTY && !process.env.NO_COLOR;
    const text = await (await loadFormatter(format))(results, { lang, color, rules, settings });
    if (file) writeOutput(file, text);
    else {
      process.stdout.write(text);
      stylishOnTerminal = format === 'stylish' && !!process.stdout.isTTY;
    }
  }

  const s = summarize(results);
  if (s.failed) {
    // One line each on stderr, unless stylish output on the terminal has just shown them.
    if (!stylishOnTerminal) for (const r of results.filter((x) => x.error)) say(`${r.file}: ${r.error![lang]}`);
    return 2;
  }
  // A file of which nothing beyond the cover was understood is no clean pass: not checked is exit 1.
  if (s.errors > 0 || s.notChecked > 0) return 1;
  if (maxWarnings !== undefined && s.warnings > maxWarnings) return 1;
  return 0;
}

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours, and no trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

const argv = process.argv.slice(2);
main(argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const lang = langOf(argv);
    if (err instanceof UsageError) {
      say(err.message);
    } else if (err instanceof InputError) {
      say(`${err.file ? `${err.file}: ` : ''}${err.text[lang]}`);
    } else {
      if (argv.includes('--debug')) process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
      else say(t('internal', lang, (err as Error)?.message ?? String(err)));
    }
    process.exitCode = 2;
  },
);
