// What the result must say was not checked, beside the findings: a report of which nothing beyond
// its cover was understood (not a clean pass: the CLI exits 1 for it), and a report whose year
// nothing names (the rules that need the year did not run; the others did).
import type { Model } from '../model/types.js';
import type { Localized } from './types.js';

export type NotCheckedCode = 'nothing-understood' | 'year-unknown';
export const NOT_CHECKED_CODES: NotCheckedCode[] = ['nothing-understood', 'year-unknown'];

export const NOT_CHECKED: Record<NotCheckedCode, Localized> = {
  'nothing-understood': {
    id: 'tidak diperiksa: selain sampulnya tidak ada bagian LKjIP yang dikenali (bab, tabel, Perjanjian Kinerja, anggaran); periksa laporannya secara manual atau kirim berkas yang teksnya terbaca',
    en: 'not checked: nothing of an LKjIP was recognised beyond its cover (chapters, tables, Performance Agreement, budget); review the report by hand or supply a file whose text can be read',
  },
  'year-unknown': {
    id: 'tahun laporan tidak ditemukan: tahun dalam uraian, tanggal penandatanganan, tahun dokumen lampiran, periode dan target Renstra tidak diperiksa (nyatakan dengan --year)',
    en: 'reporting year not found: years in the text, signing dates, the years of attached documents, the Renstra period and targets were not checked (state it with --year)',
  },
};

/** Parts of the model that hold what a report is checked on. */
const PARTS = ['renstra', 'iku', 'rkt', 'perencanaan', 'pk', 'pengukuran', 'riwayat', 'kemajuanRenstra', 'nasional', 'pengukuranLain', 'anggaran', 'anggaranLain', 'belanja', 'subKegiatan', 'alokasi'] as const;

function filled(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  if (v && typeof v === 'object') return Object.values(v).some(filled);
  return v !== undefined && v !== null && v !== '';
}

/** Whether anything of the report beyond its identity was understood: a heading of its body or a part read. */
function understood(model: Model): boolean {
  if (model.outline.some((s) => !s.inToc)) return true;
  return PARTS.some((p) => filled((model as Record<string, unknown>)[p]));
}

export function notCheckedOf(model: Model): NotCheckedCode[] {
  const out: NotCheckedCode[] = [];
  if (!understood(model)) out.push('nothing-understood');
  if (!model.meta.tahun) out.push('year-unknown');
  return out;
}
