// What every table extractor gets: the grid with its column roles, where it stands, its name for
// `at.table`, and where to report what it cannot read.
import type { At, CellAt } from '../../../model/report-input.js';
import { parseNumber } from '../../../model/number-id.js';
import type { Notes } from '../notes.js';
import type { UnitContext } from '../outline.js';
import { atOf, cellAt, type TableUnit } from '../units.js';
import type { Columns } from './columns.js';
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
  /** The unit just before the table when it is a caption or heading, for the document's `at`. */
  headingLoc?: At;
  tahun?: number;
  notes: Notes;
}

/** `at` of a data row, with the position of each named field's cell. */
export function rowAt(t: TableInput, row: DataRow, fields: Record<string, number | undefined>): At {
  const anchor = row.cells.find((c) => c.text.trim()) ?? row.cells[0];
  const at: At = { ...atOf(anchor?.loc), table: t.label, row: row.n };
  const cells: Record<string, CellAt> = {};
  for (const [field, col] of Object.entries(fields)) {
    const cell = col === undefined ? undefined : row.cells[col];
    if (cell && cell.text.trim()) cells[field] = cellAt(cell);
  }
  if (Object.keys(cells).length) at.cells = cells;
  return at;
}

export function tableAt(t: TableInput): At {
  return { ...atOf(t.unit.loc), table: t.label };
}

/** Reports a cell where a number was expected and the text does not read as one. */
export function checkNumber(t: TableInput, row: DataRow, col: number | undefined, field: string): void {
  if (col === undefined) return;
  const cell = row.cells[col];
  const value = cell?.text.trim();
  if (!value) return;
  if (parseNumber(value).kind !== 'text') return;
  t.notes.add(
    'cell-unparsed',
    `"${value}" in ${t.label}, row ${row.n}, column ${field} does not read as a number`,
    { ...atOf(cell.loc), table: t.label, row: row.n, cells: { [field]: cellAt(cell) } },
  );
}
