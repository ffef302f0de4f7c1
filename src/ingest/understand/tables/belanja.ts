// The belanja breakdown (Belanja Operasi ⊃ Pegawai, Barang dan Jasa; Belanja Modal ⊃ …). A group
// row carries a list letter ("a.") or names a main group; the rows under it are its parts; a
// "Jumlah" / "Total" row is the table's total. Where headers name the columns (Anggaran / Pagu /
// DPA, Realisasi, %), each value is read from its column. A table without such headers prints one
// amount per row, groups in the outer column and parts in the inner one: the amount is then the
// row's last value cell, a reading by position.
import type { BelanjaItem } from '../../../model/report-input.js';
import { parseNumber } from '../../../model/number-id.js';
import { norm } from '../words.js';
import { first } from './columns.js';
import { checkNumber, positional, rowAt, type TableInput } from './context.js';
import { text, type DataRow } from './grid.js';

const MAIN_GROUP = /^belanja\s+(?:operasi|modal|tidak\s+terduga|transfer|langsung|tidak\s+langsung)\b/i;
const MARKER = /^(?:[a-z]|\d{1,2}|[IVX]+)[.)]?$/;
const TOTAL = /^(?:jumlah|total)\b/i;

interface Columns {
  amount?: number;
  realisasi?: number;
  persen?: number;
}

export interface BelanjaRead {
  groups: BelanjaItem[];
  totalRow?: BelanjaItem;
}

export function readBelanja(t: TableInput): BelanjaRead {
  const byHeader = headerColumns(t);
  const groups: BelanjaItem[] = [];
  let group: BelanjaItem | undefined;
  let totalRow: BelanjaItem | undefined;
  for (const row of t.grid.data) {
    const cells = row.cells.map((c, i) => ({ i, t: c.text.trim() }));
    const nameCell =
      cells.find((c) => /^-?\s*belanja\b/i.test(c.t) || TOTAL.test(c.t)) ?? cells.find((c) => c.t && !MARKER.test(c.t) && !isAmount(c.t) && !(byHeader && isValueColumn(byHeader, c.i)));
    if (!nameCell) continue;
    const cols = byHeader ?? lastAmount(t, row, nameCell.i);
    const item: BelanjaItem = { name: norm(nameCell.t.replace(/^-\s*/, '')) };
    for (const [field, col] of [['amount', cols.amount], ['realisasi', cols.realisasi], ['persen', cols.persen]] as const) {
      const v = text(row.cells, col);
      if (v !== undefined) item[field] = v;
      checkNumber(t, row, col, field);
    }
    item.at = rowAt(t, row, { name: nameCell.i, amount: cols.amount, realisasi: cols.realisasi, persen: cols.persen });
    if (TOTAL.test(item.name)) {
      totalRow ??= item;
      continue;
    }
    const marked = cells.some((c) => c.i < nameCell.i && MARKER.test(c.t));
    const isGroup = marked || MAIN_GROUP.test(item.name) || !group;
    if (isGroup) {
      group = item;
      groups.push(group);
    } else {
      (group!.parts ??= []).push(item);
    }
  }
  return { groups, ...(totalRow ? { totalRow } : {}) };
}

/** Anggaran, realisasi and percentage columns named by the header, when it names the anggaran. */
function headerColumns(t: TableInput): Columns | undefined {
  const { cols } = t;
  const amount = first(cols, 'anggaran');
  if (amount === undefined) return undefined;
  return {
    amount,
    realisasi: first(cols, 'realisasiAnggaran') ?? first(cols, 'realisasi'),
    persen: first(cols, 'persenAnggaran') ?? first(cols, 'capaian'),
  };
}

function isValueColumn(c: Columns, i: number): boolean {
  return i === c.amount || i === c.realisasi || i === c.persen;
}

/** No header names the amount column: the row's last value cell, taken by its position. */
function lastAmount(t: TableInput, row: DataRow, nameCol: number): Columns {
  let amount: number | undefined;
  row.cells.forEach((c, i) => {
    if (i > nameCol && isAmount(c.text.trim())) amount = i;
  });
  return { amount: positional(t, amount) };
}

function isAmount(s: string): boolean {
  return !!s && parseNumber(s).kind === 'number';
}
