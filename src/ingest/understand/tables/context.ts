// What every table extractor gets: the grid with its column roles, where it stands, its name for
// `at.table`, and where to report what it cannot read.
import type { At, CellAt } from '../../../model/report-input.js';
import { parseNumber } from '../../../model/number-id.js';
import type { Notes } from '../notes.js';
import type { UnitContext } from '../outline.js';
import { atOf, cellAt, type TableUnit } from '../units.js';
import { forYear, type Columns, type Role } from './columns.js';
import type { DataRow, Grid } from './grid.js';

export interface TableInput {
  unit: TableUnit;
  grid: Grid;
  cols: Columns;
  ctx: UnitContext;
  /** Name used in `at.table`: the caption ("Tabel 3.1") or the heading above the table. */
  label: string;
  /** Caption number as printed without the word "Tabel", when the table has one. */
  caption?: string;
  captionTitle?: string;
  /** The unit just before the table when it is a caption or heading, for the document's `at`. */
  headingLoc?: At;
  tahun?: number;
  notes: Notes;
  /** Columns whose meaning was taken from their position, not their header: never certain. */
  byPosition: Set<number>;
  /** Cells that should hold numbers and do not, reported once per table. */
  unparsed?: { value: string; row: number; field: string; at: At }[];
}

/** The column for `role` (of several, the one for `year`); one picked by position is marked so. */
export function column(t: TableInput, role: Role, year?: number): number | undefined {
  const pick = forYear(t.cols, role, year);
  if (pick?.byPosition) t.byPosition.add(pick.col);
  return pick?.col;
}

/** A column taken by its position (no header names it). */
export function positional(t: TableInput, col: number | undefined): number | undefined {
  if (col !== undefined) t.byPosition.add(col);
  return col;
}

const GROUP_WORDS = /^(?:[IVX]+[.)]?\s+|\d{1,2}[.)]?\s+)?(?:visi|misi|tujuan|sasaran|program|urusan)\b/i;

/**
 * A group header row ("Misi 1 : …", "Sasaran Strategis : …", "1.1 Jumlah produksi :" over its
 * parts): its text spans the value columns, or it names a misi/tujuan/sasaran, or ends with a colon,
 * while the value columns are empty. It is context for the rows below, not an indicator of its own.
 */
export function isGroupRow(row: DataRow, textCol: number | undefined, valueCols: (number | undefined)[]): boolean {
  if (textCol === undefined) return false;
  const cell = row.cells[textCol];
  const text = cell?.text.trim() ?? '';
  if (!text) return false;
  // Its text spread over a value column (a label across the row); a name cell that spans columns
  // of its own (as the header above it does) is no group.
  let end = textCol;
  while (row.cells[end + 1]?.spanned) end++;
  if (valueCols.some((c) => c !== undefined && c > textCol && c <= end)) return true;
  const values = valueCols.filter((c): c is number => c !== undefined && c !== textCol);
  if (!values.length || values.some((c) => row.cells[c]?.text.trim())) return false;
  return GROUP_WORDS.test(text) || /:\s*$/.test(text);
}

/** "Sasaran Strategis : Meningkatnya …" in a group row: the sasaran it opens. */
export function groupSasaran(text: string): string | undefined {
  const m = /^(?:\d{1,2}[.)]?\s+)?sasaran(?:\s+(?:strategis|stratejik))?\s*\d*\s*[:.]\s*(.+)$/i.exec(text.trim());
  return m?.[1];
}

/** Several numbers in one cell ("100 % 100% 100 %", "99,75 99,84"): rows merged into one cell. */
export function isMergedCell(text: string): boolean {
  const parts = text.trim().split(/\s+(?=[-+]?\d)/);
  return parts.length > 1 && parts.every((p) => /^[-+]?\d[\d.,]*\s*%?\*?$/.test(p.trim()));
}

/** `at` of a data row, with the position of each named field's cell. */
export function rowAt(t: TableInput, row: DataRow, fields: Record<string, number | undefined>): At {
  const anchor = row.cells.find((c) => c.text.trim()) ?? row.cells[0];
  const at: At = { ...atOf(anchor?.loc), table: t.label, row: row.n };
  const cells: Record<string, CellAt> = {};
  for (const [field, col] of Object.entries(fields)) {
    const cell = col === undefined ? undefined : row.cells[col];
    if (!cell || !cell.text.trim()) continue;
    cells[field] = cellAt(cell);
    if (t.byPosition.has(col!)) cells[field].reading = 'column-position';
    else if (isMergedCell(cell.text)) cells[field].reading = 'cell-merged';
  }
  if (Object.keys(cells).length) at.cells = cells;
  if (row.cells.some((c) => c.continued)) at.reading = 'row-continued';
  return at;
}

export function tableAt(t: TableInput): At {
  return { ...atOf(t.unit.loc), table: t.label };
}

/** Notes a cell where a number was expected and the text does not read as one (see `reportUnparsed`). */
export function checkNumber(t: TableInput, row: DataRow, col: number | undefined, field: string): void {
  if (col === undefined) return;
  const cell = row.cells[col];
  const value = cell?.text.trim();
  if (!value) return;
  if (parseNumber(value).kind !== 'text') return;
  (t.unparsed ??= []).push({ value, row: row.n, field, at: { ...atOf(cell.loc), table: t.label, row: row.n, cells: { [field]: cellAt(cell) } } });
}

/**
 * The cells of a table that do not read as numbers: one note for the table, listing them (one
 * reading of one table is one part not understood, however many cells it spans).
 */
export function reportUnparsed(t: TableInput): void {
  const list = t.unparsed ?? [];
  if (!list.length) return;
  const shown = list.slice(0, 8).map((u) => `"${u.value}" (row ${u.row}, ${u.field})`).join(', ');
  const more = list.length > 8 ? ` and ${list.length - 8} more` : '';
  const message =
    list.length === 1
      ? `"${list[0].value}" in ${t.label}, row ${list[0].row}, column ${list[0].field} does not read as a number`
      : `${list.length} cells of ${t.label} where numbers are expected do not read as numbers: ${shown}${more}`;
  t.notes.add('cell-unparsed', message, list[0].at);
  t.unparsed = [];
}
