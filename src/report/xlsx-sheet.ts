// Small helpers for the XLSX Kertas Kerja's sheets: one look for headers and cells, print setup for
// A4 landscape, and row heights for wrapped text (Excel does not grow a row for wrapped text of a
// file it did not write itself, so the height is estimated from the text and the column widths).
import type ExcelJS from 'exceljs';
import type { Severity } from '../engine/types.js';
import { COLOR } from './office-text.js';

export const FONT = { name: 'Arial', size: 10 };
/** Points per line of 10-point Arial, and the padding of a row. */
const LINE_PT = 12.75;
const PAD_PT = 2.5;

export const fill = (rgb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${rgb}` } });
const thin: ExcelJS.Border = { style: 'thin', color: { argb: 'FFB9BEC4' } };
export const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export interface Column {
  header: string;
  width: number;
  /** Right-aligned (numbers as printed). */
  num?: boolean;
  /** Left empty for the reviewer or the agency to fill in. */
  fillIn?: boolean;
}

/** Column widths, and the header row at `rowNo` in the header style. */
export function headerRow(ws: ExcelJS.Worksheet, rowNo: number, columns: Column[], first = 1): ExcelJS.Row {
  const row = ws.getRow(rowNo);
  columns.forEach((c, i) => {
    const col = ws.getColumn(first + i);
    col.width = Math.max(col.width ?? 0, c.width);
    const cell = row.getCell(first + i);
    cell.value = c.header;
    cell.font = { ...FONT, bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = fill(COLOR.header);
    cell.border = BORDER;
    cell.alignment = { vertical: 'middle', horizontal: c.num ? 'right' : 'left', wrapText: true };
  });
  fitHeight(ws, row);
  return row;
}

/** Excel refuses a file with a cell of more than 32 767 characters. */
export const MAX_CELL = 32_000;

/** A body row: values in order from column `first`, wrapped, bordered; fill-in columns tinted. */
export function bodyRow(ws: ExcelJS.Worksheet, rowNo: number, columns: Column[], values: (ExcelJS.CellValue | undefined)[], first = 1): ExcelJS.Row {
  const row = ws.getRow(rowNo);
  columns.forEach((c, i) => {
    const cell = row.getCell(first + i);
    const v = values[i];
    if (v !== undefined && v !== '') cell.value = typeof v === 'string' && v.length > MAX_CELL ? `${v.slice(0, MAX_CELL)}…` : v;
    cell.font = FONT;
    cell.border = BORDER;
    cell.alignment = { vertical: 'top', horizontal: c.num ? 'right' : 'left', wrapText: true };
    if (c.fillIn) cell.fill = fill(COLOR.fillIn);
  });
  return row;
}

export function markCell(cell: ExcelJS.Cell, severity: Severity): void {
  cell.fill = fill(COLOR.severity[severity]);
  cell.font = { ...FONT, bold: true, color: { argb: `FF${COLOR.severityText[severity]}` } };
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return String(v);
}

/**
 * Lines a text takes in a column `width` units wide (words are not split unless longer than a
 * line). A unit is the width of a digit of the default font; 10-point Arial averages about 1.2
 * characters of running text per unit.
 */
export function linesOf(text: string, width: number): number {
  const perLine = Math.max(4, Math.floor(width * 1.2) - 1);
  let lines = 0;
  for (const para of text.split('\n')) {
    let n = 1;
    let used = 0;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      // Capitals are about a third wider than the average letter.
      const len = word.length + 0.3 * (word.match(/[A-Z]/g)?.length ?? 0);
      if (used && used + 1 + len > perLine) {
        n++;
        used = 0;
      }
      used += (used ? 1 : 0) + len;
      while (used > perLine) {
        n++;
        used -= perLine;
      }
    }
    lines += n;
  }
  return lines;
}

/** Row height for the tallest wrapped cell (merged cells count with their merged width). */
export function fitHeight(ws: ExcelJS.Worksheet, row: ExcelJS.Row, widthOf?: (col: number) => number): void {
  let lines = 1;
  row.eachCell((cell, col) => {
    if (cell.isMerged && cell.master !== cell) return;
    const width = widthOf?.(col) ?? ws.getColumn(col).width ?? 10;
    const size = (cell.font?.size ?? FONT.size) / FONT.size;
    lines = Math.max(lines, Math.ceil(linesOf(cellText(cell.value), width / size) * size));
  });
  row.height = Math.min(409, lines * LINE_PT + PAD_PT);
}

/** A4 landscape, one page wide, narrow margins, the header rows repeated, page numbers below. */
export function printSetup(ws: ExcelJS.Worksheet, footer: string, titleRows?: string): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(titleRows ? { printTitlesRow: titleRows } : {}),
  };
  ws.headerFooter = { oddFooter: `&L&8&A&R&8${footer}` };
}

/** A text across columns `from`–`to` of row `rowNo` (merged, wrapped), with its height fitted. */
export function wideText(ws: ExcelJS.Worksheet, rowNo: number, from: number, to: number, text: string, font: Partial<ExcelJS.Font> = {}): ExcelJS.Row {
  ws.mergeCells(rowNo, from, rowNo, to);
  const row = ws.getRow(rowNo);
  const cell = row.getCell(from);
  cell.value = text;
  cell.font = { ...FONT, ...font };
  cell.alignment = { vertical: 'top', wrapText: true };
  let width = 0;
  for (let c = from; c <= to; c++) width += ws.getColumn(c).width ?? 10;
  fitHeight(ws, row, (c) => (c === from ? width : 0));
  return row;
}
