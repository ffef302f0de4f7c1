// Canonical section kinds from heading text, tolerant of spelling and numbering ("BAB III.",
// "Bab 3", "AKUNTABILITAS KEUANGAN" for Realisasi Anggaran). Shared by every input format.

import { fromRoman } from '../domain/roman-numerals.js';

export function chapterNumber(title: string): number | undefined {
  const m = /^\s*bab\s+([ivx]+|\d+)\b/i.exec(title);
  if (!m) return undefined;
  return fromRoman(m[1]) ?? Number(m[1]);
}

/** Bab III.B under the names reports give it: Realisasi Anggaran, Akuntabilitas Keuangan/Anggaran, Realisasi Daya Serap … */
export const BUDGET_PART =
  /realisasi\s+(?:anggaran|keuangan|belanja|daya\s+serap)|akuntabilitas\s+(?:keuangan|anggaran)|(?:daya\s+)?serapan?\s+anggaran|anggaran\s+dan\s+realisasi|kinerja\s+keuangan/i;
/** Bab III.A: Capaian Kinerja (Organisasi), Capaian Indikator Kinerja, Pengukuran (Capaian) Kinerja. */
export const PERFORMANCE_PART = /capaian\s+(?:indikator\s+)?kinerja|pengukuran\s+(?:pencapaian\s+|capaian\s+)?kinerja/i;

const PATTERNS: [RegExp, string][] = [
  [/kata\s+pengantar/i, 'kata-pengantar'],
  [/daftar\s+(isi|tabel|gambar|lampiran)/i, 'daftar-isi'],
  [/ikhtisar|ringkasan\s+eksekutif|executive\s+summary/i, 'ikhtisar'],
  [/perencanaan\s+(dan\s+perjanjian\s+)?kinerja/i, 'bab-2'],
  [/perjanjian\s+kinerja\s+perubahan|pk\s+perubahan/i, 'pk-perubahan'],
  [/keputusan\b/i, 'sk-iku'],
  [BUDGET_PART, 'bab-3b'],
  [/evaluasi\s+dan\s+analisis|analisis\s+capaian/i, 'bab-3-evaluasi'],
  [PERFORMANCE_PART, 'bab-3a'],
  [/rencana\s+kinerja\s+tahunan|\brkt\b/i, 'rkt'],
  [/perjanjian\s+kinerja|penetapan\s+kinerja/i, 'pk'],
  [/indikator\s+kinerja\s+utama|\biku\b/i, 'iku'],
  [/rencana\s+strategis|\brenstra\b/i, 'renstra'],
  [/^\s*lampiran\b/i, 'lampiran'],
  [/pendahuluan/i, 'bab-1'],
  [/akuntabilitas\s+kinerja/i, 'bab-3'],
  [/penutup/i, 'bab-4'],
];

/** Kind of a section heading; chapters by their number first, then by their words. */
export function sectionKind(title: string): string | undefined {
  const chapter = chapterNumber(title);
  if (chapter !== undefined) return `bab-${chapter}`;
  for (const [re, kind] of PATTERNS) if (re.test(title)) return kind;
  return undefined;
}
