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

/**
 * How many items a list has, given the texts that follow its lead-in (in order). The first text
 * must be a marked item; items of the same style are counted while their markers run on (a, b, c or
 * 1, 2, 3); items of another style and unmarked texts in between are nested items or continuation
 * lines. Counting stops at a new lead-in, a restart or a jump of the markers. Undefined when the
 * list is not marked.
 */
export function countListItems(following: string[]): number | undefined {
  const first = following.length ? listMarker(following[0]) : undefined;
  if (!first || first.value !== 1) return undefined;
  let count = 0;
  for (const text of following) {
    const m = listMarker(text);
    if (m && m.style === first.style) {
      if (m.value !== count + 1) break;
      count++;
      continue;
    }
    if (!m && introducesList(text)) break;
  }
  return count;
}
