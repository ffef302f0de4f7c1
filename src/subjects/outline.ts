// Subjects for the outline rules: the numbers of sub-sections ("3.1.2") and table captions
// ("Tabel 3.2") beside the chapter they stand in, and Daftar Isi sub-section numbers beside the
// body heading of the same title. Which chapter a heading or caption stands in is read from the
// body's "BAB …" headings by position; a "Lampiran" (or front-matter) heading ends the chapter.
import type { Loc, Model } from '../model/types.js';
import { sourcePosition } from '../model/normalize.js';
import { inDocumentOrder } from '../domain/document-order.js';
import { SameTextIndex } from '../domain/same-text-index.js';
import { clip } from '../domain/text.js';
import type { Subject } from '../engine/types.js';
import { occurrenceKeys } from './occurrence-key.js';
import { subjectKey } from './subject-key.js';
import { captionNumber, chapterOf, isCaption } from './structure.js';
import type { Provider } from './provider.js';


/** Headings after which the chapter numbering no longer applies. */
const OUTSIDE_CHAPTERS = /^\s*(?:lampiran|kata\s+pengantar|ikhtisar|ringkasan\s+eksekutif|daftar)\b/i;

/** "3.1.2" of "3.1.2. Analisis …" (in the heading's numbering or at the start of its title). */
export function dottedNumber(s: { number?: string; title: string }): string | undefined {
  const fromNumber = /^\s*(\d{1,2}(?:\.\d{1,2})+)\.?\s*$/.exec(s.number ?? '');
  if (fromNumber) return fromNumber[1];
  return /^\s*(\d{1,2}(?:\.\d{1,2})+)\.?(?:\s|(?=[A-Za-z]))/.exec(s.title)?.[1];
}

interface Boundary {
  position: number;
  /** The chapter that starts here; undefined where chapters end (Lampiran, front matter). */
  chapter?: { number: number; printed: string; title: string };
}

/**
 * Body chapter headings and the headings that end a chapter, by position. Headings without
 * positions (a structured file) are taken in the file's order: then only headings can be placed.
 */
function boundaries(model: Model): Boundary[] | undefined {
  const out: Boundary[] = [];
  for (const s of model.sections ?? []) {
    if (s.inToc) continue;
    const position = placeOf(model, s.loc);
    if (position === undefined) return undefined;
    const c = chapterOf(s);
    if (c) out.push({ position, chapter: { ...c, title: s.title } });
    else if (OUTSIDE_CHAPTERS.test(s.title)) out.push({ position });
  }
  return out.sort((a, b) => a.position - b.position);
}

/** A heading's place: its position in the document, else (no heading has one) its index in the file. */
function placeOf(model: Model, loc: Loc): number | undefined {
  const position = sourcePosition(loc);
  if (position !== undefined) return position;
  const sections = model.sections ?? [];
  if (sections.some((s) => sourcePosition(s.loc) !== undefined)) return undefined;
  const i = sections.findIndex((s) => s.loc === loc);
  return i < 0 ? undefined : i;
}

/** The chapter a place stands in: the last boundary at or before it. */
function chapterAt(bounds: Boundary[], position: number | undefined): Boundary['chapter'] {
  if (position === undefined) return undefined;
  let found: Boundary | undefined;
  for (const b of bounds) {
    if (b.position > position) break;
    found = b;
  }
  return found?.chapter;
}

/** Share of items whose leading number is their chapter's: whether the report numbers by chapter at all. */
function share(items: { leading: number; chapter: number }[]): number {
  return items.length ? items.filter((i) => i.leading === i.chapter).length / items.length : 0;
}

/** Numbered sub-section headings of the body ("3.1.2. …") beside the chapter they stand in. */
function sectionNumbers(model: Model): Subject[] {
  const bounds = boundaries(model);
  if (!bounds?.some((b) => b.chapter)) return [];
  const items = inDocumentOrder((model.sections ?? []).filter((s) => !s.inToc && !chapterOf(s))).flatMap((s) => {
    const number = dottedNumber(s);
    const chapter = number ? chapterAt(bounds, placeOf(model, s.loc)) : undefined;
    return number && chapter ? [{ s, number, chapter, leading: Number(number.split('.')[0]) }] : [];
  });
  const byChapter = share(items.map((i) => ({ leading: i.leading, chapter: i.chapter.number })));
  const key = occurrenceKeys();
  return items.map(({ s, number, chapter, leading }) => ({
    type: 'section-number',
    key: key(subjectKey('section-number', number, s.title.replace(/^[\d.\s]+/, ''))),
    loc: s.loc,
    evidence: clip(s.title),
    facts: {
      actual: number,
      leading,
      chapter: chapter.number,
      chapterLabel: chapter.printed,
      chapterTitle: chapter.title,
      title: s.title,
      byChapter,
    },
  }));
}

/** Table captions numbered by chapter ("Tabel 3.2") beside the chapter they stand in. */
function tableChapters(model: Model): Subject[] {
  // Captions are placed among headings by position only.
  if ((model.sections ?? []).some((s) => sourcePosition(s.loc) === undefined)) return [];
  const bounds = boundaries(model);
  if (!bounds?.some((b) => b.chapter)) return [];
  const items = inDocumentOrder((model.tables ?? []).filter(isCaption)).flatMap((t) => {
    const num = captionNumber(t);
    const chapter = num && /^\d+$/.test(num.chapter) ? chapterAt(bounds, sourcePosition(t.loc)) : undefined;
    return num && chapter ? [{ t, text: num.text, leading: Number(num.chapter), chapter }] : [];
  });
  const byChapter = share(items.map((i) => ({ leading: i.leading, chapter: i.chapter.number })));
  const key = occurrenceKeys();
  return items.map(({ t, text, leading, chapter }) => ({
    type: 'table-chapter',
    key: key(subjectKey('table-chapter', text)),
    loc: t.loc,
    evidence: clip(`Tabel ${text} ${t.title ?? ''}`),
    facts: {
      actual: text,
      leading,
      chapter: chapter.number,
      chapterLabel: chapter.printed,
      chapterTitle: chapter.title,
      byChapter,
    },
  }));
}

/** The title of a list of tables or figures inside the Daftar Isi. */
const LIST_TITLE = /^\s*(?:daftar\s+)?(?:tabel|gambar|grafik|bagan|diagram)\b[\s.…]*(?:[ivxl]+|\d+)?\s*$/i;

/** A chapter entry of the Daftar Isi ("BAB III …"): the list of sections resumes. */
const CHAPTER_ENTRY = /^\s*bab\b/i;

/** A heading's words without its numbering. */
const bare = (title: string): string => title.replace(/^\s*\d{1,2}(?:\.\d{1,2})+\.?\s*/, '').trim();

/** Enough words to name one heading: "Visi dan Misi" may stand in several places, a longer title once. */
const namesOne = (title: string): boolean => bare(title).split(/\s+/).filter((w) => w.length > 3).length >= 3;

/**
 * Daftar Isi entries numbered "3.1.4" beside the body: the body heading of the same title, when
 * exactly one has it and none under the entry's own number does.
 */
function tocNumbers(model: Model): Subject[] {
  const sections = model.sections ?? [];
  // Entries after a "Daftar Tabel" / "GAMBAR" title list captions ("2.1. Perubahan IKU"), not sections, until a chapter entry.
  let inList = false;
  const entries = inDocumentOrder(sections.filter((s) => s.inToc)).flatMap((e) => {
    if (LIST_TITLE.test(e.title)) inList = true;
    else if (CHAPTER_ENTRY.test(e.title)) inList = false;
    const number = inList ? undefined : dottedNumber(e);
    return number && namesOne(e.title) ? [{ e, number, name: bare(e.title) }] : [];
  });
  if (!entries.length) return [];
  const body = sections.filter((s) => !s.inToc).flatMap((s) => {
    const number = dottedNumber(s);
    return number ? [{ s, number, name: bare(s.title) }] : [];
  });
  if (!body.length) return [];
  // The index answers what sameName(…, 'heading') answers for every body heading.
  const names = new SameTextIndex(body.map((b) => b.name));
  body.forEach((b, i) => names.add(b.name, i));
  const key = occurrenceKeys();
  return entries.map(({ e, number, name }) => {
    const same = names.all(name).map((i) => body[i]);
    const match = same.length === 1 && same[0].number !== number ? same[0] : undefined;
    return {
      type: 'toc-number',
      key: key(subjectKey('toc-number', number, name)),
      loc: e.loc,
      evidence: clip(e.title),
      ...(match ? { related: [{ location: match.s.loc, evidence: clip(match.s.title), note: { term: 'structure-note.body-heading' } }] } : {}),
      facts: {
        actual: number,
        expected: match?.number ?? '',
        entry: e.title,
        heading: match?.s.title ?? '',
      },
    };
  });
}

export const subjects: Record<string, Provider> = {
  'section-number': sectionNumbers,
  'table-chapter': tableChapters,
  'toc-number': tocNumbers,
};
