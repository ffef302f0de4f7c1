// Years written wrongly in prose, headings and captions: a year with a digit lost, doubled, swapped
// or replaced by a letter after "Tahun" ("Tahun 204", "Tahun Anggaran 20016", "Tahun 2A22",
// "Tahun 2106"), and a comparison with "tahun N" in the year-N report where the year before is meant.

export interface YearToken {
  /** The token as written after "tahun". */
  token: string;
  index: number;
  /** The anchoring words as written, up to and including the token. */
  phrase: string;
}

/**
 * "Tahun", "Tahun Anggaran", "TA." followed by a short token that starts with a digit. Not inside a
 * word ("setahun", "data."), not after "per", "setiap", "tiap", "/" or a count ("5 tahun 204
 * kegiatan"): there "tahun" is a unit and the number a quantity. Not a token followed by a decimal
 * part or by a lone digit ("Tahun 201 6": a year split by the reader).
 */
const TOKEN = /(tahun(?:\s+anggaran)?|t\.?a\.)\s*([12][0-9A-Za-z]{2,4})(?![0-9A-Za-z\u00C0-\u024F])(?![,.]\d)(?!\s+\d\b)/gi;
/** What may not stand just before the anchor (checked on the text before it, not in the pattern: a lookbehind there is tried at every position). */
const UNIT_BEFORE = /(?:[0-9A-Za-z\u00C0-\u024F/]|(?:^|[^0-9A-Za-z])(?:per|setiap|tiap)\s*|\d\s*)$/i;

export function yearTokens(text: string): YearToken[] {
  const out: YearToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    if (UNIT_BEFORE.test(text.slice(Math.max(0, m.index! - 8), m.index))) continue;
    out.push({ token: m[2], index: m.index!, phrase: m[0] });
  }
  return out;
}

/**
 * How a token after "tahun" is written: a year ("2016", 1800 up to ten years after the report), a
 * number of three or five digits ("short", "long"), four characters with one letter ("letter"), four digits
 * that are no year but another year's digits in another order ("transposed"), or other digits.
 */
export function yearForm(token: string, reportYear: number): 'year' | 'short' | 'long' | 'letter' | 'transposed' | 'number' {
  if (/[^0-9]/.test(token)) return token.length === 4 && /^\d*[A-Za-z]\d*$/.test(token) ? 'letter' : 'number';
  if (token.length === 3) return 'short';
  if (token.length === 5) return 'long';
  const n = Number(token);
  if (n >= 1800 && n <= reportYear + 10) return 'year';
  const sorted = (s: string) => [...s].sort().join('');
  return [reportYear - 1, reportYear, reportYear + 1].some((y) => sorted(String(y)) === sorted(token)) ? 'transposed' : 'number';
}

/** Edit distance with adjacent transpositions (optimal string alignment); small strings only. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The year nearest to the token among the report year and the years beside it, with its distance. */
export function nearestYear(token: string, reportYear: number): { year: number; distance: number } {
  const candidates = [reportYear, reportYear - 1, reportYear + 1];
  return candidates
    .map((year) => ({ year, distance: editDistance(token.toUpperCase(), String(year)) }))
    .reduce((a, b) => (b.distance < a.distance ? b : a));
}

export interface YearComparison {
  /** The phrase as written: "dibandingkan dengan capaian tahun 2016". */
  phrase: string;
  year: number;
  index: number;
  /** The sentence the phrase stands in. */
  sentence: string;
}

/**
 * "dibandingkan (dengan) (capaian|realisasi|kinerja) (pada) tahun N" — a comparison whose other
 * term is a year's result. A comparison with a target, pagu or standard names that word instead.
 */
const COMPARED = /\b(?:di)?banding(?:kan)?\s+(?:dengan\s+)?(?:(?:capaian|realisasi|kinerja|pencapaian)(?:\s+kinerja)?\s+)?(?:pada\s+|di\s+)?tahun\s+((?:19|20)\d{2})\b(?!\s*(?:[-–—]|s\.?\s?\/?\s?d\.?|sampai|hingga|dengan)\s*(?:tahun\s+)?\d)/gi;

function sentenceAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('. ', index) + 1, text.lastIndexOf('\n', index) + 1, 0);
  const stop = text.indexOf('. ', index);
  return text.slice(start, stop === -1 ? text.length : stop + 1).trim();
}

export function yearComparisons(text: string): YearComparison[] {
  const out: YearComparison[] = [];
  if (!/banding/i.test(text)) return out;
  for (const m of text.matchAll(COMPARED)) {
    out.push({ phrase: m[0], year: Number(m[1]), index: m.index!, sentence: sentenceAround(text, m.index!) });
  }
  return out;
}

/** The years a sentence names other than `year` (ranges included): what the comparison may start from. */
export function otherYears(sentence: string, year: number): number[] {
  return [...sentence.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0])).filter((y) => y !== year);
}

/**
 * The years a table caption names ("Tahun 2014 – 2015", "Tahun 2015 dengan Tahun 2016", "Target
 * Renstra 2013-2018"), as the span from the first to the last; undefined when it names fewer than two
 * (one year is the report's own year in most captions, whatever else the columns compare).
 */
export function captionSpan(title: string): { from: number; to: number } | undefined {
  const years = [...title.matchAll(/(?<![\d.,])((?:19|20)\d{2})(?![\d.,]\d)/g)].map((m) => Number(m[1]));
  if (new Set(years).size < 2) return undefined;
  return { from: Math.min(...years), to: Math.max(...years) };
}
