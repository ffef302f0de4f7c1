// Which LKjIP document or front-matter part a heading names. A title that names two documents
// ("Perjanjian Kinerja Tahun 2021 dan Perjanjian Kinerja Perubahan") is the first one named; on the
// same position the more specific name wins ("PERJANJIAN KINERJA PERUBAHAN" is pk-perubahan).
import { BUDGET_PART, PERFORMANCE_PART } from '../../model/sections.js';

const PATTERNS: [RegExp, string][] = [
  [/kata\s+pengantar/i, 'kata-pengantar'],
  [/daftar\s*(?:isi|tabel|gambar|grafik|lampiran)/i, 'daftar-isi'],
  [/ikhtisar\s+eksekutif|ringkasan\s+eksekutif|ex[ec]+utive\s+summary|eksekutif\s+summary|\bikhtisar\b/i, 'ikhtisar'],
  [/pernyataan\s+(?:telah\s+)?(?:di)?reviu/i, 'pernyataan-reviu'],
  [/perjanjian\s+kinerja\s+perubahan|\bpk\s+perubahan/i, 'pk-perubahan'],
  [/perjanjian\s+kinerja|penetapan\s+kinerja/i, 'pk'],
  [/rencana\s+kinerja\s+tahunan|\brkt\b/i, 'rkt'],
  [/rencana\s+strategis|\brenstra\b/i, 'renstra'],
  [/\b(?:sk|surat\s+keputusan)\b[^.]*\biku\b|\bkeputusan\b/i, 'sk-iku'],
  [/indikator\s+kinerja\s+utama|\biku\b/i, 'iku'],
];

/** Kinds that are documents of their own (attachments), as opposed to chapters and front matter. */
export const DOCUMENT_KINDS = new Set(['pk', 'pk-perubahan', 'rkt', 'renstra', 'sk-iku', 'iku', 'pernyataan-reviu']);

/** "D A F T A R  I S I", "P E N D A H U L U A N": runs of three or more spaced letters joined. */
export function despaced(title: string): string {
  return title.replace(/(?<![\p{L}\p{N}])\p{L}(?: \p{L}(?![\p{L}\p{N}])){2,}/gu, (run) => run.replace(/ /g, ''));
}

export function documentKind(title: string): string | undefined {
  const joined = despaced(title);
  if (joined !== title) return kindOf(joined) ?? kindOf(title);
  return kindOf(title);
}

function kindOf(title: string): string | undefined {
  let best: { at: number; kind: string } | undefined;
  for (const [re, kind] of PATTERNS) {
    const m = re.exec(title);
    if (m && (!best || m.index < best.at)) best = { at: m.index, kind };
  }
  return best?.kind;
}

/** The kinds of Bab III parts the model distinguishes; other parts have none of their own. */
const BAB3_PARTS: [RegExp, string][] = [
  [BUDGET_PART, 'bab-3b'],
  [/evaluasi\s+dan\s+analisis|analisis\s+capaian|analisis\s+(?:dan\s+)?evaluasi/i, 'bab-3-evaluasi'],
  [PERFORMANCE_PART, 'bab-3a'],
];

export function bab3PartKind(title: string): string | undefined {
  for (const [re, kind] of BAB3_PARTS) if (re.test(title)) return kind;
  return undefined;
}
