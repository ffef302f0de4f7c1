// Table captions ("Tabel 3.1 ⏎ Pengukuran Realisasi Kinerja Tahun 2021", "MATRIK TUJUAN, SASARAN …")
// and prose references to tables ("tercantum dalam (Tabel 4.1) Tujuan, Sasaran …"). A reference's
// title is the text after it up to the end of the sentence, when that starts like a title.
// Numbers as reports print them: "3.1", "3. 2" (a space after the dot), "Tabel. 3.10", "2.3a",
// "3.1.3", "III.1". A caption may stand above its table or below it (tables/place.ts decides which
// by the document's habit); "Tabel 3.2 (lanjutan)" continues the table numbered before.
import type { TableCaption } from '../../model/report-input.js';
import type { BlockLoc } from '../blocks.js';
import { sectionTitle, type UnitContext } from './outline.js';
import { atOf, flat, type TextUnit, type Unit } from './units.js';
import { isCaps, norm } from './words.js';

// The number, after "Tabel", "Tabel." or "Tabel:": groups of one or two digits (or a roman chapter) joined by "." or "-", a space allowed
// after the dot ("3. 2"), and a letter suffix ("2.3a"); never the start of a year ("Tabel 3. 2016").
const CAPTION = /^(tabel|table)[.:]?\s*((?:[IVX]+|\d{1,2})(?:(?:\.\s?|\s?-\s?)\d{1,2}(?!\d))*(?:[a-z](?![a-z]))?)\.?\s*(.*)$/is;
const CONTINUED = /^\(?\s*(?:lanjutan|sambungan|lanj\.|continued)\b/i;
const MATRIX = /^matriks?\b/i;
const REFERENCE = /\(\s*(tabel|table)\s+(\d+(?:[.-]\d+)*)\.?\s*\)|\b(tabel|table)\s+(\d+(?:[.-]\d+)+)\b/gi;

export interface Caption extends TableCaption {
  /** "Tabel 3.1" as printed, or the title for a caption without a number. */
  label: string;
  /** "Tabel 3.2 (lanjutan)": the rest of a table already captioned. */
  continued?: boolean;
}

export function captionOf(u: TextUnit): Caption | undefined {
  const t = flat(u);
  const m = CAPTION.exec(t);
  if (m && u.lines.length <= 5 && t.length < 200) {
    const number = m[2].replace(/\s+/g, '');
    const c: Caption = { number, label: `${cap(m[1])} ${number}` };
    const title = norm(m[3]).replace(/^[:.–-]\s*/, '');
    if (CONTINUED.test(title)) c.continued = true;
    else if (title) c.title = title;
    return c;
  }
  if (MATRIX.test(t) && isCaps(t) && u.lines.length <= 2) return { title: t, label: t };
  return undefined;
}

function cap(word: string): string {
  return word[0].toUpperCase() + word.slice(1).toLowerCase();
}

export function readCaptions(units: Unit[], ctx: UnitContext[]): { captions: Caption[]; byUnit: Map<number, Caption> } {
  const captions: Caption[] = [];
  const byUnit = new Map<number, Caption>();
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.type !== 'text' || ctx[i].role) continue;
    const c = captionOf(u);
    if (!c) continue;
    const section = sectionTitle(ctx[i]);
    if (section) c.section = section;
    c.at = atOf(u.loc);
    captions.push(c);
    byUnit.set(i, c);
  }
  return { captions, byUnit };
}

/** Tables a paragraph refers to. */
export function referencesIn(u: TextUnit, text: string, section: string | undefined, loc: BlockLoc = u.loc): TableCaption[] {
  const out: TableCaption[] = [];
  for (const m of text.matchAll(REFERENCE)) {
    const number = m[2] ?? m[4];
    const ref: TableCaption = { number };
    const after = text.slice((m.index ?? 0) + m[0].length).trim();
    const title = /^(\p{Lu}[^.;:]*?)(?:[.;:]\s|[.;:]?$)/u.exec(after)?.[1];
    if (m[1] && title) ref.title = norm(title);
    if (section) ref.section = section;
    ref.referenced = true;
    ref.at = atOf(loc);
    out.push(ref);
  }
  return out;
}

export function stripLabel(c: Caption): TableCaption {
  const { label: _label, continued: _continued, ...rest } = c;
  return rest;
}
