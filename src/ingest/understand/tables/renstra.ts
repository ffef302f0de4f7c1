// The Renstra matrix: tujuan (with its indicators), sasaran, indikator sasaran and a target per
// year, keyed by the year in the column header. Empty tujuan or sasaran cells continue the row above.
import type { RenstraIndikator, RenstraSasaran, RenstraTujuan } from '../../../model/report-input.js';
import { norm } from '../words.js';
import { first } from './columns.js';
import { checkNumber, rowAt, type TableInput } from './context.js';
import { text } from './grid.js';

export function readRenstra(t: TableInput, into: RenstraTujuan[]): void {
  const c = {
    no: first(t.cols, 'no'),
    tujuan: first(t.cols, 'tujuan'),
    indikatorTujuan: first(t.cols, 'indikatorTujuan'),
    sasaran: first(t.cols, 'sasaran'),
    indikator: first(t.cols, 'indikator'),
    satuan: first(t.cols, 'satuan'),
  };
  const yearCols = (t.cols.by.target ?? []).filter((col) => t.cols.years[col]);
  let tujuan: RenstraTujuan | undefined;
  let sasaran: RenstraSasaran | undefined;
  for (const row of t.grid.data) {
    const fields: Record<string, number | undefined> = { ...c };
    for (const col of yearCols) fields[t.cols.years[col]!] = col;
    const at = rowAt(t, row, fields);
    const tText = text(row.cells, c.tujuan);
    if (tText || !tujuan) {
      const no = text(row.cells, c.no);
      tujuan = { ...(no ? { no } : {}), text: norm(tText ?? ''), indikator: [], sasaran: [], at };
      into.push(tujuan);
      sasaran = undefined;
    }
    const it = text(row.cells, c.indikatorTujuan);
    if (it) tujuan.indikator!.push(norm(it));
    const sText = text(row.cells, c.sasaran);
    if (sText || !sasaran) {
      sasaran = { text: norm(sText ?? ''), indikator: [], at };
      tujuan.sasaran!.push(sasaran);
    }
    const iText = text(row.cells, c.indikator);
    if (!iText) continue;
    const ind: RenstraIndikator = { text: norm(iText) };
    const satuan = text(row.cells, c.satuan);
    if (satuan) ind.satuan = satuan;
    const targets: Record<string, string> = {};
    for (const col of yearCols) {
      const v = text(row.cells, col);
      if (v !== undefined) targets[t.cols.years[col]!] = v;
      checkNumber(t, row, col, t.cols.years[col]!);
    }
    ind.targets = targets;
    ind.at = at;
    sasaran.indikator!.push(ind);
  }
  for (const x of into) {
    if (!x.indikator?.length) delete x.indikator;
    x.sasaran = x.sasaran?.filter((s) => s.text || s.indikator?.length);
  }
}
