// The prose of a report as claim extraction sees it: the paragraphs (with their section and what
// their position says they are about) and the penjelasan of each sub-kegiatan table. Works from the
// model only, so every input format gives the same units.
import type { SubKegiatanTable } from '../../model/report-input.js';
import { sectionKind } from '../../model/sections.js';
import type { Loc, Model, Normalized } from '../../model/types.js';
import { textHash } from './text.js';

export type NSubKegiatan = Normalized<SubKegiatanTable>;

export interface ProseUnit {
  /** Logical identity: section and a hash of the text (never a line number). */
  id: string;
  kind: 'paragraph' | 'penjelasan';
  text: string;
  loc: Loc;
  section?: string;
  sectionKind?: string;
  aboutSasaran?: number;
  aboutIndikator?: string;
  /**
   * What the unit stands under, nearest first: the heading-like line before it in its section
   * ("b. Perbandingan Realisasi Kinerja Tahun 2016 dengan Tahun 2015", which outlines often do not
   * keep as a section), then its section titles from the innermost out.
   */
  headings: string[];
  subKegiatan?: NSubKegiatan;
}

/** Sections whose prose restates the whole report's results. */
export const SUMMARY_KINDS = new Set(['ikhtisar', 'bab-4', 'kata-pengantar']);
/** Attachments and front matter: their prose is no account of this year's results. */
const SKIPPED_KINDS = new Set(['pk', 'pk-perubahan', 'rkt', 'renstra', 'sk-iku', 'iku', 'lampiran', 'daftar-isi']);

export function kindOfSection(model: Model, title: string | undefined): string | undefined {
  let t = title;
  for (let depth = 0; t && depth < 8; depth++) {
    const candidates = (model.sections ?? []).filter((s) => s.title === t);
    const s = candidates.find((x) => !x.inToc) ?? candidates[0];
    const kind = s?.kind ?? sectionKind(t);
    if (kind) return kind;
    t = s?.parent;
  }
  return undefined;
}

function sasaranNo(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const m = /\d+/.exec(v);
    if (m) return Number(m[0]);
    const roman: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };
    return roman[v.trim().toLowerCase()];
  }
  return undefined;
}

/** Where a sub-kegiatan's penjelasan stands: the table's place, at the line the penjelasan starts. */
function penjelasanLoc(table: NSubKegiatan, index: number): Loc {
  const at = (table as unknown as { penjelasanAt?: { line?: number; page?: number } }).penjelasanAt;
  const base: Loc = { ...table.loc };
  delete base.row;
  delete base.field;
  if (base.pointer !== undefined) {
    base.pointer = `/subKegiatan/${index}/penjelasan`;
    if (at?.line || at?.page) base.source = { ...(base.source ?? {}), ...(at.line ? { line: at.line } : {}), ...(at.page ? { page: at.page } : {}) };
  } else {
    if (at?.line) base.line = at.line;
    if (at?.page) base.page = at.page;
  }
  base.field = 'penjelasan';
  return base;
}

/**
 * A line that heads what follows rather than saying something: short, not ended as a sentence or a
 * lead-in, no sentence inside ("b. Perbandingan Realisasi …", "Sasaran Strategis 1 Meningkatnya …").
 */
export function headingLike(text: string): boolean {
  const t = text.trim();
  const words = t.split(/\s+/).length;
  if (words < 2 || words > 18) return false;
  if (/[.,;:!?]$/.test(t)) return false;
  const body = t.replace(/^\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-z]|[ivx]{1,4})[.)]\s+/i, '');
  // A caption heads its table or chart, not the prose after it.
  if (/^(?:tabel|gambar|grafik|diagram|bagan)\b/i.test(body)) return false;
  return /^[\p{Lu}\d"“‘']/u.test(body) && !/[.!?]\s+\p{Lu}/u.test(body);
}

function sectionPath(p: { section?: string; loc: Loc }): string[] {
  const path = (p.loc.section ?? '').split(' › ').filter(Boolean).reverse();
  return p.section && !path.includes(p.section) ? [...path, p.section] : path;
}

export function proseUnits(model: Model): ProseUnit[] {
  const units: ProseUnit[] = [];
  let local: { section: string; text: string } | undefined;
  for (const p of model.paragraphs ?? []) {
    const section = p.section ?? p.loc.section;
    const path = sectionPath(p);
    const where = path.join(' › ');
    if (local && local.section !== where) local = undefined;
    const headings = local ? [local.text, ...path] : path;
    if (headingLike(p.text)) local = { section: where, text: p.text };
    const kind = kindOfSection(model, section);
    if (kind && SKIPPED_KINDS.has(kind)) continue;
    const unit: ProseUnit = { id: `${section ?? ''}#${textHash(p.text)}`, kind: 'paragraph', text: p.text, loc: p.loc, headings };
    if (section) unit.section = section;
    if (kind) unit.sectionKind = kind;
    const no = sasaranNo(p.about?.sasaran);
    if (no) unit.aboutSasaran = no;
    if (p.about?.indikator) unit.aboutIndikator = p.about.indikator;
    units.push(unit);
  }
  (model.subKegiatan ?? []).forEach((t, i) => {
    if (!t.penjelasan?.trim()) return;
    const name = t.subKegiatan ?? t.kegiatan ?? String(i + 1);
    const unit: ProseUnit = { id: `penjelasan#${name}#${textHash(t.penjelasan)}`, kind: 'penjelasan', text: t.penjelasan, loc: penjelasanLoc(t, i), subKegiatan: t, headings: [] };
    const no = sasaranNo(t.sasaran);
    if (no) unit.aboutSasaran = no;
    units.push(unit);
  });
  return units;
}
