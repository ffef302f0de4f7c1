// Sasaran / indikator / target tables (the PK, Bab II's summary of it, a simple RKT) and the PK's
// program / anggaran table with its JUMLAH row. An indikator cell numbered "1. …" keeps the number
// apart; a row with an empty sasaran cell adds an indikator to the sasaran above.
import type { PkProgram, TargetIndikator, TargetSasaran, Value, At } from '../../../model/report-input.js';
import { norm } from '../words.js';
import { first } from './columns.js';
import { checkNumber, column, groupSasaran, isGroupRow, rowAt, type TableInput } from './context.js';
import { text } from './grid.js';

const ITEM_NUMBER = /^(\d{1,2}[.)]?)\s+(?=\p{Lu})/u;
const TOTAL = /^(?:jumlah|total)\b/i;

export function splitNumber(s: string): { no?: string; text: string } {
  const m = ITEM_NUMBER.exec(s);
  return m ? { no: m[1], text: norm(s.slice(m[0].length)) } : { text: norm(s) };
}

export function readTargets(t: TableInput): TargetSasaran[] {
  const c = {
    no: first(t.cols, 'no'),
    sasaran: first(t.cols, 'sasaran'),
    indikator: first(t.cols, 'indikator'),
    target: column(t, 'target', t.tahun),
    satuan: first(t.cols, 'satuan'),
  };
  const out: TargetSasaran[] = [];
  let current: TargetSasaran | undefined;
  for (const row of t.grid.data) {
    const sasaran = text(row.cells, c.sasaran);
    const at = rowAt(t, row, c);
    if (sasaran) {
      const no = text(row.cells, c.no);
      current = { ...(no ? { no } : {}), text: norm(sasaran), indikator: [], at };
      out.push(current);
    }
    const cell = text(row.cells, c.indikator);
    if (!cell) continue;
    if (isGroupRow(row, c.indikator, [c.target, c.satuan])) {
      // "Sasaran Strategis : …" across the row opens a sasaran; "Misi …" is context only.
      const opens = groupSasaran(cell);
      if (opens) {
        current = { text: norm(opens), indikator: [], at };
        out.push(current);
      }
      continue;
    }
    if (!current) {
      current = { text: '', indikator: [], at };
      out.push(current);
    }
    const { no, text: name } = splitNumber(cell);
    const ind: TargetIndikator = { ...(no ? { no } : {}), text: name };
    const target = text(row.cells, c.target);
    if (target !== undefined) ind.target = target;
    const satuan = text(row.cells, c.satuan);
    if (satuan !== undefined) ind.satuan = satuan;
    ind.at = at;
    checkNumber(t, row, c.target, 'target');
    current.indikator!.push(ind);
  }
  return out;
}

export function readPkPrograms(t: TableInput): { programs: PkProgram[]; total?: Value; totalAt?: At } {
  const c = {
    no: first(t.cols, 'no'),
    name: first(t.cols, 'program') ?? first(t.cols, 'kegiatan') ?? first(t.cols, 'subkegiatan'),
    anggaran: first(t.cols, 'anggaran'),
    keterangan: first(t.cols, 'keterangan'),
  };
  const programs: PkProgram[] = [];
  let total: Value | undefined;
  let totalAt: At | undefined;
  for (const row of t.grid.data) {
    const name = text(row.cells, c.name);
    const noCell = text(row.cells, c.no);
    const anggaran = text(row.cells, c.anggaran);
    checkNumber(t, row, c.anggaran, 'anggaran');
    if ([name, noCell].some((s) => s && TOTAL.test(s))) {
      if (anggaran !== undefined) total = anggaran;
      totalAt = rowAt(t, row, { anggaran: c.anggaran });
      delete totalAt.cells;
      continue;
    }
    if (!name) continue;
    const split = noCell ? { no: noCell, text: norm(name) } : splitNumber(name);
    const p: PkProgram = { ...(split.no ? { no: split.no } : {}), name: split.text };
    if (anggaran !== undefined) p.anggaran = anggaran;
    const keterangan = text(row.cells, c.keterangan);
    if (keterangan !== undefined) p.keterangan = keterangan;
    p.at = rowAt(t, row, c);
    programs.push(p);
  }
  return { programs, total, totalAt };
}
