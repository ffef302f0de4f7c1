// --format docx: a draft Laporan Hasil Reviu (LHR) in the structure of PermenPAN-RB 53/2014
// Lampiran III, filled from the findings, for the reviewer to finish in Word: A. Dasar, B. Tujuan,
// C. Ruang lingkup, D. Langkah reviu, E. Hasil reviu (first what was not checked, if anything) by
// Checklist Reviu group (Format, Mekanisme penyusunan, Substansi, then findings tied to no item),
// F. Saran perbaikan by category, G. Penutup, and the Pernyataan Telah Direviu (Anak Lampiran
// III/1-2; what was not checked said again) on its own last page, to sign. What the reviewer must
// fill in is in [brackets] and highlighted. Several files: one document, the results and recommendations per file, and one
// Pernyataan page per file read. Deterministic: no run date.
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Finding, Lang } from '../engine/types.js';
import { CHECKLIST, evaluateChecklist, STATUS_TEXT, type ChecklistResult } from './checklist.js';
import { CATEGORIES } from './html-text.js';
import type { FormatContext } from './index.js';
import { LHR_WORDS } from './lhr-text.js';
import { COLOR, locationLines, tag } from './office-text.js';
import { notCheckedLines, notUnderstood, summarize, type FileResult } from './results.js';
import { fixZipDates } from './zip-dates.js';

type Words = (typeof LHR_WORDS)[Lang];

const FONT = 'Arial';
/** A4 with 3 cm left and 2.5 cm other margins, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, left: 1701, right: 1418, top: 1418, bottom: 1418 };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const INDENT = 425;

/** Runs of a text; the parts in [brackets] are highlighted for the reviewer to fill in. */
function runs(text: string, style: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}): TextRun[] {
  return text
    .split(/(\[[^\]]*\])/)
    .filter(Boolean)
    .map((part) => new TextRun({ text: part, ...style, ...(part.startsWith('[') ? { highlight: 'yellow' as const } : {}) }));
}

function para(text: string | ParagraphChild[], opts: { align?: 'center' | 'both' | 'left'; bold?: boolean; italics?: boolean; size?: number; indent?: number; after?: number; keepNext?: boolean; pageBreakBefore?: boolean } = {}): Paragraph {
  const children = typeof text === 'string' ? runs(text, { bold: opts.bold, italics: opts.italics, size: opts.size }) : text;
  const align = opts.align === 'center' ? AlignmentType.CENTER : opts.align === 'left' ? AlignmentType.LEFT : AlignmentType.JUSTIFIED;
  return new Paragraph({ children, alignment: align, spacing: { after: opts.after ?? 120 }, keepNext: opts.keepNext, pageBreakBefore: opts.pageBreakBefore, ...(opts.indent ? { indent: { left: opts.indent } } : {}) });
}

/** A numbered or lettered item with a hanging indent at `level` (0 = under the heading); `left` for text with file names, which justification would stretch. */
function item(label: string, text: string | ParagraphChild[], level = 0, align: 'both' | 'left' = 'both'): Paragraph {
  const left = INDENT * (level + 1);
  const body = typeof text === 'string' ? runs(text) : text;
  return new Paragraph({ children: [new TextRun(label), new TextRun({ children: [new Tab()] }), ...body], alignment: align === 'left' ? AlignmentType.LEFT : AlignmentType.JUSTIFIED, spacing: { after: 80 }, indent: { left, hanging: INDENT }, tabStops: [{ type: 'left', position: left }] });
}

function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const h = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  return new Paragraph({ children: runs(text), heading: h, keepNext: true });
}

const letter = (i: number) => `${String.fromCharCode(97 + i)}.`;

function cell(text: string, width: number, opts: { fill?: string; bold?: boolean; header?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: opts.fill ? { type: ShadingType.CLEAR, fill: opts.fill, color: 'auto' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [new Paragraph({ children: runs(text, { bold: opts.bold || opts.header, size: 18, color: opts.header ? 'FFFFFF' : undefined }) })],
  });
}

/** The checklist items of one group with their status and the findings behind them. */
function statusTable(w: Words, results: ChecklistResult[], lang: Lang, number: Map<Finding, number>): Table {
  const widths = [900, TEXT_WIDTH - 900 - 2200 - 1500, 2200, 1500];
  const head = new TableRow({ tableHeader: true, cantSplit: true, children: ['No.', w.itemCol, w.statusCol, w.findingsCol].map((t, i) => cell(t, widths[i], { header: true, fill: COLOR.header })) });
  const rows = results.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(r.item.id, widths[0]),
          cell(r.item.text[lang], widths[1]),
          cell(STATUS_TEXT[r.status][lang], widths[2], { fill: COLOR.status[r.status], bold: true }),
          cell(r.findings.map((f) => tag(number.get(f)!)).join(', ') || '–', widths[3]),
        ],
      }),
  );
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows: [head, ...rows] });
}

/** A finding: number, severity and message, then where it is, the quote, printed against expected. */
function findingParagraphs(w: Words, f: Finding, i: number, lang: Lang): Paragraph[] {
  const small = { size: 18, color: '4A4A4A' };
  const [where, ...related] = locationLines(f, lang);
  // Text from the document is never split into placeholders, whatever brackets it has.
  const details: TextRun[][] = [[new TextRun({ text: `${w.location}: ${[f.location.section, where].filter(Boolean).join('; ')}; ${w.rule} ${f.ruleId}`, ...small })]];
  for (const r of related) details.push([new TextRun({ text: r, ...small })]);
  if (f.evidence) details.push([new TextRun({ text: `${w.quote}: `, ...small }), new TextRun({ text: `“${f.evidence}”`, ...small, italics: true })]);
  const pair = (label: string, value: string) => [new TextRun({ text: `${label}: `, size: 18 }), new TextRun({ text: value, bold: true, size: 18 })];
  const facts = [...(f.actual !== undefined ? [pair(w.printed, f.actual)] : []), ...(f.expected !== undefined ? [pair(w.expected, f.expected)] : [])];
  if (facts.length) details.push(facts.flatMap((runs, k) => (k ? [new TextRun({ text: '; ', size: 18 }), ...runs] : runs)));
  return [
    new Paragraph({
      children: [new TextRun({ text: `${tag(i)}. `, bold: true }), new TextRun({ text: `${w.severity[f.severity]} — `, bold: true, color: COLOR.severityText[f.severity] }), new TextRun(f.message)],
      alignment: AlignmentType.JUSTIFIED,
      spacing: { before: 80, after: 40 },
      indent: { left: INDENT },
      keepNext: true,
    }),
    // Kept with the next line, except the last: a finding stays on one page, the list may break between findings.
    ...details.map((children, k) => new Paragraph({ children, spacing: { after: 20 }, indent: { left: INDENT * 2 }, keepNext: k < details.length - 1 })),
  ];
}

/** What was not checked in a file, one shaded paragraph per line, in its level's colours: no findings is then no clean pass. */
function notCheckedParagraphs(w: Words, r: FileResult, lang: Lang): Paragraph[] {
  return notCheckedLines(r, lang).map(
    (n) =>
      new Paragraph({
        children: [new TextRun({ text: `${w.severity[n.level]} — `, bold: true, color: COLOR.severityText[n.level] }), new TextRun(n.text)],
        shading: { type: ShadingType.CLEAR, fill: COLOR.severity[n.level], color: 'auto' },
        alignment: AlignmentType.LEFT,
        spacing: { after: 120 },
      }),
  );
}

/** E. Hasil reviu of one file: each checklist group, its status table and its findings. */
function results(w: Words, r: FileResult, checklist: ChecklistResult[], lang: Lang, level: 2 | 3): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (r.error) return [para(w.failed(r.error[lang]))];
  const s = summarize([r]);
  out.push(para(r.findings.length ? w.hasilLead(r.findings.length, s.errors, s.warnings, s.infos) : w.noFindings), ...notCheckedParagraphs(w, r, lang));
  const number = new Map<Finding, number>(r.findings.map((f, i) => [f, i]));
  // Each finding is told once, under the first group whose items it informs.
  const groups = [...new Map(CHECKLIST.map((c) => [c.group.id, c.group])).values()];
  const told = new Set<Finding>();
  const label = (i: number) => (level === 2 ? `${i + 1}.` : letter(i));
  groups.forEach((g, gi) => {
    const items = checklist.filter((c) => c.item.group.id === g.id);
    out.push(heading(`${label(gi)} ${g[lang]}`, level), para(w.areaIntro, { keepNext: true }), statusTable(w, items, lang, number), para('', { after: 60 }));
    if (items.every((c) => c.item.process)) out.push(para(w.mekanismeNote));
    const findings = r.findings.filter((f) => !told.has(f) && items.some((c) => c.findings.includes(f)));
    findings.forEach((f) => told.add(f));
    if (findings.length) out.push(para(w.areaFindings, { keepNext: true, after: 40 }), ...findings.flatMap((f) => findingParagraphs(w, f, number.get(f)!, lang)));
    else if (!items.every((c) => c.item.process)) out.push(para(w.areaNone));
  });
  const rest = r.findings.filter((f) => !told.has(f));
  if (rest.length) out.push(heading(`${label(groups.length)} ${w.other}`, level), para(w.otherLead, { keepNext: true }), ...rest.flatMap((f) => findingParagraphs(w, f, number.get(f)!, lang)));
  return out;
}

/** F. Saran perbaikan of one file: per category, what to do, and the findings (errors and warnings). */
function recommendations(w: Words, r: FileResult, level: number): Paragraph[] {
  const number = new Map<Finding, number>(r.findings.map((f, i) => [f, i]));
  const out: string[] = [];
  for (const cat of CATEGORIES) {
    const fs = r.findings.filter((f) => f.category === cat && f.severity !== 'info');
    if (fs.length) out.push(`${w.advice[cat]} ${w.saranFindings(fs.map((f) => tag(number.get(f)!)).join(', '))}`);
  }
  return out.map((text, i) => item(`${i + 1}.`, `${text}${i < out.length - 1 ? ';' : '.'}`, level));
}

function signature(lines: { text: string; bold?: boolean }[]): Paragraph[] {
  return lines.map((l) => new Paragraph({ children: runs(l.text, { bold: l.bold }), indent: { left: 4820 }, spacing: { after: 0 }, keepNext: true, keepLines: true }));
}

function statementPage(w: Words, r: FileResult, lang: Lang): Paragraph[] {
  const meta = r.model?.meta;
  const instansi = meta?.instansi ?? w.fill(w.agencyName);
  const tahun = meta?.tahun !== undefined ? String(meta.tahun) : w.yearUnknown;
  const s = summarize([r]);
  const body = w.statementBody(instansi, tahun).map((t) => para(t, { after: 200 }));
  if (s.errors + s.warnings) body.push(para(w.statementOpen(s.errors, s.warnings), { after: 200 }));
  body.push(...notCheckedParagraphs(w, r, lang));
  return [
    para(w.statement, { align: 'center', bold: true, size: 26, after: 0, pageBreakBefore: true }),
    para(instansi.toUpperCase(), { align: 'center', bold: true, after: 0 }),
    para(w.statementYear(tahun), { align: 'center', bold: true, after: 480 }),
    ...body,
    para('', { after: 240 }),
    ...signature([{ text: w.place }, { text: `${w.inspektur(meta?.pemda)},` }, { text: '' }, { text: '' }, { text: '' }, { text: w.signName, bold: true }, { text: w.nip }]),
  ];
}

function coreXml(title: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(title)}</dc:title><dc:creator>lkjip-lint</dc:creator><cp:lastModifiedBy>lkjip-lint</cp:lastModifiedBy></cp:coreProperties>`;
}

export async function formatDocx(files: FileResult[], context: FormatContext): Promise<Uint8Array> {
  const { lang } = context;
  const w = LHR_WORDS[lang];
  const multi = files.length > 1;
  const one = multi ? undefined : files[0];
  const meta = one?.model?.meta;
  const nameOf = (r: FileResult) => r.model?.meta?.instansi ?? r.file;
  const checklists = new Map(files.filter((r) => !r.error).map((r) => [r, evaluateChecklist(r.findings, context.rules, notUnderstood(r))]));

  const body: (Paragraph | Table)[] = [
    para(w.title, { align: 'center', bold: true, size: 28, after: 0 }),
    para(w.subtitle, { align: 'center', bold: true, after: 0 }),
    ...(multi ? [] : [para((meta?.instansi ?? w.fill(w.agencyName)).toUpperCase(), { align: 'center', bold: true, after: 0 }), para(w.year(meta?.tahun ?? w.yearUnknown), { align: 'center', bold: true, after: 0 })]),
    para(`${w.number}: [……………]    ${w.date}: [……………]`, { align: 'center', after: 240 }),
    para(`[${w.draft}]`, { italics: true, size: 18, after: 240 }),
    heading(w.dasar, 1),
    ...w.dasarItems.map((t, i) => item(`${i + 1}.`, t)),
    heading(w.tujuan, 1),
    para(w.tujuanLead, { keepNext: true }),
    ...w.tujuanItems.map((t, i) => item(letter(i), t)),
    heading(w.lingkup, 1),
    ...(multi ? [para(w.lingkupMany, { keepNext: true }), ...files.map((r, i) => item(`${i + 1}.`, w.report(nameOf(r), r.model?.meta?.tahun, r.file), 0, 'left'))] : [para(w.lingkupOne(w.report(nameOf(one!), meta?.tahun, one!.file)), { align: 'left' })]),
    para(w.lingkupBody),
    heading(w.langkah, 1),
    ...w.langkahItems(context.rules.length).map((t, i) => item(`${i + 1}.`, t)),
    heading(w.hasil, 1),
  ];
  if (multi)
    files.forEach((r, i) => {
      body.push(heading(`${i + 1}. ${nameOf(r)}`, 2), ...results(w, r, checklists.get(r) ?? [], lang, 3));
    });
  else body.push(...results(w, one!, checklists.get(one!) ?? [], lang, 2));

  body.push(heading(w.saran, 1));
  const saranOf = files.map((r) => ({ r, items: r.error ? [] : recommendations(w, r, multi ? 1 : 0) }));
  if (saranOf.every((s) => !s.items.length)) body.push(para(w.saranNone));
  else if (!multi) body.push(para(w.saranLead(w.headOf(meta?.instansi)), { keepNext: true }), ...saranOf[0].items);
  else
    saranOf.forEach(({ r, items }, i) => {
      if (items.length) body.push(item(`${i + 1}.`, w.saranLead(w.headOf(r.model?.meta?.instansi))), ...items);
    });

  body.push(heading(w.penutup, 1), para(w.penutupText, { after: 360, keepNext: true }), ...signature([{ text: w.place }, { text: w.teamLead }, { text: '' }, { text: '' }, { text: '' }, { text: w.signName, bold: true }, { text: w.nip }]));
  for (const r of files) if (!r.error) body.push(...statementPage(w, r, lang));

  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ size: 16, children: [`${w.page} `, PageNumber.CURRENT, ` ${w.of} `, PageNumber.TOTAL_PAGES] })] })],
  });
  const title = [w.title, w.subtitle, multi ? undefined : meta?.instansi, multi ? undefined : meta?.tahun].filter((x) => x !== undefined).join(' ');
  const doc = new Document({
    creator: 'lkjip-lint',
    title,
    styles: {
      default: {
        document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { line: 276 } } },
        heading1: { run: { font: FONT, size: 24, bold: true, color: '000000' }, paragraph: { spacing: { before: 280, after: 120 } } },
        heading2: { run: { font: FONT, size: 22, bold: true, color: '000000' }, paragraph: { spacing: { before: 200, after: 100 }, indent: { left: INDENT } } },
        heading3: { run: { font: FONT, size: 22, bold: true, italics: true, color: '000000' }, paragraph: { spacing: { before: 160, after: 80 }, indent: { left: INDENT * 2 } } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { left: PAGE.left, right: PAGE.right, top: PAGE.top, bottom: PAGE.bottom } } },
        footers: { default: footer },
        children: body,
      },
    ],
  });
  const bytes = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(title) }]);
  return fixZipDates(new Uint8Array(bytes));
}
