// The XLSX Kertas Kerja's "Hitung Ulang" sheet: the report's tables as the HTML report shows them
// (pengukuran, anggaran, sub kegiatan, alokasi per sasaran), printed figures beside the recomputed
// ones, the cells findings point at tinted by severity with a note naming the findings, and a last
// column with the findings' numbers. The tables stand one under another in one sheet, so there is
// no sheet-wide filter; each table has its own header row.
import type ExcelJS from 'exceljs';
import { budgetTree, walkBudget } from '../domain/budget-tree.js';
import { results } from '../subjects/results.js';
import type { Finding, Lang } from '../engine/types.js';
import type { Loc, Model, Val } from '../model/types.js';
import { CellMarks, type Mark } from './html-cells.js';
import { WORDS } from './html-text.js';
import { COLOR, OFFICE_WORDS, tag } from './office-text.js';
import { capaianText, childSum, ratingText, recomputedPercent, sumOf, type Recomputed } from './recomputed.js';
import type { FileResult } from './results.js';
import { BORDER, bodyRow, fill, fitHeight, FONT, headerRow, markCell, wideText, type Column } from './xlsx-sheet.js';
import type { LintSettings } from '../engine/settings.js';

/** Columns A–H hold a table's own columns, I the findings' numbers. */
const WIDTHS = [9, 46, 16, 16, 16, 16, 16, 16];
const LAST = 9;
const FINDINGS_WIDTH = 12;

interface Cell {
  text?: string;
  num?: boolean;
  computed?: boolean;
  bold?: boolean;
  mark?: Mark;
}

interface State {
  ws: ExcelJS.Worksheet;
  lang: Lang;
  row: number;
  findings: Finding[];
  marks: CellMarks;
  settings?: LintSettings;
}

const w = (s: State) => WORDS[s.lang];
function columns(s: State, headers: string[], nums: number[]): void {
  const cols: Column[] = headers.map((header, i) => ({ header, width: WIDTHS[i], num: nums.includes(i) }));
  cols.push({ header: OFFICE_WORDS[s.lang].findingsCol, width: FINDINGS_WIDTH });
  // The table's own columns from A, the findings' column always in I.
  headerRow(s.ws, s.row, cols.slice(0, -1));
  headerRow(s.ws, s.row, cols.slice(-1), LAST);
  s.row++;
}

function title(s: State, text: string, size = 11): void {
  wideText(s.ws, s.row++, 1, LAST, text, { bold: true, size });
}

function group(s: State, text: string): void {
  const row = wideText(s.ws, s.row++, 1, LAST, text, { bold: true });
  row.getCell(1).fill = fill(COLOR.group);
  row.getCell(1).border = BORDER;
}

function noteOf(s: State, mark: Mark): string {
  return mark.findings.map((i) => `${tag(i)} (${w(s).severity[s.findings[i].severity]}) ${s.findings[i].ruleId}: ${s.findings[i].message}`).join('\n');
}

/** One table row: the cells from column A, the findings behind its marks in column I. */
function dataRow(s: State, cells: Cell[], rowMark?: Mark): void {
  const cols: Column[] = cells.map((c, i) => ({ header: '', width: WIDTHS[i], num: c.num }));
  const row = bodyRow(s.ws, s.row, cols, cells.map((c) => c.text));
  const behind = new Set<number>(rowMark?.findings ?? []);
  cells.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    if (c.computed) {
      cell.fill = fill(COLOR.computed);
      cell.font = { ...FONT, italic: true };
    }
    if (c.bold) cell.font = { ...FONT, bold: true };
    if (c.mark) {
      markCell(cell, c.mark.severity);
      cell.note = noteOf(s, c.mark);
      c.mark.findings.forEach((f) => behind.add(f));
    }
  });
  if (rowMark) {
    markCell(row.getCell(1), rowMark.severity);
    row.getCell(1).note = noteOf(s, rowMark);
  }
  const last = row.getCell(LAST);
  last.value = [...behind].sort((a, b) => a - b).map(tag).join(', ') || null;
  last.font = FONT;
  last.border = BORDER;
  last.alignment = { vertical: 'top', wrapText: true };
  fitHeight(s.ws, row);
  s.row++;
}

const printed = (v: Val | undefined) => v?.raw.trim() ?? '';
const recomputed = (r: Recomputed): Cell => ({ text: r.text ?? (r.why && r.showWhy !== false ? `— ${r.why}` : '—'), num: true, computed: true });

/** The mark of a printed value, for a place in this sheet. */
function valueMark(s: State, v: Val | undefined, rowLoc: Loc | undefined, field: string, col: number): Mark | undefined {
  return s.marks.cell(v?.loc ?? rowLoc, field, { id: `${String.fromCharCode(64 + col)}${s.row}`, label: field }, v?.raw);
}

const value = (s: State, v: Val | undefined, rowLoc: Loc | undefined, field: string, col: number): Cell => ({ text: printed(v), num: true, mark: valueMark(s, v, rowLoc, field, col) });
const rowMarkOf = (s: State, loc: Loc | undefined) => s.marks.row(loc, { id: `A${s.row}`, label: '' });

function pengukuran(s: State, model: Model): void {
  const res = results(model, s.settings);
  if (!res.indicators.length) return;
  title(s, w(s).pengukuran);
  const tables = [...new Set(res.indicators.map((i) => i.row.loc.table).filter(Boolean))];
  if (tables.length) wideText(s.ws, s.row++, 1, LAST, tables.join(', '), { italic: true });
  columns(s, [w(s).no, w(s).indikator, w(s).target, w(s).realisasi, w(s).capaianPrinted, w(s).capaianComputed, w(s).predikatPrinted, w(s).predikatComputed], [2, 3, 4, 5]);
  for (const sas of res.sasaran) {
    group(s, `${w(s).sasaran} ${sas.no}${sas.text ? `: ${sas.text}` : ''}`);
    for (const ind of sas.indicators) {
      const row = ind.row;
      const rowMark = rowMarkOf(s, row.loc);
      const rating = ratingText(s.lang, ind.rating);
      dataRow(
        s,
        [
          { text: row.no ?? String(res.indicators.indexOf(ind) + 1) },
          { text: `${row.indikator}${row.satuan ? ` (${row.satuan})` : ''}` },
          value(s, row.target, row.loc, 'target', 3),
          value(s, row.realisasi, row.loc, 'realisasi', 4),
          value(s, row.capaian, row.loc, 'capaian', 5),
          recomputed(capaianText(s.lang, ind)),
          { text: row.predikat ?? '', mark: s.marks.cell(row.loc, 'predikat', { id: `G${s.row}`, label: 'predikat' }) },
          { ...recomputed(rating), num: false },
        ],
        rowMark,
      );
    }
  }
  const scale = res.scale;
  if (scale.bands.length)
    wideText(s.ws, s.row++, 1, LAST, `${w(s).scaleUsed} (${scale.declared ? w(s).scaleDeclared : w(s).scaleDefault}${scale.declared || !scale.name ? '' : `: ${scale.name}`}): ${scale.bands.map((b) => `${b.label}: ${b.range}`).join('; ')}`, { italic: true });
  s.row++;
}

function anggaran(s: State, model: Model): void {
  const roots = budgetTree(model);
  if (!roots.length) return;
  title(s, w(s).anggaran);
  if (model.anggaran?.title) wideText(s.ws, s.row++, 1, LAST, model.anggaran.title, { italic: true });
  columns(s, [w(s).no, w(s).budgetName, w(s).anggaranPrinted, w(s).anggaranSum, w(s).realisasiPrinted, w(s).realisasiSum, w(s).persenPrinted, w(s).persenComputed], [2, 3, 4, 5, 6, 7]);
  const sum = (text: string | undefined): Cell => (text === '' ? { computed: true } : { text: text ?? '—', num: true, computed: true });
  for (const node of walkBudget(roots)) {
    const row = node.row;
    const rowMark = rowMarkOf(s, row.loc);
    const indent = '   '.repeat(['program', 'kegiatan', 'subkegiatan'].indexOf(row.level));
    dataRow(
      s,
      [
        { text: row.no ?? '' },
        { text: `${indent}${row.name}`, bold: row.level === 'program', mark: s.marks.cell(row.loc, 'name', { id: `B${s.row}`, label: 'name' }) },
        value(s, row.anggaran, row.loc, 'anggaran', 3),
        sum(childSum(s.lang, node.children, 'anggaran')),
        value(s, row.realisasi, row.loc, 'realisasi', 5),
        sum(childSum(s.lang, node.children, 'realisasi')),
        value(s, row.persen, row.loc, 'persen', 7),
        recomputed(recomputedPercent(s.lang, row.realisasi, row.anggaran, row.persen)),
      ],
      rowMark,
    );
  }
  const total = model.anggaran?.total;
  if (total)
    dataRow(s, [
      {},
      { text: total.label ?? w(s).total, bold: true },
      value(s, total.anggaran, total.loc, 'anggaran', 3),
      sum(childSum(s.lang, roots, 'anggaran')),
      value(s, total.realisasi, total.loc, 'realisasi', 5),
      sum(childSum(s.lang, roots, 'realisasi')),
      value(s, total.persen, total.loc, 'persen', 7),
      recomputed(recomputedPercent(s.lang, total.realisasi, total.anggaran, total.persen)),
    ]);
  s.row++;
}

function subKegiatan(s: State, model: Model): void {
  const tables = model.subKegiatan ?? [];
  if (!tables.length) return;
  title(s, w(s).subKegiatan);
  tables.forEach((t, ti) => {
    const context = [t.sasaran !== undefined ? `${w(s).sasaran} ${t.sasaran}` : '', t.program ? `${w(s).level.program}: ${t.program}` : '', t.kegiatan ? `${w(s).level.kegiatan}: ${t.kegiatan}` : ''].filter(Boolean);
    group(s, `${w(s).subKegiatanCaption(t.subKegiatan ?? t.rows[0]?.loc.table ?? String(ti + 1))}${context.length ? ` (${context.join(' · ')})` : ''}`);
    columns(s, [w(s).kindHead, w(s).uraian, w(s).target, w(s).realisasi, w(s).persenPrinted, w(s).persenComputed], [2, 3, 4, 5]);
    for (const r of t.rows)
      dataRow(
        s,
        [
          { text: w(s).kind[r.kind] },
          { text: r.uraian },
          value(s, r.target, r.loc, 'target', 3),
          value(s, r.realisasi, r.loc, 'realisasi', 4),
          value(s, r.persen, r.loc, 'persen', 5),
          recomputed(recomputedPercent(s.lang, r.realisasi, r.target, r.persen)),
        ],
        rowMarkOf(s, r.loc),
      );
  });
  s.row++;
}

function alokasi(s: State, model: Model): void {
  const list = model.alokasi ?? [];
  if (!list.length) return;
  title(s, w(s).alokasi);
  columns(s, ['', w(s).alokasiProgram, w(s).alokasiAmount, w(s).anggaranSum, w(s).alokasiPercent], [2, 3, 4]);
  for (const a of list) {
    group(s, `${w(s).sasaran} ${a.sasaran}${a.sasaranText ? `: ${a.sasaranText}` : ''}`);
    for (const it of a.items ?? []) dataRow(s, [{}, { text: it.name }, value(s, it.anggaran, it.loc, 'anggaran', 3), { computed: true }, {}], rowMarkOf(s, it.loc));
    if (a.total || a.percent)
      dataRow(s, [
        {},
        { text: w(s).alokasiTotal, bold: true },
        value(s, a.total, a.loc, 'total', 3),
        { text: sumOf(s.lang, (a.items ?? []).map((it) => it.anggaran)) ?? '—', num: true, computed: true },
        value(s, a.percent, a.loc, 'percent', 5),
      ]);
  }
  s.row++;
}

/** Fills the sheet; for each file, the marks (finding index → the cells that show it). */
export function recomputedSheet(ws: ExcelJS.Worksheet, files: FileResult[], lang: Lang, settings?: LintSettings): Map<FileResult, CellMarks> {
  WIDTHS.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  ws.getColumn(LAST).width = FINDINGS_WIDTH;
  const s: State = { ws, lang, row: 1, findings: [], marks: new CellMarks([]), settings };
  wideText(ws, s.row++, 1, LAST, WORDS[lang].tables, { bold: true, size: 13 });
  wideText(ws, s.row++, 1, LAST, `${WORDS[lang].tablesIntro} ${OFFICE_WORDS[lang].legendMarked}`);
  s.row++;
  const out = new Map<FileResult, CellMarks>();
  for (const r of files) {
    s.findings = r.findings;
    s.marks = new CellMarks(r.findings);
    out.set(r, s.marks);
    if (files.length > 1) title(s, `${OFFICE_WORDS[lang].file}: ${r.file}`, 12);
    if (r.error) continue;
    if (!r.model) {
      wideText(ws, s.row++, 1, LAST, WORDS[lang].noModel, { italic: true });
      continue;
    }
    const before = s.row;
    for (const part of [pengukuran, anggaran, subKegiatan, alokasi]) part(s, r.model);
    if (s.row === before) wideText(ws, s.row++, 1, LAST, OFFICE_WORDS[lang].noTables, { italic: true });
  }
  return out;
}
