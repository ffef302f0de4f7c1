// Section structure from heading text, whatever the format: chapters ("BAB III", "BAB II.",
// "BAB I" with its title in the next paragraph), their lettered parts ("A. LATAR BELAKANG"),
// numbered sub-parts ("1. Visi dan Misi …", "I. Tujuan …", "Sasaran 1"), front matter and the
// attached documents (PK, PK Perubahan, RKT, Renstra, SK IKU) by their names, and the Daftar Isi
// entries (inToc). Every unit gets the sections it stands in and the sasaran it speaks of.
import { toRoman } from '../../domain/roman-numerals.js';
import type { Section } from '../../model/report-input.js';
import type { BlockLoc } from '../blocks.js';
import { bab3PartKind, despaced, documentKind, DOCUMENT_KINDS } from './kinds.js';
import { CHAPTER, CHAPTER_ANY_CASE, DECIMAL, entryLines, LETTERED, NUMBERED, TocReader, tocRegionEnd } from './toc.js';
import { atOf, flat, type TextUnit, type Unit } from './units.js';
import { isCaps, ordinal, wordCount } from './words.js';

export interface SectionRef {
  title: string;
  level: 1 | 2 | 3;
  kind?: string;
  number?: string;
  loc: BlockLoc;
  /** How the heading is numbered and its place in that sequence (A = 1, II = 2), for checking that numbering runs forward. */
  style?: 'letter' | 'number' | 'roman' | 'decimal' | 'chapter';
  seq?: number;
}

export type Role =
  | 'cover'
  | 'heading'
  | 'toc'
  | 'caption'
  | 'signature'
  | 'letterhead'
  | 'decree'
  | 'formula'
  | 'subkegiatan-header';

export interface UnitContext {
  role?: Role;
  l1?: SectionRef;
  l2?: SectionRef;
  l3?: SectionRef;
  sasaran?: number | string;
}

export interface Outline {
  sections: Section[];
  ctx: UnitContext[];
}

interface Heading {
  level: 1 | 2 | 3;
  title: string;
  number?: string;
  kind?: string;
  style?: SectionRef['style'];
  seq?: number;
  consumesNext?: boolean;
  sasaran?: number | string;
}

interface State {
  l1?: SectionRef;
  l2?: SectionRef;
  l3?: SectionRef;
  /** Last sequence number per numbering style among the current parent's children. */
  seqs: Map<string, number>;
  /** Highest chapter number seen. */
  chapter: number;
  /** The last chapter line was an entry of a chapter list (the Sistematika), not a chapter. */
  listing: boolean;
  /** The current chapter numbers its parts decimally (1.1, 1.2): lettered lines there are list items. */
  decimal: boolean;
}

const ROMAN = /^([IVX]{1,4})\.\s+(\S.*)$/;
const SASARAN_ALONE = /^sasaran(?:\s+strategis)?\s+(\d{1,2}|[IVX]{1,4})\s*[.:]?\s*$/i;
const SASARAN_TITLED = /^sasaran(?:\s+strategis)?\s+(\d{1,2}|[IVX]{1,4})\s*:\s*(.+)$/i;
// "a. Untuk Sasaran Strategis I: …" opens the allocation of one sasaran (spelling varies: "Starategis", "Sasasaran").
export const SASARAN_ALLOCATION = /\buntuk\s+sa\w*ran\s+(?:st\w*gis\s+)?(\d{1,2}|[IVX]{1,4})\s*[:.]/i;
const NOT_A_HEADING_START = /^(?:tentang|pemerintah|kementerian|nomor|nip|jl\.|jalan)\b/i;

export function buildOutline(units: Unit[]): Outline {
  const sections: Section[] = [];
  const ctx: UnitContext[] = units.map(() => ({}));
  const state: State = { seqs: new Map(), chapter: 0, listing: false, decimal: false };
  let sasaran: number | string | undefined;
  let seenHeading = false;
  /** Units before this index belong to the Daftar Isi (or Daftar Tabel …) being read. */
  let tocEnd = -1;
  const toc = new TocReader(sections);

  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (ctx[i].role) continue;
    if (i < tocEnd) {
      // A further "Daftar Tabel" heading inside the list opens its own list.
      const heading = u.type === 'text' && documentKind(flat(u)) === 'daftar-isi' && isCaps(flat(u), 0.5) && !entryLines(u) ? flat(u) : undefined;
      if (heading) {
        sections.push({ title: heading, kind: 'daftar-isi', at: atOf(u.loc) });
        state.l1 = { title: heading, level: 1, kind: 'daftar-isi', loc: u.loc };
        ctx[i] = { role: 'heading', l1: state.l1 };
        continue;
      }
      const isDaftarIsi = /daftar\s+isi/i.test(state.l1?.title ?? '');
      if (isDaftarIsi) u.type === 'table' ? toc.table(u.block) : toc.unit(u);
      ctx[i] = { role: 'toc', l1: state.l1 };
      continue;
    }
    if (state.listing && !chapterLine(u)) {
      // The parts a chapter list names under each chapter ("1.1 Latar Belakang", "LAMPIRAN") are entries too.
      if (listLine(u)) {
        ctx[i] = { role: 'toc', l1: state.l1, l2: state.l2, l3: state.l3 };
        continue;
      }
      state.listing = false;
    }
    if (u.type === 'text') {
      const h = detectHeading(units, i, state);
      if (h) {
        seenHeading = true;
        const ref: SectionRef = { title: h.title, level: h.level, kind: h.kind, number: h.number, loc: u.loc, style: h.style, seq: h.seq };
        const parent = h.level === 1 ? undefined : h.level === 2 ? state.l1 : (state.l2 ?? state.l1);
        const section: Section = { title: h.title };
        if (h.number) section.number = h.number;
        if (h.kind) section.kind = h.kind;
        if (parent) section.parent = parent.title;
        section.at = atOf(u.loc);
        sections.push(section);
        if (h.level === 1) {
          [state.l1, state.l2, state.l3] = [ref, undefined, undefined];
          state.seqs = new Map();
          state.listing = false;
          state.decimal = false;
        } else if (h.level === 2) {
          [state.l2, state.l3] = [ref, undefined];
          // Parts run on across the chapter; sub-parts restart under each part.
          state.seqs = new Map([...state.seqs].filter(([k]) => k.startsWith('2:')));
        } else state.l3 = ref;
        if (h.style && h.seq !== undefined) state.seqs.set(`${h.level}:${h.style}`, h.seq);
        if (h.style === 'chapter' && h.seq !== undefined) state.chapter = h.seq;
        if (h.style === 'decimal') state.decimal = true;
        sasaran = h.sasaran;
        if (h.kind === 'daftar-isi') tocEnd = tocRegionEnd(units, i + (h.consumesNext ? 2 : 1));
        const here = { l1: state.l1, l2: state.l2, l3: state.l3, sasaran };
        ctx[i] = { role: 'heading', ...here };
        if (h.consumesNext) ctx[i + 1] = { role: 'heading', ...here };
        continue;
      }
      if (!seenHeading) {
        ctx[i] = { role: 'cover' };
        continue;
      }
      const alloc = SASARAN_ALLOCATION.exec(flat(u));
      if (alloc) sasaran = ordinal(alloc[1].toUpperCase());
    }
    ctx[i] = { l1: state.l1, l2: state.l2, l3: state.l3, sasaran };
  }
  return { sections, ctx };
}

function isChapter(ref: SectionRef | undefined): boolean {
  return !!ref?.kind && /^bab-\d+$/.test(ref.kind);
}

function headingLike(u: TextUnit): boolean {
  const t = flat(u);
  if (u.lines.length > 4 || wordCount(t) > 20 || NOT_A_HEADING_START.test(t)) return false;
  if (/\s:\s|:$|,$/.test(t)) return false;
  return isCaps(t) || !!u.block.headingLevel || !!u.block.bold;
}

/** A heading a reader cut in two ("RENCANA KINERJA TAHUNAN (RKT)" ⏎ "TAHUN 2021", both set as headings). */
function titleContinuation(u: TextUnit, next: Unit | undefined): string | undefined {
  if (next?.type !== 'text' || next.number || !(u.block.headingLevel || u.block.bold)) return undefined;
  if (next.block.headingLevel !== u.block.headingLevel || !!next.block.bold !== !!u.block.bold) return undefined;
  const t = flat(next);
  if (!isCaps(t) || wordCount(t) > 6 || documentKind(t) || CHAPTER_ANY_CASE.test(t) || NOT_A_HEADING_START.test(t) || /^(?:tabel|table|matriks?|gambar)\b/i.test(t)) return undefined;
  return t;
}

/** The numbering continues the siblings before it: the next one, or (one heading lost) the one after. */
function inSequence(state: State, key: string, seq: number): boolean {
  const last = state.seqs.get(key);
  return last === undefined ? seq <= 2 : seq === last + 1 || seq === last + 2;
}

function detectHeading(units: Unit[], i: number, state: State): Heading | undefined {
  const u = units[i] as TextUnit;
  const t = flat(u);
  const formatHeading = !!u.block.headingLevel;
  // "Sistematika Penulisan" lists the chapters ("BAB I PENDAHULUAN — Memuat …"): those are not headings.
  const inSistematika = [state.l2, state.l3].some((s) => s && /sistematika/i.test(s.title));

  const chapter = (formatHeading ? CHAPTER_ANY_CASE : CHAPTER).exec(t) ?? romanChapter(u, t);
  if (chapter && u.lines.length <= 3) {
    const [, num, dot, rest] = chapter;
    const n = ordinal(num.toUpperCase());
    const number = `${num}${dot}`;
    const kind = `bab-${n}`;
    // The Sistematika lists the chapters ("BAB I PENDAHULUAN — memuat …"): those lines are not chapters.
    if (listsChapters(units, i, inSistematika || state.listing)) {
      state.listing = true;
      return undefined;
    }
    // A chapter repeated (a running page header, a chapter list) is not a new chapter.
    if (typeof n === 'number' && n <= state.chapter) return undefined;
    const h = { level: 1 as const, number, kind, style: 'chapter' as const, seq: typeof n === 'number' ? n : undefined };
    if (rest) {
      if (isCaps(rest, 0.7) || (wordCount(rest) <= 8 && !/[.;]$/.test(rest))) return { ...h, title: t };
    } else {
      const next = units[i + 1];
      const nt = next?.type === 'text' ? flat(next) : '';
      const titled = next?.type === 'text' && (isCaps(nt) || !!next.block.headingLevel) && wordCount(nt) <= 12 && !next.number;
      if (titled && !CHAPTER_ANY_CASE.test(nt) && !LETTERED.test(nt)) return { ...h, title: `${t} ${nt}`, consumesNext: true };
      return { ...h, title: t };
    }
  }

  if (headingLike(u)) {
    const lampiran = /^lampiran\b\s*(?:[IVX]+|\d+)?\.?\s*(.*)$/i.exec(t);
    if (lampiran && isCaps(t)) return { level: 1, title: t, kind: (lampiran[1] && documentKind(lampiran[1])) || 'lampiran' };
    const kind = documentKind(t);
    // Inside Bab I–III a name like "RENSTRA" or "PERJANJIAN KINERJA" is a sub-heading or a stray
    // table header, not the start of an attached document.
    const inBody = /^bab-[123]$/.test(state.l1?.kind ?? '') && DOCUMENT_KINDS.has(kind ?? '');
    if (kind && !inBody && !LETTERED.test(t) && !NUMBERED.test(t)) {
      const more = titleContinuation(u, units[i + 1]);
      const title = more ? `${t} ${more}` : t;
      if (state.l1 && kind === state.l1.kind && DOCUMENT_KINDS.has(kind)) return { level: 2, title, consumesNext: !!more };
      return { level: 1, title, kind, consumesNext: !!more };
    }
  }

  if (!isChapter(state.l1) && state.l1?.kind !== 'lampiran') return undefined;
  const prev = units[i - 1];
  const next = units[i + 1];

  const lettered = LETTERED.exec(t);
  // In a chapter numbered decimally (3.1, 3.2) lettered lines are list items, unless one is set as a
  // heading and names a part of Bab III ("B. Realisasi Anggaran" after 3.3).
  const letteredPart = !!lettered && (!!u.block.bold || !!u.block.headingLevel) && state.l1?.kind === 'bab-3' && !!bab3PartKind(lettered[2]);
  if (lettered && (!state.decimal || letteredPart) && u.lines.length <= 2 && wordCount(t) <= 16 && !t.includes(':')) {
    const [, letter, rest] = lettered;
    const seq = letter.charCodeAt(0) - 64;
    const titled = isCaps(rest, 0.7) || wordCount(rest) <= 8;
    if (titled && inSequence(state, '2:letter', seq)) {
      const kind = state.l1?.kind === 'bab-3' ? bab3PartKind(rest) : undefined;
      return { level: 2, title: t, number: `${letter}.`, kind, style: 'letter', seq };
    }
  }

  const decimal = DECIMAL.exec(t);
  if (decimal && u.lines.length <= 2 && wordCount(decimal[2]) <= 12 && !/[.:;,]$/.test(decimal[2]) && /^\p{Lu}/u.test(decimal[2])) {
    const groups = decimal[1].split('.').length;
    const kind = groups === 2 && state.l1?.kind === 'bab-3' ? bab3PartKind(decimal[2]) : undefined;
    return { level: groups === 2 ? 2 : 3, title: t, number: decimal[1], kind, style: 'decimal' };
  }

  const numbered = NUMBERED.exec(t);
  if (numbered && u.lines.length === 1) {
    const n = Number(numbered[1]);
    const rest = numbered[2];
    const titled = wordCount(rest) <= 10 && !/[.:;,]$/.test(rest) && !rest.includes(':') && /^\p{Lu}/u.test(rest);
    if (titled && inSequence(state, '3:number', n) && !isSibling(prev, String(n - 1)) && !isSibling(next, String(n + 1))) {
      return { level: 3, title: t, number: `${n}.`, style: 'number', seq: n };
    }
  }

  const roman = ROMAN.exec(t);
  if (roman && wordCount(t) <= 25 && !t.includes(':')) {
    const n = ordinal(roman[1]) as number;
    if (typeof n === 'number' && inSequence(state, '3:roman', n) && !isSibling(prev, toRoman(n - 1)) && !isSibling(next, toRoman(n + 1))) {
      return { level: 3, title: t, number: `${roman[1]}.`, style: 'roman', seq: n };
    }
  }

  const alone = SASARAN_ALONE.exec(t);
  if (alone) return { level: 3, title: t, sasaran: ordinal(alone[1].toUpperCase()) };
  const titled = SASARAN_TITLED.exec(t);
  if (titled && state.l1?.kind === 'bab-3' && wordCount(t) <= 20 && !/\.$/.test(t)) {
    return { level: 3, title: t, sasaran: ordinal(titled[1].toUpperCase()) };
  }
  return undefined;
}

/** What a chapter of an LKjIP is called (PermenPAN-RB 53/2014, Lampiran II, and common variants). */
const CHAPTER_TITLE = /^(?:pendahuluan|perencanaan(?:\s+dan\s+perjanjian)?\s+kinerja|perjanjian\s+kinerja|akuntabilitas\s+kinerja|penutup|kesimpulan|simpulan)\b/i;

/**
 * "I. PENDAHULUAN", "II PERENCANAAN DAN PERJANJIAN KINERJA": a chapter without the word BAB, taken
 * only when the line is set as a heading (or in capitals) and its title is a chapter's name.
 */
function romanChapter(u: TextUnit, t: string): RegExpExecArray | null {
  if (!u.block.headingLevel && !isCaps(t)) return null;
  const m = /^([IVX]{1,4})(\.?)\s+(.+)$/.exec(t);
  if (!m || !CHAPTER_TITLE.test(despaced(m[3]))) return null;
  return m;
}

const DESCRIBES = /\b(?:berisi(?:kan)?|memuat|menguraikan|menjelaskan|menyajikan|membahas|mengemukakan|menggambarkan|memaparkan|bab\s+ini)\b/i;

function chapterLine(u: Unit): boolean {
  if (u.type !== 'text' || u.lines.length > 3) return false;
  const t = flat(u).replace(/^\d{1,2}[.)]\s+/, '');
  return CHAPTER_ANY_CASE.test(t) && wordCount(t) <= 40;
}

/** A line of a list, not of prose: short and without a sentence's end. */
function listLine(u: Unit): boolean {
  if (u.type !== 'text') return false;
  const t = flat(u);
  return u.lines.length <= 3 && wordCount(t) <= 16 && !/[.;:]$/.test(t);
}

/**
 * A chapter line inside the Sistematika (or right after lines of its chapter list) is an entry of
 * that list when a description goes with it ("BAB I PENDAHULUAN, berisi …", or the next paragraph
 * says what the chapter holds), or when only list lines follow it (its parts, the next chapter line).
 * A real chapter is soon followed by prose or a table.
 */
function listsChapters(units: Unit[], i: number, inList: boolean): boolean {
  if (!inList) return false;
  const u = units[i] as TextUnit;
  if (DESCRIBES.test(flat(u))) return true;
  const next = units[i + 1];
  if (next?.type === 'text' && DESCRIBES.test(flat(next).slice(0, 80))) return true;
  // A chapter list runs on in short lines (its chapters with their parts) to the next chapter line.
  const end = Math.min(units.length, i + 9);
  for (let k = i + 1; k < end; k++) {
    const v = units[k];
    if (chapterLine(v)) return true;
    if (!listLine(v)) return false;
  }
  return end > i + 1;
}

/** The neighbour is the previous or next item of the same numbered list. */
function isSibling(u: Unit | undefined, number: string): boolean {
  if (!u || u.type !== 'text' || !number) return false;
  return new RegExp(`^${number}[.)]\\s`).test(u.text);
}

/** Title of the section a unit's prose belongs to: the chapter part or document it stands in. */
export function sectionTitle(c: UnitContext): string | undefined {
  return (c.l2 ?? c.l1)?.title;
}

/** The innermost section, for naming tables that have no caption. */
export function leafTitle(c: UnitContext): string | undefined {
  return (c.l3 ?? c.l2 ?? c.l1)?.title;
}

/** Kind of the document (or chapter) a unit stands in. */
export function documentOf(c: UnitContext): string | undefined {
  return c.l1?.kind;
}

