// Bab III.A tables, one row per indikator: the measurement (target, realisasi, capaian), the history
// of realisasi per year, progress toward the Renstra end target, and the national comparison.
// A row whose sasaran cell is empty continues the sasaran above (merged cells in the source).
import type { HistoryRow, Measurement, NationalRow, RenstraProgressRow } from '../../../model/report-input.js';
import { norm } from '../words.js';
import { first, has } from './columns.js';
import { checkNumber, column, groupSasaran, isGroupRow, positional, rowAt, type TableInput } from './context.js';
import { text, type DataRow } from './grid.js';

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

export function rows(t: TableInput): Base[] {
  const noCol = first(t.cols, 'no');
  const sasaranCol = first(t.cols, 'sasaran');
  const indikatorCol = first(t.cols, 'indikator');
  const values = valueColumns(t);
  const out: Base[] = [];
  let sasaran: string | undefined;
  for (const row of t.grid.data) {
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

export function readPengukuran(t: TableInput): Measurement[] {
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
  return rows(t).map((b) => {
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
    return h;
  });
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
