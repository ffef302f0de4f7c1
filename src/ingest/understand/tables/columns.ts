// What each column of a table holds, from its header words. Order matters: "INDIKATOR SASARAN" is
// an indicator, "REALISASI NASIONAL" the national value, "CAPAIAN %" a percentage, "SUMBER DANA" a
// source, "KINERJA UTAMA" (beside "INDIKATOR KINERJA UTAMA") the sasaran.
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
  | 'anggaran'
  | 'keterangan'
  | 'formula'
  | 'pj'
  | 'sumber'
  | 'uraian'
  | 'strategi'
  | 'other';

const RULES: [RegExp, Role][] = [
  [/^(?:no|nomor|no urut|kode)$/, 'no'],
  [/target akhir|akhir (?:periode )?renstra|target renstra/, 'targetAkhir'],
  [/kemajuan/, 'kemajuan'],
  [/nasional|standar/, 'nasional'],
  [/formula|rumus|cara (?:pengukuran|perhitungan)|metode perhitungan|definisi operasional/, 'formula'],
  [/penanggung ?jawab|\bpj\b|unit kerja/, 'pj'],
  [/sumber/, 'sumber'],
  [/keterangan|^ket$|catatan/, 'keterangan'],
  [/satuan|^sat$/, 'satuan'],
  [/^(?:strategi|kebijakan|arah kebijakan)\b/, 'strategi'],
  [/indikator tujuan/, 'indikatorTujuan'],
  [/indikator|^iku$|kinerja utama indikator/, 'indikator'],
  [/^tujuan/, 'tujuan'],
  [/predikat|kategori|kriteria|interpretasi|^nilai$/, 'predikat'],
  [/target|sasaran tahun|rencana|^tahunan$/, 'target'],
  [/%|persen|prosentase|capaian/, 'capaian'],
  [/realisasi/, 'realisasi'],
  [/anggaran|pagu|alokasi|\brp\b|dana|biaya/, 'anggaran'],
  [/program|kegiatan/, 'program'],
  [/sasaran|kinerja utama/, 'sasaran'],
  [/uraian/, 'uraian'],
];

export function roleOf(header: string): Role {
  const k = key(header);
  if (!k) return 'other';
  // "TARGET 2021", "REALISASI Th. 2017": the year does not change what the column holds.
  const words = k.replace(/\b(?:th|tahun)?\s*(?:19|20)\d{2}\b/g, '').trim();
  for (const [re, role] of RULES) if (re.test(words || k)) return role;
  return 'other';
}

export interface Columns {
  roles: Role[];
  /** Columns per role, left to right. */
  by: Partial<Record<Role, number[]>>;
  /** Year named in each column's header, if any. */
  years: (string | undefined)[];
}

export function columnsOf(headers: string[]): Columns {
  const roles = headers.map(roleOf);
  const by: Columns['by'] = {};
  roles.forEach((r, i) => (by[r] ??= []).push(i));
  return { roles, by, years: headers.map((h) => yearIn(h)) };
}

export function first(cols: Columns, role: Role): number | undefined {
  return cols.by[role]?.[0];
}

export function has(cols: Columns, role: Role): boolean {
  return !!cols.by[role]?.length;
}

/** Of several columns with the same role, the one for `year`, else the last. */
export function forYear(cols: Columns, role: Role, year: number | undefined): number | undefined {
  const list = cols.by[role];
  if (!list?.length) return undefined;
  if (year !== undefined) {
    const hit = list.find((c) => cols.years[c] === String(year));
    if (hit !== undefined) return hit;
  }
  return list.length === 1 ? list[0] : list[list.length - 1];
}
