// Percentages and Rupiah amounts as prose prints them: "91,06%", "(91,06%)", "90.68 %", "(104.66)%",
// "Rp. 3.457.463.874", "Rp 2,5 miliar", "Rp. 14.513.515.000,00", "Rp. 5.613.900.000,-". Each keeps
// its raw text and the precision it is printed with (Rp 2,5 miliar stands for 2,45–2,55 miliar). The
// whole run of digits and separators is read, so that a malformed amount ("Rp 10.924024.550") is
// recognised as such (findMalformedNumbers), never read as its first digits.
import { parseNumber, type ParsedNumber } from '../../model/number-id.js';

export interface ProseNumber {
  value: ParsedNumber;
  unit: 'percent' | 'rupiah';
  /** Offsets in the text searched. */
  start: number;
  end: number;
}

// Doubled separators are taken too ("Rp 2.400.,000,000"): malformed, not "Rp 2.400".
const DIGITS = String.raw`\d+(?:[.,]{1,2}\d+)*`;
const RUPIAH = new RegExp(String.raw`\bRp\.?\s*(${DIGITS})(?:,-|\.-)?(?:\s*(ribu|rb|juta|jt|miliar|milyar|triliun)\b)?`, 'gi');
// A number starts where a digit run starts (not after a digit, nor after a digit and a separator):
// retried from every digit of a long run, the match was quadratic in the run's length.
const PERCENT = new RegExp(String.raw`(\()?(?:(?<![\d.,]\s*)(-|−)\s*)?(?<!\d[.,]?)(${DIGITS})\s*(\))?\s*(%|persen\b)`, 'gi');

interface Found extends ProseNumber {
  /** Kind 'number', or 'malformed' for digits grouped wrongly. */
  parsed: ParsedNumber;
}

function scan(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(RUPIAH)) {
    // "Rp 2,5 miliar" is read with its scale word: 2,5 × 10⁹, precision that of 2,5 scaled.
    const parsed = parseNumber(`Rp ${m[1]}${m[2] ? ` ${m[2]}` : ''}`);
    if (parsed.kind !== 'number' && parsed.kind !== 'malformed') continue;
    out.push({ value: { ...parsed, raw: m[0].trim() }, parsed, unit: 'rupiah', start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of text.matchAll(PERCENT)) {
    const start = m.index!;
    // A percentage inside an amount already read ("Rp 1.000" is never followed by %, but be safe).
    if (out.some((n) => start >= n.start && start < n.end)) continue;
    const openParen = !!m[1];
    const closeParen = !!m[4];
    // "(104.66)%" is a negative value; "(91,06%)" is a positive one in brackets.
    const negative = !!m[2] || (openParen && closeParen);
    const parsed = parseNumber(`${negative ? '-' : ''}${m[3]}%`);
    if (parsed.kind !== 'number' && parsed.kind !== 'malformed') continue;
    const rawStart = openParen && !closeParen ? start + 1 : start;
    const raw = text.slice(rawStart, start + m[0].length).trim();
    out.push({ value: { ...parsed, raw }, parsed, unit: 'percent', start: rawStart, end: start + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The percentages and Rupiah amounts of a text, read. */
export function findNumbers(text: string): ProseNumber[] {
  return scan(text)
    .filter((n) => n.parsed.kind === 'number')
    .map(({ value, unit, start, end }) => ({ value, unit, start, end }));
}

/** Percentages and Rupiah amounts whose digits are grouped wrongly ("Rp 10.924024.550"): not read, reported. */
export function findMalformedNumbers(text: string): ProseNumber[] {
  return scan(text)
    .filter((n) => n.parsed.kind === 'malformed')
    .map(({ value, unit, start, end }) => ({ value, unit, start, end }));
}
