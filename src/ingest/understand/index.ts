// DocumentBlocks (from the text, Markdown or PDF reader) → the report model. Format-agnostic: it
// reads block, table and cell text and their locations, never tabs or line syntax. The steps: the
// outline first (headings give every block its place); then the blocks that are not prose
// (letterheads, signature blocks, formulas, captions, the decree); then the tables by kind; then
// what is left as paragraphs and the figures stated in them.
import type { LkjipReport, TableCaption } from '../../model/report-input.js';
import type { DocumentBlocks } from '../blocks.js';
import { readCaptions, stripLabel } from './captions.js';
import { readAllocations } from './claims.js';
import { readDocuments } from './documents.js';
import { readFormulas } from './formulas.js';
import { readLetterheads } from './letterheads.js';
import { readMeta } from './meta.js';
import { Notes, type UnderstandingNote } from './notes.js';
import { buildOutline, type Role } from './outline.js';
import { declaredPolarity } from './polarity.js';
import { readParagraphs } from './prose.js';
import { readSignings } from './signings.js';
import { placeTables } from './tables/place.js';
import { position, toUnits } from './units.js';

export type { UnderstandingNote, NoteCode } from './notes.js';

export interface Understood {
  report: LkjipReport;
  notes: UnderstandingNote[];
}

export interface UnderstandOptions {
  /** The reporting year as the user states it (--year): it wins over the document's own. */
  year?: number;
  /**
   * A file of a berkas (a PK, RKT … on its own): its first lines may be the letterhead of the
   * document it opens, not a report's cover.
   */
  asPart?: boolean;
}

export function understand(doc: DocumentBlocks, options: UnderstandOptions = {}): Understood {
  const notes = new Notes();
  const units = toUnits(doc);
  const { sections, ctx } = buildOutline(units);
  const mark = (used: Iterable<number>, role: Role) => {
    for (const i of used) ctx[i] = { ...ctx[i], role };
  };

  const letterheads = readLetterheads(units, ctx, { onCover: options.asPart });
  mark(letterheads.used, 'letterhead');
  const signed = readSignings(units, ctx);
  mark(signed.used, 'signature');
  const formulas = readFormulas(units, ctx);
  mark(formulas.used, 'formula');
  const captions = readCaptions(units, ctx);
  mark(captions.byUnit.keys(), 'caption');
  const docs = readDocuments(units, ctx, signed);
  mark(docs.used, 'decree');
  const pkTitles = sections.filter((s) => !s.inToc && /\bperjanjian\s+kinerja\b/i.test(s.title));
  const meta = readMeta(units, ctx, notes, { furniture: doc.furniture, title: doc.title, pk: pkTitles, statedYear: options.year });

  const placed = placeTables({ units, ctx, captions: captions.byUnit, meta, notes, decree: docs.decree, pkAt: docs.pkAt });
  mark(placed.headers, 'subkegiatan-header');

  const { paragraphs, references } = readParagraphs(units, ctx);
  const printed = captions.captions.filter((c) => !c.continued);
  const tables: TableCaption[] = [...printed, ...placed.guessedCaptions].map(stripLabel).concat(references).sort((a, b) => position(a.at) - position(b.at));
  const signings = [...signed.signings, ...docs.parties].sort((a, b) => position(a.at) - position(b.at));
  missingSections(sections, notes);

  const report: LkjipReport = { lkjipLint: 1, source: { file: doc.file, format: doc.format, ...(doc.pages ? { pages: doc.pages } : {}) }, meta };
  const put = <K extends keyof LkjipReport>(k: K, v: LkjipReport[K] | undefined) => {
    if (v !== undefined && !(Array.isArray(v) && !v.length)) report[k] = v;
  };
  put('sections', sections);
  put('paragraphs', paragraphs);
  put('tables', tables);
  put('signings', signings);
  put('letterheads', letterheads.letterheads);
  put('scale', placed.scale);
  put('formulas', formulas.formulas);
  put('renstra', placed.renstra);
  put('iku', placed.iku);
  put('rkt', placed.rkt);
  put('perencanaan', placed.perencanaan);
  put('pk', docs.pk);
  declaredPolarity(placed.pengukuran, paragraphs);
  put('pengukuran', placed.pengukuran);
  put('rataRata', placed.rataRata);
  put('riwayat', placed.riwayat);
  put('kemajuanRenstra', placed.kemajuanRenstra);
  put('nasional', placed.nasional);
  put('pengukuranLain', placed.pengukuranLain);
  put('anggaran', placed.anggaran);
  put('anggaranLain', placed.anggaranLain);
  put('belanja', placed.belanja);
  put('subKegiatan', placed.subKegiatan);
  put('efisiensi', placed.efisiensi);
  put('tindakLanjut', placed.tindakLanjut);
  put('alokasi', readAllocations(units, ctx));
  return { report, notes: notes.list };
}

const EXPECTED: [string, string][] = [
  ['bab-1', 'Bab I (Pendahuluan)'],
  ['bab-2', 'Bab II (Perencanaan Kinerja)'],
  ['bab-3', 'Bab III (Akuntabilitas Kinerja)'],
  ['bab-3a', 'Bab III.A (Capaian Kinerja Organisasi)'],
  ['bab-3b', 'Bab III.B (Realisasi Anggaran)'],
  ['bab-4', 'Bab IV (Penutup)'],
];

/** The parts PermenPAN-RB 53/2014 (Lampiran II) requires, as found in the body (not the Daftar Isi). */
function missingSections(sections: NonNullable<LkjipReport['sections']>, notes: Notes): void {
  const kinds = new Set(sections.filter((s) => !s.inToc).map((s) => s.kind));
  for (const [kind, name] of EXPECTED) if (!kinds.has(kind)) notes.add('section-missing', `${name} was not found`);
  if (!kinds.has('pk') && !kinds.has('pk-perubahan')) notes.add('section-missing', 'the Perjanjian Kinerja (Lampiran) was not found');
}
