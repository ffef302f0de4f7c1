// --format junit: well-formed XML (checked by a small strict parser below, not a regex), one suite per
// file, one test case per rule, failures exactly for the rules with error findings, counts right,
// unreadable files as an <error> with the rules skipped, text escaped so it reads back unchanged.
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintFiles } from '../src/cli/lint-files.js';
import { loadRules } from '../src/engine/rules.js';
import type { Finding } from '../src/engine/types.js';
import { formatJunit, notCheckedTestcase, READ_TESTCASE } from '../src/report/junit.js';
import type { FileResult } from '../src/report/results.js';
import { NOT_CHECKED, NOTHING_UNDERSTOOD, notCheckedResults, YEAR_UNKNOWN } from './not-checked-formats.js';

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string, where: string): string {
  if (/[<]/.test(s)) throw new Error(`raw "<" in ${where}`);
  return s.replace(/&([^;]*);?/g, (m, body: string) => {
    if (!m.endsWith(';')) throw new Error(`unterminated reference in ${where}: ${m}`);
    if (body in ENTITIES) return ENTITIES[body];
    const num = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(body);
    if (!num) throw new Error(`unknown entity &${body}; in ${where}`);
    return String.fromCodePoint(num[1][0] === 'x' ? parseInt(num[1].slice(1), 16) : parseInt(num[1], 10));
  });
}

/** A strict parser for the XML subset a JUnit report uses: declaration, elements, attributes, text, references. */
function parseXml(xml: string): El {
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml)) throw new Error('character not allowed in XML 1.0');
  let i = 0;
  const decl = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/.exec(xml);
  if (!decl) throw new Error('missing XML declaration');
  i = decl[0].length;
  const root: El = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: El[] = [root];
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    const top = stack[stack.length - 1];
    if (text) {
      if (text.includes('>') ) throw new Error(`raw ">" in text of <${top.name}>`);
      if (top === root && text.trim()) throw new Error('text outside the root element');
      top.text += decode(text, `<${top.name}>`);
    }
    if (lt < 0) break;
    const end = xml.indexOf('>', lt);
    if (end < 0) throw new Error('unterminated tag');
    const tag = xml.slice(lt + 1, end);
    i = end + 1;
    if (tag.startsWith('/')) {
      const name = tag.slice(1);
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const m = /^([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"]*")*)\s*\/?$/.exec(tag);
    if (!m) throw new Error(`malformed tag <${tag}>`);
    const el: El = { name: m[1], attrs: {}, children: [], text: '' };
    for (const a of m[2].matchAll(/([A-Za-z_][\w.-]*)="([^"]*)"/g)) {
      if (a[1] in el.attrs) throw new Error(`duplicate attribute ${a[1]}`);
      el.attrs[a[1]] = decode(a[2], `attribute ${a[1]}`);
    }
    if (top === root && root.children.length) throw new Error('more than one root element');
    top.children.push(el);
    if (!selfClosing) stack.push(el);
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1].name}>`);
  return root.children[0];
}

const kids = (el: El, name: string) => el.children.filter((c) => c.name === name);
const rules = loadRules();
let semboro: FileResult;

function finding(over: Partial<Finding> = {}): Finding {
  return { ruleId: 'arithmetic/percentage', category: 'arithmetic', severity: 'error', message: 'm', location: { file: 'x.txt', line: 3 }, evidence: 'e', subject: 's', ...over };
}

beforeAll(async () => {
  [semboro] = await lintFiles(['fixtures/semboro-2021.txt'], { lang: 'id' });
}, 60_000);

describe('the strict XML checker', () => {
  it.each([
    ['<?xml version="1.0" encoding="UTF-8"?>\n<a><b></a></b>', /closes/],
    ['<?xml version="1.0" encoding="UTF-8"?>\n<a x="1 & 2"/>', /reference/],
    ['<?xml version="1.0" encoding="UTF-8"?>\n<a>x > y</a>', /raw ">"/],
    ['<?xml version="1.0" encoding="UTF-8"?>\n<a x=\'1\'/>', /malformed/],
    ['<?xml version="1.0" encoding="UTF-8"?>\n<a>\u0001</a>', /not allowed/],
    ['<?xml version="1.0" encoding="UTF-8"?>\n<a><b>', /unclosed/],
  ])('rejects %j', (xml, error) => {
    expect(() => parseXml(xml)).toThrow(error);
  });
});

describe('--format junit', () => {
  it('the CLI writes one suite for the Semboro text, one test case per rule, failures for rules with errors', () => {
    const r = spawnSync(process.execPath, ['dist/src/cli/main.js', 'fixtures/semboro-2021.txt', '--format', 'junit'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const doc = parseXml(r.stdout);
    expect(doc.name).toBe('testsuites');
    const [suite] = kids(doc, 'testsuite');
    expect(kids(doc, 'testsuite')).toHaveLength(1);
    expect(suite.attrs.name).toBe('fixtures/semboro-2021.txt');
    const cases = kids(suite, 'testcase');
    expect(cases.map((c) => c.attrs.name)).toEqual(rules.map((x) => x.id));
    for (const c of cases) expect(c.attrs.classname).toBe('fixtures/semboro-2021.txt');

    const errorRules = new Set(semboro.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId));
    const failing = cases.filter((c) => kids(c, 'failure').length);
    expect(new Set(failing.map((c) => c.attrs.name))).toEqual(errorRules);
    for (const c of failing) {
      const [failure] = kids(c, 'failure');
      expect(failure.attrs.type).toBe('error');
      const errors = semboro.findings.filter((f) => f.ruleId === c.attrs.name && f.severity === 'error');
      expect(failure.attrs.message).toMatch(new RegExp(`^${errors.length} galat`));
      for (const f of errors) {
        expect(failure.text).toContain(f.message);
        expect(failure.text).toContain(`“${f.evidence}”`);
      }
    }
    // Warnings and info do not fail a test case; they are listed in its system-out.
    for (const f of semboro.findings.filter((x) => x.severity !== 'error')) {
      const c = cases.find((x) => x.attrs.name === f.ruleId)!;
      expect(kids(c, 'system-out')[0].text).toContain(f.message);
    }
    const props = Object.fromEntries(kids(kids(suite, 'properties')[0], 'property').map((p) => [p.attrs.name, p.attrs.value]));
    const n = (s: string) => String(semboro.findings.filter((f) => f.severity === s).length);
    expect(props).toEqual({ format: 'text', instansi: 'Kecamatan Semboro', tahun: '2021', errors: n('error'), warnings: n('warning'), infos: n('info') });

    // Counts in the attributes match the elements.
    for (const el of [suite, doc]) {
      const all = el === doc ? kids(doc, 'testsuite').flatMap((s) => kids(s, 'testcase')) : cases;
      expect(Number(el.attrs.tests)).toBe(all.length);
      expect(Number(el.attrs.failures)).toBe(all.filter((c) => kids(c, 'failure').length).length);
      expect(Number(el.attrs.errors)).toBe(all.filter((c) => kids(c, 'error').length).length);
      expect(Number(el.attrs.skipped)).toBe(all.filter((c) => kids(c, 'skipped').length).length);
    }
    expect(Number(suite.attrs.failures)).toBe(errorRules.size);
  });

  it('an unreadable file is an error test case, its rules skipped; the batch goes on', () => {
    const r = spawnSync(process.execPath, ['dist/src/cli/main.js', 'fixtures/clean-2021.yaml', 'does-not-exist.yaml', '--format', 'junit', '--lang', 'en'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(2);
    const doc = parseXml(r.stdout);
    const [clean, missing] = kids(doc, 'testsuite');
    expect(clean.attrs).toMatchObject({ name: 'fixtures/clean-2021.yaml', tests: String(rules.length), failures: '0', errors: '0', skipped: '0' });
    expect(missing.attrs).toMatchObject({ name: 'does-not-exist.yaml', tests: String(rules.length + 1), failures: '0', errors: '1', skipped: String(rules.length) });
    const [read, ...others] = kids(missing, 'testcase');
    expect(read.attrs.name).toBe(READ_TESTCASE);
    expect(kids(read, 'error')[0].attrs).toMatchObject({ message: 'file not found', type: 'InputError' });
    for (const c of others) expect(kids(c, 'skipped')).toHaveLength(1);
    expect(doc.attrs).toMatchObject({ tests: String(2 * rules.length + 1), failures: '0', errors: '1', skipped: String(rules.length) });
  });

  it('a file not checked: nothing understood is a failing test case, the year not found a skipped one; a file checked in full has neither', async () => {
    const [nothing, yearless] = await notCheckedResults();
    const doc = parseXml(formatJunit([nothing, yearless, semboro], { lang: 'en', color: false, rules }));
    const [a, b, c] = kids(doc, 'testsuite');
    const [first] = kids(a, 'testcase');
    expect(first.attrs).toEqual({ name: notCheckedTestcase('nothing-understood'), classname: NOTHING_UNDERSTOOD });
    expect(first.children.map((x) => [x.name, x.attrs, x.text])).toEqual([['failure', { message: NOT_CHECKED['nothing-understood'].en, type: 'NotChecked' }, `${NOTHING_UNDERSTOOD}: ${NOT_CHECKED['nothing-understood'].en}`]]);
    const [second] = kids(b, 'testcase');
    expect(second.attrs).toEqual({ name: notCheckedTestcase('year-unknown'), classname: YEAR_UNKNOWN });
    expect(second.children.map((x) => [x.name, x.attrs])).toEqual([['skipped', { message: NOT_CHECKED['year-unknown'].en }]]);
    expect(a.attrs).toMatchObject({ tests: String(rules.length + 1), failures: '1', skipped: '0' });
    expect(b.attrs).toMatchObject({ tests: String(rules.length + 1), skipped: '1' });
    expect(kids(c, 'testcase').map((x) => x.attrs.name)).toEqual(rules.map((r) => r.id));
    for (const el of [doc, a, b]) {
      const cases = el === doc ? kids(doc, 'testsuite').flatMap((s) => kids(s, 'testcase')) : kids(el, 'testcase');
      expect(Number(el.attrs.tests)).toBe(cases.length);
      expect(Number(el.attrs.failures)).toBe(cases.filter((x) => kids(x, 'failure').length).length);
      expect(Number(el.attrs.skipped)).toBe(cases.filter((x) => kids(x, 'skipped').length).length);
    }
  });

  it('the CLI: a file of which nothing was understood fails its suite and exits 1, in Indonesian', () => {
    const r = spawnSync(process.execPath, ['dist/src/cli/main.js', NOTHING_UNDERSTOOD, '--format', 'junit'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const suite = kids(parseXml(r.stdout), 'testsuite')[0];
    expect(kids(kids(suite, 'testcase')[0], 'failure')[0].attrs.message).toBe(NOT_CHECKED['nothing-understood'].id);
    expect(suite.attrs.failures).toBe('1');
  });

  it('escapes markup, quotes, line breaks and characters XML cannot carry, so the text reads back', () => {
    const nasty = 'Tabel <3.1> & "B" \'C\' ]]> a\tb\nc \u0001 \uD800 | ✓';
    const xml = formatJunit(
      [{ file: 'dir/a&b "c".txt', format: 'text', findings: [finding({ message: nasty, evidence: nasty, expected: '<x>', actual: '&y' }), finding({ ruleId: 'rating/predikat', category: 'rating', severity: 'warning', message: nasty })] }],
      { lang: 'en', color: false, rules },
    );
    const doc = parseXml(xml);
    const suite = kids(doc, 'testsuite')[0];
    expect(suite.attrs.name).toBe('dir/a&b "c".txt');
    const pct = kids(suite, 'testcase').find((c) => c.attrs.name === 'arithmetic/percentage')!;
    const readable = nasty.replace('\u0001', '\uFFFD').replace('\uD800', '\uFFFD');
    expect(kids(pct, 'failure')[0].attrs.message).toBe(`1 error: ${readable}`);
    expect(kids(pct, 'failure')[0].text).toContain(readable);
    expect(kids(pct, 'failure')[0].text).toContain('expected: <x>; printed: &y');
    const pred = kids(suite, 'testcase').find((c) => c.attrs.name === 'rating/predikat')!;
    expect(kids(pred, 'failure')).toHaveLength(0);
    expect(kids(pred, 'system-out')[0].text).toContain(`warning: ${readable}`);
    expect(suite.attrs.failures).toBe('1');
  });

  it('a rule outside the catalog still gets its test case; the output is deterministic', () => {
    const results: FileResult[] = [{ file: 'a.txt', findings: [finding({ ruleId: 'structure/new-rule', category: 'structure' })] }];
    const xml = formatJunit(results, { lang: 'id', color: false, rules });
    expect(formatJunit(results, { lang: 'id', color: false, rules })).toBe(xml);
    const cases = kids(kids(parseXml(xml), 'testsuite')[0], 'testcase');
    expect(cases).toHaveLength(rules.length + 1);
    expect(kids(cases[cases.length - 1], 'failure')[0].attrs.message).toBe('1 galat: m');
    expect(xml).not.toMatch(/time=|timestamp=|hostname=/);
  });
});
