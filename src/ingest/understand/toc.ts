// The Daftar Isi (and Daftar Tabel / Gambar / Lampiran): where it ends, and its entries. Its lines
// name the chapters and parts again, so everything inside it must be kept out of the outline of the
// body. Entries come with leaders ("BAB I PENDAHULUAN ....... 1"), with only a gap or a space before
// the page ("BAB. I. PENDAHULUAN I - 1"), wrapped over two lines, or in a table (title | page).
import type { Section } from '../../model/report-input.js';
import type { BlockLoc, TableBlock } from '../blocks.js';
import { bab3PartKind, documentKind } from './kinds.js';
import { atOf, flat, type TextUnit, type Unit } from './units.js';
import { norm, ordinal, wordCount } from './words.js';

export const CHAPTER = /^BAB[\s.]*([IVXL]+|\d{1,2})(\.?)(?:\s+(.+))?$/;
export const CHAPTER_ANY_CASE = new RegExp(CHAPTER.source, 'i');
export const LETTERED = /^([A-Z])\.\s+(\S.*)$/;
export const NUMBERED = /^(\d{1,2})\.\s+(\S.*)$/;
export const DECIMAL = /^(\d{1,2}(?:\.\d{1,2}){1,2})\.?\s+(\S.*)$/;

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
/** Leaders at the end of a line, with or without the page. */
const LEADERS_END = /(?:\.{3,}|…|_{3,})[\s.…_]*(?:[ivxl]+|\d+|[IVXL]+\s*[-–]\s*\d+)?\s*$/i;
/** A page at the end of a line after a space, without leaders: "PENDAHULUAN 1", "Latar Belakang I - 1", "ii". */
const PAGE_END = /\s(?:\d{1,3}|[ivxl]{1,6}|[IVXL]{1,5}\s*[-–]\s*\d{1,3})\s*$/;
/** The column heading over the page numbers. */
const PAGE_HEADER = /^(?:hal(?:aman)?\.?|page|hlm\.?)$/i;

function endsLikeEntry(line: string): boolean {
  // Tested on the end of a line only: on a long run of dots a pattern would backtrack.
  const tail = line.slice(-300);
  return LEADERS_END.test(tail) || PAGE_END.test(tail);
}

/** A unit whose lines read as Daftar Isi entries (most of them end with a page, or leaders). */
export function entryLines(u: TextUnit): boolean {
  const ending = u.lines.filter((l) => endsLikeEntry(l.text)).length;
  if (!ending) return false;
  // Wrapped entries: the page stands on the last line of each entry.
  return ending * 2 >= u.lines.length || endsLikeEntry(u.lines[u.lines.length - 1].text);
}

/** Short, not a sentence: a chapter or group line of the list, or the first half of a wrapped entry. */
function shortLine(u: TextUnit): boolean {
  const t = flat(u);
  return u.lines.length <= 3 && wordCount(t) <= 16 && !/[.;:]$/.test(t.replace(/\s*\.{2,}$/, ''));
}

/**
 * Where the list that starts after a "Daftar Isi" (or Daftar Tabel …) heading at `start` ends: the
 * first unit that is neither an entry, nor the page header, nor a short line that the next entries
 * follow (a chapter line, a wrapped title), nor a further Daftar heading. Tables in the list (some
 * reports set the Daftar Isi as a table) belong to it.
 */
export function tocRegionEnd(units: Unit[], start: number): number {
  const isEntry = (u: Unit | undefined): boolean => !!u && (u.type === 'table' || (u.type === 'text' && (entryLines(u) || LAMPIRAN_ITEM.test(flat(u)) || PAGE_HEADER.test(flat(u)))));
  let i = start;
  while (i < units.length) {
    const u = units[i];
    if (isEntry(u)) {
      i++;
      continue;
    }
    if (u.type === 'text' && (documentKind(flat(u)) === 'daftar-isi' || /^lampiran\b/i.test(flat(u))) && shortLine(u)) {
      i++;
      continue;
    }
    if (u.type === 'text' && shortLine(u) && (isEntry(units[i + 1]) || (units[i + 1]?.type === 'text' && shortLine(units[i + 1] as TextUnit) && isEntry(units[i + 2])))) {
      i++;
      continue;
    }
    break;
  }
  return i;
}

/** Daftar Isi entries, from a table (title | page) or from lines ("BAB I …… 1", "BAB I PENDAHULUAN 1"). */
export class TocReader {
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

  unit(u: TextUnit): void {
    if (PAGE_HEADER.test(flat(u))) return;
    // Entries one per printed line; a line without a page continues the entry it belongs to.
    let pending = '';
    for (const line of u.lines) {
      const text = norm(line.text);
      if (!text) continue;
      if (!endsLikeEntry(text)) {
        pending = pending ? `${pending} ${text}` : text;
        continue;
      }
      this.line(pending ? `${pending} ${text}` : text, u.loc);
      pending = '';
    }
    if (pending) this.line(pending, u.loc);
  }

  private line(t: string, loc: BlockLoc): void {
    // A reader may run several entries into one line: cut after each page number.
    const found = tocEntries(t);
    if (found.length) {
      for (const e of found) this.entry(e.title, loc);
      const rest = t.slice(found[found.length - 1].end).trim();
      if (rest) this.entry(rest, loc);
      return;
    }
    const page = PAGE_END.exec(t);
    if (page && LEADERS_END.test(t) === false) {
      this.entry(t.slice(0, page.index), loc);
      return;
    }
    // Lines without page numbers: one entry per "Lampiran N" ("BUKU LAMPIRAN" is one too); text in
    // lower case before the first continues the previous entry.
    const parts = t.split(/\s(?=lampiran\s+(?:[IVX]+|\d+)\b)/i);
    if (/^\p{Ll}/u.test(parts[0]) && this.last) {
      this.last.title = norm(`${this.last.title} ${parts.shift()}`);
    }
    for (const p of parts) this.entry(p, loc);
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
