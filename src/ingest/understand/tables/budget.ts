// The budget per program table (Bab III, realisasi anggaran): flat rows with their level. The level
// comes from the row's own words first ("PROGRAM …", "Kegiatan …", "Sub Kegiatan …"), then from
// its numbering: roman numerals are programs; below a roman program "1." is a kegiatan and "1.1."
// a sub kegiatan; in an all-arabic table one, two and three number groups are the three levels.
import type { BudgetRow, BudgetTable } from '../../../model/report-input.js';
import { atOf } from '../units.js';
import { norm } from '../words.js';
import { first } from './columns.js';
import { checkNumber, rowAt, tableAt, type TableInput } from './context.js';
import { text } from './grid.js';

const TOTAL = /^(?:jumlah|total|grand\s+total)\b/i;

export function readBudget(t: TableInput, title: string | undefined): BudgetTable {
  const { cols } = t;
  const noCol = first(cols, 'no');
  const nameCol = first(cols, 'program') ?? first(cols, 'uraian') ?? (noCol === 0 ? 1 : 0);
  const anggaranCol = first(cols, 'anggaran');
  const realisasiCol = first(cols, 'realisasi');
  const persenCol = first(cols, 'capaian');
  const romanPrograms = t.grid.data.some((r) => /^[IVX]+\.?$/.test(text(r.cells, noCol) ?? ''));
  const table: BudgetTable = {};
  if (title) table.title = title;
  const rows: BudgetRow[] = [];
  for (const row of t.grid.data) {
    const no = noCol === undefined ? undefined : text(row.cells, noCol);
    let name = text(row.cells, nameCol);
    let number = no;
    if (!number && name) {
      const m = /^((?:\d{1,2}\.)+\d{0,2}|[IVX]+\.)\s+(.*)$/.exec(name);
      if (m) [number, name] = [m[1], m[2]];
    }
    const fields = { no: noCol, name: nameCol, anggaran: anggaranCol, realisasi: realisasiCol, persen: persenCol };
    const label = [no, name].find((s) => s && TOTAL.test(s));
    if (label) {
      table.total = { label: norm(label) };
      setValues(table.total, row.cells, anggaranCol, realisasiCol, persenCol);
      table.total.at = rowAt(t, row, fields);
      for (const [c, f] of [[anggaranCol, 'anggaran'], [realisasiCol, 'realisasi'], [persenCol, 'persen']] as const) checkNumber(t, row, c, f);
      continue;
    }
    if (!name) continue;
    const level = levelOf(name, number, romanPrograms);
    const out: BudgetRow = { level: level ?? 'kegiatan', name: norm(name) };
    if (number) out.no = number;
    if (!level) {
      t.notes.add('level-unknown', `budget row "${norm(name)}" (${t.label}, row ${row.n}) is not marked program, kegiatan or sub kegiatan; read as kegiatan`, { ...atOf(row.cells[0]?.loc), table: t.label, row: row.n });
    }
    setValues(out, row.cells, anggaranCol, realisasiCol, persenCol);
    out.at = rowAt(t, row, fields);
    for (const [c, f] of [[anggaranCol, 'anggaran'], [realisasiCol, 'realisasi'], [persenCol, 'persen']] as const) checkNumber(t, row, c, f);
    rows.push(out);
  }
  table.rows = rows;
  table.at = tableAt(t);
  delete table.at.table;
  return table;
}

function setValues(target: { anggaran?: unknown; realisasi?: unknown; persen?: unknown }, cells: TableInput['grid']['rows'][number], a?: number, r?: number, p?: number): void {
  const anggaran = text(cells, a);
  const realisasi = text(cells, r);
  const persen = text(cells, p);
  if (anggaran !== undefined) target.anggaran = anggaran;
  if (realisasi !== undefined) target.realisasi = realisasi;
  if (persen !== undefined) target.persen = persen;
}

export function levelOf(name: string, number: string | undefined, romanPrograms: boolean): BudgetRow['level'] | undefined {
  if (/^sub[\s-]*kegiatan\b/i.test(name)) return 'subkegiatan';
  if (/^kegiatan\b/i.test(name)) return 'kegiatan';
  if (/^program\b/i.test(name)) return 'program';
  if (!number) return undefined;
  if (/^[IVX]+\.?$/.test(number)) return 'program';
  const groups = number.replace(/\.$/, '').split('.').filter(Boolean).length;
  if (romanPrograms) return groups === 1 ? 'kegiatan' : 'subkegiatan';
  return groups === 1 ? 'program' : groups === 2 ? 'kegiatan' : 'subkegiatan';
}
