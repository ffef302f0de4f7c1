// What kind of document a file is, before and after it is understood: an LKjIP (however little of
// it names its year or agency), something else altogether (a README, a novel's chapter), or a
// Perjanjian Kinerja on its own. Only the vocabulary and the parts found decide, never one missing
// fact.
import type { LkjipReport, Section } from '../model/report-input.js';
import { sectionKind } from '../model/sections.js';
import type { BerkasRole } from '../model/types.js';
import type { DocumentBlocks } from './blocks.js';

/** The vocabulary of a performance report, one expression per kind of term. */
const VOCABULARY = [
  /\bbab\s*[.]?\s*(?:[ivx]{1,3}|[1-5])\b/i,
  /\biku\b|\bindikator\s+kinerja\s+utama\b/i,
  /\bcapaian\b/i,
  /\bsasaran\b/i,
  /\bindikator\b/i,
  /\bperjanjian\s+kinerja\b/i,
  /\b(?:lkj?ip|lakip)\b(?!-lint)/i, // (not this tool's name)
  /\blaporan\s+(?:akuntabilitas\w*\s+)?kinerja\b/i,
];
export const TERMS = 'Bab, IKU, capaian, sasaran, indikator, Perjanjian Kinerja, LKjIP/LKIP/LAKIP, Laporan Kinerja';
/** Text read before the vocabulary is judged: enough for any report, bounded for any file. */
const VOCABULARY_CHARS = 2_000_000;

/** A document that names itself a performance report of a year ("LAPORAN KINERJA … TAHUN 2021"). */
const TITLED = /\b(?:laporan\s+(?:akuntabilitas\w*\s+)?kinerja|lkj?ip|lakip)\b[^.]{0,200}?\b(?:19|20)\d{2}\b/i;

/**
 * Whether a document has something of an LKjIP: at least two kinds of its terms, anywhere in its
 * text, tables or running titles, or a title naming it a performance report of a year. A README
 * that mentions "laporan kinerja" once, a novel's "BAB SATU", an attendance list: no. Whether the
 * year or the agency is found does not matter here.
 */
export function looksLikeLkjip(doc: DocumentBlocks): boolean {
  const parts: string[] = [];
  let size = 0;
  const add = (t: string) => {
    if (size < VOCABULARY_CHARS) parts.push(t.slice(0, VOCABULARY_CHARS - size));
    size += t.length;
  };
  for (const b of doc.blocks) {
    if (b.type === 'paragraph') add(b.text);
    else for (const row of b.rows) for (const c of row) add(c.text);
  }
  for (const f of doc.furniture ?? []) add(f.text);
  const text = parts.join('\n');
  return VOCABULARY.filter((re) => re.test(text)).length >= 2 || TITLED.test(text);
}

/** Kinds of the sources that name the document a performance report ("Laporan Kinerja … Tahun N"). */
const NAMES_A_REPORT = new Set(['cover', 'title', 'furniture', 'kata-pengantar', 'text']);

const bodyOf = (report: LkjipReport) => (report.sections ?? []).filter((s) => !s.inToc);

/** Whether a report's own parts (Kata Pengantar, Ikhtisar, a Bab) are there, or something names it a performance report. */
function hasReportParts(report: LkjipReport, kindOf: (s: Section) => string | undefined = (s) => s.kind): boolean {
  if (bodyOf(report).some((s) => /^(?:bab-|ikhtisar|kata-pengantar)/.test(kindOf(s) ?? ''))) return true;
  return (report.meta.sources ?? []).some((s) => NAMES_A_REPORT.has(s.kind));
}

/**
 * A Perjanjian Kinerja on its own (a PK file of a submission): it opens with the agreement's title,
 * has none of the report's parts (Kata Pengantar, Ikhtisar, a Bab) and nothing names it a
 * performance report. Linted as an LKjIP it would miss every chapter; it belongs with its LKjIP.
 */
export function agreementOnly(report: LkjipReport): boolean {
  const body = bodyOf(report);
  return !!body.length && /^pk/.test(body[0].kind ?? '') && !hasReportParts(report);
}

/** Section kinds that open a document of a berkas other than the LKjIP, and its role. */
const DOCUMENT_ROLES: Record<string, BerkasRole> = { pk: 'pk', 'pk-perubahan': 'pk-perubahan', renstra: 'renstra', rkt: 'rkt', 'sk-iku': 'iku', iku: 'iku' };

/**
 * The planning documents a file holds, in the order their headings open them (a PK file often
 * holds the PK Perubahan too); for a structured file without headings, the documents its data has.
 */
export function heldDocuments(report: LkjipReport): string[] {
  const held = new Set<string>();
  for (const s of bodyOf(report)) {
    // A hand-written file may leave the kind to the title, as the model does.
    const kind = s.kind ?? sectionKind(s.title);
    if (kind && DOCUMENT_ROLES[kind]) held.add(DOCUMENT_ROLES[kind]);
  }
  if (!held.size) {
    for (const pk of report.pk ?? []) held.add(pk.kind);
    if (report.renstra) held.add('renstra');
    if (report.rkt) held.add('rkt');
    if (report.iku?.length) held.add('iku');
  }
  return [...held];
}

/**
 * What a file of a berkas is, by its content: an LKjIP when a report's own parts are there,
 * else the planning document its first heading opens (or its data holds); undefined when neither.
 */
export function documentRole(report: LkjipReport): BerkasRole | undefined {
  // A hand-written file may leave a heading's kind to its title, as the model does.
  if (hasReportParts(report, (s) => s.kind ?? sectionKind(s.title))) return 'lkjip';
  const first = heldDocuments(report)[0];
  return first ? DOCUMENT_ROLES[first] : undefined;
}
