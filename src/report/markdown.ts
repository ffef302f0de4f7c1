// --format markdown: the "Kertas Kerja Reviu" (review working paper) of PermenPAN-RB 53/2014, in
// Markdown that can be pasted into a review memo. Indonesian by default, English with --lang en.
// Per file: identity of the report, what was not checked (if anything), the findings counted by
// category and severity, the Checklist Reviu with each item's status and the findings behind it,
// then every finding grouped by section — where it is, what is wrong, the quoted evidence, expected
// against printed, and the rule with a link to its documentation. Deterministic: no date of the run
// unless the caller passes one.
import type { Category, Finding, Lang, Severity } from '../engine/types.js';
import { yearSourcesText as yearSources } from '../domain/year-sources.js';
import { evaluateChecklist, STATUS_TEXT, type ChecklistStatus } from './checklist.js';
import type { FormatContext } from './index.js';
import { place } from './location.js';
import { notCheckedLines, notUnderstood, type FileResult } from './results.js';
import { ruleDocPath } from './rule-docs.js';
import { pushTo } from '../util/multimap.js';

export interface MarkdownReportOptions {
  /** "Tanggal reviu", printed as given (e.g. "14 Maret 2022"); left out when absent. */
  reviewDate?: string;
  /** Prefix for the rule documentation links (default: repository-relative `docs/rules/…`). */
  docsBase?: string;
}

const CATEGORIES: Category[] = ['arithmetic', 'capaian', 'rating', 'consistency', 'narrative', 'period', 'completeness', 'structure', 'reference'];
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

const WORDS = {
  id: {
    title: 'Kertas Kerja Reviu Laporan Kinerja',
    basis: 'Dasar: Peraturan Menteri PANRB Nomor 53 Tahun 2014 (Checklist Reviu, Anak Lampiran III/2-2). Disusun otomatis oleh lkjip-lint',
    identity: 'Identitas laporan',
    instansi: 'Instansi',
    pemda: 'Pemerintah daerah',
    tahun: 'Tahun laporan',
    yearFrom: 'Tahun dibaca dari',
    docTitle: 'Judul dokumen',
    file: 'Berkas',
    format: 'Format',
    reviewDate: 'Tanggal reviu',
    unknown: '(tidak terbaca dari dokumen)',
    summary: 'Ringkasan temuan',
    category: 'Kategori',
    total: 'Jumlah',
    severity: { error: 'Galat', warning: 'Peringatan', info: 'Info' } as Record<Severity, string>,
    one: { error: 'Galat', warning: 'Peringatan', info: 'Info' } as Record<Severity, string>,
    categories: { arithmetic: 'Aritmetika', capaian: 'Capaian', rating: 'Predikat', consistency: 'Konsistensi', narrative: 'Narasi', period: 'Periode', completeness: 'Kelengkapan', structure: 'Struktur', reference: 'Rujukan' } as Record<Category, string>,
    checklist: 'Checklist Reviu',
    no: 'No.',
    item: 'Butir reviu',
    status: 'Status',
    basisCol: 'Dasar penilaian',
    findings: 'Temuan',
    statusCount: (n: number, s: string) => `${n} butir ${s}`,
    details: 'Uraian temuan',
    none: 'Tidak ada temuan.',
    noSection: '(di luar bab)',
    location: 'Lokasi',
    line: 'baris',
    page: 'hal.',
    paragraph: 'paragraf',
    column: 'kolom',
    evidence: 'Bukti',
    expected: 'Seharusnya',
    actual: 'Tertulis',
    rule: 'Aturan',
    see: 'Lihat juga',
    failed: 'Berkas tidak dapat dibaca',
    totalLine: (n: number, e: number, w: number, i: number) => `${n} temuan: ${e} galat, ${w} peringatan, ${i} info.`,
  },
  en: {
    title: 'Review Working Paper (Kertas Kerja Reviu) of the Performance Report',
    basis: 'Basis: Minister of PANRB Regulation 53/2014 (Review Checklist, Annex III/2-2). Prepared automatically by lkjip-lint',
    identity: 'Report',
    instansi: 'Agency',
    pemda: 'Local government',
    tahun: 'Reporting year',
    yearFrom: 'Year read from',
    docTitle: 'Document title',
    file: 'File',
    format: 'Format',
    reviewDate: 'Review date',
    unknown: '(not found in the document)',
    summary: 'Findings by category',
    category: 'Category',
    total: 'Total',
    severity: { error: 'Errors', warning: 'Warnings', info: 'Info' } as Record<Severity, string>,
    one: { error: 'Error', warning: 'Warning', info: 'Info' } as Record<Severity, string>,
    categories: { arithmetic: 'Arithmetic', capaian: 'Achievement', rating: 'Rating', consistency: 'Consistency', narrative: 'Narrative', period: 'Period', completeness: 'Completeness', structure: 'Structure', reference: 'Reference' } as Record<Category, string>,
    checklist: 'Review Checklist',
    no: 'No.',
    item: 'Review item',
    status: 'Status',
    basisCol: 'Basis',
    findings: 'Findings',
    statusCount: (n: number, s: string) => `${n} items ${s}`,
    details: 'Findings in detail',
    none: 'No findings.',
    noSection: '(outside any chapter)',
    location: 'Location',
    line: 'line',
    page: 'p.',
    paragraph: 'para.',
    column: 'column',
    evidence: 'Evidence',
    expected: 'Expected',
    actual: 'Printed',
    rule: 'Rule',
    see: 'See also',
    failed: 'The file could not be read',
    totalLine: (n: number, e: number, w: number, i: number) => `${n} findings: ${e} errors, ${w} warnings, ${i} info.`,
  },
};

/**
 * Inline Markdown text: characters that would start emphasis, code, links, HTML, strike-through or
 * a table cell are escaped; line breaks become spaces. (Never used at the start of a line, so
 * block markers such as `#`, `>` or `1.` need no escaping.)
 */
export function mdInline(s: string): string {
  return s.replace(/\s*\r?\n\s*/g, ' ').replace(/([\\`*_[\]<>|~])/g, '\\$1');
}

/** A table cell: inline text, with the pipe escaped so the row keeps its columns. */
export function mdCell(s: string): string {
  return mdInline(s) || ' ';
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function findingPosition(f: Finding, lang: Lang): string {
  const w = WORDS[lang];
  const loc = f.location;
  const parts: string[] = [];
  if (loc.page !== undefined) parts.push(`${w.page} ${loc.page}`);
  if (loc.line !== undefined) parts.push(`${w.line} ${loc.line}${loc.column ? `, ${w.column} ${loc.column}` : ''}`);
  if (loc.paragraph !== undefined) parts.push(`${w.paragraph} ${loc.paragraph}`);
  return parts.join(', ');
}

function fileReport(r: FileResult, context: FormatContext, options: MarkdownReportOptions, multi: boolean): string[] {
  const { lang } = context;
  const w = WORDS[lang];
  const meta = r.model?.meta;
  const heading = multi ? '##' : '#';
  const sub = multi ? '###' : '##';
  const subsub = multi ? '####' : '###';
  const name = meta?.instansi ? `${meta.instansi}${meta.tahun ? ` — ${lang === 'id' ? 'LKjIP Tahun' : 'LKjIP'} ${meta.tahun}` : ''}` : r.file;
  const out: string[] = [`${heading} ${multi ? mdInline(name) : `${w.title}: ${mdInline(name)}`}`, ''];
  if (!multi) out.push(`${w.basis}.`, '');

  out.push(row([w.identity, ' ']), row(['---', '---']));
  out.push(row([w.instansi, meta?.instansi ? mdCell(meta.instansi) : w.unknown]));
  if (meta?.pemda) out.push(row([w.pemda, mdCell(meta.pemda)]));
  if (meta) out.push(row([w.tahun, meta.tahun ? String(meta.tahun) : w.unknown]));
  const sources = yearSources(meta, lang);
  if (sources) out.push(row([w.yearFrom, mdCell(sources)]));
  if (meta?.title) out.push(row([w.docTitle, mdCell(meta.title)]));
  out.push(row([w.file, `\`${r.file.replace(/`/g, "'").replace(/\|/g, '\\|')}\``]));
  if (r.format) out.push(row([w.format, r.format]));
  if (options.reviewDate) out.push(row([w.reviewDate, mdCell(options.reviewDate)]));
  out.push('');

  if (r.error) {
    out.push(`**${w.failed}:** ${mdInline(r.error[lang])}`, '');
    return out;
  }

  // Number the findings once (T1, T2 …) so the checklist can point at them.
  const number = new Map<Finding, number>(r.findings.map((f, i) => [f, i + 1]));
  const tag = (f: Finding) => `T${number.get(f)}`;

  // Summary by category and severity.
  const count = (c: Category | undefined, s: Severity | undefined) => r.findings.filter((f) => (!c || f.category === c) && (!s || f.severity === s)).length;
  const totalOf = (s: Severity) => count(undefined, s);
  out.push(`${sub} ${w.summary}`, '');
  // What was not checked, before the counts: no findings is then no clean pass.
  for (const n of notCheckedLines(r, lang)) out.push(`**${w.one[n.level]}:** ${mdInline(n.text)}`, '');
  out.push(w.totalLine(r.findings.length, totalOf('error'), totalOf('warning'), totalOf('info')), '');
  out.push(row([w.category, ...SEVERITIES.map((s) => w.severity[s]), w.total]), row(['---', ...SEVERITIES.map(() => '---:'), '---:']));
  for (const c of CATEGORIES) {
    const n = count(c, undefined);
    if (n) out.push(row([w.categories[c], ...SEVERITIES.map((s) => String(count(c, s))), String(n)]));
  }
  out.push(row([`**${w.total}**`, ...SEVERITIES.map((s) => `**${totalOf(s)}**`), `**${r.findings.length}**`]), '');

  // Checklist Reviu.
  const checklist = evaluateChecklist(r.findings, context.rules, notUnderstood(r));
  const statuses: ChecklistStatus[] = ['tidak-terpenuhi', 'terpenuhi-dengan-catatan', 'terpenuhi', 'perlu-konfirmasi'];
  const tally = statuses
    .map((s) => [s, checklist.filter((c) => c.status === s).length] as const)
    .filter(([, n]) => n)
    .map(([s, n]) => w.statusCount(n, STATUS_TEXT[s][lang]));
  out.push(`${sub} ${w.checklist}`, '', `${tally.join('; ')}.`, '');
  out.push(row([w.no, w.item, w.status, w.basisCol, w.findings]), row(['---', '---', '---', '---', '---']));
  let group = '';
  for (const c of checklist) {
    if (c.item.group[lang] !== group) {
      group = c.item.group[lang];
      out.push(row([' ', `**${mdCell(group)}**`, ' ', ' ', ' ']));
    }
    const behind = c.findings.length
      ? [...new Set(c.findings.map((f) => f.ruleId))].map((id) => `${id}: ${c.findings.filter((f) => f.ruleId === id).map(tag).join(', ')}`).join('; ')
      : '–';
    out.push(row([c.item.id, mdCell(c.item.text[lang]), `**${STATUS_TEXT[c.status][lang]}**`, mdCell(c.basis[lang]), mdCell(behind)]));
  }
  out.push('');

  // Every finding, grouped by section in document order.
  out.push(`${sub} ${w.details}`, '');
  if (!r.findings.length) out.push(w.none, '');
  const bySection = new Map<string, Finding[]>();
  for (const f of r.findings) {
    const key = f.location.section ?? w.noSection;
    pushTo(bySection, key, f);
  }
  const docsBase = options.docsBase ?? '';
  for (const [section, findings] of bySection) {
    out.push(`${subsub} ${mdInline(section)}`, '');
    for (const f of findings) {
      out.push(`**${tag(f)}. ${w.one[f.severity]}** — ${mdInline(f.message)}`, '');
      if (f.evidence) out.push(`> ${w.evidence}: “${mdInline(f.evidence)}”`, '');
      const pos = findingPosition(f, lang);
      const where = place(f.location, lang);
      out.push(`- ${w.location}: \`${f.location.file.replace(/`/g, "'")}\`${pos ? `, ${pos}` : ''}${where ? `; ${mdInline(where)}` : ''}`);
      if (f.expected !== undefined || f.actual !== undefined)
        out.push(`- ${[f.expected !== undefined ? `${w.expected}: **${mdInline(f.expected)}**` : '', f.actual !== undefined ? `${w.actual}: **${mdInline(f.actual)}**` : ''].filter(Boolean).join(' · ')}`);
      for (const rel of f.related ?? []) {
        const at = [findingPosition({ ...f, location: rel.location }, lang), place(rel.location, lang)].filter(Boolean).join('; ');
        out.push(`- ${w.see}: ${mdInline(at)}${rel.note ? ` — ${mdInline(rel.note)}` : ''}${rel.evidence ? `: “${mdInline(rel.evidence)}”` : ''}`);
      }
      out.push(`- ${w.rule}: [${f.ruleId}](${docsBase}${ruleDocPath(f.ruleId)})`);
      out.push('');
    }
  }
  return out;
}

export function formatMarkdownReport(results: FileResult[], context: FormatContext, options: MarkdownReportOptions = {}): string {
  const w = WORDS[context.lang];
  const multi = results.length > 1;
  const lines: string[] = [];
  if (multi) lines.push(`# ${w.title}`, '', `${w.basis}.`, '');
  for (const r of results) lines.push(...fileReport(r, context, options, multi));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

export function formatMarkdown(results: FileResult[], context: FormatContext): string {
  return formatMarkdownReport(results, context);
}
