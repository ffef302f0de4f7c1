// Subjects for the structure rules: table numbering, references to tables, chapter numbering, the
// Daftar Isi against the headings, and decree article labels (written counts: counts.ts).
import { chapterNumber, sectionKind } from '../model/sections.js';
import type { Loc, Model } from '../model/types.js';
import { inDocumentOrder } from '../domain/document-order.js';
import { ordinalLabel, ordinalValue } from '../domain/number-words.js';
import { occurrenceKeys } from './occurrence-key.js';
import { fromRoman, toRoman } from '../domain/roman-numerals.js';
import { subjectKey } from './subject-key.js';
import { clip, normalizeText } from '../domain/text.js';
import type { Subject } from '../engine/types.js';
import type { Provider } from './provider.js';

// ── tables ───────────────────────────────────────────────────────────────────────────────────

export interface TableNumber {
  chapter: string;
  minor: number;
  /** As the rules print it: "3.2". */
  text: string;
}

/** "Tabel 3.2", "3.2.", "III.2", "Tabel 5" → chapter and running number. */
function tableNumber(raw: string | undefined): TableNumber | undefined {
  if (!raw) return undefined;
  const t = raw.replace(/^\s*tabel\s*/i, '').trim();
  const dotted = /^([IVX]+|\d+)\s*[.\-]\s*(\d+)\.?$/i.exec(t);
  if (dotted) {
    const chapter = /^\d+$/.test(dotted[1]) ? String(Number(dotted[1])) : String(fromRoman(dotted[1]) ?? dotted[1]);
    return { chapter, minor: Number(dotted[2]), text: `${dotted[1]}.${dotted[2]}` };
  }
  const single = /^(\d+)\.?$/.exec(t);
  if (single) return { chapter: '', minor: Number(single[1]), text: single[1] };
  return undefined;
}

/** The number `minor` written like `like`: "3.5" beside "3.2", "III.5" beside "III.2", "5" beside "2". */
function numberText(minor: number, like: TableNumber): string {
  return like.chapter === '' ? String(minor) : `${like.text.split('.')[0]}.${minor}`;
}

/** A table number as compared: chapter (as a number) and running number, "3.2" for "III.2". */
const numberKey = (n: TableNumber): string => `${n.chapter}.${n.minor}`;

type TableCaption = NonNullable<Model['tables']>[number];

/**
 * An entry of the Daftar Tabel ("Tabel 2.1 Rencana Kinerja Tahun 2016 ........ II-7"): it lists a
 * caption, it is not one. Known by its section or by the dot leader and page number.
 */
function listedInToc(t: TableCaption): boolean {
  const section = (t as { section?: string }).section ?? t.loc.section ?? '';
  if (sectionKind(section.split(' › ').pop() ?? '') === 'daftar-isi' || sectionKind(section) === 'daftar-isi') return true;
  return /(?:\.\s*){4,}\s*(?:[IVX]+\s*[-–.]\s*)?\d+\s*$/i.test(t.title ?? '');
}

/** "Tabel 2. 1" read as number "2" and title "1": the number is 2.1. */
export function captionNumber(t: TableCaption): TableNumber | undefined {
  const title = (t.title ?? '').trim();
  if (t.number && /^\s*(?:tabel\s*)?\d+\s*\.?\s*$/i.test(t.number) && /^\d{1,2}$/.test(title)) return tableNumber(`${t.number.replace(/\.?\s*$/, '')}.${title}`);
  return tableNumber(t.number);
}

/** "Tabel 3.5 memperlihatkan …": a sentence that opens with a table number speaks of the table. */
function isSentence(t: TableCaption): boolean {
  return /^\s*(?:memperlihatkan|menunjukkan|menggambarkan|menyajikan|menjelaskan|memuat|berisi|merupakan|adalah|di\s?bawah\s+ini|berikut)\b/i.test(t.title ?? '');
}

export function isCaption(t: TableCaption): boolean {
  return !t.referenced && !listedInToc(t) && !isSentence(t);
}

/**
 * Captions in document order, each with what its number should have been: a number already used
 * is a reuse (the table needs the next free number); a number beyond the next one skips some.
 */
/**
 * Labels of the numbers from…to that are missing; a long gap ("Tabel 3.99999999" after 3.1) is
 * shown by its ends ("3.2, 3.3, 3.4, …, 3.99999998"), not listed.
 */
function gapLabels(from: number, to: number, label: (n: number) => string): string[] {
  if (!(to >= from)) return [];
  if (to - from < 10) return Array.from({ length: to - from + 1 }, (_, i) => label(from + i));
  return [label(from), label(from + 1), label(from + 2), '…', label(to)];
}

function tableCaptions(model: Model): Subject[] {
  const captions = inDocumentOrder((model.tables ?? []).filter(isCaption));
  interface ChapterState {
    used: Map<number, { title: string; loc: Loc }>;
    /** How many captions carried each number so far. */
    uses: Map<number, number>;
    max: number;
    last?: string;
  }
  const state = new Map<string, ChapterState>();
  const out: Subject[] = [];
  const key = occurrenceKeys();
  for (const t of captions) {
    const num = captionNumber(t);
    if (!num) continue;
    const s: ChapterState = state.get(num.chapter) ?? { used: new Map(), uses: new Map(), max: 0 };
    state.set(num.chapter, s);
    const first = s.used.get(num.minor);
    const earlierUses = s.uses.get(num.minor) ?? 0;
    s.uses.set(num.minor, earlierUses + 1);
    const next = s.max + 1;
    const base = {
      type: 'table-caption',
      key: key(subjectKey('table', num.text)),
      loc: t.loc,
      evidence: clip(`Tabel ${num.text} ${t.title ?? ''}`),
    };
    if (first) {
      s.max += 1;
      out.push({
        ...base,
        related: [{ location: first.loc, evidence: clip(`Tabel ${num.text} ${first.title}`), note: { term: 'structure-note.first-use' } }],
        facts: {
          number: num.minor,
          next,
          earlierUses,
          actual: num.text,
          expected: numberText(s.max, num),
          firstUse: first.title.trim() ? 'title' : first.loc.page ? 'page' : 'earlier',
          firstTitle: first.title.trim(),
          firstPage: first.loc.page ? String(first.loc.page) : '',
        },
      });
    } else {
      const missing = gapLabels(s.max + 1, num.minor - 1, (n) => numberText(n, num));
      out.push({
        ...base,
        facts: {
          number: num.minor,
          next,
          earlierUses,
          actual: num.text,
          expected: numberText(next, num),
          missing: missing.join(', '),
          before: s.last ?? '',
        },
      });
      s.used.set(num.minor, { title: t.title ?? '', loc: t.loc });
      s.max = Math.max(s.max, num.minor);
    }
    s.last = num.text;
  }
  return out;
}

/** References in prose ("(Tabel 4.1)") beside the captions that exist. */
function tableReferences(model: Model): Subject[] {
  const captions = [
    ...new Set(
      (model.tables ?? [])
        .filter(isCaption)
        .map((t) => captionNumber(t))
        .filter((n): n is TableNumber => !!n)
        .map(numberKey),
    ),
  ];
  const key = occurrenceKeys();
  return (model.tables ?? []).flatMap((t) => {
    if (!t.referenced) return [];
    const num = captionNumber(t);
    if (!num) return [];
    return [
      {
        type: 'table-reference',
        key: key(subjectKey('table-ref', num.text)),
        loc: t.loc,
        evidence: clip(`(Tabel ${num.text}) ${t.title ?? ''}`),
        facts: { actual: num.text, number: numberKey(num), captions },
      },
    ];
  });
}

// ── chapters and the Daftar Isi ──────────────────────────────────────────────────────────────

const CHAPTER_TOKEN = /^\s*bab\s+([ivx]+|\d+)\b/i;

type Section = NonNullable<Model['sections']>[number];

/**
 * The chapter number of a heading: "BAB III …" in the title, or a bare "III" in its numbering when
 * the words name a chapter of the outline ("PENDAHULUAN").
 */
export function chapterOf(s: Section): { number: number; printed: string } | undefined {
  const token = CHAPTER_TOKEN.exec(s.title);
  if (token) return { number: chapterNumber(s.title)!, printed: token[1].toUpperCase() };
  const bare = /^\s*([IVX]+|\d+)\.?\s*$/i.exec(s.number ?? '');
  if (!bare || !/^bab-\d$/.test(sectionKind(s.title) ?? '')) return undefined;
  const number = /^\d+$/.test(bare[1]) ? Number(bare[1]) : fromRoman(bare[1]);
  return number === undefined ? undefined : { number, printed: bare[1].toUpperCase() };
}

/** Body chapters ("BAB I …" headings outside the Daftar Isi) in order, each beside its place. */
function chapterHeadings(model: Model): Subject[] {
  const chapters = inDocumentOrder((model.sections ?? []).filter((s) => !s.inToc && chapterOf(s) !== undefined));
  let previous: string | undefined;
  return chapters.map((s, i) => {
    const { number, printed } = chapterOf(s)!;
    const expected = toRoman(i + 1);
    const subject: Subject = {
      type: 'chapter-heading',
      key: subjectKey('chapter', s.title.replace(CHAPTER_TOKEN, '')),
      loc: s.loc,
      evidence: clip(s.title),
      facts: {
        number,
        position: i + 1,
        expected,
        actual: printed,
        before: previous ?? '',
        title: s.title,
      },
    };
    previous = printed;
    return subject;
  });
}

interface OutlineEntry {
  key: string;
  title: string;
  loc: Loc;
}

/** Chapters ("3") and their lettered sub-sections ("3.B") in order, keyed by numbering. */
function numbered(sections: Section[]): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  let chapter: number | undefined;
  for (const s of sections) {
    const c = chapterOf(s)?.number;
    if (c !== undefined) {
      chapter = c;
      out.push({ key: String(c), title: s.title, loc: s.loc });
      continue;
    }
    const letter = /^\s*([A-H])\.\s/.exec(s.number ? `${s.number} ` : s.title) ?? /^\s*([A-H])\.\s/.exec(s.title);
    if (letter && chapter !== undefined) out.push({ key: `${chapter}.${letter[1]}`, title: s.title, loc: s.loc });
    else if (/^\s*(lampiran|kata pengantar|ikhtisar|daftar)/i.test(s.title)) chapter = undefined;
  }
  return out;
}

/** A title without its numbering ("BAB III", "A."): what a Daftar Isi entry and a heading share. */
function bareTitle(title: string): string {
  return title.replace(CHAPTER_TOKEN, '').replace(/^\s*[A-H]\.\s*/, '');
}

/** Daftar Isi entries for chapters and their lettered sub-sections, beside the body headings. */
function tocEntries(model: Model): Subject[] {
  const sections = model.sections ?? [];
  const toc = numbered(inDocumentOrder(sections.filter((s) => s.inToc)));
  if (!toc.length) return [];
  const body = new Map(numbered(inDocumentOrder(sections.filter((s) => !s.inToc))).map((e) => [e.key, e]));
  if (!body.size) return [];
  return toc.map((e) => {
    const b = body.get(e.key);
    return {
      type: 'toc-entry',
      key: subjectKey('toc', e.key),
      loc: e.loc,
      evidence: clip(e.title),
      ...(b ? { related: [{ location: b.loc, evidence: clip(b.title), note: { term: 'structure-note.body-heading' } }] } : {}),
      facts: {
        actual: e.title,
        expected: b?.title ?? '',
        entryName: bareTitle(e.title),
        headingName: b ? bareTitle(b.title) : '',
      },
    };
  });
}

// ── decree articles ──────────────────────────────────────────────────────────────────────────

function diktumLabels(model: Model): Subject[] {
  const out: Subject[] = [];
  const key = occurrenceKeys();
  for (const iku of model.iku ?? []) {
    const d = iku.decree;
    if (!d?.diktum?.length) continue;
    let prev = 0;
    let prevLabel = '';
    for (const k of d.diktum) {
      const value = ordinalValue(k.label);
      if (value === undefined) continue;
      const expected = ordinalLabel(prev + 1);
      const missing = value > prev + 1 ? gapLabels(prev + 1, value - 1, ordinalLabel).join(', ') : '';
      out.push({
        type: 'diktum',
        key: key(subjectKey('diktum', d.nomor ?? d.title ?? '', k.label)),
        loc: k.loc,
        evidence: clip(`${k.label} : ${k.text ?? ''}`),
        facts: { value, next: prev + 1, expected, actual: k.label.trim().toUpperCase(), before: prevLabel, missing },
      });
      prev = value;
      prevLabel = k.label.trim().toUpperCase();
    }
  }
  return out;
}

export const subjects: Record<string, Provider> = {
  'table-caption': tableCaptions,
  'table-reference': tableReferences,
  'chapter-heading': chapterHeadings,
  'toc-entry': tocEntries,
  diktum: diktumLabels,
};
