// --format sarif: valid against the official SARIF 2.1.0 schema (ajv, draft 2020-12, with formats),
// accepted by Microsoft's SARIF multitool with its GitHub rules where it can run, fingerprints from
// rule + logical subject (identical across input formats), every rule described, results where the
// findings are.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintFiles } from '../src/cli/lint-files.js';
import { loadRules } from '../src/engine/rules.js';
import type { Finding, RuleDef } from '../src/engine/types.js';
import type { FileResult } from '../src/report/results.js';
import { artifactUri, fingerprint, FINGERPRINT_KEY, formatSarif, MAX_RESULTS, repositoryUrl } from '../src/report/sarif.js';
import { NOT_CHECKED, NOTHING_UNDERSTOOD, notCheckedResults, YEAR_UNKNOWN } from './not-checked-formats.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Log = any;

const CLI = 'dist/src/cli/main.js';
const FORMATS = ['txt', 'md', 'yaml', 'pdf'] as const;
const rules: RuleDef[] = loadRules();
const results = new Map<string, FileResult>();
const logs = new Map<string, Log>();
/** A file of which nothing beyond the cover was understood, and one whose year was not found. */
let notChecked: FileResult[];

const schema = JSON.parse(readFileSync('fixtures/schemas/sarif-2.1.0.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
formatsModule.default(ajv);
const validate = ajv.compile(schema);

function sarif(r: FileResult[], lang: 'id' | 'en' = 'id'): Log {
  return JSON.parse(formatSarif(r, { lang, color: false, rules }));
}

function schemaErrors(log: Log): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

function finding(over: Partial<Finding> = {}): Finding {
  return { ruleId: 'arithmetic/percentage', category: 'arithmetic', severity: 'error', message: 'm', location: { file: 'x.txt', line: 3 }, evidence: 'e', subject: 'pct:x', ...over };
}

beforeAll(async () => {
  for (const ext of FORMATS) {
    const [r] = await lintFiles([`fixtures/semboro-2021.${ext}`], { lang: 'id' });
    results.set(ext, r);
    logs.set(ext, sarif([r]));
  }
  notChecked = await notCheckedResults();
}, 120_000);

describe('SARIF schema', () => {
  it('the schema copy is the official SARIF 2.1.0 schema (draft 2020-12) and rejects a broken log', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toMatch(/SARIF.*2\.1\.0/);
    const broken = structuredClone(logs.get('txt'));
    broken.runs[0].results[0].level = 'fatal';
    broken.runs[0].tool.driver.rules[0].helpUri = 'docs/rules/not-an-absolute-uri.md';
    const errors = schemaErrors(broken);
    expect(errors.some((e) => e.includes('/results/0/level'))).toBe(true);
    expect(errors.some((e) => e.includes('/helpUri') && e.includes('uri'))).toBe(true);
  });

  it.each(FORMATS)('the Semboro SARIF from .%s is valid', (ext) => {
    const log = logs.get(ext);
    expect(schemaErrors(log)).toEqual([]);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/^https:\/\//);
    expect(log.runs[0].results.length).toBe(results.get(ext)!.findings.length);
    expect(log.runs[0].results.length).toBeGreaterThan(20);
  });

  it('is valid with a file that could not be read, and reports it as a tool execution notification', () => {
    const log = sarif([results.get('txt')!, { file: 'missing.yaml', findings: [], error: { id: 'berkas tidak ditemukan', en: 'file not found' } }], 'en');
    expect(schemaErrors(log)).toEqual([]);
    const inv = log.runs[0].invocations[0];
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications).toHaveLength(1);
    expect(inv.toolExecutionNotifications[0]).toMatchObject({ level: 'error', message: { text: 'missing.yaml: file not found' } });
    expect(inv.toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'missing.yaml', index: 1 });
    expect(log.runs[0].artifacts.map((a: Log) => a.location.uri)).toEqual(['fixtures/semboro-2021.txt', 'missing.yaml']);
    expect(sarif([results.get('txt')!]).runs[0].invocations[0].executionSuccessful).toBe(true);
  });

  it('is valid with files not checked: a notification each, in the run\'s language, naming the file; the run still succeeded', () => {
    for (const lang of ['id', 'en'] as const) {
      const log = sarif([results.get('txt')!, ...notChecked], lang);
      expect(schemaErrors(log)).toEqual([]);
      const run = log.runs[0];
      // SARIF 2.1.0 §3.20.14: the tool ran to its end; §3.20.21: an "error" notification says the results are not complete.
      expect(run.invocations[0].executionSuccessful).toBe(true);
      const shown = run.invocations[0].toolExecutionNotifications.map((n: Log) => ({
        level: n.level,
        text: n.message.text,
        descriptor: [n.descriptor.id, run.tool.driver.notifications[n.descriptor.index].id],
        file: run.artifacts[n.locations[0].physicalLocation.artifactLocation.index].location.uri,
      }));
      expect(shown).toEqual([
        { level: 'error', text: `${NOTHING_UNDERSTOOD}: ${NOT_CHECKED['nothing-understood'][lang]}`, descriptor: ['lkjip-lint/nothing-understood', 'lkjip-lint/nothing-understood'], file: NOTHING_UNDERSTOOD },
        { level: 'warning', text: `${YEAR_UNKNOWN}: ${NOT_CHECKED['year-unknown'][lang]}`, descriptor: ['lkjip-lint/year-unknown', 'lkjip-lint/year-unknown'], file: YEAR_UNKNOWN },
      ]);
      expect(run.tool.driver.notifications.slice(2).map((d: Log) => [d.defaultConfiguration.level, d.shortDescription.text])).toEqual([
        ['error', lang === 'id' ? 'tidak diperiksa.' : 'not checked.'],
        ['warning', lang === 'id' ? 'tahun laporan tidak ditemukan.' : 'reporting year not found.'],
      ]);
    }
    // With a file that could not be read: notifications in file order, each pointing at its descriptor.
    const mixedLog = sarif([notChecked[1], { file: 'missing.yaml', findings: [], error: { id: 'berkas tidak ditemukan', en: 'file not found' } }]);
    expect(schemaErrors(mixedLog)).toEqual([]);
    const mixed = mixedLog.runs[0];
    expect(mixed.invocations[0].executionSuccessful).toBe(false);
    expect(mixed.invocations[0].toolExecutionNotifications.map((n: Log) => [n.descriptor.id, mixed.tool.driver.notifications[n.descriptor.index].id])).toEqual([
      ['lkjip-lint/year-unknown', 'lkjip-lint/year-unknown'],
      ['lkjip-lint/unreadable-file', 'lkjip-lint/unreadable-file'],
    ]);
    // A file checked in full adds nothing: no notification, no descriptor for them.
    const clean = logs.get('txt').runs[0];
    expect(clean.invocations).toEqual([{ executionSuccessful: true }]);
    expect(clean.tool.driver.notifications.map((d: Log) => d.id)).toEqual(['lkjip-lint/unreadable-file', 'lkjip-lint/results-truncated']);
  });

  it(`keeps at most ${MAX_RESULTS} results per run, the most severe first, and says so`, () => {
    const many: Finding[] = [];
    for (let i = 0; i < MAX_RESULTS + 10; i++) many.push(finding({ severity: i < 20 ? 'info' : 'error', subject: `s${i}`, location: { file: 'big.txt', line: i + 1 } }));
    const log = sarif([{ file: 'big.txt', format: 'text', findings: many }]);
    expect(schemaErrors(log)).toEqual([]);
    expect(log.runs[0].results).toHaveLength(MAX_RESULTS);
    expect(log.runs[0].results.filter((r: Log) => r.level === 'note')).toHaveLength(10);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toMatch(/^10 temuan tidak dimuat/);
  });
});

describe('SARIF content', () => {
  it('the driver describes every rule of the catalog, each with help and its documentation', () => {
    const driver = logs.get('txt').runs[0].tool.driver;
    expect(driver.name).toBe('lkjip-lint');
    expect(driver.version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    expect(driver.semanticVersion).toBe(driver.version);
    expect(driver.rules.map((r: Log) => r.id)).toEqual(rules.map((r) => r.id));
    for (const [i, d] of driver.rules.entries()) {
      const rule = rules[i];
      const doc = `docs/rules/${rule.category}-${rule.id.split('/')[1]}.md`;
      expect(d.name).toMatch(/^[A-Z][A-Za-z0-9]+$/);
      expect(d.shortDescription.text).toContain(rule.title.id);
      expect(d.fullDescription.text).toContain(rule.description.id);
      expect(d.help.text).toContain(doc);
      expect(d.help.markdown).toContain(`](${doc})`);
      expect(d.help.markdown).toContain(rule.source);
      expect(d.defaultConfiguration.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[rule.severity]);
      expect(d.properties).toMatchObject({ category: rule.category, 'problem.severity': { error: 'error', warning: 'warning', info: 'recommendation' }[rule.severity] });
      expect(d.properties.tags.length).toBeLessThanOrEqual(10);
    }
  });

  it('rule texts follow --lang', () => {
    const en = sarif([results.get('txt')!], 'en').runs[0].tool.driver;
    expect(en.rules[0].shortDescription.text).toContain(rules[0].title.en);
    expect(en.rules[0].help.markdown).toContain('Documentation');
    expect(en.language).toBe('en-US');
  });

  it('each result names its rule by id and index, with the level and the message of the finding', () => {
    const log = logs.get('txt');
    const driver = log.runs[0].tool.driver;
    for (const [i, r] of log.runs[0].results.entries()) {
      const f = results.get('txt')!.findings[i];
      expect(r.ruleId).toBe(f.ruleId);
      expect(driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(r.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[f.severity]);
      expect(r.message.text).toBe(f.message);
      expect(r.properties).toMatchObject({ category: f.category, evidence: f.evidence, subject: f.subject });
      if (f.expected !== undefined) expect(r.properties.expected).toBe(f.expected);
      if (f.actual !== undefined) expect(r.properties.actual).toBe(f.actual);
      expect(r.relatedLocations?.length ?? 0).toBe(f.related?.length ?? 0);
    }
  });

  it.each(['txt', 'md', 'yaml'])('results in the .%s point at the lines of the findings', (ext) => {
    const log = logs.get(ext);
    const findings = results.get(ext)!.findings;
    for (const [i, r] of log.runs[0].results.entries()) {
      const loc = r.locations[0].physicalLocation;
      expect(loc.artifactLocation).toEqual({ uri: `fixtures/semboro-2021.${ext}`, index: 0 });
      expect(loc.region.startLine).toBe(findings[i].location.line);
      if (findings[i].location.column) expect(loc.region.startColumn).toBe(findings[i].location.column);
    }
  });

  it('the wrong percentage of the Semboro text is reported on the line that prints it', () => {
    const lines = readFileSync('fixtures/semboro-2021.txt', 'utf8').split(/\r?\n/);
    const r = logs.get('txt').runs[0].results.find((x: Log) => x.ruleId === 'arithmetic/percentage');
    const region = r.locations[0].physicalLocation.region;
    expect(lines[region.startLine - 1]).toContain('82,3%');
    expect(lines[region.startLine - 1].slice(region.startColumn - 1)).toMatch(/^82,3%/);
    expect(r.locations[0].logicalLocations[0].fullyQualifiedName).toMatch(/^BAB III AKUNTABILITAS KINERJA › Sasaran 2\. › .+ › baris 1 › kolom persen$/);
    expect(r.properties).toMatchObject({ expected: '85,28%', actual: '82,3%', field: 'persen', row: 1 });
  });

  it('PDF results keep region line 1 and carry the page in properties and the logical location', () => {
    const log = logs.get('pdf');
    const findings = results.get('pdf')!.findings;
    for (const [i, r] of log.runs[0].results.entries()) {
      const page = findings[i].location.page;
      expect(page).toBeGreaterThan(0);
      expect(r.locations[0].physicalLocation.region).toEqual({ startLine: 1 });
      expect(r.locations[0].physicalLocation.properties.page).toBe(page);
      expect(r.properties.page).toBe(page);
      expect(r.locations[0].logicalLocations[0].properties.page).toBe(page);
    }
    expect(log.runs[0].artifacts[0]).toMatchObject({ location: { uri: 'fixtures/semboro-2021.pdf' }, mimeType: 'application/pdf' });
  });
});

describe('SARIF fingerprints', () => {
  const prints = (ext: string) => logs.get(ext).runs[0].results.map((r: Log) => `${r.ruleId} ${r.partialFingerprints[FINGERPRINT_KEY]}`).sort();

  it('are identical for the Semboro report read as .txt and as .md (and as .yaml and .pdf)', () => {
    expect(prints('md')).toEqual(prints('txt'));
    expect(prints('yaml')).toEqual(prints('txt'));
    expect(prints('pdf')).toEqual(prints('txt'));
  });

  it('are unique within a run and come from the rule and the subject, not the position', () => {
    const log = logs.get('txt');
    const all = log.runs[0].results.map((r: Log) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(new Set(all).size).toBe(all.length);
    for (const [i, r] of log.runs[0].results.entries()) {
      const f = results.get('txt')!.findings[i];
      expect(r.partialFingerprints[FINGERPRINT_KEY]).toBe(fingerprint(f.ruleId, f.subject));
    }
    const moved = sarif([{ file: 'a.txt', findings: [finding({ location: { file: 'a.txt', line: 99, column: 7 } })] }]);
    const here = sarif([{ file: 'a.txt', findings: [finding({ location: { file: 'a.txt', line: 3 } })] }]);
    expect(moved.runs[0].results[0].partialFingerprints).toEqual(here.runs[0].results[0].partialFingerprints);
  });

  it('get an occurrence counter only when two findings share rule and subject', () => {
    const log = sarif([{ file: 'a.txt', findings: [finding(), finding({ location: { file: 'a.txt', line: 9 } }), finding({ subject: 'pct:y' })] }]);
    const [a, b, c] = log.runs[0].results.map((r: Log) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(a).toBe(fingerprint('arithmetic/percentage', 'pct:x'));
    expect(b).toBe(fingerprint('arithmetic/percentage', 'pct:x', 2));
    expect(b).not.toBe(a);
    expect(c).toBe(fingerprint('arithmetic/percentage', 'pct:y'));
    expect(log.runs[0].results[1].properties.occurrence).toBe(2);
  });
});

describe('SARIF details', () => {
  it('artifact URIs are relative with forward slashes and percent-encoded', () => {
    expect(artifactUri('fixtures/semboro-2021.txt')).toBe('fixtures/semboro-2021.txt');
    expect(artifactUri('./laporan/LKjIP 2021 #1.md')).toBe('laporan/LKjIP%202021%20%231.md');
    expect(artifactUri(resolve('fixtures/semboro-2021.pdf'))).toBe('fixtures/semboro-2021.pdf');
    expect(artifactUri('/elsewhere/x.pdf', '/work/repo')).toBe('file:///elsewhere/x.pdf');
  });

  it('takes helpUri and informationUri only from a repository that package.json declares', () => {
    expect(repositoryUrl({})).toBeUndefined();
    expect(repositoryUrl({ repository: { url: 'git+https://github.com/owner/lkjip-lint.git' } })).toBe('https://github.com/owner/lkjip-lint');
    expect(repositoryUrl({ repository: 'github:owner/lkjip-lint' })).toBe('https://github.com/owner/lkjip-lint');
    expect(repositoryUrl({ repository: 'git@github.com:owner/lkjip-lint.git' })).toBe('https://github.com/owner/lkjip-lint');
    expect(repositoryUrl({ repository: 'https://example.org/x.git' })).toBeUndefined();
    const driver = logs.get('txt').runs[0].tool.driver;
    const declared = repositoryUrl(JSON.parse(readFileSync('package.json', 'utf8')));
    expect(driver.informationUri).toBe(declared);
    for (const d of driver.rules) expect(d.helpUri).toBe(declared ? `${declared}/blob/HEAD/docs/rules/${d.id.replace('/', '-')}.md` : undefined);
  });

  it('a finding of a rule outside the catalog still gets a descriptor', () => {
    const log = sarif([{ file: 'a.txt', findings: [finding({ ruleId: 'structure/new-rule', category: 'structure', severity: 'warning' })] }]);
    const r = log.runs[0].results[0];
    expect(log.runs[0].tool.driver.rules[r.ruleIndex]).toMatchObject({ id: 'structure/new-rule', help: { text: expect.stringContaining('docs/rules/structure-new-rule.md') } });
    expect(schemaErrors(log)).toEqual([]);
  });

  it('the CLI writes it as a process: --format sarif, exit 1 on error findings', () => {
    const r = spawnSync(process.execPath, [CLI, 'fixtures/semboro-2021.txt', '--format', 'sarif'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(schemaErrors(log)).toEqual([]);
    expect(log).toEqual(logs.get('txt'));
  });
});

// Microsoft's SARIF multitool (an optional dependency: a self-contained .NET executable for linux-x64,
// darwin and win32; no .NET runtime needed, but it needs ICU or DOTNET_SYSTEM_GLOBALIZATION_INVARIANT).
// Its `validate` exits 0 whatever it finds, so the verdict is read from the SARIF log it writes. It is
// run directly, not through its bin.js, which passes the arguments through a shell (`;` in
// --rule-kind would split the command). Known gap: a value outside an enum (e.g. level "fatal") makes
// it drop the whole file silently — ajv above catches that.
function multitool(): { bin?: string; reason?: string } {
  let bin: string;
  try {
    bin = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
  } catch (err) {
    return { reason: `@microsoft/sarif-multitool is not installed for ${process.platform}-${process.arch} (optional dependency): ${(err as Error).message.split('\n')[0]}` };
  }
  try {
    accessSync(bin, constants.X_OK);
  } catch {
    return { reason: `${bin} is not executable (its postinstall chmod did not run)` };
  }
  const probe = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 60_000 });
  if (probe.status !== 0) return { reason: `${bin} --version failed (${probe.error?.message ?? `exit ${probe.status}`}): ${(probe.stderr || probe.stdout).trim().split('\n')[0]}` };
  return { bin };
}

const tool = multitool();
if (!tool.bin) console.warn(`SKIPPED sarif-multitool validation: ${tool.reason}`);

function multitoolValidate(bin: string, files: string[], dir: string): { level: string; ruleId: string; text: string }[] {
  const out = join(dir, `validation-${Math.random().toString(36).slice(2)}.sarif`);
  const r = spawnSync(bin, ['validate', ...files, '-o', out, '--log', 'ForceOverwrite', '--rule-kind', 'Sarif;Gh;Ghas'], { encoding: 'utf8', timeout: 120_000 });
  expect(r.status, r.stderr || r.stdout).toBe(0);
  const log = JSON.parse(readFileSync(out, 'utf8'));
  const notifications = (log.runs[0].invocations ?? []).flatMap((i: Log) => i.toolExecutionNotifications ?? []);
  expect(notifications.filter((n: Log) => n.level === 'error'), 'multitool execution errors').toEqual([]);
  return (log.runs[0].results ?? []).map((x: Log) => ({ level: x.level ?? 'warning', ruleId: x.ruleId, text: x.message?.text ?? '' }));
}

describe('SARIF multitool validation', () => {
  it('sarif-multitool validate (SARIF and GitHub rules) accepts the Semboro SARIF from .txt, .yaml and .pdf, and with files not checked', (ctx) => {
    if (!tool.bin) return ctx.skip(tool.reason);
    const dir = mkdtempSync(join(tmpdir(), 'lkjip-sarif-'));
    // Control: the validator must see a defect, or a silent pass would prove nothing.
    const broken = structuredClone(logs.get('txt'));
    delete broken.runs[0].results[0].locations;
    writeFileSync(join(dir, 'broken.sarif'), JSON.stringify(broken, null, 2));
    const control = multitoolValidate(tool.bin, [join(dir, 'broken.sarif')], dir);
    expect(control.some((x) => x.level === 'error' && x.ruleId === 'GH1015'), JSON.stringify(control)).toBe(true);

    const files = ['txt', 'yaml', 'pdf'].map((ext) => {
      const file = join(dir, `semboro-${ext}.sarif`);
      writeFileSync(file, JSON.stringify(logs.get(ext), null, 2));
      return file;
    });
    // And files not checked, with their tool execution notifications.
    files.push(join(dir, 'not-checked.sarif'));
    writeFileSync(files[files.length - 1], JSON.stringify(sarif([results.get('txt')!, ...notChecked]), null, 2));
    const found = multitoolValidate(tool.bin, files, dir);
    // The one expected remark: no informationUri (package.json declares no repository or homepage).
    expect(found.filter((x) => x.ruleId !== 'SARIF2005'), JSON.stringify(found, null, 1)).toEqual([]);
  }, 180_000);
});
