// Roman numerals as Indonesian reports number chapters (BAB I … BAB V), parts (I. … X.) and Word
// lists (i., ii., …): the one reader and writer every stage uses.

const VALUES: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 4 → "IV"; nothing for 0 or less. */
export function toRoman(n: number): string {
  let out = '';
  let rest = n;
  for (const [v, s] of VALUES)
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  return out;
}

const DIGIT: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** The value of I, V, X, L as written, leniently ("IIII" is 4): how a heading's number is read. */
export function romanValue(s: string): number | undefined {
  const t = s.toUpperCase();
  if (!/^[IVXL]+$/.test(t)) return undefined;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = DIGIT[t[i]];
    const next = DIGIT[t[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** A chapter number written canonically, I to XXXIX ("IIII" is none). */
export function fromRoman(s: string): number | undefined {
  if (!/^[IVX]+$/i.test(s)) return undefined;
  const n = romanValue(s);
  return n !== undefined && n <= 39 && toRoman(n) === s.toUpperCase() ? n : undefined;
}
