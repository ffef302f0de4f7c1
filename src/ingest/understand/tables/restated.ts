// Figures printed again beside the tables Bab III reads them from, read so that the same figure
// can be compared across places, never measured or checked again.
// - Measurement rows outside the chapters: the Ikhtisar Eksekutif's summary table and a lampiran's
//   table (a quarterly monitoring table: only its annual columns). A column is taken only when its
//   header words say what it holds and which period: the year's target or realisasi ("Target
//   Tahunan", "Realisasi 2024", "Realisasi"), never a quarter's, a percentage, a budget figure or
//   the Renstra's end target; two such columns for one measure leave it unread. A cell that does
//   not read as a number is not compared (and not noted: the figures are Bab III's).
// - Budget tables beside the budget-per-program table (a second one, Bab II's program/anggaran
//   table outside a PK), kept when the header of their amounts names the budget (others stay
//   notes: not read).
import type { BudgetTable, OtherBudgetTable, RestatedMeasurement } from '../../../model/report-input.js';
import { key } from '../words.js';
import { rowAt, tableAt, type TableInput } from './context.js';
import { readPkPrograms } from './pk.js';
import { namesBudget } from '../../../domain/budget-header.js';
import { text } from './grid.js';
import { common, put, rows } from './measurement.js';
import { first } from './columns.js';

const PERIOD = /\b(?:triwulan|trw|tw|semester|smt|bulan|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|desember)\b|\bq[1-4]\b/;
const NOT_THE_YEARS = /%|persen|capaian|kinerja %|anggaran|keuangan|\bkeu\b|\bpagu\b|\brp\b|rupiah|dana|biaya|belanja|fisik|akhir|renstra|jangka menengah|rpjmd|kondisi awal|baseline|nasional|kenaikan|peningkatan|\bthd\b|terhadap|dibanding|\bs d\b|\bsd\b|sampai|kumulatif|rata ?rata/;
const YEAR = /\b(?:19|20)\d{2}\b/g;

/** The one column whose header names `measure` for the report year (or no year), with no other period. */
function annualColumn(t: TableInput, measure: RegExp): number | undefined {
  const hits: number[] = [];
  t.grid.headers.forEach((h, col) => {
    const words = key((t.grid.stacks[col] ?? [h]).join(' '));
    if (!measure.test(words) || PERIOD.test(words) || NOT_THE_YEARS.test(words)) return;
    const years = words.match(YEAR) ?? [];
    if (years.length && (!t.tahun || years.some((y) => y !== String(t.tahun)))) return;
    hits.push(col);
  });
  return hits.length === 1 ? hits[0] : undefined;
}

export function readRestated(t: TableInput, source: RestatedMeasurement['source']): RestatedMeasurement[] {
  const c = {
    sasaran: first(t.cols, 'sasaran'),
    indikator: first(t.cols, 'indikator'),
    target: annualColumn(t, /^(?:target|rencana)\b|\btarget (?:tahunan|tahun)\b/),
    realisasi: annualColumn(t, /^realisasi\b/),
  };
  if (c.indikator === undefined || (c.target === undefined && c.realisasi === undefined)) return [];
  return rows(t).map((b) => {
    const r = common<RestatedMeasurement>(b, t, { source });
    put(r, 'target', text(b.row.cells, c.target));
    put(r, 'realisasi', text(b.row.cells, c.realisasi));
    r.at = rowAt(t, b.row, c);
    return r;
  });
}

/** Where a measurement table outside the chapters stands: the Ikhtisar, or a lampiran (quarterly or not). */
export function restatedSource(docKind: string | undefined, t: TableInput): RestatedMeasurement['source'] | undefined {
  if (docKind === 'ikhtisar') return 'ikhtisar';
  if (docKind !== 'lampiran') return undefined;
  return t.grid.headers.some((h) => PERIOD.test(key(h))) ? 'triwulan' : 'lampiran';
}

/** A budget table beside the budget-per-program table: its lines and the header of its amounts. */
export function budgetElsewhere(read: BudgetTable, t: TableInput): OtherBudgetTable {
  const rows = (read.rows ?? []).map((r) => ({ ...(r.no ? { no: r.no } : {}), level: r.level, name: r.name, ...(r.anggaran !== undefined ? { anggaran: r.anggaran } : {}), ...(r.at ? { at: r.at } : {}) }));
  return { ...(read.title ? { title: read.title } : {}), ...placeOf(t), ...(read.anggaranHeader ? { anggaranHeader: read.anggaranHeader } : {}), rows, at: tableAt(t) };
}

/** A program/anggaran table outside a Perjanjian Kinerja (Bab II's "Program dan Anggaran"). */
export function programsElsewhere(t: TableInput): OtherBudgetTable {
  const col = first(t.cols, 'anggaran');
  const header = col === undefined ? undefined : t.grid.headers[col];
  const programs = readPkPrograms(t).programs;
  // Amounts that do not read as numbers are not compared; not noted either (the table is read only to compare).
  t.unparsed = [];
  const rows = programs.map((p) => ({ ...(p.no ? { no: p.no } : {}), name: p.name, ...(p.anggaran !== undefined ? { anggaran: p.anggaran } : {}), ...(p.at ? { at: p.at } : {}) }));
  return { title: t.label, ...placeOf(t), ...(header ? { anggaranHeader: header } : {}), rows, at: tableAt(t) };
}

const placeOf = (t: TableInput) => (t.ctx.l1?.kind ? { place: t.ctx.l1.kind } : {});

/**
 * A budget table worth keeping beside the budget table: its amounts' header names the budget (not
 * a plan for it), and it is not the RKT's (compared by consistency/budget-mismatch).
 */
export function comparableBudget(t: OtherBudgetTable): boolean {
  return t.place !== 'rkt' && namesBudget(t.anggaranHeader) && t.rows.length > 0;
}
