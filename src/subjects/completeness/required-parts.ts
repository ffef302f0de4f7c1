// The parts PermenPAN-RB 53/2014 prescribes (and the customary Ikhtisar Eksekutif): for each, the
// heading that opens it, or the content found without one, or nothing.
import { chapterNumber } from '../../model/sections.js';
import type { Loc, Model } from '../../model/types.js';
import { inDocumentOrder } from '../../domain/document-order.js';
import { clip } from '../../domain/text.js';
import type { Subject } from '../../engine/types.js';
import { subjectKey } from '../subject-key.js';
import { chapterSpan, kindsOf, type Section } from './outline.js';

interface Part {
  part: string;
  kinds: string[];
  /** Chapter whose heading locates the finding when the part is missing. */
  within?: string;
}

const PARTS: Part[] = [
  { part: 'ikhtisar', kinds: ['ikhtisar'] },
  { part: 'bab-1', kinds: ['bab-1'] },
  { part: 'bab-2', kinds: ['bab-2'] },
  { part: 'bab-3', kinds: ['bab-3'] },
  { part: 'bab-3a', kinds: ['bab-3a'], within: 'bab-3' },
  { part: 'bab-3b', kinds: ['bab-3b'], within: 'bab-3' },
  { part: 'bab-4', kinds: ['bab-4'] },
  { part: 'lampiran-pk', kinds: ['pk', 'pk-perubahan'] },
  { part: 'pernyataan-reviu', kinds: ['pernyataan-reviu'] },
];

// The form's title and its opening sentence ("… telah mereviu Laporan Kinerja …", Lampiran III/1-2);
// a scanned letter's text layer may read "REYIU".
const REVIU_STATEMENT = /\bpernyataan\s+(?:telah\s+)?(?:di\s*)?re[vy]iu\b|\btelah\s+mereviu\s+laporan\s+kinerja\b/i;

export function requiredParts(model: Model): Subject[] {
  const body = inDocumentOrder((model.sections ?? []).filter((s) => !s.inToc));
  // Without any heading the outline was not captured: nothing can be said about its parts.
  if (!body.length) return [];
  // The PK is an attachment: a "C. Perjanjian Kinerja" sub-chapter of Bab II is not it.
  const lastChapter = body.reduce((last, s, i) => (chapterNumber(s.title) !== undefined ? i : last), -1);
  const kinds = body.map((s, i) => {
    const k = kindsOf(s);
    if (i < lastChapter && !/^\s*lampiran\b/i.test(s.title)) for (const doc of ['pk', 'pk-perubahan']) k.delete(doc);
    return { s, kinds: k };
  });
  const find = (ks: string[]) => kinds.find((k) => ks.some((x) => k.kinds.has(x)))?.s;
  const outline = clip(body.filter((s) => chapterNumber(s.title) !== undefined).map((s) => s.title).join(' · ') || body.map((s) => s.title).join(' · '), 240);
  // Pages the reader could not read (scanned pages, a page limit): a part not found in the text may
  // stand on them.
  const unread = (model.extraction?.reader ?? []).filter((n) => /no text layer|page limit|timed out|could not be read/i.test(n));
  const inBab3 = chapterSpan(body, 3);
  // In a berkas the PK may be a file of its own: the berkas-document subjects look for it there.
  return PARTS.filter((p) => !(model.berkas && p.part === 'lampiran-pk')).map((p) => {
    const heading = find(p.kinds);
    // The PK read from the document is its attachment, with or without a heading.
    const pk = p.part === 'lampiran-pk' ? model.pk?.[0] : undefined;
    const found = heading ? heading.title.trim() || p.part : pk ? pk.title?.trim() || pk.kind : '';
    const statement = p.part === 'pernyataan-reviu' && !heading ? reviuStatement(model, body) : '';
    const where = heading?.loc ?? (p.within ? find([p.within])?.loc : undefined) ?? model.meta.loc;
    const content = found || statement ? undefined : untitledContent(model, p.part, inBab3);
    return {
      type: 'required-part',
      key: subjectKey('part', p.part),
      loc: where,
      evidence: heading ? clip(heading.title) : content ? clip(content.text) : outline,
      facts: {
        part: p.part,
        found: found || statement,
        untitled: content ? content.text.trim() || p.part : '',
        readerNote: unread.join('; '),
        silentPages: p.part === 'pernyataan-reviu' && !found && !statement ? silentFrontPages(model, body) : '',
      },
    };
  });
}

/** The APIP's Pernyataan Telah Direviu: a heading with its title, its signature, or a paragraph naming it. */
function reviuStatement(model: Model, body: Section[]): string {
  const heading = body.find((s) => REVIU_STATEMENT.test(s.title));
  if (heading) return heading.title.trim();
  if ((model.signings ?? []).some((g) => g.document === 'pernyataan-reviu')) return 'pernyataan-reviu';
  return (model.paragraphs ?? []).find((p) => REVIU_STATEMENT.test(p.text))?.text.trim().slice(0, 120) ?? '';
}

/**
 * Pages before Bab I of which nothing at all was read (no heading, paragraph, table or signature),
 * as "2, 3": a scanned letter such as the review statement may stand there. Only for PDFs.
 */
function silentFrontPages(model: Model, body: Section[]): string {
  const bab1 = body.find((s) => chapterNumber(s.title) !== undefined)?.loc.page;
  if (model.format !== 'pdf' || !bab1) return '';
  const seen = new Set<number>();
  const mark = (items: { loc: Loc }[] | undefined) => items?.forEach((x) => x.loc.page && seen.add(x.loc.page));
  mark(model.sections);
  mark(model.paragraphs);
  mark(model.tables);
  mark(model.signings);
  mark(model.letterheads);
  const silent: number[] = [];
  // The cover (page 1) is often an image: it is no place for the statement.
  for (let page = 2; page < bab1; page++) if (!seen.has(page)) silent.push(page);
  return silent.join(', ');
}

const BUDGET_WORDS = /\brealisasi\b[^.]{0,120}\b(?:anggaran|belanja|rp\.?\s*\d)|\b(?:anggaran|pagu)\b[^.]{0,120}\brealisasi\b/i;

/**
 * A part of Bab III that has no heading of its own but whose content is there: the measurement
 * table for Capaian Kinerja; a budget table, or paragraphs giving budget realisation, for
 * Realisasi Anggaran. What it found, to quote.
 */
function untitledContent(model: Model, part: string, inBab3: (loc: Loc) => boolean): { text: string } | undefined {
  if (part === 'bab-3a') {
    const row = model.pengukuran?.[0];
    return row ? { text: row.indikator } : undefined;
  }
  if (part !== 'bab-3b') return undefined;
  const row = model.anggaran?.rows?.find((r) => inBab3(r.loc)) ?? model.belanja?.groups?.find((g) => inBab3(g.loc));
  if (row) return { text: row.name };
  const para = (model.paragraphs ?? []).find((x) => inBab3(x.loc) && BUDGET_WORDS.test(x.text));
  return para ? { text: para.text } : undefined;
}
