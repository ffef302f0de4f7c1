// A table as rows of cells under named columns, whatever reader produced it. Header rows are the
// leading rows without values; a second header row belongs to the first when the first leaves
// cells empty to the right of a label ("REALISASI" over "Th. 2017 … Th. 2021"): the label spans
// them, so the columns read "REALISASI Th. 2017" …. Column-number rows ("(1) (2) (3)", "1 2 … 14")
// are skipped. Cell spans of ruled PDF tables are expanded into the grid.
import type { Cell, TableBlock } from '../../blocks.js';
import { parseNumber } from '../../../model/number-id.js';
import { norm } from '../words.js';
import { largest } from '../../arrays.js';

export interface GridCell extends Cell {
  /** True for a grid position covered by the span of the cell to its left. */
  spanned?: boolean;
}

export interface DataRow {
  cells: GridCell[];
  /** 1-based number among the data rows, as `at.row`. */
  n: number;
}

export interface Grid {
  block: TableBlock;
  width: number;
  rows: GridCell[][];
  headerRows: number;
  /** Header text per column, header rows joined ("REALISASI Th. 2017"), column numbers removed. */
  headers: string[];
  /** Text of the top header row per column, spans filled in ("SASARAN" over three columns). */
  groups: string[];
  /**
   * Header texts per column, top to bottom, without repeats: a label spanning several columns is in
   * the stack of each ("KEUANGAN" over "Pagu", "Realisasi", "%"); the last is the column's own label.
   */
  stacks: string[][];
  data: DataRow[];
}

export function toGrid(block: TableBlock): Grid {
  const expanded = block.rows.map(expandSpans);
  const width = largest(expanded.map((r) => r.length));
  const rows = expanded.map((r) => pad(r, width));
  let h = 0;
  const headerRowIdx: number[] = [];
  while (h < rows.length && h < 4) {
    const row = rows[h];
    if (isColumnNumberRow(row)) {
      h++;
      continue;
    }
    if (hasValue(row)) break;
    const prevHeader = headerRowIdx.length ? rows[headerRowIdx[headerRowIdx.length - 1]] : undefined;
    if (prevHeader && !continuesHeader(prevHeader, row) && !isYearRow(row)) break;
    headerRowIdx.push(h);
    h++;
  }
  const headerRows = h;
  const groups = headerRowIdx.length ? filledSpans(rows[headerRowIdx[0]], headerRowIdx.length > 1) : Array(width).fill('');
  // Upper header rows carry their labels over the empty cells to their right; the last one only
  // over the cells its labels span.
  const filled = headerRowIdx.map((r, k) => (k < headerRowIdx.length - 1 ? filledSpans(rows[r], true) : spannedOnly(rows[r])));
  const stacks = Array.from({ length: width }, (_, c) => {
    const stack: string[] = [];
    for (const row of filled) {
      const t = norm(row[c].replace(/\(\s*\d{1,2}\s*\)/g, ''));
      if (t && t !== stack[stack.length - 1]) stack.push(t);
    }
    return stack;
  });
  const headers = stacks.map((s) => norm(s.join(' ')));
  // Header rows printed again further down (a continuation page the reader joined without
  // recognising them) are not data.
  const headerKeys = new Set(headerRowIdx.map((r) => rowKey(rows[r])));
  const data: DataRow[] = [];
  for (let r = headerRows; r < rows.length; r++) {
    if (isColumnNumberRow(rows[r]) || rows[r].every((c) => c.text.trim() === '')) continue;
    if (headerKeys.has(rowKey(rows[r]))) continue;
    const cells = withoutFusedNumbers(rows[r]);
    const last = data[data.length - 1];
    // The rest of a row whose cells span two printed rows: its values under its name.
    if (last && completes(last.cells, cells)) {
      last.cells = last.cells.map((c, i) => (c.text.trim() || !cells[i].text.trim() ? c : { ...cells[i], loc: cells[i].loc }));
      continue;
    }
    data.push({ cells, n: data.length + 1 });
  }
  return { block, width, rows, headerRows, headers, groups, stacks, data };
}

/**
 * A column-number row printed again on a continuation page without a rule below it runs into the
 * row under it ("1 8", "2 Program …", "3", "4", …): each cell opens with its column's number.
 */
function withoutFusedNumbers(row: GridCell[]): GridCell[] {
  const filled = row.map((c, i) => ({ c, i })).filter(({ c }) => c.text.trim());
  if (filled.length < 3) return row;
  const first = Number(/^\d{1,2}/.exec(filled[0].c.text.trim())?.[0]);
  if (!Number.isFinite(first)) return row;
  const fused = filled.every(({ c, i }) => new RegExp(`^${first + i - filled[0].i}(?:\\s|$)`).test(c.text.trim()));
  if (!fused) return row;
  return row.map((c, i) => (c.text.trim() ? { ...c, text: c.text.trim().replace(new RegExp(`^${first + i - filled[0].i}\\s*`), '') } : c));
}

/**
 * `next` holds only what `row` lacks: its text cells are covered from above (a name spanning
 * both printed rows) and its values stand where `row` has none.
 */
function completes(row: GridCell[], next: GridCell[]): boolean {
  if (!next[0]?.covered) return false;
  let adds = false;
  for (let i = 0; i < next.length; i++) {
    const t = next[i].text.trim();
    if (!t) continue;
    if (row[i]?.text.trim() || !isValue(t)) return false;
    adds = true;
  }
  return adds;
}

/** A row's texts in order, empty cells left out: a header printed again with other spans is the same header. */
function rowKey(row: GridCell[]): string {
  return row
    .map((c) => norm(c.text).toLowerCase())
    .filter(Boolean)
    .join('\t');
}

function expandSpans(row: Cell[]): GridCell[] {
  const out: GridCell[] = [];
  for (const cell of row) {
    out.push(cell);
    for (let k = 1; k < (cell.colSpan ?? 1); k++) out.push({ text: '', loc: cell.loc, spanned: true });
  }
  return out;
}

function pad(row: GridCell[], width: number): GridCell[] {
  const out = row.slice();
  const loc = row[row.length - 1]?.loc ?? {};
  while (out.length < width) out.push({ text: '', loc });
  return out;
}

/** A value cell: a number, percentage, amount or range — but not a year in a header. */
function isValue(text: string): boolean {
  const t = text.trim();
  if (!t || /^(?:th\.?|tahun)?\s*(?:19|20)\d{2}$/i.test(t)) return false;
  // A bound ("> 100", "≤ 55 %") is a value too: the first band of a rating scale is no header.
  if (/^(?:[<>≤≥]=?|lebih\s+dari|kurang\s+dari)\s*\d/i.test(t)) return true;
  const p = parseNumber(t);
  if (p.kind === 'number' || p.kind === 'range') return true;
  // A band of a rating scale: "> 100 %", "≤ 50", "80 – 100 %".
  return /^[<>≤≥]=?\s*\d/.test(t) || /^\d[\d.,]*\s*%?\s*[-–]\s*\d[\d.,]*\s*%$/.test(t);
}

function hasValue(row: GridCell[]): boolean {
  return row.some((c) => isValue(c.text));
}

function isYearRow(row: GridCell[]): boolean {
  const filled = row.filter((c) => c.text.trim());
  return filled.length > 0 && filled.every((c) => /^(?:th\.?|tahun)?\s*(?:19|20)\d{2}$/i.test(c.text.trim()));
}

/** "(1) (2) (3) …" or "1 2 3 … 14": the columns' numbers. */
export function isColumnNumberRow(row: GridCell[]): boolean {
  const nums = row.filter((c) => c.text.trim()).map((c) => /^\(?(\d{1,2})\)?$/.exec(c.text.trim())?.[1]);
  if (nums.length < 3 || nums.some((n) => n === undefined)) return false;
  return nums.every((n, i) => Number(n) === Number(nums[0]) + i);
}

/** The row below continues the header when the row above leaves spanned (empty) cells it fills. */
function continuesHeader(above: GridCell[], row: GridCell[]): boolean {
  for (let c = 1; c < above.length; c++) {
    const emptyAbove = above[c].spanned || above[c].text.trim() === '';
    if (!emptyAbove || row[c].text.trim() === '') continue;
    for (let l = c - 1; l >= 0; l--) {
      if (above[l].text.trim() !== '') return true;
      if (!(above[l].spanned || above[l].text.trim() === '')) break;
    }
  }
  return false;
}

/** The row's labels carried right over the empty cells they span (never into a cell covered from above). */
function filledSpans(row: GridCell[], span: boolean): string[] {
  const out: string[] = [];
  let carry = '';
  for (const c of row) {
    const t = c.text.trim();
    if (c.covered) carry = '';
    else if (t) carry = t;
    out.push(t || (span && !c.covered ? carry : ''));
  }
  return out;
}

function spannedOnly(row: GridCell[]): string[] {
  const out: string[] = [];
  for (const c of row) out.push(c.text.trim() || (c.spanned ? (out[out.length - 1] ?? '') : ''));
  return out;
}

export function text(cells: GridCell[], col: number | undefined): string | undefined {
  if (col === undefined || col < 0) return undefined;
  const t = cells[col]?.text.trim();
  return t ? t : undefined;
}

/** Text of the header rows, for notes. */
export function headerText(g: Grid): string {
  const h = g.headers.filter(Boolean).join(' | ');
  if (h) return h;
  return (g.data[0]?.cells ?? []).map((c) => c.text.trim()).join(' | ');
}
