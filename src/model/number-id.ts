// Parser for numbers as Indonesian reports print them: 1.234.567,89 · 91,06% · Rp. 2,519,516,374 ·
// (3,14) · "-" · "n/a" · "B" · "80 - 90". A value remembers its stated precision (decimals) so that
// comparisons can use the interval it stands for instead of a blanket epsilon.

export type NumberKind = 'number' | 'empty' | 'na' | 'letter' | 'range' | 'text';
export type NumberStyle = 'id' | 'en';

export interface ParsedNumber {
  raw: string;
  kind: NumberKind;
  /** Numeric value for kind 'number'; null otherwise. */
  value: number | null;
  /** Exact decimal text of the value ("-1234.5"), for decimal-safe sums. */
  exact?: string;
  /** Digits after the decimal separator as printed. */
  decimals: number;
  unit?: 'percent' | 'rupiah';
  /** Set when the printed form admits two readings (e.g. "24.577"); `value` follows `chosen`. */
  ambiguous?: { chosen: NumberStyle; alternative: number; alternativeExact: string; alternativeDecimals: number; reason: string };
  /** Which separator convention the text shows, when it shows one. */
  style?: NumberStyle;
  letter?: string;
  range?: { min: ParsedNumber; max: ParsedNumber };
}

export interface ParseOptions {
  /** Convention to use when a single separator followed by three digits leaves it open. */
  prefer?: NumberStyle;
  /** The value stands in a Rupiah column (anggaran, realisasi of a budget row): whole amounts. */
  money?: boolean;
}

const EMPTY = /^(?:-+|–|—|\.|)$/;
const NOT_AVAILABLE = /^(?:n\/?a|t\/?a|tidak ada|belum ada|#div\/0!?|#n\/a|nihil)$/i;
const LETTER = /^([A-E])([+-])?(?:\s*\(.*\))?$/;
const RANGE = /^(.+?)\s*(?:-|–|—|s\.?\/d\.?|sampai(?:\s+dengan)?|hingga)\s*(.+)$/i;

export function parseNumber(input: string | number | null | undefined, options: ParseOptions = {}): ParsedNumber {
  if (input === null || input === undefined) return { raw: '', kind: 'empty', value: null, decimals: 0 };
  if (typeof input === 'number') return fromJsNumber(input);
  const raw = input;
  let text = raw.replace(/\u00a0/g, ' ').trim();
  if (EMPTY.test(text)) return { raw, kind: 'empty', value: null, decimals: 0 };
  if (NOT_AVAILABLE.test(text)) return { raw, kind: 'na', value: null, decimals: 0 };

  let unit: ParsedNumber['unit'];
  const rupiah = /^rp\.?\s*/i.exec(text);
  if (rupiah) {
    unit = 'rupiah';
    text = text.slice(rupiah[0].length);
  }
  const percent = /\s*(?:%|persen)$/i.exec(text);
  if (percent) {
    unit = 'percent';
    text = text.slice(0, percent.index).trim();
  }
  const letter = LETTER.exec(text);
  if (letter && !unit) return { raw, kind: 'letter', value: null, decimals: 0, letter: letter[1] + (letter[2] ?? '') };

  let negative = false;
  const paren = /^\((.*)\)$/.exec(text);
  if (paren) {
    negative = true;
    text = paren[1].trim();
  } else if (/^[-−]\s*\d/.test(text)) {
    negative = true;
    text = text.replace(/^[-−]\s*/, '');
  }

  const single = parseDigits(text, unit, options);
  if (single) return finish(raw, single, negative, unit);

  const range = RANGE.exec(text);
  if (range && !negative) {
    const min = parseNumber(range[1], options);
    const max = parseNumber(range[2], options);
    if (min.kind === 'number' && max.kind === 'number') {
      const rangeUnit = unit ?? min.unit ?? max.unit;
      return { raw, kind: 'range', value: null, decimals: Math.max(min.decimals, max.decimals), unit: rangeUnit, range: { min, max } };
    }
  }
  return { raw, kind: 'text', value: null, decimals: 0, unit };
}

interface Digits {
  exact: string;
  decimals: number;
  style?: NumberStyle;
  ambiguous?: ParsedNumber['ambiguous'];
}

function parseDigits(text: string, unit: ParsedNumber['unit'], options: ParseOptions): Digits | null {
  const compact = text.replace(/\s+/g, '');
  if (!/^\d[\d.,]*$/.test(compact)) return null;
  const body = compact.replace(/[.,]$/, '');
  const dots = count(body, '.');
  const commas = count(body, ',');
  if (dots === 0 && commas === 0) return { exact: stripZeros(body), decimals: 0 };

  if (dots > 0 && commas > 0) {
    // Both separators: the last one is the decimal separator.
    const decimalSep = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
    const thousandsSep = decimalSep === ',' ? '.' : ',';
    const [intPart, frac] = splitLast(body, decimalSep);
    if (intPart.includes(decimalSep) || !validGroups(intPart, thousandsSep)) return null;
    return { exact: join(intPart.split(thousandsSep).join(''), frac), decimals: frac.length, style: decimalSep === ',' ? 'id' : 'en' };
  }

  const sep = dots > 0 ? '.' : ',';
  const occurrences = dots + commas;
  if (occurrences > 1) {
    if (!validGroups(body, sep)) return null;
    return { exact: stripZeros(body.split(sep).join('')), decimals: 0, style: sep === '.' ? 'id' : 'en' };
  }
  const [intPart, frac] = splitLast(body, sep);
  const asDecimal: Digits = { exact: join(intPart, frac), decimals: frac.length, style: sep === ',' ? 'id' : 'en' };
  if (frac.length !== 3 || intPart === '0' || intPart.length > 3) return asDecimal;
  const asThousands: Digits = { exact: stripZeros(intPart + frac), decimals: 0, style: sep === '.' ? 'id' : 'en' };
  // Rupiah amounts are whole numbers in practice; a percentage with three decimals is rarer than
  // a thousands separator only when it exceeds 100, so neither case is ambiguous.
  if (unit === 'rupiah' || options.money) return asThousands;
  const styleIfThousands: NumberStyle = sep === '.' ? 'id' : 'en';
  const chosenStyle = options.prefer ?? 'id';
  const chosen = chosenStyle === styleIfThousands ? asThousands : asDecimal;
  const other = chosen === asThousands ? asDecimal : asThousands;
  return {
    ...chosen,
    ambiguous: {
      chosen: chosenStyle,
      alternative: Number(other.exact),
      alternativeExact: other.exact,
      alternativeDecimals: other.decimals,
      reason: `"${text}" reads as ${Number(asThousands.exact)} with "${sep}" as thousands separator or ${Number(asDecimal.exact)} as decimal separator`,
    },
  };
}

function finish(raw: string, d: Digits, negative: boolean, unit: ParsedNumber['unit']): ParsedNumber {
  const exact = negative && d.exact !== '0' ? `-${d.exact}` : d.exact;
  const result: ParsedNumber = { raw, kind: 'number', value: Number(exact), exact, decimals: d.decimals, unit };
  if (d.style) result.style = d.style;
  if (d.ambiguous) result.ambiguous = d.ambiguous;
  if (unit === undefined) delete result.unit;
  return result;
}

function fromJsNumber(n: number): ParsedNumber {
  if (!Number.isFinite(n)) return { raw: String(n), kind: 'text', value: null, decimals: 0 };
  const text = String(n);
  const frac = /\.(\d+)$/.exec(text);
  return { raw: text, kind: 'number', value: n, exact: text, decimals: frac ? frac[1].length : 0 };
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

function splitLast(s: string, sep: string): [string, string] {
  const i = s.lastIndexOf(sep);
  return [s.slice(0, i), s.slice(i + 1)];
}

function validGroups(s: string, sep: string): boolean {
  const groups = s.split(sep);
  return groups[0].length >= 1 && groups[0].length <= 3 && groups.slice(1).every((g) => g.length === 3);
}

function stripZeros(digits: string): string {
  const t = digits.replace(/^0+(?=\d)/, '');
  return t === '' ? '0' : t;
}

function join(intPart: string, frac: string): string {
  const i = stripZeros(intPart.replace(/[.,]/g, ''));
  return frac.length ? `${i}.${frac}` : i;
}

/** Half-width of the interval a printed value stands for: 82,3 → 0,05; 85,28 → 0,005; 3.457.463.874 → 0,5. */
export function halfUnit(decimals: number): number {
  return 0.5 * 10 ** -decimals;
}

/**
 * The readings of a printed value: itself, and for an ambiguous one ("1,309") the other reading as
 * well, so that a recomputation can settle which one the report meant.
 */
export function readings<T extends ParsedNumber>(p: T): T[] {
  if (!p.ambiguous) return [p];
  const { alternative, alternativeExact, alternativeDecimals } = p.ambiguous;
  const negative = (p.value ?? 0) < 0;
  return [p, { ...p, value: negative ? -alternative : alternative, exact: negative ? `-${alternativeExact}` : alternativeExact, decimals: alternativeDecimals, ambiguous: undefined }];
}

/** The convention most numbers of a document use, to settle ambiguous ones. */
export function majorityStyle(texts: Iterable<string>): NumberStyle | undefined {
  let id = 0;
  let en = 0;
  for (const t of texts) {
    const p = parseNumber(t);
    if (p.kind !== 'number' || p.ambiguous || !p.style) continue;
    if (p.style === 'id') id++;
    else en++;
  }
  if (id === en) return undefined;
  return id > en ? 'id' : 'en';
}
