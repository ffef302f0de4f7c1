// Tables of budget use beside performance: "Efisiensi Penggunaan Sumber Daya" (capaian kinerja,
// % penyerapan anggaran, tingkat efisiensi per sasaran or indicator) and SILPA / sisa anggaran tables
// (anggaran, realisasi, sisa in Rp and %). Every figure is taken from the column its header words
// name, never by position; a column the headers do not name is not read.
import type { EfficiencyRow, EfficiencyTable } from '../../../model/report-input.js';
import { norm } from '../words.js';
import { first, type Role } from './columns.js';
import { isGroupRow, rowAt, tableAt, type TableInput } from './context.js';
import { text } from './grid.js';

const NAME_ROLES: Role[] = ['indikator', 'sasaran', 'program', 'kegiatan', 'subkegiatan', 'uraian', 'sumber'];
const PERCENT = /%|persen/i;

export function readEfisiensi(t: TableInput, title: string | undefined): EfficiencyTable {
  const sisa = t.cols.by.sisa ?? [];
  const c = {
    capaian: first(t.cols, 'capaian'),
    anggaran: first(t.cols, 'anggaran'),
    realisasi: first(t.cols, 'realisasiAnggaran'),
    serapan: first(t.cols, 'persenAnggaran'),
    sisa: sisa.find((col) => !PERCENT.test(t.grid.headers[col])),
    sisaPersen: sisa.find((col) => PERCENT.test(t.grid.headers[col])),
    efisiensi: first(t.cols, 'efisiensi'),
  };
  // Of the name columns, the innermost (an indicator's beside its sasaran's).
  const names = NAME_ROLES.map((r) => t.cols.by[r]?.[0]).filter((x): x is number => x !== undefined);
  const nameCol = names.length ? Math.max(...names) : undefined;
  const values = Object.values(c);
  const rows: EfficiencyRow[] = [];
  for (const row of t.grid.data) {
    const name = text(row.cells, nameCol) ?? row.cells.map((x) => x.text.trim()).find((s) => s && !/^[\d.,%\s-]+$/.test(s));
    // A column-number row printed again on a continuation page ("3 7 8 11") names nothing.
    if (!name || !/\p{L}/u.test(name) || isGroupRow(row, nameCol, values)) continue;
    const item: EfficiencyRow = { name: norm(name) };
    let any = false;
    for (const [field, col] of Object.entries(c) as [keyof typeof c, number | undefined][]) {
      const v = text(row.cells, col);
      if (v !== undefined) ((item as unknown as Record<string, string>)[field] = v), (any = true);
    }
    if (!any) continue;
    item.at = rowAt(t, row, c);
    rows.push(item);
  }
  const table: EfficiencyTable = { rows };
  if (title) table.title = title;
  if (t.caption !== undefined) table.table = t.label;
  table.at = tableAt(t);
  return table;
}
