// --explain-extraction: what lkjip-lint read from a document and what it could not place, so a
// reviewer knows what was and was not checked.
import type { Lang } from '../engine/types.js';
import { describeSource, type SourceLike } from '../domain/year-sources.js';
import type { Model } from '../model/types.js';

export interface ExtractionSummary {
  pages?: number;
  /** The report's year, agency and region, and the sources each was read from (meta.sources). */
  identity: { tahun?: number; instansi?: string; pemda?: string; sources: { kind: SourceLike['kind']; text?: string; tahun?: number; instansi?: string; pemda?: string; pages?: number[]; count?: number; page?: number; line?: number }[] };
  /** Body headings with their canonical kind ("bab-3a"), in order. */
  sections: { title: string; kind?: string }[];
  /** Parts of the model that were filled, with their row counts. */
  parts: { part: string; rows: number }[];
  notes: { code: string; message: string; page?: number; line?: number; table?: string }[];
  reader: string[];
}

export function summarizeExtraction(model: Model): ExtractionSummary {
  const count = (x: unknown): number => (Array.isArray(x) ? x.length : x ? 1 : 0);
  const parts: [string, number][] = [
    ['pengukuran', count(model.pengukuran)],
    ['riwayat', count(model.riwayat)],
    ['kemajuanRenstra', count(model.kemajuanRenstra)],
    ['nasional', count(model.nasional)],
    ['pengukuranLain', count(model.pengukuranLain)],
    ['anggaran', count(model.anggaran?.rows) + (model.anggaran?.total ? 1 : 0)],
    ['anggaranLain', (model.anggaranLain ?? []).reduce((n, t) => n + count(t.rows), 0)],
    ['belanja', count(model.belanja?.groups)],
    ['subKegiatan', count(model.subKegiatan)],
    ['alokasi', count(model.alokasi)],
    ['scale', count(model.scale?.bands)],
    ['renstra', (model.renstra?.tujuan ?? []).reduce((n, t) => n + (t.sasaran ?? []).reduce((m, s) => m + count(s.indikator), 0), 0)],
    ['iku', (model.iku ?? []).reduce((n, d) => n + count(d.items), 0)],
    ['rkt', count(model.rkt?.sasaran)],
    ['perencanaan', count(model.perencanaan?.sasaran)],
    ['pk', count(model.pk)],
    ['signings', count(model.signings)],
    ['paragraphs', count(model.paragraphs)],
  ];
  const m = model.meta;
  // The place of a source printed once: its page, or its line in a text file.
  const sources = (m.sources ?? []).map(({ at, loc, ...s }) => {
    const where = at ?? loc;
    return { ...s, ...(where?.page && !s.pages ? { page: where.page } : {}), ...(where?.line && !where.page ? { line: where.line } : {}) };
  });
  return {
    pages: model.extraction?.pages,
    identity: { ...(m.tahun ? { tahun: m.tahun } : {}), ...(m.instansi ? { instansi: m.instansi } : {}), ...(m.pemda ? { pemda: m.pemda } : {}), sources },
    sections: model.outline.filter((s) => !s.inToc).map((s) => ({ title: s.title, ...(s.kind ? { kind: s.kind } : {}) })),
    parts: parts.map(([part, rows]) => ({ part, rows })),
    notes: (model.extraction?.notes ?? []).map((n) => ({ code: n.code, message: n.message, ...(n.at?.page ? { page: n.at.page } : {}), ...(n.at?.line ? { line: n.at.line } : {}), ...(n.at?.table ? { table: n.at.table } : {}) })),
    reader: model.extraction?.reader ?? [],
  };
}

const WORDS = {
  id: { identity: 'Laporan', year: 'tahun', from: 'dibaca dari', notFound: 'tahun tidak ditemukan', pages: 'halaman', sections: 'Bagian yang dikenali', parts: 'Isi yang dibaca (baris)', notes: 'Tidak dapat dipahami (tidak diperiksa)', none: 'tidak ada', reader: 'Catatan pembacaan', empty: 'tidak ditemukan' },
  en: { identity: 'Report', year: 'year', from: 'read from', notFound: 'year not found', pages: 'pages', sections: 'Sections recognised', parts: 'Content read (rows)', notes: 'Not understood (not checked)', none: 'none', reader: 'Reading notes', empty: 'not found' },
};

export function formatExtraction(file: string, x: ExtractionSummary, lang: Lang): string {
  const w = WORDS[lang];
  const who = [x.identity.instansi, x.identity.pemda, x.identity.tahun ? `${w.year} ${x.identity.tahun}` : w.notFound].filter(Boolean).join(', ');
  const lines = [`${file}${x.pages ? ` (${x.pages} ${w.pages})` : ''}`, `  ${w.identity}: ${who}`];
  if (x.identity.sources.length) lines.push(`    ${w.from}:`, ...x.identity.sources.map((s) => `      ${describeSource(s, lang)}`));
  lines.push(`  ${w.sections}:`);
  for (const s of x.sections) lines.push(`    ${s.kind ? `[${s.kind}] ` : ''}${s.title}`);
  if (!x.sections.length) lines.push(`    ${w.none}`);
  lines.push(`  ${w.parts}: ${x.parts.map((p) => `${p.part} ${p.rows || w.empty}`).join(' · ')}`);
  lines.push(`  ${w.notes}:`);
  for (const n of x.notes) lines.push(`    ${[n.page ? `p.${n.page}` : '', n.line ? `${n.line}` : ''].filter(Boolean).join(':') || '-'}  ${n.message}`);
  if (!x.notes.length) lines.push(`    ${w.none}`);
  if (x.reader.length) lines.push(`  ${w.reader}:`, ...x.reader.map((r) => `    ${r}`));
  return `${lines.join('\n')}\n`;
}
