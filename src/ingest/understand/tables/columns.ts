// What each column of a table holds, from its header words. A column's own label (the lowest header
// cell above it) says what it holds; the labels spanning it from above qualify it: the year
// ("Tahun 2016" over Target and Realisasi), the side of a combined table ("KEUANGAN" / "ANGGARAN"
// over Pagu, Realisasi, % is money; "KINERJA" over Target, Realisasi, Capaian is performance), the
// period ("Triwulan I"), or the thing a generic label names ("Indikator Sasaran" over "Uraian").
// Order matters: "INDIKATOR SASARAN" is an indicator, "REALISASI NASIONAL" the national value,
// "CAPAIAN %" a percentage, "SUMBER DANA" a source, "KINERJA UTAMA" (beside "INDIKATOR KINERJA
// UTAMA") the sasaran.
import { key, yearIn } from '../words.js';

export type Role =
  | 'no'
  | 'tujuan'
  | 'indikatorTujuan'
  | 'sasaran'
  | 'indikator'
  | 'satuan'
  | 'target'
  | 'targetAkhir'
  | 'realisasi'
  | 'capaian'
  | 'kemajuan'
  | 'nasional'
  | 'predikat'
  | 'program'
  | 'kegiatan'
  | 'subkegiatan'
  | 'anggaran'
  /** Realisasi in rupiah: "Realisasi (Rp)", "Realisasi Keuangan", "SPJ", "Realisasi" under "ANGGARAN". */
  | 'realisasiAnggaran'
  /** The budget's percentage: "Keu %", "% Penyerapan Anggaran", "%" under "KEUANGAN". */
  | 'persenAnggaran'
  | 'sisa'
  | 'efisiensi'
  /** Physical progress ("Realisasi Fisik %"): not a rupiah nor an indicator's capaian. */
  | 'fisik'
  /** A quarter's or semester's value ("Target TW I", "Realisasi Triwulan II"): not the year's. */
  | 'triwulan'
  /** A comparison of two columns ("Realisasi 2016 thdp 2015 (%)", "% kenaikan"). */
  | 'perbandingan'
  /** A summary over rows ("Rata-rata Capaian"), not the row's own value. */
  | 'rataRata'
  | 'bobot'
  | 'keterangan'
  | 'formula'
  | 'pj'
  | 'sumber'
  | 'uraian'
  | 'strategi'
  | 'other';

const RULES: [RegExp, Role][] = [
  [/^(?:no|nomor|no urut|kode|kode rekening|koderekening|kode rek)$/, 'no'],
  [/\bbobot\b/, 'bobot'],
  [/rata ?rata/, 'rataRata'],
  [/\b(?:thdp|thd|terhadap|thadap)\b.*\b(?:renstra|akhir|rpjmd)\b/, 'kemajuan'],
  [/\b(?:thdp|thd|terhadap|thadap)\b.*\b(?:pk|perjanjian|target)\b/, 'capaian'],
  [/\b(?:thdp|thd|terhadap|thadap|dibanding(?:kan)?)\b|\bkenaikan\b|\bpeningkatan\b|\bpening katan\b|percepatan|perlambatan/, 'perbandingan'],
  [/target akhir|akhir (?:periode )?renstra|target renstra|jangka menengah/, 'targetAkhir'],
  [/kemajuan/, 'kemajuan'],
  [/nasional|standar/, 'nasional'],
  [/formula|rumus|cara (?:pengukuran|perhitungan)|metode perhitungan|definisi operasional/, 'formula'],
  [/penanggung ?jawab|\bpj\b|unit kerja/, 'pj'],
  [/sumber/, 'sumber'],
  [/keterangan|^ket$|catatan/, 'keterangan'],
  [/satuan|^sat$/, 'satuan'],
  [/^(?:strategi|kebijakan|arah kebijakan)\b/, 'strategi'],
  [/\bsisa\b|\bsilpa\b/, 'sisa'],
  [/^(?:jenis |uraian )?belanja$/, 'uraian'],
  [/efisiensi/, 'efisiensi'],
  [/\bfisik\b|\bfisk\b/, 'fisik'],
  [/indikator tujuan/, 'indikatorTujuan'],
  [/indikator|^iku$|kinerja utama indikator/, 'indikator'],
  [/^tujuan/, 'tujuan'],
  [/predikat|kategori|katagori|kriteria|interpretasi|^nilai$/, 'predikat'],
  [/target|sasaran tahun|rencana|^tahunan$|\bpagu\b/, 'target'],
  [/%|persen|prosentase|presentase|capaian|penyerapan|serapan/, 'capaian'],
  [/realisasi|\bspj\b|realiasi/, 'realisasi'],
  [/anggaran|alokasi|\brp\b|dana|biaya|\bdpa\b|belanja/, 'anggaran'],
  [/^(?:nama |uraian )?sub ?kegiatan$/, 'subkegiatan'],
  [/^(?:nama |uraian )?kegiatan$/, 'kegiatan'],
  [/program|kegiatan/, 'program'],
  [/sasaran|kinerja utama/, 'sasaran'],
  [/uraian/, 'uraian'],
];

/** Words that put a column on the money side of a table. */
const MONEY = /anggaran|keuangan|\bkeu\b|\bpagu\b|\brp\b|rupiah|\bdpa\b|\bspj\b|dana|biaya|belanja|penyerapan|serapan/;
/** A quarter or semester: the column holds a period's value, not the year's. */
const PERIOD = /\b(?:triwulan|trw|tw|semester|smt)\b/;
/** A unit in brackets is part of the label ("Realisasi (Rp)", "Capaian (%)"); other brackets are remarks. */
const UNIT = /^\s*(?:%|persen|rp\.?(?:\s*(?:000|juta|ribu|miliar))?|rupiah)\s*$/i;
/** Roles a generic own label ("Uraian", "Nama") takes from the label spanning it. */
const NAMES = new Set<Role>(['indikator', 'indikatorTujuan', 'sasaran', 'tujuan', 'program', 'kegiatan', 'subkegiatan']);

function match(words: string): Role {
  for (const [re, role] of RULES) if (re.test(words)) return role;
  return 'other';
}

/** The header words without years: "TARGET 2021", "REALISASI Th. 2017" hold what their words say. */
function withoutYears(k: string): string {
  return k.replace(/\b(?:th|tahun)?\s*(?:19|20)\d{2}\b/g, '').replace(/\s+/g, ' ').trim();
}

export function roleOf(header: string): Role {
  return roleOfStack([header]);
}

/** Role of a column from its header labels, top to bottom (the last is its own label). */
export function roleOfStack(stack: string[]): Role {
  // A remark in brackets ("(Indikator Kinerja yang ≥ 100%)", "(4/5)*100%") does not name the column.
  const labels = stack.map((l) => key(l.replace(/\(([^)]*)\)/g, (m, inner: string) => (UNIT.test(inner) ? m : ' '))) || key(l)).filter(Boolean);
  if (!labels.length) return 'other';
  const own = labels[labels.length - 1];
  const above = labels.slice(0, -1).join(' ');
  const ownWords = withoutYears(own) || own;
  let role = match(ownWords);
  const fromAbove = above ? match(withoutYears(above)) : 'other';
  // "Uraian" under "Indikator Sasaran"; "Th. 2021", "(Rp)" or "(%)" under "Realisasi Keuangan".
  const unitOnly = !withoutYears(own).replace(/\b(?:rp|th|persen|rupiah|000)\b|[^a-z]/g, '');
  if ((role === 'other' || role === 'uraian') && NAMES.has(fromAbove)) role = fromAbove;
  // "Tahunan" under "Realisasi" (beside the quarters under "Realisasi Triwulan") is the year's realisasi.
  else if (/^(?:tahunan|setahun)$/.test(ownWords) && ['target', 'realisasi', 'capaian'].includes(fromAbove)) role = fromAbove;
  else if (unitOnly && above && fromAbove !== 'other') role = /%|persen/.test(own) && ['realisasi', 'target', 'anggaran'].includes(fromAbove) ? 'capaian' : fromAbove;
  // "Realisasi" under "KEUANGAN", "%" under "ANGGARAN", "Target Anggaran (Rp)", "Keu %".
  const money = MONEY.test(ownWords) || (MONEY.test(above) && !/kinerja|fisik|output|outcome/.test(ownWords));
  if (money) {
    if (role === 'target' || role === 'anggaran') role = 'anggaran';
    else if (role === 'realisasi') role = 'realisasiAnggaran';
    else if (role === 'capaian') role = 'persenAnggaran';
  } else if (role === 'capaian' && /\bfisik\b/.test(above)) role = 'fisik';
  if (['target', 'realisasi', 'capaian', 'realisasiAnggaran', 'persenAnggaran'].includes(role) && (PERIOD.test(ownWords) || PERIOD.test(above))) role = 'triwulan';
  return role;
}

export interface Columns {
  roles: Role[];
  /** Columns per role, left to right. */
  by: Partial<Record<Role, number[]>>;
  /** Year named in each column's header, if any. */
  years: (string | undefined)[];
}

export function columnsOf(headers: string[], stacks?: string[][]): Columns {
  const roles = headers.map((h, i) => (stacks?.[i]?.length ? roleOfStack(stacks[i]) : roleOf(h)));
  const by: Columns['by'] = {};
  roles.forEach((r, i) => (by[r] ??= []).push(i));
  return { roles, by, years: headers.map(yearOf) };
}

/** The year a header names, also run into its word ("Tahun2016"). */
function yearOf(header: string): string | undefined {
  return yearIn(header) ?? /(?:^|[^\d])((?:19|20)\d{2})(?!\d)/.exec(header)?.[1];
}

export function first(cols: Columns, role: Role): number | undefined {
  return cols.by[role]?.[0];
}

export function has(cols: Columns, role: Role): boolean {
  return !!cols.by[role]?.length;
}

/** A column picked for a role: `byPosition` when its header did not single it out. */
export interface Pick {
  col: number;
  byPosition?: boolean;
}

/**
 * Of several columns with the same role, the one whose header names `year`; one column alone is
 * certain; otherwise the last, taken by its position (its meaning is not certain).
 */
export function forYear(cols: Columns, role: Role, year: number | undefined): Pick | undefined {
  const list = cols.by[role];
  if (!list?.length) return undefined;
  if (list.length === 1) return { col: list[0] };
  if (year !== undefined) {
    const hit = list.filter((c) => cols.years[c] === String(year));
    if (hit.length === 1) return { col: hit[0] };
  }
  return { col: list[list.length - 1], byPosition: true };
}
