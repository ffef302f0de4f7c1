// Small text predicates over Indonesian report wording, shared by the understanding modules.
import { romanValue } from '../../domain/roman-numerals.js';

export function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Lower case, no punctuation except %, single spaces: for matching header and heading words. */
export function key(s: string): string {
  return norm(s.toLowerCase().replace(/[^\p{L}\p{N}%\s]/gu, ' '));
}

export function wordCount(s: string): number {
  return norm(s).split(' ').filter(Boolean).length;
}

/** Mostly capitals: headings, letterheads and cover lines are typed in capitals. */
export function isCaps(s: string, ratio = 0.8): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length >= ratio;
}

/** "2" → 2, "II" → 2, anything else as written. */
export function ordinal(s: string): number | string {
  if (/^\d+$/.test(s)) return Number(s);
  return romanValue(s) ?? s;
}

export const MONTH =
  '(?:Januari|Janu?ari|Februari|Pebruari|Febuari|Maret|April|Mei|Juni|Juli|Agustus|Agutus|September|Oktober|Nopember|November|Desember|January|February|March|May|June|July|August|October|December)';

/**
 * A Rupiah amount as printed, with its prefix: "Rp. 3.457.463.874", "Rp 2,519,516,374,00",
 * "Rp. 5.613.900.000,-". The whole run of digits and separators is taken, so that a malformed
 * amount ("Rp. 10.924024.550") is read as malformed, not as "Rp. 10".
 */
export const RUPIAH = /Rp\.?\s*\d+(?:[.,]{1,2}\d+)*(?:,-|\.-)?/i;

/** A percentage as printed: "95,36%", "99,60 %" (the whole digit run, as for RUPIAH). */
export const PERCENT = /(?<![\d.,])\d+(?:[.,]{1,2}\d+)*\s*%/;

export function isYear(s: string): boolean {
  return /^(?:19|20)\d{2}$/.test(s.trim());
}

export function yearIn(s: string): string | undefined {
  return /\b((?:19|20)\d{2})\b/.exec(s)?.[1];
}
