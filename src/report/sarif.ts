// --format sarif: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. One run; the driver
// lists every rule of the catalog with its help and documentation link; each finding becomes a
// result with a physical location (line/column, or line 1 plus the page for a PDF), a logical
// location (section › table › row › column), and a fingerprint made from the rule and the finding's
// logical subject, never from positions — so an alert survives edits that move lines, and the same
// defect gets the same fingerprint whether the report was linted as .txt, .md, .yaml or .pdf.
// A file that could not be read, and a file not checked (nothing understood beyond its cover: error;
// its year not found: warning), is a tool execution notification naming the file's artifact.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NOT_CHECKED, NOT_CHECKED_CODES, type NotCheckedCode } from '../engine/not-checked.js';
import { packageRoot } from '../engine/package-root.js';
import type { Finding, Lang, RuleDef, Severity } from '../engine/types.js';
import type { InputFormat, Loc } from '../model/types.js';
import type { FormatContext } from './index.js';
import { NOT_CHECKED_LEVEL, notCheckedLines, notCheckedShort, type FileResult } from './results.js';
import { ruleDocPath } from './rule-docs.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The key of our fingerprint in `partialFingerprints`; bump the version if the recipe changes. */
export const FINGERPRINT_KEY = 'lkjipLint/v1';
/** GitHub code scanning rejects a run with more results than this. */
export const MAX_RESULTS = 25_000;
/** GitHub stores at most 100 locations of a result and rejects more than 1000. */
const MAX_RELATED = 100;
/** GitHub keeps 10 tags of a rule and rejects more than 20. */
const MAX_TAGS = 10;

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
/** GitHub's `problem.severity` vocabulary. */
const PROBLEM_SEVERITY: Record<Severity, 'error' | 'warning' | 'recommendation'> = { error: 'error', warning: 'warning', info: 'recommendation' };
const MIME: Record<InputFormat, string> = { json: 'application/json', yaml: 'application/yaml', text: 'text/plain', markdown: 'text/markdown', pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };

const WORDS = {
  id: { row: 'baris', field: 'kolom', page: 'hal.', source: 'Dasar', checklist: 'Checklist Reviu', docs: 'Dokumentasi', unknownRule: 'aturan tidak ada dalam katalog', truncated: (n: number, max: number) => `${n} temuan tidak dimuat: GitHub code scanning menerima paling banyak ${max} hasil per run (yang dimuat didahulukan menurut tingkat).`, unreadable: 'berkas tidak dapat dibaca', tooMany: 'Temuan melebihi batas hasil per run GitHub code scanning', tooManyHelp: 'Temuan yang tidak dimuat tetap ada di keluaran lain (--format json atau stylish); yang dimuat didahulukan menurut tingkat: galat, peringatan, lalu info.', unreadableHelp: 'Berkas tidak dapat dibaca (tidak ada, kosong, rusak, tidak sesuai skema, atau tanpa lapisan teks); berkas lain tetap diperiksa. Pesan notifikasi menyebut sebabnya.' },
  en: { row: 'row', field: 'column', page: 'p.', source: 'Source', checklist: 'Review checklist', docs: 'Documentation', unknownRule: 'rule not in the catalog', truncated: (n: number, max: number) => `${n} findings left out: GitHub code scanning accepts at most ${max} results per run (the ones kept are ordered by severity).`, unreadable: 'file could not be read', tooMany: 'More findings than GitHub code scanning accepts in one run', tooManyHelp: 'The findings left out are still in the other outputs (--format json or stylish); the ones kept are ordered by severity: errors, warnings, then info.', unreadableHelp: 'The file could not be read (missing, empty, damaged, not matching the schema, or without a text layer); the other files were still linted. The notification message says why.' },
};

interface PackageInfo {
  version: string;
  homepage?: string;
  repository?: string | { url?: string };
}

function packageInfo(): PackageInfo {
  return JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as PackageInfo;
}

/**
 * The GitHub web address of the repository, when package.json declares one (`repository` as a URL,
 * `github:owner/name` or `owner/name`); nothing is invented otherwise. It gives the driver's
 * informationUri and each rule's helpUri (a rule page at `<repo>/blob/HEAD/docs/rules/…`).
 */
export function repositoryUrl(pkg: Pick<PackageInfo, 'repository'>): string | undefined {
  const raw = (typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url)?.trim();
  if (!raw) return undefined;
  const m = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(raw) ?? /github\.com[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(raw);
  return m ? `https://github.com/${m[1].replace(/\.git$/, '')}` : undefined;
}

/**
 * A file as a URI: relative to the working directory with forward slashes (how GitHub matches it to
 * the repository), or a file: URI for a path outside it. Segments are percent-encoded.
 */
export function artifactUri(file: string, cwd = process.cwd()): string {
  let path = file;
  if (isAbsolute(path)) {
    const rel = relative(cwd, path);
    if (rel.startsWith('..') || isAbsolute(rel)) return pathToFileURL(path).href;
    path = rel;
  }
  const segments = path.split(sep === '\\' ? /[\\/]/ : /\//).filter((s, i) => s !== '.' && !(s === '' && i > 0));
  return segments.map((s) => encodeURIComponent(s)).join('/');
}

/** Hash of the rule and the finding's logical subject (plus an occurrence number from the second on). */
export function fingerprint(ruleId: string, subject: string, occurrence = 1): string {
  const input = occurrence > 1 ? `${ruleId}\u0000${subject}\u0000${occurrence}` : `${ruleId}\u0000${subject}`;
  return createHash('sha256').update(input).digest('hex');
}

/** "ArithmeticBudgetTotal" for "arithmetic/budget-total": SARIF's readable rule name. */
function ruleName(id: string): string {
  return id
    .split(/[/-]/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

function ruleDescriptor(rule: RuleDef, lang: Lang, repo: string | undefined) {
  const w = WORDS[lang];
  const doc = ruleDocPath(rule.id);
  const checklist = rule.checklist?.length ? rule.checklist.join(', ') : undefined;
  const text = [
    sentence(rule.title[lang]),
    '',
    rule.description[lang],
    '',
    `${w.source}: ${rule.source}`,
    ...(checklist ? [`${w.checklist}: ${checklist}`] : []),
    `${w.docs}: ${doc}`,
  ].join('\n');
  const markdown = [
    `**${rule.title[lang]}**`,
    '',
    rule.description[lang],
    '',
    `- ${w.source}: ${rule.source}`,
    ...(checklist ? [`- ${w.checklist}: ${checklist}`] : []),
    `- ${w.docs}: [${doc}](${repo ? `${repo}/blob/HEAD/${doc}` : doc})`,
  ].join('\n');
  const tags = ['lkjip', rule.category, ...(rule.checklist ?? []).map((c) => `checklist-${c}`)].slice(0, MAX_TAGS);
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: sentence(rule.title[lang]) },
    fullDescription: { text: sentence(rule.description[lang]) },
    help: { text, markdown },
    ...(repo ? { helpUri: `${repo}/blob/HEAD/${doc}` } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      category: rule.category,
      tags,
      'problem.severity': PROBLEM_SEVERITY[rule.severity],
      source: rule.source,
      ...(rule.checklist?.length ? { checklist: rule.checklist } : {}),
      docs: doc,
    },
  };
}

/** A finding whose rule is not in the catalog still needs a descriptor for viewers to show it. */
function unknownDescriptor(f: Finding, lang: Lang) {
  const doc = ruleDocPath(f.ruleId);
  return {
    id: f.ruleId,
    name: ruleName(f.ruleId),
    shortDescription: { text: `${f.ruleId} (${WORDS[lang].unknownRule}).` },
    fullDescription: { text: `${f.ruleId} (${WORDS[lang].unknownRule}).` },
    help: { text: `${WORDS[lang].docs}: ${doc}`, markdown: `${WORDS[lang].docs}: [${doc}](${doc})` },
    defaultConfiguration: { level: LEVEL[f.severity] },
    properties: { category: f.category, tags: ['lkjip', f.category], 'problem.severity': PROBLEM_SEVERITY[f.severity], docs: doc },
  };
}

/** Section › table › row › column: where a finding stands in the report's own structure. */
export function logicalParts(loc: Loc, lang: Lang): string[] {
  const w = WORDS[lang];
  return [
    ...(loc.section ? loc.section.split(' › ') : []),
    ...(loc.table ? [loc.table] : []),
    ...(loc.row !== undefined ? [`${w.row} ${loc.row}`] : []),
    ...(loc.field ? [`${w.field} ${loc.field}`] : []),
  ];
}

function logicalLocations(loc: Loc, lang: Lang) {
  const parts = logicalParts(loc, lang);
  const page = loc.page !== undefined ? { properties: { page: loc.page } } : {};
  if (!parts.length) return loc.page !== undefined ? [{ name: `${WORDS[lang].page} ${loc.page}`, kind: 'page', ...page }] : undefined;
  const kind = loc.field ? 'property' : loc.row !== undefined ? 'object' : loc.table ? 'array' : 'namespace';
  return [{ name: parts[parts.length - 1], fullyQualifiedName: parts.join(' › '), kind, ...page }];
}

function physicalLocation(loc: Loc, artifacts: Map<string, number>) {
  const uri = artifactUri(loc.file);
  const index = artifacts.get(uri);
  return {
    artifactLocation: { uri, ...(index !== undefined ? { index } : {}) },
    // GitHub needs a region; a PDF position has only a page, a Word one a paragraph: they go into the properties.
    region: { startLine: loc.line && loc.line > 0 ? loc.line : 1, ...(loc.line && loc.column && loc.column > 0 ? { startColumn: loc.column } : {}) },
    ...(loc.page !== undefined || loc.paragraph !== undefined ? { properties: { ...(loc.page !== undefined ? { page: loc.page } : {}), ...(loc.paragraph !== undefined ? { paragraph: loc.paragraph } : {}) } } : {}),
  };
}

function location(loc: Loc, lang: Lang, artifacts: Map<string, number>) {
  const logical = logicalLocations(loc, lang);
  return { physicalLocation: physicalLocation(loc, artifacts), ...(logical ? { logicalLocations: logical } : {}) };
}

function defined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== ''));
}

function notificationDescriptor(id: string, name: string, short: string, help: string, level: 'error' | 'warning') {
  return { id, name, shortDescription: { text: sentence(short) }, fullDescription: { text: sentence(help) }, help: { text: sentence(help) }, defaultConfiguration: { level } };
}

const notCheckedId = (code: NotCheckedCode) => `lkjip-lint/${code}`;

/** A not-checked code's descriptor, from its one text: its short form, then the whole. */
function notCheckedDescriptor(code: NotCheckedCode, lang: Lang) {
  return notificationDescriptor(notCheckedId(code), ruleName(code), notCheckedShort(code, lang), NOT_CHECKED[code][lang], NOT_CHECKED_LEVEL[code]);
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function formatSarif(results: FileResult[], context: FormatContext): string {
  const { lang } = context;
  const w = WORDS[lang];
  const pkg = packageInfo();
  const repo = repositoryUrl(pkg);

  const descriptors: { id: string }[] = context.rules.map((r) => ruleDescriptor(r, lang, repo));
  const ruleIndex = new Map(descriptors.map((d, i) => [d.id, i]));
  for (const f of results.flatMap((r) => r.findings))
    if (!ruleIndex.has(f.ruleId)) {
      ruleIndex.set(f.ruleId, descriptors.length);
      descriptors.push(unknownDescriptor(f, lang));
    }

  const artifacts: { location: { uri: string }; mimeType?: string; roles: string[] }[] = [];
  const artifactIndex = new Map<string, number>();
  for (const r of results) {
    const uri = artifactUri(r.file);
    if (artifactIndex.has(uri)) continue;
    artifactIndex.set(uri, artifacts.length);
    artifacts.push({ location: { uri }, ...(r.format ? { mimeType: MIME[r.format] } : {}), roles: ['analysisTarget'] });
  }

  const sarifResults: Record<string, unknown>[] = [];
  const ranks: number[] = [];
  for (const r of results) {
    const seen = new Map<string, number>();
    for (const f of r.findings) {
      const key = `${f.ruleId}\u0000${f.subject}`;
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      const loc = f.location;
      const related = (f.related ?? []).slice(0, MAX_RELATED).map((rel, i) => ({
        id: i + 1,
        ...location(rel.location, lang, artifactIndex),
        ...(rel.note || rel.evidence ? { message: { text: [rel.note, rel.evidence ? `“${rel.evidence}”` : ''].filter(Boolean).join(': ') } } : {}),
      }));
      sarifResults.push({
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId)!,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [location(loc, lang, artifactIndex)],
        ...(related.length ? { relatedLocations: related } : {}),
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f.ruleId, f.subject, occurrence) },
        properties: defined({
          category: f.category,
          severity: f.severity,
          subject: f.subject,
          evidence: f.evidence,
          expected: f.expected,
          actual: f.actual,
          section: loc.section,
          table: loc.table,
          row: loc.row,
          field: loc.field,
          page: loc.page,
          pointer: loc.pointer,
          source: loc.source && (loc.source.line || loc.source.page) ? defined({ file: loc.source.file, line: loc.source.line, page: loc.source.page, column: loc.source.column }) : undefined,
          occurrence: occurrence > 1 ? occurrence : undefined,
        }),
      });
      ranks.push(SEVERITY_RANK[f.severity]);
    }
  }

  // Tool execution notifications, file by file: a file that could not be read, and what was not
  // checked in a file that was (SARIF 2.1.0 §3.20.21: an "error" one tells a consumer that the
  // results are not complete; the run itself succeeded, so executionSuccessful stays true for it).
  // The not-checked descriptors are listed only when used, after the two fixed ones.
  const notCheckedCodes = NOT_CHECKED_CODES.filter((code) => results.some((r) => r.notChecked?.includes(code)));
  const notifications: Record<string, unknown>[] = [];
  for (const r of results) {
    const uri = artifactUri(r.file);
    const locations = [{ physicalLocation: { artifactLocation: { uri, index: artifactIndex.get(uri)! } } }];
    if (r.error) notifications.push({ level: 'error', message: { text: `${r.file}: ${r.error[lang]}` }, descriptor: { id: 'lkjip-lint/unreadable-file', index: 0 }, locations });
    for (const n of notCheckedLines(r, lang))
      notifications.push({ level: n.level, message: { text: `${r.file}: ${n.text}` }, descriptor: { id: notCheckedId(n.code), index: 2 + notCheckedCodes.indexOf(n.code) }, locations });
  }
  let kept = sarifResults;
  if (sarifResults.length > MAX_RESULTS) {
    // Keep the most severe; a stable sort keeps file and position order within a severity.
    kept = sarifResults
      .map((result, i) => ({ result, rank: ranks[i] }))
      .sort((a, b) => a.rank - b.rank)
      .slice(0, MAX_RESULTS)
      .map((x) => x.result);
    notifications.push({ level: 'warning', message: { text: w.truncated(sarifResults.length - MAX_RESULTS, MAX_RESULTS) }, descriptor: { id: 'lkjip-lint/results-truncated', index: 1 } });
  }

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'lkjip-lint',
            version: pkg.version,
            semanticVersion: pkg.version,
            ...(repo ? { informationUri: repo } : {}),
            language: lang === 'id' ? 'id-ID' : 'en-US',
            rules: descriptors,
            notifications: [
              notificationDescriptor('lkjip-lint/unreadable-file', 'UnreadableFile', w.unreadable, w.unreadableHelp, 'error'),
              notificationDescriptor('lkjip-lint/results-truncated', 'ResultsTruncated', w.tooMany, w.tooManyHelp, 'warning'),
              ...notCheckedCodes.map((code) => notCheckedDescriptor(code, lang)),
            ],
          },
        },
        invocations: [{ executionSuccessful: !results.some((r) => r.error), ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
        artifacts,
        columnKind: 'utf16CodeUnits',
        results: kept,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
