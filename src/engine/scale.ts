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

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)\s*%?`;

/** Bounds from the printed range text: "Lebih dari 100 %", "76 % s/d 100 %", "≥ 91", "< 55%", "76 < x ≤ 100". */
export function parseBandRange(range: string): Pick<Band, 'min' | 'minInclusive' | 'max' | 'maxInclusive'> | undefined {
  const t = range.toLowerCase().replace(/\s+/g, ' ').replace(/,(?=\d)/g, ',').trim();
  let m: RegExpExecArray | null;
  // a < x ≤ b, a ≤ x < b
  if ((m = new RegExp(String.raw`^${NUMBER}\s*(<|≤|<=)\s*[a-z ]*?\s*(<|≤|<=)\s*${NUMBER}$`).exec(t)))
    return { min: num(m[1]), minInclusive: m[2] !== '<', max: num(m[4]), maxInclusive: m[3] !== '<' };
  if ((m = new RegExp(String.raw`^(?:lebih dari|lebih besar dari|di ?atas|>)\s*${NUMBER}$`).exec(t))) return { min: num(m[1]), minInclusive: false, maxInclusive: false };
  if ((m = new RegExp(String.raw`^(?:≥|>=|minimal|paling (?:sedikit|rendah))\s*${NUMBER}$`).exec(t)) || (m = new RegExp(String.raw`^${NUMBER}\s*(?:ke ?atas|atau lebih)$`).exec(t)))
    return { min: num(m[1]), minInclusive: true, maxInclusive: false };
  if ((m = new RegExp(String.raw`^(?:kurang dari|lebih kecil dari|di ?bawah|<)\s*${NUMBER}$`).exec(t))) return { max: num(m[1]), maxInclusive: false, minInclusive: false };
  if ((m = new RegExp(String.raw`^(?:≤|<=|maksimal|paling tinggi)\s*${NUMBER}$`).exec(t)) || (m = new RegExp(String.raw`^${NUMBER}\s*(?:ke ?bawah|atau kurang)$`).exec(t)))
    return { max: num(m[1]), maxInclusive: true, minInclusive: false };
  if ((m = new RegExp(String.raw`^${NUMBER}\s*(?:-|–|—|s\.?/d\.?|sampai(?: dengan)?|hingga)\s*${NUMBER}$`).exec(t)))
    return { min: num(m[1]), minInclusive: true, max: num(m[2]), maxInclusive: true };
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

export function effectiveScale(model: Model): Scale {
  return declaredScale(model) ?? PERMENDAGRI_86_2017;
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
