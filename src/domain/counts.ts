// Counts written as digits with words ("4 (empat) program utama yaitu :", "terdiri dari 3 (tiga)
// program dan 4 (empat) sub kegiatan") and the list items that follow a lead-in sentence.
import { parseNumberWords } from './number-words.js';

export interface CountPhrase {
  /** As written: "4 (empat)". */
  text: string;
  digits: number;
  /** The digits as written: "3.457.463.874". */
  digitsText: string;
  /** The words' value; undefined when the parenthesis is not a number ("(SKM)"). */
  words?: number;
  wordsText: string;
  /** What is counted, normalised: "program", "kegiatan", "sub kegiatan", "sasaran", … */
  noun?: string;
  /** Written as a percentage ("200 % (SANGAT BAIK)", "100% (seratus persen)"). */
  percent: boolean;
  index: number;
}

const COUNT = /(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,0+)?\s*(%|persen)?\s*\(\s*([A-Za-z][A-Za-z\s-]{1,120}?)\s*\)(\s+(?:sub\s*-?\s*kegiatan|kegiatan|program|sasaran|indikator|tujuan|desa|orang|unit|bidang|seksi)\b)?/g;

/** Digits-with-words counts in a text, in order. */
export function findCounts(text: string): CountPhrase[] {
  const out: CountPhrase[] = [];
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(text); m; m = COUNT.exec(text)) {
    if (/\bkoma\b/i.test(m[3])) continue;
    const words = parseNumberWords(m[3]);
    out.push({
      text: m[0].replace(m[4] ?? '', '').trim(),
      digits: Number(m[1].replace(/\./g, '')),
      digitsText: m[1],
      words,
      wordsText: m[3].trim(),
      noun: m[4] ? m[4].trim().toLowerCase().replace(/^sub\s*-?\s*kegiatan$/, 'sub kegiatan') : undefined,
      percent: !!m[2],
      index: m.index,
    });
  }
  return out;
}

export type MarkerStyle = 'letter' | 'digit';

export interface ListMarker {
  style: MarkerStyle;
  value: number;
}

/** "a. …", "b) …", "1. …", "2) …" (after an optional bullet) → its style and position. */
export function listMarker(text: string): ListMarker | undefined {
  const t = text.replace(/^\s*(?:[-•▪●◦*✓✔]\s*)+/, '');
  const letter = /^([a-z])[.)]\s+\S/.exec(t);
  if (letter) return { style: 'letter', value: letter[1].charCodeAt(0) - 96 };
  const digit = /^(\d{1,2})[.)]\s+\S/.exec(t);
  if (digit) return { style: 'digit', value: Number(digit[1]) };
  return undefined;
}

/** A sentence that introduces a list: ends with ":" or "yaitu", "sebagai berikut", "antara lain", "meliputi". */
export function introducesList(text: string): boolean {
  return /(?::|\byaitu|\byakni|\bsebagai\s+berikut|\bantara\s+lain|\bmeliputi|\bterdiri\s+(?:dari|atas))\s*:?\s*$/i.test(text.trim());
}

/** A text that follows a lead-in: where it stands, and whether it is page furniture (a running header or footer). */
export interface ListText {
  text: string;
  page?: number;
  section?: string;
  furniture?: boolean;
}

export interface ListReading {
  count: number;
  /**
   * The list certainly ends where counting stopped: at a new lead-in, at a new list, or at a section's
   * end on the page of its last item. Not when the run stops at a page break (a list continued on
   * the next page may have been read into another section, or cut by a chart), at a jump of the
   * markers, or where the text ends.
   */
  complete: boolean;
}

// Items a reader ran into the one before: "9. Meningkatkan …; 10.Mendukung …; 11.Meningkatkan …".
const INLINE_ITEM = /[;:]\s*(\d{1,2})[.)]\s*(?=\p{Lu})/gu;

function inlineItems(text: string, after: number): number {
  let n = 0;
  for (const m of text.matchAll(INLINE_ITEM)) if (Number(m[1]) === after + n + 1) n++;
  return n;
}

/**
 * How many items a list has, given the texts that follow its lead-in (in order). The first text
 * must be a marked item; items of the same style are counted while their markers run on (a, b, c or
 * 1, 2, 3); items of another style and unmarked texts in between are nested items or continuation
 * lines. Counting stops at a new lead-in, a restart or a jump of the markers, or the end of the
 * lead-in's section (unless the next page goes on with the next marker). Undefined when the list is
 * not marked.
 */
export function readList(following: ListText[], section?: string): ListReading | undefined {
  const texts = following.filter((t) => !t.furniture);
  const first = texts.length ? listMarker(texts[0].text) : undefined;
  if (!first || first.value !== 1) return undefined;
  let count = 0;
  let last: ListText | undefined;
  let between = false;
  const samePage = (t: ListText) => t.page === undefined || last?.page === undefined || t.page === last.page;
  let current = section;
  for (const t of texts) {
    const m = listMarker(t.text);
    const continues = !!m && m.style === first.style && m.value === count + 1;
    if (current !== undefined && t.section !== current) {
      if (!(continues && !samePage(t))) return { count, complete: samePage(t) };
      current = t.section;
    }
    if (m && m.style === first.style) {
      if (!continues) return { count, complete: m.value === 1 && between && samePage(t) };
      count += 1 + (m.style === 'digit' ? inlineItems(t.text, count + 1) : 0);
      last = t;
      between = false;
      continue;
    }
    if (!m && introducesList(t.text)) return { count, complete: true };
    between = true;
  }
  return { count, complete: texts.every((t) => t.page === undefined) };
}

/** The number of items `readList` counts, for texts alone. */
export function countListItems(following: string[]): number | undefined {
  return readList(following.map((text) => ({ text })))?.count;
}
