// Printing values in findings: Indonesian by default (1.234.567,89 · 85,28%), English with --lang en.
import { isParsed, isQuantity } from '../domain/quantity.js';
import type { Lang, Localized } from './types.js';

export function formatNumber(value: number, decimals: number, lang: Lang): string {
  // Decimals follow the printed value: "0,000000000000000000001%" asks for 21 and "Rp 2,5 miliar"
  // for −8, and Intl throws a RangeError outside 0–20.
  const digits = Math.min(20, Math.max(0, Math.round(decimals) || 0));
  const [group, point] = lang === 'id' ? ['.', ','] : [',', '.'];
  // Intl rounds the shortest decimal form of the value (1.005 → "1,01") half away from zero; so
  // does this, on the digits of String(value). Intl itself costs tens of milliseconds to start in
  // each process (ICU data): it only prints what has no plain digits, infinite and NaN values.
  if (!Number.isFinite(value)) return intl(lang, digits).format(value);
  const [whole, fraction] = roundDecimal(plainDigits(Math.abs(value)), digits);
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, group);
  const negative = value < 0 || Object.is(value, -0);
  return `${negative ? '-' : ''}${grouped}${fraction ? point + fraction : ''}`;
}

/** The shortest decimal form of a finite non-negative number, without an exponent: 1e-7 → "0.0000001". */
function plainDigits(x: number): string {
  const s = String(x);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const exponent = Number(s.slice(e + 1));
  const [int, frac = ''] = s.slice(0, e).split('.');
  const digits = int + frac;
  const point = int.length + exponent;
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Whole and fraction digits of a plain decimal rounded half up to `digits` places. */
function roundDecimal(plain: string, digits: number): [string, string] {
  const [int, frac = ''] = plain.split('.');
  if (frac.length <= digits) return [int, frac.padEnd(digits, '0')];
  const kept = int + frac.slice(0, digits);
  let out = kept;
  if (frac.charCodeAt(digits) >= 53 /* '5' */) {
    // Add one to the last kept digit, carrying.
    const d = kept.split('');
    let i = d.length - 1;
    for (; i >= 0 && d[i] === '9'; i--) d[i] = '0';
    if (i >= 0) d[i] = String(Number(d[i]) + 1);
    else d.unshift('1');
    out = d.join('');
  }
  const cut = out.length - digits;
  return [out.slice(0, cut).replace(/^0+(?=\d)/, ''), out.slice(cut)];
}

/** One formatter per language and precision: constructing one costs more than formatting. */
function intl(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let nf = formatters.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: true });
    formatters.set(key, nf);
  }
  return nf;
}

const formatters = new Map<string, Intl.NumberFormat>();

export function isLocalized(x: unknown): x is Localized {
  return !!x && typeof x === 'object' && typeof (x as Localized).id === 'string' && typeof (x as Localized).en === 'string' && Object.keys(x).length === 2;
}

/** A fact as text for a message or for expected/actual. Printed values keep their printed form. */
export function display(x: unknown, lang: Lang): string {
  if (x === undefined || x === null) return lang === 'id' ? '(kosong)' : '(empty)';
  if (isParsed(x)) return x.kind === 'empty' ? (lang === 'id' ? '(kosong)' : '(empty)') : x.raw.trim();
  if (isQuantity(x)) {
    const n = formatNumber(x.value, x.decimals, lang);
    if (x.unit === 'percent') return `${n}%`;
    if (x.unit === 'rupiah') return `Rp ${n}`;
    return n;
  }
  if (isLocalized(x)) return x[lang];
  if (typeof x === 'number') return formatNumber(x, Number.isInteger(x) ? 0 : 2, lang);
  if (Array.isArray(x)) return x.map((v) => display(v, lang)).join(lang === 'id' ? '; ' : '; ');
  if (typeof x === 'boolean') return lang === 'id' ? (x ? 'ya' : 'tidak') : x ? 'yes' : 'no';
  return String(x);
}

/** Fill `{name}` placeholders from the facts. */
export function fill(template: string, facts: Record<string, unknown>, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in facts ? display(facts[name], lang) : whole));
}
