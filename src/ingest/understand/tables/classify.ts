// Which kind of LKjIP table a grid is, from its column roles and a few content signatures (rows
// that start with Masukan/Keluaran, rows of "Belanja …", ranges beside predikat words). Where the
// same kind means different things (a sasaran/indikator/target table is the PK in a PK, Bab II.C's
// summary in Bab II), tables/place.ts decides by the document it stands in. The Daftar Isi table is
// read by the outline.
import { columnsOf, has, type Columns, type Role } from './columns.js';
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
  | 'efisiensi'
  | 'unknown';

export const PREDIKAT = /^(?:sangat\s+baik|baik|cukup(?:\s+baik)?|kurang(?:\s+baik)?|sangat\s+kurang|buruk|sangat\s+tinggi|tinggi|sedang|rendah|sangat\s+rendah|memuaskan|sangat\s+memuaskan|tidak\s+baik|berhasil|tidak\s+berhasil|a{1,2}|b{1,2}|c{1,2}|d)$/i;
/** A band's bounds: two numbers, or one with a comparison ("76 % s/d 100 %", "> 100%", "≥ 91", "0 - 49,9"). */
const RANGE_WORDS = /\d\s*%?\s*(?:s\.?\/d|sampai|hingga|[-–—])\s*\d|(?:lebih\s+dari|kurang\s+dari|di\s?atas|di\s?bawah|[<>≤≥])\s*\d|\d\s*%?\s*(?:ke\s+atas|ke\s+bawah|keatas|kebawah)/i;
/** Headers of an evaluation's components, weights or scores: not a rating scale. */
const NOT_SCALE = /bobot|komponen|\bskor\b|sub\s*komponen|nilai\s+akhir/i;

export function classify(g: Grid): { kind: TableKind; cols: Columns } {
  const cols = numberingColumns(g, columnsOf(g.headers, g.stacks));
  return { kind: decide(g, cols), cols };
}

const NAME_ROLES: Role[] = ['indikator', 'indikatorTujuan', 'sasaran', 'tujuan', 'program', 'kegiatan', 'subkegiatan', 'uraian'];
const NUMBERING = /^(?:[IVX]+|\d{1,2}|[a-z])(?:\.\d{1,2})*[.)]?$/i;

/**
 * A column under a name's header ("INDIKATOR KINERJA" spanning the item number and the text) that
 * holds only numbering ("1.1.", "2.3.", "0.0") is the numbers' column, not the names'.
 */
function numberingColumns(g: Grid, cols: Columns): Columns {
  const roles = cols.roles.map((role, c) => {
    if (!NAME_ROLES.includes(role) || (cols.by[role]?.length ?? 0) < 2) return role;
    const cells = g.data.map((r) => r.cells[c]?.text.trim() ?? '').filter(Boolean);
    return cells.length && cells.filter((t) => NUMBERING.test(t)).length >= cells.length * 0.8 ? 'no' : role;
  });
  if (roles.every((r, i) => r === cols.roles[i])) return cols;
  const by: Columns['by'] = {};
  roles.forEach((r, i) => (by[r] ??= []).push(i));
  return { ...cols, roles, by };
}

const PROGRAM_INDICATOR = /indikator\s+(?:kinerja\s+)?(?:program|kegiatan|sub\s*kegiatan|output|keluaran)\b/i;

function decide(g: Grid, cols: Columns): TableKind {
  const rowTexts = g.data.map((r) => r.cells.map((c) => c.text.trim()));
  if (rowTexts.some((r) => /^(?:masukan|input|keluaran|output|hasil|outcome)\b/i.test(r[0] ?? ''))) return 'subkegiatan';
  if (!has(cols, 'program') && rowTexts.filter((r) => r.some((t) => /^-?\s*belanja\b/i.test(t))).length >= 2) return 'belanja';
  if (isScale(g, rowTexts, cols)) return 'scale';
  if (has(cols, 'tujuan') || has(cols, 'indikatorTujuan') || (has(cols, 'sasaran') && yearColumns(cols, 'target') >= 3)) return 'renstra';
  if (has(cols, 'sasaran') && has(cols, 'program') && has(cols, 'indikator')) return 'rkt';
  const programs = has(cols, 'program') || has(cols, 'kegiatan') || has(cols, 'subkegiatan');
  if (programs && has(cols, 'anggaran') && (has(cols, 'realisasiAnggaran') || has(cols, 'realisasi'))) return 'budget';
  if (programs && has(cols, 'anggaran')) return 'pk-program';
  if (has(cols, 'targetAkhir') || has(cols, 'kemajuan')) return 'kemajuan';
  if (has(cols, 'nasional')) return 'nasional';
  if (yearColumns(cols, 'realisasi') >= 2) return 'riwayat';
  // Indicators of programmes or activities ("Indikator Kinerja Program (Outcome)") with their
  // penanggung jawab are a lower-level agreement, not the IKU, which measures sasaran.
  if (has(cols, 'indikator') && (has(cols, 'formula') || has(cols, 'pj'))) return g.headers.some((h) => PROGRAM_INDICATOR.test(h)) ? 'unknown' : 'iku';
  if (has(cols, 'indikator') && has(cols, 'target') && has(cols, 'realisasi')) return 'pengukuran';
  if ((has(cols, 'indikator') || has(cols, 'sasaran')) && has(cols, 'target')) return 'target';
  // "Tingkat Efisiensi" beside "% Penyerapan Anggaran", "SILPA" beside anggaran and realisasi.
  if ((has(cols, 'efisiensi') || has(cols, 'sisa')) && (has(cols, 'persenAnggaran') || (has(cols, 'anggaran') && has(cols, 'realisasiAnggaran')))) return 'efisiensi';
  return 'unknown';
}

function yearColumns(cols: Columns, role: 'target' | 'realisasi'): number {
  return new Set((cols.by[role] ?? []).map((c) => cols.years[c]).filter(Boolean)).size;
}

/**
 * Rows are bands of one measure: each pairs a range ("76 % s/d 100 %", "> 100%") with a category
 * ("BAIK"), and the categories differ. A table of an evaluation's components with their weights
 * and scores, or of indicators, is not a scale, whatever predikat it prints.
 */
function isScale(g: Grid, rows: string[][], cols: Columns): boolean {
  if (has(cols, 'indikator') || has(cols, 'bobot') || rows.length < 2) return false;
  if (g.headers.some((h) => NOT_SCALE.test(h))) return false;
  const category = (t: string) => PREDIKAT.test(t.replace(/\s*\(\s*[A-Z]{1,3}\s*\)$/, ''));
  const banded = rows.filter((r) => r.some(category) && r.some((t) => RANGE_WORDS.test(t) && !category(t)));
  const categories = new Set(banded.map((r) => r.find(category)!.toLowerCase().replace(/\s+/g, ' ')));
  return banded.length >= Math.max(2, rows.length - 1) && categories.size >= Math.max(2, banded.length - 1);
}
