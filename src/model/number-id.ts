// Parser for values as Indonesian reports print them: 1.234.567,89 · 91,06% · Rp. 2,519,516,374 ·
// Rp. 10.924.024.550,- · (3,14) · "-" · "n/a" · "Belum rilis" · "B" · "80 - 90" · "≥ 75" ·
// "12 laporan" · "82,45 (mutu B)" · "203,440*". A value remembers its stated precision (decimals)
// so that comparisons can use the interval it stands for instead of a blanket epsilon; the unit
// words, qualifier and footnote mark printed with it are kept, not dropped. Digits grouped wrongly
// are their own kind ('malformed'), never read as some other number.
import { scaleExact } from './decimal.js';
import { EMPTY, NOT_AVAILABLE, readAffixes, splitBound, type BoundOp } from './number-affixes.js';
import { isMalformed, readDigits, type MalformedReason, type NumberStyle, type Reading } from './number-digits.js';

export type { BoundOp } from './number-affixes.js';
export type { MalformedReason, NumberStyle, Reading } from './number-digits.js';

export type NumberKind = 'number' | 'empty' | 'na' | 'letter' | 'range' | 'bound' | 'malformed' | 'text';

/** What settled the reading of an ambiguous number: the other numbers of its column, of the document, or neither (Indonesian convention). */
export type StyleSource = 'column' | 'document' | 'default';

export interface ParsedNumber {
  raw: string;
  kind: NumberKind;
  /** Numeric value for kind 'number'; null otherwise. */
  value: number | null;
  /** Exact decimal text of the value ("-1234.5"), for decimal-safe sums. */
  exact?: string;
  /** Digits after the decimal separator as printed (less the scale word's power: "2,5 miliar" → −8). */
  decimals: number;
  unit?: 'percent' | 'rupiah';
  /** Set when the printed form admits two readings (e.g. "24.577"); `value` follows `chosen`. */
  ambiguous?: { chosen: NumberStyle; alternative: number; alternativeExact: string; alternativeDecimals: number; reason: string; decidedBy: StyleSource };
  /** Which separator convention the text shows, when it shows one. */
  style?: NumberStyle;
  letter?: string;
  range?: { min: ParsedNumber; max: ParsedNumber };
  /** Unit words printed with the number, other than % and Rupiah: "laporan", "media massa", "kab/kota", "km", "‰". */
  unitText?: string;
  /** Scale word: "207,31 Triliun" is 207,31 × 10¹²; value and exact are scaled. */
  scale?: { word: string; power: number };
  /** Text in brackets beside the value, or the label before a bracketed number: "mutu B", "SB", "satu", "Level 3". */
  qualifier?: string;
  /** Footnote mark after the number: "*", "**)", "¹". */
  mark?: string;
  /** Kind 'bound': a one-sided target, "≥ 75", "min. 80", "maks 5", "< 3%". */
  bound?: { op: BoundOp; limit: ParsedNumber };
  /** Kind 'malformed': why, and what the printed digits could have meant (likelier first). */
  malformed?: { reason: MalformedReason; readings: Reading[] };
  /** Kind 'text' holding several numbers (cells run together: "100 % 100% 100 %", "0,56 3,48 30"). */
  several?: boolean;
}

export interface ParseOptions {
  /** Convention to use when a single separator followed by three digits leaves it open. */
  prefer?: NumberStyle;
  /** Where `prefer` comes from, recorded in `ambiguous.decidedBy` (default: the document). */
  preferFrom?: 'column' | 'document';
  /** The value stands in a Rupiah column (anggaran, realisasi of a budget row): whole amounts. */
  money?: boolean;
}

const LETTER = /^(AA|BB|CC|[A-E])([+-])?(?:\s*\(\s*([^()]*?)\s*\))?$/;
// "Level 3 (3,157)", "Baik (82,5)": a label, and the number it stands for in brackets.
const LABELLED = /^(\p{L}[\p{L}\d .\/-]{0,24}?)\s*\(\s*([^()]+?)\s*\)$/u;
// A change, not a level: "Naik (10%)" is no target of 10%.
const CHANGE = /^(?:naik|turun|meningkat|menurun|bertambah|berkurang|kenaikan|penurunan|peningkatan|pertumbuhan)\b/i;
const RANGE = /^(.+?)\s*(?:-|–|—|s\.?\/d\.?|s\.d\.?|sampai(?:\s+dengan)?|hingga)\s*(.+)$/i;
const DATE = /^\d{1,2}([./-])\d{1,2}\1(?:19|20)\d{2}$/;
// Digits with separators; a space is allowed beside a separator only before a group of three
// ("203. 955", as PDF text often has it), so "1, 2" stays two numbers. Then an optional ",-"
// (Rupiah without cents) or a trailing separator.
const TOKEN = /^\d+(?:[.,]{1,2}\d+|\s?[.,]\s?\d{3}(?!\d))*(?:\s?[.,]\s?-{1,2}(?!\d)|[.,](?!\d))?/;

export function parseNumber(input: string | number | null | undefined, options: ParseOptions = {}): ParsedNumber {
  if (input === null || input === undefined) return { raw: '', kind: 'empty', value: null, decimals: 0 };
  if (typeof input === 'number') return fromJsNumber(input);
  const raw = input;
  const text = raw.replace(/[\u00a0\u2007\u2009\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
  if (EMPTY.test(text)) return { raw, kind: 'empty', value: null, decimals: 0 };
  if (NOT_AVAILABLE.test(text)) return { raw, kind: 'na', value: null, decimals: 0 };
  if (DATE.test(text)) return { raw, kind: 'text', value: null, decimals: 0 };

  // The whole value in brackets: a negative amount, "(3,14)" ("(91,06%)" may be a share in brackets).
  const paren = /^\(([^()%]*)\)(\s*%)?$/.exec(text);
  const negated = paren ? single(raw, paren[1].trim() + (paren[2] ?? ''), options, true) : undefined;
  if (negated) return negated;

  const letter = LETTER.exec(text);
  if (letter) {
    const p: ParsedNumber = { raw, kind: 'letter', value: null, decimals: 0, letter: letter[1] + (letter[2] ?? '') };
    if (letter[3]) p.qualifier = letter[3];
    return p;
  }

  const bound = splitBound(text);
  if (bound) {
    const limit = single(bound.rest, bound.rest.trim(), options, false);
    if (limit?.kind === 'malformed') return { ...limit, raw };
    if (limit) return withAffixes({ raw, kind: 'bound', value: null, decimals: limit.decimals, unit: limit.unit, bound: { op: bound.op, limit } }, limit);
  }

  const labelled = LABELLED.exec(text);
  if (labelled && !CHANGE.test(labelled[1])) {
    const inner = single(raw, labelled[2], options, false);
    // A score has a separator ("3,157", "82,5"); "TARGET (4)" is a header with its column number.
    if (inner?.kind === 'number' && !inner.qualifier && inner.style) return { ...inner, qualifier: labelled[1].trim() };
  }

  const one = single(raw, text, options, false);
  if (one) return one;

  const range = RANGE.exec(text);
  // "- 300 orang - 60 orang" is a list, not a range.
  if (range && !/^[-−–]/.test(range[1])) {
    const min = single(range[1], range[1].trim(), options, false);
    const max = single(range[2], range[2].trim(), options, false);
    if (min?.kind === 'number' && max?.kind === 'number' && compatible(min, max)) {
      const r: ParsedNumber = { raw, kind: 'range', value: null, decimals: Math.max(min.decimals, max.decimals), range: { min, max } };
      const unit = min.unit ?? max.unit;
      if (unit) r.unit = unit;
      const unitText = max.unitText ?? min.unitText;
      if (unitText) r.unitText = unitText;
      return r;
    }
  }
  const t: ParsedNumber = { raw, kind: 'text', value: null, decimals: 0 };
  if (/\d\s*%?\s+[-−]?\d/.test(text)) t.several = true;
  return t;
}

/** One number with its affixes ("Rp. 1.234,-", "12 laporan", "82,45 (mutu B)", "150*"), or undefined. */
function single(raw: string, text: string, options: ParseOptions, negate: boolean): ParsedNumber | undefined {
  let s = text;
  let unit: ParsedNumber['unit'];
  const rupiah = /^(?:rp\.?|idr)\s*/i.exec(s);
  if (rupiah) {
    unit = 'rupiah';
    s = s.slice(rupiah[0].length);
  }
  let negative = negate;
  const minus = /^[-−](\s*)(?=\d)/.exec(s);
  if (minus) {
    negative = true;
    s = s.slice(minus[0].length);
  }
  const token = TOKEN.exec(s);
  if (!token) return undefined;
  const affixes = readAffixes(s.slice(token[0].length));
  if (!affixes) return undefined;
  // "- 20 orang": a list item, not minus twenty.
  if (minus?.[1] && (affixes.unitText || affixes.qualifier)) return undefined;
  if (affixes.percent) {
    if (unit) return undefined;
    unit = 'percent';
  }
  if (affixes.rupiah) {
    if (unit === 'percent') return undefined;
    unit = 'rupiah';
  }
  let body = token[0].replace(/\s+/g, '');
  // ",-": an amount without cents, the Rupiah way.
  const cents = /[.,]-+$/.exec(body);
  if (cents) body = body.slice(0, cents.index);
  body = body.replace(/[.,]$/, '');
  const digits = readDigits(body, { prefer: options.prefer, money: options.money || unit === 'rupiah' || !!cents || !!affixes.scale });

  if (isMalformed(digits)) {
    const readings = negative ? digits.readings.map((r) => ({ ...r, value: -r.value, exact: `-${r.exact}` })) : digits.readings;
    return withAffixes({ raw, kind: 'malformed', value: null, decimals: 0, unit, malformed: { reason: digits.malformed, readings } }, affixes);
  }
  const scale = affixes.scale?.power ?? 0;
  const signed = (exact: string) => {
    const scaled = scale ? scaleExact(exact, scale) : exact;
    return negative && scaled !== '0' ? `-${scaled}` : scaled;
  };
  const exact = signed(digits.exact);
  const p: ParsedNumber = { raw, kind: 'number', value: Number(exact), exact, decimals: digits.decimals - scale };
  if (unit) p.unit = unit;
  if (digits.style) p.style = digits.style;
  if (digits.open) {
    const alternativeExact = signed(digits.open.other.exact);
    p.ambiguous = {
      chosen: digits.open.chosen,
      alternative: Number(alternativeExact),
      alternativeExact,
      alternativeDecimals: digits.open.other.decimals - scale,
      reason: digits.open.reason,
      decidedBy: options.prefer ? (options.preferFrom ?? 'document') : 'default',
    };
  }
  // A year with words or a mark beside it is a heading ("2016 (Perubahan)", "2015**"), not a value.
  if ((affixes.unitText || affixes.qualifier || affixes.mark) && !unit && isYear(p)) return undefined;
  return withAffixes(p, affixes);
}

function withAffixes(p: ParsedNumber, a: Pick<ParsedNumber, 'unitText' | 'scale' | 'qualifier' | 'mark'>): ParsedNumber {
  if (a.unitText) p.unitText = a.unitText;
  if (a.scale) p.scale = a.scale;
  if (a.qualifier) p.qualifier = a.qualifier;
  if (a.mark) p.mark = a.mark;
  return p;
}

function isYear(p: ParsedNumber): boolean {
  return p.decimals === 0 && !p.style && /^(?:19|20)\d{2}$/.test(p.exact ?? '');
}

/** Two ends of one range: the same unit words and no conflicting units. */
function compatible(a: ParsedNumber, b: ParsedNumber): boolean {
  if (a.unit && b.unit && a.unit !== b.unit) return false;
  return !a.unitText || !b.unitText || a.unitText.toLowerCase() === b.unitText.toLowerCase();
}

function fromJsNumber(n: number): ParsedNumber {
  if (!Number.isFinite(n)) return { raw: String(n), kind: 'text', value: null, decimals: 0 };
  const text = String(n);
  const frac = /\.(\d+)$/.exec(text);
  return { raw: text, kind: 'number', value: n, exact: text, decimals: frac ? frac[1].length : 0 };
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
  return [p, { ...p, value: alternative, exact: alternativeExact, decimals: alternativeDecimals, ambiguous: undefined }];
}

/** The convention a printed number shows unambiguously ("1.234.567", "60,7"), if any. */
export function styleShown(text: string): NumberStyle | undefined {
  const p = parseNumber(text);
  return p.kind === 'number' && !p.ambiguous ? p.style : undefined;
}

/** The convention most of the given numbers show (undefined on a tie), to settle ambiguous ones. */
export function majorityStyle(texts: Iterable<string>): NumberStyle | undefined {
  let id = 0;
  let en = 0;
  for (const t of texts) {
    const style = styleShown(t);
    if (style === 'id') id++;
    else if (style === 'en') en++;
  }
  return majority(id, en);
}

export function majority(id: number, en: number): NumberStyle | undefined {
  if (id === en) return undefined;
  return id > en ? 'id' : 'en';
}
