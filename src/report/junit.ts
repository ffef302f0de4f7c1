// --format junit: JUnit XML for CI systems (Jenkins, GitLab, Azure Pipelines, GitHub test-report
// actions). One <testsuite> per linted file, one <testcase> per rule of the catalog in it
// (name = rule id, classname = file):
//  - the test case fails (<failure type="error">) when the rule has error-level findings in that
//    file; the failure text lists every finding (position, place, message, evidence, expected/printed);
//  - warning- and info-level findings do not fail it — like the exit code, which only warnings above
//    --max-warnings turn into a failure, and the formatter cannot know that threshold. They are listed
//    in the test case's <system-out>, and counted in the suite's <properties> (warnings, infos);
//  - a file that could not be read gets one test case `lkjip-lint/read` with an <error>, and every
//    rule's test case in that suite is <skipped>;
//  - what was not checked in a file read comes first, one test case per code: nothing understood
//    beyond the cover (`lkjip-lint/nothing-understood`) fails, as it fails the exit code; the year not
//    found (`lkjip-lint/year-unknown`), which leaves the exit code alone, is <skipped>: CI systems
//    count skipped tests in their summaries (a passing case's <system-out> is seen only when opened),
//    and the checks that need the year were indeed skipped.
// No times or timestamps: the output is deterministic.
import type { Finding, Lang, RuleDef } from '../engine/types.js';
import type { FormatContext } from './index.js';
import { place, position } from './location.js';
import { notCheckedLines, type FileResult } from './results.js';
import type { NotCheckedCode } from '../engine/not-checked.js';
import { pushTo } from '../util/multimap.js';

const WORDS = {
  id: { error: 'galat', warning: 'peringatan', info: 'info', evidence: 'bukti', expected: 'seharusnya', actual: 'tertulis', see: 'lihat juga', failed: 'berkas gagal dibaca', skipped: 'tidak diperiksa: berkas gagal dibaca', first: 'pertama' },
  en: { error: 'error', warning: 'warning', info: 'info', evidence: 'evidence', expected: 'expected', actual: 'printed', see: 'see also', failed: 'file could not be read', skipped: 'not checked: the file could not be read', first: 'first' },
};

export const READ_TESTCASE = 'lkjip-lint/read';
/** The test case that says what of a file was not checked. */
export const notCheckedTestcase = (code: NotCheckedCode) => `lkjip-lint/${code}`;

/** Characters XML 1.0 does not allow at all (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/F). */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escape for element text. `]]>` needs no CDATA: `>` is always escaped. */
export function xmlText(s: string): string {
  return s.replace(INVALID_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escape for a double-quoted attribute; line breaks and tabs as character references so they survive normalisation. */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

function attrs(a: Record<string, string | number | undefined>): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join('');
}

function findingText(f: Finding, lang: Lang): string {
  const w = WORDS[lang];
  const where = [position(f.location, lang), place(f.location, lang), f.location.section].filter(Boolean).join('; ');
  const lines = [`${f.location.file}${where ? ` (${where})` : ''}: ${w[f.severity]}: ${f.message} [${f.ruleId}]`];
  if (f.evidence) lines.push(`  ${w.evidence}: “${f.evidence}”`);
  const compared = [f.expected !== undefined ? `${w.expected}: ${f.expected}` : '', f.actual !== undefined ? `${w.actual}: ${f.actual}` : ''].filter(Boolean);
  if (compared.length) lines.push(`  ${compared.join('; ')}`);
  for (const r of f.related ?? []) {
    const at = [position(r.location, lang), place(r.location, lang)].filter(Boolean).join('; ');
    lines.push(`  ${w.see}: ${at}${r.note ? ` — ${r.note}` : ''}${r.evidence ? ` “${r.evidence}”` : ''}`);
  }
  return lines.join('\n');
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function suite(r: FileResult, rules: { id: string }[], lang: Lang): { xml: string[]; counts: Counts } {
  const w = WORDS[lang];
  const cases: string[] = [];
  const counts: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  if (r.error) {
    counts.tests++;
    counts.errors++;
    const msg = r.error[lang];
    cases.push(`    <testcase${attrs({ name: READ_TESTCASE, classname: r.file })}>`, `      <error${attrs({ message: msg, type: 'InputError' })}>${xmlText(`${r.file}: ${w.failed}: ${msg}`)}</error>`, '    </testcase>');
    for (const rule of rules) {
      counts.tests++;
      counts.skipped++;
      cases.push(`    <testcase${attrs({ name: rule.id, classname: r.file })}>`, `      <skipped${attrs({ message: w.skipped })}/>`, '    </testcase>');
    }
  } else {
    for (const n of notCheckedLines(r, lang)) {
      counts.tests++;
      const name = attrs({ name: notCheckedTestcase(n.code), classname: r.file });
      if (n.level === 'error') {
        counts.failures++;
        cases.push(`    <testcase${name}>`, `      <failure${attrs({ message: n.text, type: 'NotChecked' })}>${xmlText(`${r.file}: ${n.text}`)}</failure>`, '    </testcase>');
      } else {
        counts.skipped++;
        cases.push(`    <testcase${name}>`, `      <skipped${attrs({ message: n.text })}/>`, '    </testcase>');
      }
    }
    const byRule = new Map<string, Finding[]>();
    for (const f of r.findings) pushTo(byRule, f.ruleId, f);
    for (const rule of rules) {
      counts.tests++;
      const findings = byRule.get(rule.id) ?? [];
      const errors = findings.filter((f) => f.severity === 'error');
      const others = findings.filter((f) => f.severity !== 'error');
      if (!findings.length) {
        cases.push(`    <testcase${attrs({ name: rule.id, classname: r.file })}/>`);
        continue;
      }
      cases.push(`    <testcase${attrs({ name: rule.id, classname: r.file })}>`);
      if (errors.length) {
        counts.failures++;
        const message = `${errors.length} ${w.error}${errors.length > 1 ? ` (${w.first}: ${errors[0].message})` : `: ${errors[0].message}`}`;
        cases.push(`      <failure${attrs({ message, type: 'error' })}>${xmlText(errors.map((f) => findingText(f, lang)).join('\n'))}</failure>`);
      }
      if (others.length) cases.push(`      <system-out>${xmlText(others.map((f) => findingText(f, lang)).join('\n'))}</system-out>`);
      cases.push('    </testcase>');
    }
  }
  const props = [
    ['format', r.format],
    ['instansi', r.model?.meta.instansi],
    ['tahun', r.model?.meta.tahun !== undefined ? String(r.model.meta.tahun) : undefined],
    ['errors', r.error ? undefined : String(r.findings.filter((f) => f.severity === 'error').length)],
    ['warnings', r.error ? undefined : String(r.findings.filter((f) => f.severity === 'warning').length)],
    ['infos', r.error ? undefined : String(r.findings.filter((f) => f.severity === 'info').length)],
  ].filter((p): p is [string, string] => p[1] !== undefined);
  const xml = [
    `  <testsuite${attrs({ name: r.file, tests: counts.tests, failures: counts.failures, errors: counts.errors, skipped: counts.skipped })}>`,
    ...(props.length ? ['    <properties>', ...props.map(([name, value]) => `      <property${attrs({ name, value })}/>`), '    </properties>'] : []),
    ...cases,
    '  </testsuite>',
  ];
  return { xml, counts };
}

export function formatJunit(results: FileResult[], context: FormatContext): string {
  const rules: { id: string }[] = [...context.rules];
  const known = new Set(rules.map((r: Pick<RuleDef, 'id'>) => r.id));
  // A finding of a rule outside the catalog still gets its test case.
  for (const f of results.flatMap((r) => r.findings))
    if (!known.has(f.ruleId)) {
      known.add(f.ruleId);
      rules.push({ id: f.ruleId });
    }
  const total: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const body: string[] = [];
  for (const r of results) {
    const s = suite(r, rules, context.lang);
    body.push(...s.xml);
    for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += s.counts[k];
  }
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites${attrs({ name: 'lkjip-lint', ...total })}>`, ...body, '</testsuites>', ''].join('\n');
}
