// Bab III.A tables, one row per indikator: the measurement (target, realisasi, capaian), the history
// of realisasi per year, progress toward the Renstra end target, and the national comparison.
// A row whose sasaran cell is empty continues the sasaran above (merged cells in the source).
import type { AverageRow, HistoryRow, Measurement, NationalRow, RenstraProgressRow } from '../../../model/report-input.js';
import { parseNumber } from '../../../model/number-id.js';
import { norm } from '../words.js';
import { first, has } from './columns.js';
import { checkNumber, column, groupSasaran, isGroupRow, positional, rowAt, type TableInput } from './context.js';
import { text, type DataRow } from './grid.js';
import { cellAt } from '../units.js';

export interface Base {
  row: DataRow;
  no?: string;
  sasaran?: string;
  indikator: string;
}

/** Columns holding a row's values (what a group header row leaves empty). */
function valueColumns(t: TableInput): number[] {
  const roles = ['satuan', 'target', 'realisasi', 'capaian', 'targetAkhir', 'kemajuan', 'nasional', 'predikat'] as const;
  return roles.flatMap((r) => t.cols.by[r] ?? []);
}

/** A row stating the mean of rows above it: its label cell, and how many indicator rows came before it. */
interface Summary {
  row: DataRow;
  labelCol: number;
  label: string;
  before: number;
}

// "Rata-rata", "Rata-rata Capaian", "Rata-rata capaian kinerja sasaran", "Rata - Rata :" — the
// whole label, optionally with the mean run into it ("Rata-rata 99,28"); not an indicator named
// "Rata-rata Lama Sekolah".
const AVERAGE_LABEL =
  /^(?:jumlah\s*\/\s*)?rata\s*-?\s*rata(?:\s+(?:capaian|nilai|persentase|prosentase|pencapaian|kinerja|sasaran|strategis|iku|indikator|seluruh(?:nya)?|keseluruhan|total|\(%\)|%))*\s*[:=]?\s*([-−]?\d[\d.,]*\s*%?)?$/i;

/** The row's label when it is a "Rata-rata" row: one label cell, every other filled cell a number. */
function summaryLabel(row: DataRow): { col: number; label: string } | undefined {
  let found: { col: number; label: string } | undefined;
  for (const [i, c] of row.cells.entries()) {
    const s = c.text.trim();
    if (!s || c.spanned) continue;
    if (AVERAGE_LABEL.test(s)) {
      if (found) return undefined;
      found = { col: i, label: norm(s) };
    } else if (parseNumber(s).kind !== 'number') return undefined;
  }
  return found;
}

export function rows(t: TableInput, summaries?: Summary[]): Base[] {
  const noCol = first(t.cols, 'no');
  const sasaranCol = first(t.cols, 'sasaran');
  const indikatorCol = first(t.cols, 'indikator');
  const values = valueColumns(t);
  const out: Base[] = [];
  let sasaran: string | undefined;
  for (const row of t.grid.data) {
    // "Rata-rata …" below the rows: a summary of them, neither a sasaran nor an indicator.
    const summary = summaryLabel(row);
    if (summary) {
      summaries?.push({ row, labelCol: summary.col, label: summary.label, before: out.length });
      continue;
    }
    const s = text(row.cells, sasaranCol);
    // "Misi 1 : …" and "Sasaran Strategis : …" rows are context; only the latter names a sasaran.
    if (s) sasaran = isGroupRow(row, sasaranCol, values) ? (opened(s) ?? sasaran) : norm(s);
    const indikator = text(row.cells, indikatorCol);
    if (!indikator) continue;
    if (isGroupRow(row, indikatorCol, values)) {
      sasaran = opened(indikator) ?? sasaran;
      continue;
    }
    const base: Base = { row, indikator: norm(indikator) };
    const no = text(row.cells, noCol);
    if (no) base.no = no;
    if (sasaran) base.sasaran = sasaran;
    out.push(base);
  }
  return out;
}

const TO_DATE = /\bs\s*\.?\s*\/?\s*d\b\.?|\bsampai\b|\bhingga\b|\bkumulatif\b|\d{4}\s*\+\s*\d{4}/i;

/** The period a column's header names: its one year, or "kumulatif" for a figure to date. */
function headerPeriod(t: TableInput, col: number | undefined): string | undefined {
  if (col === undefined) return undefined;
  const header = t.grid.headers[col] ?? '';
  if (TO_DATE.test(header)) return 'kumulatif';
  const years = new Set(header.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g) ?? []);
  return years.size === 1 ? [...years][0] : years.size > 1 ? 'kumulatif' : undefined;
}

function opened(text: string): string | undefined {
  const s = groupSasaran(text);
  return s ? norm(s) : undefined;
}

export function common<T extends { sasaran?: string; indikator: string; table?: string }>(b: Base, t: TableInput, extra: Omit<T, 'sasaran' | 'indikator' | 'table'>): T {
  const item = { ...(b.sasaran ? { sasaran: b.sasaran } : {}), indikator: b.indikator, ...extra } as T;
  if (t.caption !== undefined) item.table = t.label;
  return item;
}

export function put<T extends object>(obj: T, field: keyof T, value: string | undefined): void {
  if (value !== undefined) (obj as Record<string, unknown>)[field as string] = value;
}

/** A "Rata-rata" row of a measurement table, with the rows it summarises (indices into the rows read). */
export interface ReadAverage {
  average: AverageRow;
  first: number;
  last: number;
}

export function readPengukuran(t: TableInput): { rows: Measurement[]; averages: ReadAverage[] } {
  const c = {
    no: first(t.cols, 'no'),
    sasaran: first(t.cols, 'sasaran'),
    indikator: first(t.cols, 'indikator'),
    satuan: first(t.cols, 'satuan'),
    target: column(t, 'target', t.tahun),
    realisasi: column(t, 'realisasi', t.tahun),
    capaian: column(t, 'capaian', t.tahun),
    predikat: first(t.cols, 'predikat'),
  };
  const summaries: Summary[] = [];
  const measured = rows(t, summaries).map((b) => {
    const m: Measurement = { ...(b.no ? { no: b.no } : {}), ...common<Measurement>(b, t, {}) };
    put(m, 'satuan', text(b.row.cells, c.satuan));
    put(m, 'target', text(b.row.cells, c.target));
    if (m.target !== undefined) put(m, 'targetPeriod', headerPeriod(t, c.target));
    put(m, 'realisasi', text(b.row.cells, c.realisasi));
    put(m, 'capaian', text(b.row.cells, c.capaian));
    // "63,36 % (Sedang)": the capaian repeated beside its predikat.
    const predikat = text(b.row.cells, c.predikat);
    put(m, 'predikat', predikat?.replace(/^[-−]?[\d.,]+\s*%?\s*\(\s*([^()]+?)\s*\)$/, '$1'));
    m.at = rowAt(t, b.row, c);
    for (const f of ['target', 'realisasi', 'capaian'] as const) checkNumber(t, b.row, c[f], f);
    return m;
  });
  return { rows: measured, averages: averagesOf(t, summaries, c.capaian) };
}

/**
 * Each "Rata-rata" row summarises the rows since the one before it; one right after another (a
 * "Rata-rata keseluruhan" below the last sasaran's) summarises the whole table. Its value stands in
 * the capaian column, or is run into its label ("Rata-rata 99,28"): then which column it belongs to
 * was not read from a header.
 */
function averagesOf(t: TableInput, summaries: Summary[], capaianCol: number | undefined): ReadAverage[] {
  const out: ReadAverage[] = [];
  let from = 0;
  for (const s of summaries) {
    const start = s.before > from ? from : 0;
    from = s.before;
    const inColumn = text(s.row.cells, capaianCol);
    const inLabel = AVERAGE_LABEL.exec(s.label)?.[1];
    const value = inColumn ?? inLabel;
    // Values in other columns only (a mean of targets, of realisasi), or two values: no capaian to check.
    if (value === undefined || (inColumn !== undefined && inLabel !== undefined) || s.before === 0) continue;
    const at = rowAt(t, s.row, { capaian: inColumn !== undefined ? capaianCol : s.labelCol });
    if (inColumn === undefined) at.cells = { capaian: { ...cellAt(s.row.cells[s.labelCol]), reading: 'column-position' } };
    const label = inLabel !== undefined ? norm(s.label.slice(0, s.label.length - inLabel.length).replace(/[:=\s]+$/, '')) : s.label;
    out.push({ average: { label, capaian: value.trim(), ...(t.caption !== undefined ? { table: t.label } : {}), at }, first: start, last: s.before - 1 });
  }
  return out;
}

export function readRiwayat(t: TableInput): HistoryRow[] {
  const yearCols = (t.cols.by.realisasi ?? []).filter((col) => t.cols.years[col]);
  return rows(t).map((b) => {
    const values: Record<string, string> = {};
    const fields: Record<string, number | undefined> = { sasaran: first(t.cols, 'sasaran'), indikator: first(t.cols, 'indikator') };
    for (const col of yearCols) {
      const year = t.cols.years[col]!;
      const v = text(b.row.cells, col);
      if (v !== undefined) values[year] = v;
      fields[year] = col;
      checkNumber(t, b.row, col, year);
    }
    const h = common<HistoryRow>(b, t, { values });
    h.at = rowAt(t, b.row, fields);
    const byYear = capaianByYear(t, b.row, yearCols);
    if (byYear.length) h.capaianByYear = byYear;
    return h;
  });
}

/**
 * Years with a target, a realisasi and a capaian column, each named by its header ("Target 2015",
 * "Realisasi 2015", "Capaian 2015"): that year's capaian can be recomputed. A column whose year
 * the headers do not name is left out, whatever its position suggests.
 */
function capaianByYear(t: TableInput, row: DataRow, realisasiCols: number[]): NonNullable<HistoryRow['capaianByYear']> {
  const years = t.cols.years;
  const one = (role: 'target' | 'capaian', year: string) => {
    const cols = (t.cols.by[role] ?? []).filter((c) => years[c] === year);
    return cols.length === 1 ? cols[0] : undefined;
  };
  const out: NonNullable<HistoryRow['capaianByYear']> = [];
  for (const rcol of realisasiCols) {
    const year = years[rcol]!;
    if (realisasiCols.filter((c) => years[c] === year).length !== 1) continue;
    const c = { target: one('target', year), realisasi: rcol, capaian: one('capaian', year) };
    if (c.target === undefined || c.capaian === undefined) continue;
    const item: NonNullable<HistoryRow['capaianByYear']>[number] = { year };
    put(item, 'target', text(row.cells, c.target));
    put(item, 'realisasi', text(row.cells, c.realisasi));
    put(item, 'capaian', text(row.cells, c.capaian));
    if (!item.capaian) continue;
    item.at = rowAt(t, row, c);
    checkNumber(t, row, c.target, `target ${year}`);
    checkNumber(t, row, c.capaian, `capaian ${year}`);
    out.push(item);
  }
  return out.slice(0, 20);
}

export function readKemajuan(t: TableInput): RenstraProgressRow[] {
  const c = {
    sasaran: first(t.cols, 'sasaran'),
    indikator: first(t.cols, 'indikator'),
    targetAkhir: first(t.cols, 'targetAkhir'),
    realisasi: column(t, 'realisasi', t.tahun),
    // A capaian column beside the Renstra's end target and the year's target may be the year's
    // capaian: not certain. Without a target of the year it can only be the progress.
    kemajuan: first(t.cols, 'kemajuan') ?? (has(t.cols, 'target') ? positional(t, column(t, 'capaian', t.tahun)) : column(t, 'capaian', t.tahun)),
  };
  return rows(t).map((b) => {
    const r = common<RenstraProgressRow>(b, t, {});
    put(r, 'targetAkhir', text(b.row.cells, c.targetAkhir));
    put(r, 'realisasi', text(b.row.cells, c.realisasi));
    if (r.realisasi !== undefined) put(r, 'realisasiPeriod', headerPeriod(t, c.realisasi));
    put(r, 'kemajuan', text(b.row.cells, c.kemajuan));
    r.at = rowAt(t, b.row, c);
    checkNumber(t, b.row, c.kemajuan, 'kemajuan');
    return r;
  });
}

export function readNasional(t: TableInput): NationalRow[] {
  const c = {
    sasaran: first(t.cols, 'sasaran'),
    indikator: first(t.cols, 'indikator'),
    realisasi: column(t, 'realisasi', t.tahun),
    nasional: first(t.cols, 'nasional'),
    keterangan: first(t.cols, 'keterangan'),
  };
  return rows(t).map((b) => {
    const r = common<NationalRow>(b, t, {});
    put(r, 'realisasi', text(b.row.cells, c.realisasi));
    put(r, 'nasional', text(b.row.cells, c.nasional));
    put(r, 'keterangan', text(b.row.cells, c.keterangan));
    r.at = rowAt(t, b.row, c);
    return r;
  });
}
