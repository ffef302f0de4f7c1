// Rating scales (predikat): the report's own declared scale, parsed from the bands as printed,
// or the configured default (Permendagri 86/2017) when the report declares none.
import type { Loc, Model } from '../model/types.js';
import { parseNumber } from '../model/number-id.js';
import { normalizeText } from './text.js';

export interface Band {
  no?: string;
  label: string;
  range: string;
  min?: number;
  minInclusive: boolean;
  max?: number;
  maxInclusive: boolean;
  loc?: Loc;
}

export interface Scale {
  declared: boolean;
  name: string;
  bands: Band[];
  loc?: Loc;
}

function num(s: string): number | undefined {
  const p = parseNumber(s.trim());
  return p.kind === 'number' ? (p.value ?? undefined) : undefined;
}

type Bounds = Pick<Band, 'min' | 'minInclusive' | 'max' | 'maxInclusive'>;

const N = String.raw`(\d+(?:[.,]\d+)?)\s*%?`;
/** What the bound is about, when printed: "x < 55", "capaian > 100 %". */
const SUBJECT = String.raw`(?:x|n|nilai(?: capaian)?(?: kinerja)?|capaian(?: kinerja)?|realisasi|skor|tingkat capaian)`;
// Longer wordings first: "lebih dari atau sama dengan" must not be read as "lebih dari".
const GE = String.raw`(?:≥|>=|=>|lebih (?:dari|besar dari|besar) (?:atau )?sama dengan|sama dengan atau lebih (?:dari|besar dari)|minimal|paling (?:sedikit|rendah)|sekurang-kurangnya)`;
const GT = String.raw`(?:>|lebih dari|lebih besar dari|di ?atas)`;
const LE = String.raw`(?:≤|<=|=<|kurang (?:dari|kecil dari) (?:atau )?sama dengan|sama dengan atau kurang dari|maksimal|paling (?:tinggi|banyak)|setinggi-tingginya)`;
const LT = String.raw`(?:<|kurang dari|lebih kecil dari|di ?bawah)`;
const SEP = String.raw`(?:-|s\.?\/?d\.?|sampai(?: dengan)?|hingga|to)`;

function re(body: string): RegExp {
  return new RegExp(`^${body}$`);
}

const FORMS: [RegExp, (m: RegExpExecArray) => Bounds][] = [
  // a < x ≤ b, a ≤ x < b
  [re(String.raw`${N}\s*(<|≤|<=|=<)\s*(?:${SUBJECT})?\s*(<|≤|<=|=<)\s*${N}`), (m) => ({ min: num(m[1]), minInclusive: m[2] !== '<', max: num(m[4]), maxInclusive: m[3] !== '<' })],
  // b ≥ x > a
  [re(String.raw`${N}\s*(>|≥|>=|=>)\s*(?:${SUBJECT})?\s*(>|≥|>=|=>)\s*${N}`), (m) => ({ max: num(m[1]), maxInclusive: m[2] !== '>', min: num(m[4]), minInclusive: m[3] !== '>' })],
  // "76 % s/d 100 %", "> 75 – 100", "≥ 76 s/d < 91"
  [
    re(String.raw`(${GE}|${GT})?\s*${N}\s*${SEP}\s*(${LE}|${LT})?\s*${N}`),
    (m) => ({ min: num(m[2]), minInclusive: !m[1] || !re(GT).test(m[1]), max: num(m[4]), maxInclusive: !m[3] || !re(LT).test(m[3]) }),
  ],
  [re(String.raw`(?:${SUBJECT}\s*)?${GE}\s*${N}`), (m) => ({ min: num(m[1]), minInclusive: true, maxInclusive: false })],
  [re(String.raw`(?:${SUBJECT}\s*)?${GT}\s*${N}`), (m) => ({ min: num(m[1]), minInclusive: false, maxInclusive: false })],
  [re(String.raw`(?:${SUBJECT}\s*)?${LE}\s*${N}`), (m) => ({ max: num(m[1]), maxInclusive: true, minInclusive: false })],
  [re(String.raw`(?:${SUBJECT}\s*)?${LT}\s*${N}`), (m) => ({ max: num(m[1]), maxInclusive: false, minInclusive: false })],
  [re(String.raw`${N}\s*(?:ke ?atas|atau lebih)`), (m) => ({ min: num(m[1]), minInclusive: true, maxInclusive: false })],
  [re(String.raw`${N}\s*(?:ke ?bawah|atau kurang)`), (m) => ({ max: num(m[1]), maxInclusive: true, minInclusive: false })],
  [re(String.raw`${N}\s*(<|≤|<=|=<)\s*${SUBJECT}`), (m) => ({ min: num(m[1]), minInclusive: m[2] !== '<', maxInclusive: false })],
  [re(String.raw`${N}\s*(>|≥|>=|=>)\s*${SUBJECT}`), (m) => ({ max: num(m[1]), maxInclusive: m[2] !== '>', minInclusive: false })],
  // a single value: "100 %", "= 100"
  [re(String.raw`(?:(?:${SUBJECT}\s*)?=\s*)?${N}`), (m) => ({ min: num(m[1]), minInclusive: true, max: num(m[1]), maxInclusive: true })],
];

/**
 * Bounds from the printed range text: "Lebih dari 100 %", "76 % s/d 100 %", "≥ 91", "< 55%",
 * "76 < x ≤ 100", "x ≤ 50", "> 75 – 100", "91 ke atas", "100 %". Undefined when unreadable.
 */
export function parseBandRange(range: string): Bounds | undefined {
  const t = range
    .toLowerCase()
    .replace(/[–—−‐]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[.:;]$/, '')
    .trim();
  for (const [form, bounds] of FORMS) {
    const m = form.exec(t);
    if (!m) continue;
    const b = bounds(m);
    if ((b.min === undefined && b.max === undefined) || Number.isNaN(b.min) || Number.isNaN(b.max)) return undefined;
    // "100 – 76 %" is the band 76–100 printed high to low.
    if (b.min !== undefined && b.max !== undefined && b.min > b.max)
      return { min: b.max, minInclusive: b.maxInclusive, max: b.min, maxInclusive: b.minInclusive };
    return b;
  }
  return undefined;
}

/** Permendagri 86/2017 as written: 91–100 Sangat Tinggi … ≤ 50 Sangat Rendah. */
export const PERMENDAGRI_86_2017: Scale = {
  declared: false,
  name: 'Permendagri 86/2017',
  bands: [
    { label: 'Sangat Tinggi', range: '91 ≤ x ≤ 100', min: 91, minInclusive: true, max: 100, maxInclusive: true },
    { label: 'Tinggi', range: '76 ≤ x ≤ 90', min: 76, minInclusive: true, max: 90, maxInclusive: true },
    { label: 'Sedang', range: '66 ≤ x ≤ 75', min: 66, minInclusive: true, max: 75, maxInclusive: true },
    { label: 'Rendah', range: '51 ≤ x ≤ 65', min: 51, minInclusive: true, max: 65, maxInclusive: true },
    { label: 'Sangat Rendah', range: 'x ≤ 50', max: 50, maxInclusive: true, minInclusive: false },
  ],
};

export function declaredScale(model: Model): Scale | undefined {
  const s = model.scale;
  if (!s?.bands?.length) return undefined;
  const bands: Band[] = s.bands.map((b) => {
    const explicit = b.min !== undefined || b.max !== undefined;
    const parsed = explicit
      ? { min: b.min, minInclusive: b.minInclusive ?? true, max: b.max, maxInclusive: b.maxInclusive ?? true }
      : (parseBandRange(b.range) ?? { minInclusive: false, maxInclusive: false });
    return { no: b.no, label: b.label.trim(), range: b.range, loc: b.loc, ...parsed };
  });
  return { declared: true, name: s.title ?? 'skala laporan', bands, loc: s.loc };
}

/** The scale used when a report declares none: the configured one, else Permendagri 86/2017. */
export function defaultScaleOf(scale?: Scale): Scale {
  return scale ? { ...scale, declared: false } : PERMENDAGRI_86_2017;
}

/** The report's own scale, or `fallback` (the configured default) when it declares none. */
export function effectiveScale(model: Model, fallback: Scale = PERMENDAGRI_86_2017): Scale {
  return declaredScale(model) ?? fallback;
}

export function inBand(b: Band, v: number): boolean {
  if (b.min !== undefined && (b.minInclusive ? v < b.min : v <= b.min)) return false;
  if (b.max !== undefined && (b.maxInclusive ? v > b.max : v >= b.max)) return false;
  return b.min !== undefined || b.max !== undefined;
}

/** The band a value falls in; undefined when it falls in a gap of the scale. */
export function lookup(scale: Scale, v: number): Band | undefined {
  return scale.bands.find((b) => inBand(b, v));
}

/** Predikat words compared without case, spacing or punctuation ("SANGAT BAIK" = "Sangat baik"). */
export function sameLabel(a: string, b: string): boolean {
  return normalizeText(a) === normalizeText(b);
}

/** The scale's band whose label is the given word, if any. */
export function bandByLabel(scale: Scale, label: string): Band | undefined {
  return scale.bands.find((b) => sameLabel(b.label, label));
}

/** A band whose range could be read (explicit bounds or a parsed range text). */
export function isParsedBand(b: Band): boolean {
  return b.min !== undefined || b.max !== undefined;
}

/** The readable bands from the lowest values to the highest. */
export function sortedBands(scale: Scale): Band[] {
  const lo = (b: Band) => b.min ?? -Infinity;
  const hi = (b: Band) => b.max ?? Infinity;
  return scale.bands
    .filter(isParsedBand)
    .slice()
    .sort((a, b) => lo(a) - lo(b) || Number(b.minInclusive && b.min !== undefined) - Number(a.minInclusive && a.min !== undefined) || hi(a) - hi(b));
}

/** An interval of values with its ends. */
export interface Span {
  from: number;
  fromInclusive: boolean;
  to: number;
  toInclusive: boolean;
}

function lowEnd(b: Band): [number, boolean] {
  return b.min === undefined ? [-Infinity, false] : [b.min, b.minInclusive];
}

function highEnd(b: Band): [number, boolean] {
  return b.max === undefined ? [Infinity, false] : [b.max, b.maxInclusive];
}

/** Values two bands share, if any. */
export function overlapOf(a: Band, b: Band): Span | undefined {
  const [al, ali] = lowEnd(a);
  const [bl, bli] = lowEnd(b);
  const [ah, ahi] = highEnd(a);
  const [bh, bhi] = highEnd(b);
  const from = Math.max(al, bl);
  const fromInclusive = al === bl ? ali && bli : from === al ? ali : bli;
  const to = Math.min(ah, bh);
  const toInclusive = ah === bh ? ahi && bhi : to === ah ? ahi : bhi;
  if (from < to || (from === to && fromInclusive && toInclusive)) return { from, fromInclusive, to, toInclusive };
  return undefined;
}

/** Values between a lower band and the next band up that neither contains, if any. */
export function gapBetween(lower: Band, upper: Band): Span | undefined {
  const [to, upperIncl] = lowEnd(upper);
  const [from, lowerIncl] = highEnd(lower);
  if (from < to || (from === to && !lowerIncl && !upperIncl)) return { from, fromInclusive: !lowerIncl, to, toInclusive: !upperIncl };
  return undefined;
}

/** A value inside a span, as round as possible: 75,5 for the gap 75–76, 55 for the point 55. */
export function sampleOf(span: Span): number {
  if (span.from === span.to) return span.from;
  if (!Number.isFinite(span.from)) return span.to - 1;
  if (!Number.isFinite(span.to)) return span.from + 1;
  const mid = (span.from + span.to) / 2;
  for (let d = 0; d <= 6; d++) {
    const f = 10 ** d;
    const r = Math.round(mid * f) / f;
    const aboveFrom = span.fromInclusive ? r >= span.from : r > span.from;
    const belowTo = span.toInclusive ? r <= span.to : r < span.to;
    if (aboveFrom && belowTo) return r;
  }
  return mid;
}

export interface Joint {
  lower: Band;
  upper: Band;
  kind: 'gap' | 'overlap';
  span: Span;
}

/**
 * Where a declared scale's bands do not fit together: gaps between bands next to each other (by
 * value) that no other band covers, and overlaps between any two bands.
 */
export function scaleJoints(scale: Scale): Joint[] {
  const sorted = sortedBands(scale);
  const out: Joint[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const gap = gapBetween(sorted[i], sorted[i + 1]);
    if (gap && !sorted.some((b) => inBand(b, sampleOf(gap)))) out.push({ lower: sorted[i], upper: sorted[i + 1], kind: 'gap', span: gap });
  }
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) {
      const span = overlapOf(sorted[i], sorted[j]);
      if (span) out.push({ lower: sorted[i], upper: sorted[j], kind: 'overlap', span });
    }
  return out;
}

/** The rank by capaian (0 = lowest) of each readable band, in printed order: a scale in order runs strictly up or down. */
export function printedRanks(scale: Scale): number[] {
  const sorted = sortedBands(scale);
  return scale.bands.filter(isParsedBand).map((b) => sorted.indexOf(b));
}

/** The highest capaian a readable band holds (Infinity for a band open above); undefined when no band is readable. */
export function upperBound(scale: Scale): number | undefined {
  const printed = scale.bands.filter(isParsedBand);
  return printed.length ? Math.max(...printed.map((b) => b.max ?? Infinity)) : undefined;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

/** The ordinal a printed band number stands for: "2." → 2, "b)" → 2, "III" → 3. */
export function bandNumber(no: string | undefined): number | undefined {
  const m = /^\(?\s*([0-9]+|[a-z]|[ivx]+)\s*[.)]?$/i.exec((no ?? '').trim());
  if (!m) return undefined;
  const t = m[1].toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  if (t.length > 1 || t === 'i' || t === 'v' || t === 'x') return ROMAN[t];
  return t.charCodeAt(0) - 96;
}

export interface Numbering {
  /** The numbers as printed. */
  printed: string[];
  /** Numbers printed more than once, and numbers the sequence 1…n skips. */
  duplicated: string[];
  skipped: string[];
  /** The sequence as it should run, in the printed style ("1.", "2.", …). */
  expected: string[];
  ok: boolean;
}

/** The band numbering of a scale; undefined when a band has no readable number. */
export function scaleNumbering(scale: Scale): Numbering | undefined {
  const printed = scale.bands.map((b) => (b.no ?? '').trim());
  const numbers = printed.map(bandNumber);
  if (!printed.length || numbers.some((n) => n === undefined)) return undefined;
  const ns = numbers as number[];
  const duplicated = [...new Set(printed.filter((p, i) => ns.indexOf(ns[i]) !== i))];
  // Numbers missing from 1 to the highest; a long gap (a band numbered "1000000") by its ends only,
  // not one entry per number (that ran out of memory).
  const skipped: string[] = [];
  let prev = 0;
  for (const n of [...new Set(ns)].sort((a, b) => a - b)) {
    if (n - prev - 1 > 5) skipped.push(String(prev + 1), String(prev + 2), '…', String(n - 1));
    else for (let k = prev + 1; k < n; k++) skipped.push(String(k));
    prev = n;
  }
  const first = printed[0];
  const style = (k: number) => {
    const digits = /\d+/.exec(first);
    if (digits) return first.replace(/\d+/, String(k));
    const letter = /[a-z]/i.exec(first)!;
    const ch = String.fromCharCode((letter[0] === letter[0].toUpperCase() ? 64 : 96) + k);
    return first.replace(/[a-z]+/i, ch);
  };
  const expected = ns.map((_, i) => style(i + 1));
  const ok = ns.every((n, i) => n === i + 1);
  return { printed, duplicated, skipped, expected, ok };
}

export interface Rating {
  /** The band the value falls in. */
  band?: Band;
  /** The default scale as written ends at 100: a higher capaian is taken as its top band. */
  extended?: boolean;
  /** No band holds the value: the bands on either side of the gap it falls in … */
  gap?: { below: Band; above: Band };
  /** … or it lies beyond every band. */
  outside?: 'above' | 'below';
}

/** The band a capaian falls in, or why it has none. */
export function rate(scale: Scale, v: number): Rating {
  const band = lookup(scale, v);
  if (band) return { band };
  const sorted = sortedBands(scale);
  const below = sorted.filter((b) => b.max !== undefined && (b.max < v || (b.max === v && !b.maxInclusive))).sort((a, b) => b.max! - a.max!)[0];
  const above = sorted.filter((b) => b.min !== undefined && (b.min > v || (b.min === v && !b.minInclusive))).sort((a, b) => a.min! - b.min!)[0];
  if (below && above) return { gap: { below, above } };
  if (!above && below) {
    // Permendagri 86/2017 is printed up to 100 although capaian above 100 is common: rate it as its top band.
    if (!scale.declared) return { band: below, extended: true, outside: 'above' };
    return { outside: 'above' };
  }
  if (above && !below && !scale.declared) return { band: above, extended: true, outside: 'below' };
  return { outside: 'below' };
}
