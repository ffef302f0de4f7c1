// Printing values in findings: Indonesian by default (1.234.567,89 · 85,28%), English with --lang en.
import { isParsed, isQuantity } from '../domain/quantity.js';
import type { Lang, Localized } from './types.js';

export function formatNumber(value: number, decimals: number, lang: Lang): string {
  // Decimals follow the printed value: "0,000000000000000000001%" asks for 21 and "Rp 2,5 miliar"
  // for −8, and Intl throws a RangeError outside 0–20.
  const digits = Math.min(20, Math.max(0, Math.round(decimals) || 0));
  // One formatter per language and precision: constructing one costs more than formatting.
  const key = `${lang}:${digits}`;
  let nf = formatters.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: true });
    formatters.set(key, nf);
  }
  return nf.format(value);
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
