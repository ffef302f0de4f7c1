// Which kind of LKjIP table a grid is, from its column roles and a few content signatures (rows
// that start with Masukan/Keluaran, rows of "Belanja …", ranges beside predikat words). Where the
// same kind means different things (a sasaran/indikator/target table is the PK in a PK, Bab II.C's
// summary in Bab II), tables/place.ts decides by the document it stands in. The Daftar Isi table is
// read by the outline.
import { columnsOf, has, type Columns } from './columns.js';
import type { Grid } from './grid.js';

export type TableKind =
  | 'subkegiatan'
  | 'belanja'
  | 'scale'
  | 'renstra'
  | 'rkt'
  | 'budget'
  | 'pk-program'
  | 'kemajuan'
  | 'nasional'
  | 'riwayat'
  | 'iku'
  | 'pengukuran'
  | 'target'
  | 'unknown';

export const PREDIKAT = /^(?:sangat\s+baik|baik|cukup(?:\s+baik)?|kurang(?:\s+baik)?|sangat\s+kurang|buruk|sangat\s+tinggi|tinggi|sedang|rendah|sangat\s+rendah|memuaskan|sangat\s+memuaskan|tidak\s+baik|berhasil|tidak\s+berhasil|a{1,2}|b{1,2}|c{1,2}|d)$/i;
const RANGE_WORDS = /\d\s*%|s\.?\/d|sampai|lebih\s+dari|kurang\s+dari|[<>≤≥]|\d\s*[-–]\s*\d/i;

export function classify(g: Grid): { kind: TableKind; cols: Columns } {
  const cols = columnsOf(g.headers);
  return { kind: decide(g, cols), cols };
}

function decide(g: Grid, cols: Columns): TableKind {
  const rowTexts = g.data.map((r) => r.cells.map((c) => c.text.trim()));
  if (rowTexts.some((r) => /^(?:masukan|input|keluaran|output|hasil|outcome)\b/i.test(r[0] ?? ''))) return 'subkegiatan';
  if (!has(cols, 'program') && rowTexts.filter((r) => r.some((t) => /^-?\s*belanja\b/i.test(t))).length >= 2) return 'belanja';
  if (isScale(rowTexts, cols)) return 'scale';
  if (has(cols, 'tujuan') || has(cols, 'indikatorTujuan') || (has(cols, 'sasaran') && yearColumns(cols, 'target') >= 3)) return 'renstra';
  if (has(cols, 'sasaran') && has(cols, 'program') && has(cols, 'indikator')) return 'rkt';
  if (has(cols, 'program') && has(cols, 'anggaran') && has(cols, 'realisasi')) return 'budget';
  if (has(cols, 'program') && has(cols, 'anggaran')) return 'pk-program';
  if (has(cols, 'targetAkhir') || has(cols, 'kemajuan')) return 'kemajuan';
  if (has(cols, 'nasional')) return 'nasional';
  if (yearColumns(cols, 'realisasi') >= 2) return 'riwayat';
  if (has(cols, 'indikator') && (has(cols, 'formula') || has(cols, 'pj'))) return 'iku';
  if (has(cols, 'indikator') && has(cols, 'target') && has(cols, 'realisasi')) return 'pengukuran';
  if ((has(cols, 'indikator') || has(cols, 'sasaran')) && has(cols, 'target')) return 'target';
  return 'unknown';
}

function yearColumns(cols: Columns, role: 'target' | 'realisasi'): number {
  return new Set((cols.by[role] ?? []).map((c) => cols.years[c]).filter(Boolean)).size;
}

/** Rows pair a range ("76 % s/d 100 %", "> 100%") with a predikat ("BAIK"). */
function isScale(rows: string[][], cols: Columns): boolean {
  if (has(cols, 'indikator') || rows.length < 2) return false;
  const banded = rows.filter((r) => r.some((t) => PREDIKAT.test(t)) && r.some((t) => RANGE_WORDS.test(t) && !PREDIKAT.test(t)));
  return banded.length >= Math.max(2, rows.length - 1);
}
