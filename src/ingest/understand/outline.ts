// Section structure from heading text, whatever the format: chapters ("BAB III", "BAB II.",
// "BAB I" with its title in the next paragraph), their lettered parts ("A. LATAR BELAKANG"),
// numbered sub-parts ("1. Visi dan Misi …", "I. Tujuan …", "Sasaran 1"), front matter and the
// attached documents (PK, PK Perubahan, RKT, Renstra, SK IKU) by their names, and the Daftar Isi
// entries (inToc). Every unit gets the sections it stands in and the sasaran it speaks of.
import type { Section } from '../../model/report-input.js';
import type { BlockLoc, TableBlock } from '../blocks.js';
import { bab3PartKind, documentKind, DOCUMENT_KINDS } from './kinds.js';
import { atOf, flat, type TextUnit, type Unit } from './units.js';
import { isCaps, norm, ordinal, wordCount } from './words.js';

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
  /** Highest chapter number a Sistematika section has listed so far. */
  listed: number;
  /** The current chapter numbers its parts decimally (1.1, 1.2): lettered lines there are list items. */
  decimal: boolean;
}

const CHAPTER = /^BAB[\s.]*([IVXL]+|\d{1,2})(\.?)(?:\s+(.+))?$/;
const CHAPTER_ANY_CASE = new RegExp(CHAPTER.source, 'i');
const LETTERED = /^([A-Z])\.\s+(\S.*)$/;
const NUMBERED = /^(\d{1,2})\.\s+(\S.*)$/;
const DECIMAL = /^(\d{1,2}(?:\.\d{1,2}){1,2})\.?\s+(\S.*)$/;
const ROMAN = /^([IVX]{1,4})\.\s+(\S.*)$/;
const SASARAN_ALONE = /^sasaran(?:\s+strategis)?\s+(\d{1,2}|[IVX]{1,4})\s*[.:]?\s*$/i;
const SASARAN_TITLED = /^sasaran(?:\s+strategis)?\s+(\d{1,2}|[IVX]{1,4})\s*:\s*(.+)$/i;
// "a. Untuk Sasaran Strategis I: …" opens the allocation of one sasaran (spelling varies: "Starategis", "Sasasaran").
export const SASARAN_ALLOCATION = /\buntuk\s+sa\w*ran\s+(?:st\w*gis\s+)?(\d{1,2}|[IVX]{1,4})\s*[:.]/i;
const NOT_A_HEADING_START = /^(?:tentang|pemerintah|kementerian|nomor|nip|jl\.|jalan)\b/i;

export function buildOutline(units: Unit[]): Outline {
  const sections: Section[] = [];
  const ctx: UnitContext[] = units.map(() => ({}));
  const state: State = { seqs: new Map(), chapter: 0, listed: 0, decimal: false };
  let sasaran: number | string | undefined;
  let seenHeading = false;
  let tocMode = false;
  const toc = new TocReader(sections);

  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (ctx[i].role) continue;
    const { l1 } = state;
    if (tocMode) {
      const isDaftarIsi = /daftar\s+isi/i.test(l1?.title ?? '');
      if (u.type === 'table') {
        if (isDaftarIsi) toc.table(u.block);
        ctx[i] = { role: 'toc', l1 };
        continue;
      }
      if (isTocEntry(units, i)) {
        if (isDaftarIsi) toc.line(u);
        ctx[i] = { role: 'toc', l1 };
        continue;
      }
      tocMode = false;
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
          state.listed = 0;
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
        tocMode = h.kind === 'daftar-isi';
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
  if (!isCaps(t) || wordCount(t) > 6 || documentKind(t) || NOT_A_HEADING_START.test(t) || /^(?:tabel|table|matriks?|gambar)\b/i.test(t)) return undefined;
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

  const chapter = (formatHeading ? CHAPTER_ANY_CASE : CHAPTER).exec(t);
  if (chapter && u.lines.length <= 3) {
    const [, num, dot, rest] = chapter;
    const n = ordinal(num.toUpperCase());
    const number = `${num}${dot}`;
    const kind = `bab-${n}`;
    if (typeof n === 'number') {
      // The Sistematika lists the chapters in ascending order; the real next chapter restarts that order.
      if (inSistematika && n > state.listed) {
        state.listed = n;
        return undefined;
      }
      // A chapter repeated (a running page header, a chapter list) is not a new chapter.
      if (n <= state.chapter) return undefined;
    }
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
  if (lettered && !state.decimal && u.lines.length <= 2 && wordCount(t) <= 16 && !t.includes(':')) {
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

/** The neighbour is the previous or next item of the same numbered list. */
function isSibling(u: Unit | undefined, number: string): boolean {
  if (!u || u.type !== 'text' || !number) return false;
  return new RegExp(`^${number}[.)]\\s`).test(u.text);
}

function toRoman(n: number): string {
  const table: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) [n, out] = [n - v, out + s];
  return out;
}

// ── Daftar Isi ───────────────────────────────────────────────────────────────────────────────

// "KATA PENGANTAR ........ ii", "Latar Belakang ....... I-1", "BAB IV PENUTUP ..... 24": a title,
// then leaders (2+ dots, "…", 2+ underscores, then any dots and spaces) or 2+ spaces, then a page.
// Read by tocEntries in one pass: as one regex (a lazy title before overlapping leader patterns) it
// took time cubic in a long paragraph (a fuzzed 55 kB code block: 25 s).
const PAGE_TOKEN = /(?<=[\s.…_])(?:(?:[IVXL]+-)?\d+|[ivxl]+)(?=\s|$)/g;
const GAP_CHAR = /[\s.…_]/;
/** Longest leader run looked at before a page number (real ones are under 200 characters). */
const MAX_GAP = 500;
/** Longest title taken as a Daftar Isi entry. */
const MAX_TOC_TITLE = 1000;

/** Whether text[i, end) is a gap between a title and its page: leaders or 2+ spaces. */
function isLeaderGap(text: string, i: number, end: number): boolean {
  let j = i;
  while (j < end && /\s/.test(text[j])) j++;
  if (j === end) return end - i >= 2;
  const c = text[j];
  let k = j;
  while (k < end && text[k] === c) k++;
  if ((c === '.' || c === '_') && k - j < 2) return false;
  if (c !== '.' && c !== '_' && c !== '…') return false;
  for (; k < end; k++) if (!/[.…\s]/.test(text[k])) return false;
  return true;
}

/** Daftar Isi entries run together in one text: each title with the end of its page number. */
export function tocEntries(text: string): { title: string; end: number }[] {
  const out: { title: string; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(PAGE_TOKEN)) {
    const p = m.index ?? 0;
    let ts = start;
    while (ts < p && /\s/.test(text[ts])) ts++;
    // The gap: the gap characters right before the page number, after at least one title character.
    let g = p;
    while (g > ts + 1 && p - g < MAX_GAP && GAP_CHAR.test(text[g - 1])) g--;
    let i = g;
    while (i < p && !isLeaderGap(text, i, p)) i++;
    if (i >= p || i <= ts) continue;
    out.push({ title: text.slice(ts, i), end: p + m[0].length });
    start = p + m[0].length;
  }
  return out;
}
const LAMPIRAN_ITEM = /\blampiran\s+(?:[IVX]+|\d+)\b/i;

const TOC_LINE_END = /(?:\.{3,}|…)\s*(?:[ivxl]+|\d+|[IVXL]+-\d+)?\s*$/i;

function isTocLine(u: Unit | undefined): boolean {
  if (!u || u.type !== 'text') return false;
  // The pattern is tested on the end of a line only: on a long run of dots it would backtrack.
  const endsWithLeaders = (s: string) => TOC_LINE_END.test(s.slice(-300));
  if (u.lines.length <= 3) return endsWithLeaders(flat(u));
  // Entries printed one under another in one block: most lines end with leaders (and a page).
  const ending = u.lines.filter((l) => endsWithLeaders(l.text)).length;
  return endsWithLeaders(u.lines[u.lines.length - 1].text) && ending >= 0.6 * u.lines.length;
}

/** In the Daftar Isi: an entry line, a Lampiran line (often without a page), or a chapter line right before entries. */
function isTocEntry(units: Unit[], i: number): boolean {
  const u = units[i];
  if (u.type !== 'text') return false;
  if (isTocLine(u) || LAMPIRAN_ITEM.test(flat(u)) || /^lampiran\b/i.test(flat(u))) return true;
  return CHAPTER_ANY_CASE.test(flat(u)) && isTocLine(units[i + 1]);
}

/** Daftar Isi entries, from a table (title | page) or from lines with leaders ("BAB I …… 1"). */
class TocReader {
  private l1?: { title: string; kind?: string };
  private l2?: { title: string };
  private last?: Section;
  constructor(private readonly sections: Section[]) {}

  table(block: TableBlock): void {
    for (const row of block.rows) {
      const first = row.find((c) => c.text.trim() !== '');
      if (!first || first !== row[0]) continue;
      this.entry(first.text, first.loc);
    }
  }

  line(u: TextUnit): void {
    const t = flat(u);
    // A reader may run several entries into one paragraph: cut after each page number.
    const found = tocEntries(t);
    const entries = found.map((e) => e.title);
    const rest = found.length ? t.slice(found[found.length - 1].end).trim() : '';
    if (!entries.length) {
      // Lampiran lines without page numbers: one entry per "Lampiran N"; text before the first continues the previous entry.
      const parts = t.split(/\s(?=lampiran\s+(?:[IVX]+|\d+)\b)/i);
      if (!/^lampiran\b|^bab\b/i.test(parts[0]) && this.last) {
        this.last.title = norm(`${this.last.title} ${parts.shift()}`);
      }
      for (const p of parts) this.entry(p, u.loc);
      return;
    }
    for (const e of entries) this.entry(e, u.loc);
    if (rest) this.entry(rest, u.loc);
  }

  private entry(raw: string, loc: BlockLoc): void {
    if (raw.length > MAX_TOC_TITLE) return;
    const title = norm(raw.replace(/\s*(?:\.{2,}|…+|_{2,})[.…\s]*$/, '').replace(/^hal(?:aman)?\.?\s*:?\s*/i, ''));
    if (!title) return;
    const s: Section = { title };
    let level: 1 | 2 | 3 = 1;
    const chapter = CHAPTER_ANY_CASE.exec(title);
    const lampiranItem = /^lampiran\s*([IVX]+|\d+)(\.?)\s+(.+)$/i.exec(title);
    const lettered = LETTERED.exec(title);
    const numbered = NUMBERED.exec(title);
    const decimal = DECIMAL.exec(title);
    if (chapter) {
      s.number = `${chapter[1]}${chapter[2]}`;
      s.kind = `bab-${ordinal(chapter[1].toUpperCase())}`;
    } else if (/^lampiran$/i.test(title)) {
      s.kind = 'lampiran';
    } else if (lampiranItem) {
      // Under a "LAMPIRAN" entry when the list has one, else an entry of its own.
      level = this.l1?.kind === 'lampiran' ? 2 : 1;
      s.number = `${lampiranItem[1]}${lampiranItem[2]}`;
      const kind = documentKind(lampiranItem[3]);
      if (kind) s.kind = kind;
    } else if (lettered) {
      level = 2;
      s.number = `${lettered[1]}.`;
      const kind = this.l1?.kind === 'bab-3' ? bab3PartKind(lettered[2]) : undefined;
      if (kind) s.kind = kind;
    } else if (numbered) {
      level = 3;
      s.number = `${numbered[1]}.`;
    } else if (decimal) {
      level = decimal[1].split('.').length === 2 ? 2 : 3;
      s.number = decimal[1];
      const kind = level === 2 && this.l1?.kind === 'bab-3' ? bab3PartKind(decimal[2]) : undefined;
      if (kind) s.kind = kind;
    } else {
      const kind = documentKind(title);
      if (kind) s.kind = kind;
    }
    if (level === 2 && this.l1) s.parent = this.l1.title;
    if (level === 3) {
      const parent = this.l2 ?? this.l1;
      if (parent) s.parent = parent.title;
    }
    s.inToc = true;
    s.at = atOf(loc);
    this.sections.push(s);
    this.last = s;
    if (level === 1) [this.l1, this.l2] = [{ title, kind: s.kind }, undefined];
    else if (level === 2) this.l2 = { title };
  }
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

