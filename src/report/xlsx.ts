// --format xlsx: the Kertas Kerja Reviu (review working paper) as an Excel workbook, for the
// Inspektorat teams that keep their working papers in Excel. Sheets: Ringkasan (one row per file,
// with what was not checked in it, findings by category, who prepared and reviewed it), Checklist
// Reviu (the 23 items with status, basis, related findings and a column for the reviewer's note),
// Temuan (one row per finding, with empty columns for the agency's response and the follow-up) and
// Hitung Ulang (the recomputed tables). Several files: one workbook, a Berkas column in the
// Checklist and Temuan sheets and one block per file in Hitung Ulang. English sheet and column
// names with --lang en. Deterministic: the same findings give the same bytes (fixed document dates,
// zip entries dated 1980-01-01).
import ExcelJS from 'exceljs';
import type { Finding, Lang } from '../engine/types.js';
import { evaluateChecklist, STATUS_TEXT, type ChecklistResult, type ChecklistStatus } from './checklist.js';
import type { CellMarks } from './html-cells.js';
import { CATEGORIES, SEVERITIES, WORDS } from './html-text.js';
import type { FormatContext } from './index.js';
import { COLOR, locationLines, OFFICE_WORDS, tag } from './office-text.js';
import { notCheckedLines, notUnderstood, summarize, type FileResult } from './results.js';
import { BORDER, bodyRow, fill, FONT, fitHeight, headerRow, markCell, MAX_CELL, printSetup, wideText, type Column } from './xlsx-sheet.js';
import { recomputedSheet } from './xlsx-tables.js';
import { fixZipDates } from './zip-dates.js';
import { pushTo } from '../util/multimap.js';

/** The document dates: fixed, so that a run does not change the file (Excel sets them on save). */
const DOCUMENT_DATE = new Date(Date.UTC(1980, 0, 1));
const STATUSES: ChecklistStatus[] = ['tidak-terpenuhi', 'terpenuhi-dengan-catatan', 'terpenuhi', 'perlu-konfirmasi'];

type Words = (typeof OFFICE_WORDS)[Lang];

interface Book {
  lang: Lang;
  o: Words;
  files: FileResult[];
  multi: boolean;
  checklists: Map<FileResult, ChecklistResult[]>;
}

function sheet(wb: ExcelJS.Workbook, name: string, frozenRows: number, frozenCols = 0): ExcelJS.Worksheet {
  return wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: frozenCols, ySplit: frozenRows, topLeftCell: `${String.fromCharCode(65 + frozenCols)}${frozenRows + 1}`, activeCell: 'A1' }] });
}

type NotCheckedLine = ReturnType<typeof notCheckedLines>[number];

/** What was not checked, each line in its level's colour, then the document's title: the Ringkasan's last cell. */
function notCheckedNote(lines: NotCheckedLine[], title: string | undefined): ExcelJS.CellRichTextValue {
  return {
    richText: [
      ...lines.map((n, k) => ({ text: `${k ? '\n' : ''}${n.text}`, font: { ...FONT, bold: true, color: { argb: `FF${COLOR.severityText[n.level]}` } } })),
      ...(title ? [{ text: `\n${title.slice(0, MAX_CELL / 2)}`, font: FONT }] : []),
    ],
  };
}

function summarySheet(b: Book, ws: ExcelJS.Worksheet): void {
  const { o, lang } = b;
  const w = WORDS[lang];
  const cols: Column[] = [
    { header: o.no, width: 4, num: true },
    { header: o.file, width: 24 },
    { header: o.instansi, width: 22 },
    { header: o.pemda, width: 16 },
    { header: o.tahun, width: 6, num: true },
    { header: o.format, width: 8 },
    ...SEVERITIES.map((s) => ({ header: w.severity[s], width: s === 'warning' ? 10 : 7, num: true })),
    { header: o.findingsTotal, width: 8, num: true },
    ...STATUSES.map((s) => ({ header: STATUS_TEXT[s][lang], width: 12, num: true })),
    // The document's title; before it, what was not checked; or why the file could not be read.
    { header: o.docTitle, width: 26 },
  ];
  const header = 4;
  headerRow(ws, header, cols);
  wideText(ws, 1, 1, cols.length, o.kkrTitle, { bold: true, size: 14 });
  wideText(ws, 2, 1, cols.length, o.basis);
  const counts = cols.length - 7;
  b.files.forEach((r, i) => {
    const s = summarize([r]);
    const meta = r.model?.meta;
    const statuses = b.checklists.get(r) ?? [];
    const tally = r.error ? new Array(counts).fill(undefined) : [s.errors, s.warnings, s.infos, r.findings.length, ...STATUSES.map((st) => statuses.filter((c) => c.status === st).length)];
    const notChecked = r.error ? [] : notCheckedLines(r, lang);
    const note = r.error ? `${o.failed}: ${r.error[lang]}` : notChecked.length ? notCheckedNote(notChecked, meta?.title) : meta?.title;
    const row = bodyRow(ws, header + 1 + i, cols, [i + 1, r.file, meta?.instansi, meta?.pemda, meta?.tahun, r.format, ...tally, note]);
    if (notChecked.length) row.getCell(cols.length).fill = fill(COLOR.severity[notChecked.some((n) => n.level === 'error') ? 'error' : 'warning']);
    fitHeight(ws, row);
  });
  const last = header + b.files.length;
  ws.autoFilter = { from: { row: header, column: 1 }, to: { row: last, column: cols.length } };

  // Findings by category, all files together, its counts under the file table's Galat … Jumlah.
  let at = last + 2;
  const all = b.files.flatMap((r) => r.findings);
  wideText(ws, at++, 1, 6, o.byCategory, { bold: true, size: 11 });
  const countCols = cols.slice(6, 10);
  const catRow = (values: (string | number)[] | undefined, bold = false) => {
    ws.mergeCells(at, 2, at, 6);
    const label: Column[] = [{ header: values ? '' : o.category, width: 0 }];
    const row = values ? bodyRow(ws, at, label, [values[0]], 2) : headerRow(ws, at, label, 2);
    if (values) bodyRow(ws, at, countCols, values.slice(1), 7);
    else headerRow(ws, at, countCols, 7);
    if (bold) row.eachCell((c) => (c.font = { ...FONT, bold: true }));
    at++;
  };
  catRow(undefined);
  const count = (cat?: string, sev?: string) => all.filter((f) => (!cat || f.category === cat) && (!sev || f.severity === sev)).length;
  for (const cat of CATEGORIES) if (count(cat)) catRow([w.category[cat], ...SEVERITIES.map((s) => count(cat, s)), count(cat)]);
  catRow([w.total, ...SEVERITIES.map((s) => count(undefined, s)), all.length], true);

  // Sign-off: who prepared the working paper and who reviewed it, and when.
  at++;
  for (const label of [o.preparedBy, o.date, o.reviewedBy, o.date]) {
    ws.mergeCells(at, 1, at, 2);
    ws.mergeCells(at, 3, at, 6);
    const row = ws.getRow(at++);
    row.getCell(1).value = `${label}:`;
    row.getCell(1).font = FONT;
    row.getCell(3).fill = fill(COLOR.fillIn);
    row.getCell(3).border = { bottom: BORDER.bottom };
    row.height = 18;
  }
  printSetup(ws, o.page, `${header}:${header}`);
}

function checklistSheet(b: Book, ws: ExcelJS.Worksheet): void {
  const { o, lang } = b;
  const cols: Column[] = [
    ...(b.multi ? [{ header: o.file, width: 22 }] : []),
    { header: o.no, width: 7 },
    { header: o.group, width: 14 },
    { header: o.item, width: 46 },
    { header: o.status, width: 18 },
    { header: o.basisCol, width: 28 },
    { header: o.related, width: 34 },
    { header: o.reviewerNote, width: 34, fillIn: true },
  ];
  headerRow(ws, 1, cols);
  let at = 2;
  for (const r of b.files) {
    const checklist = b.checklists.get(r);
    if (!checklist) continue;
    const number = new Map<Finding, number>(r.findings.map((f, i) => [f, i]));
    for (const c of checklist) {
      const rules = [...new Set(c.findings.map((f) => f.ruleId))];
      const behind = rules.map((id) => `${id}: ${c.findings.filter((f) => f.ruleId === id).map((f) => tag(number.get(f)!)).join(', ')}`).join('\n');
      const row = bodyRow(ws, at++, cols, [...(b.multi ? [r.file] : []), c.item.id, c.item.group[lang], c.item.text[lang], STATUS_TEXT[c.status][lang], c.basis[lang], behind]);
      row.getCell(b.multi ? 5 : 4).font = { ...FONT, bold: true };
      fitHeight(ws, row);
    }
  }
  const statusCol = String.fromCharCode(64 + (b.multi ? 5 : 4));
  const range = `${statusCol}2:${statusCol}${Math.max(2, at - 1)}`;
  // The reviewer may change a status: a list of the four, and the colour follows the text.
  for (let r = 2; r < at; r++)
    ws.getCell(`${statusCol}${r}`).dataValidation = { type: 'list', allowBlank: false, formulae: [`"${STATUSES.map((s) => STATUS_TEXT[s][lang]).join(',')}"`] };
  ws.addConditionalFormatting({
    ref: range,
    rules: STATUSES.map((s, i) => ({ type: 'cellIs', operator: 'equal', priority: i + 1, formulae: [`"${STATUS_TEXT[s][lang]}"`], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${COLOR.status[s]}` } } } })),
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, at - 1), column: cols.length } };
  printSetup(ws, o.page, '1:1');
}

function findingsSheet(b: Book, ws: ExcelJS.Worksheet, marks: Map<FileResult, CellMarks>, tablesSheet: string): void {
  const { o, lang } = b;
  const w = WORDS[lang];
  const cols: Column[] = [
    ...(b.multi ? [{ header: o.file, width: 20 }] : []),
    { header: o.no, width: 5 },
    { header: o.severity, width: 9 },
    { header: o.category, width: 12 },
    { header: o.rule, width: 16 },
    { header: o.message, width: 38 },
    { header: o.location, width: 22 },
    { header: o.evidence, width: 26 },
    { header: o.expected, width: 12 },
    { header: o.actual, width: 12 },
    { header: o.items, width: 7 },
    { header: o.response, width: 20, fillIn: true },
    { header: o.followUp, width: 20, fillIn: true },
  ];
  headerRow(ws, 1, cols);
  const first = b.multi ? 2 : 1;
  let at = 2;
  for (const r of b.files) {
    const itemsOf = new Map<Finding, string[]>();
    for (const c of b.checklists.get(r) ?? []) for (const f of c.findings) pushTo(itemsOf, f, c.item.id);
    r.findings.forEach((f, i) => {
      const shown = marks.get(r)?.shownAt.get(i)?.[0];
      // The number links to the cell of the Hitung Ulang sheet the finding points at, if any: a
      // HYPERLINK formula, since exceljs writes a link within the workbook in a form Excel misreads.
      const no = shown ? { formula: `HYPERLINK("#'${tablesSheet}'!${shown.id}","${tag(i)}")`, result: tag(i) } : tag(i);
      const where = [f.location.section ?? o.noSection, ...locationLines(f, lang)].join('\n');
      const row = bodyRow(ws, at++, cols, [
        ...(b.multi ? [r.file] : []),
        no,
        w.severity[f.severity],
        w.category[f.category],
        f.ruleId,
        f.message,
        where,
        f.evidence,
        f.expected,
        f.actual,
        (itemsOf.get(f) ?? []).join(', '),
      ]);
      markCell(row.getCell(first + 1), f.severity);
      if (shown) row.getCell(first).font = { ...FONT, color: { argb: 'FF0A4F96' }, underline: true };
      fitHeight(ws, row);
    });
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, at - 1), column: cols.length } };
  printSetup(ws, o.page, '1:1');
}

export async function formatXlsx(results: FileResult[], context: FormatContext): Promise<Uint8Array> {
  const { lang } = context;
  const o = OFFICE_WORDS[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'lkjip-lint';
  wb.lastModifiedBy = 'lkjip-lint';
  wb.title = o.kkrTitle;
  wb.created = DOCUMENT_DATE;
  wb.modified = DOCUMENT_DATE;
  const readable = results.filter((r) => !r.error);
  const b: Book = { lang, o, files: results, multi: results.length > 1, checklists: new Map(readable.map((r) => [r, evaluateChecklist(r.findings, context.rules, notUnderstood(r))])) };
  // Sheets in reading order; Hitung Ulang is filled first, so the findings can link to their cells.
  const summary = sheet(wb, o.sheets.summary, 4);
  const checklist = sheet(wb, o.sheets.checklist, 1, b.multi ? 2 : 1);
  const findings = sheet(wb, o.sheets.findings, 1, b.multi ? 2 : 1);
  const tables = wb.addWorksheet(o.sheets.tables);
  const marks = recomputedSheet(tables, results, lang, context.settings);
  printSetup(tables, o.page);
  summarySheet(b, summary);
  checklistSheet(b, checklist);
  findingsSheet(b, findings, marks, o.sheets.tables);
  return fixZipDates(new Uint8Array(await wb.xlsx.writeBuffer()));
}
