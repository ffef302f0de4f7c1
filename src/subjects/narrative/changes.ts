// A change stated with both its ends in one sentence: "naik 3,84 poin dari 80,33 menjadi 83,17",
// "dari 97,85% menjadi 109,42% atau meningkat sebesar 11,57%", "bertambah 445 unit dari 202.940
// menjadi 203.440". The three numbers are read from the sentence alone; the subject offers what the
// two ends give — the difference, the change relative to the first end and the second end as a
// share of the first (both in percent) — each with the interval the printed ends allow. A change
// stated without its ends ("mengalami kenaikan sebesar 445 unit dibandingkan tahun 2022") in a
// sentence that names one indicator takes its ends from the year-on-year table's row of that
// indicator (last year and this year): a reading that rests on names, which the subject says.
import type { Model, Val } from '../../model/types.js';
import type { Quantity, Subject } from '../../engine/types.js';
import type { LintSettings } from '../../engine/settings.js';
import { parseNumber, halfUnit, type ParsedNumber } from '../../model/number-id.js';
import { agree, sameMeasure, truncates } from '../../domain/quantity.js';
import { assign } from '../../domain/match.js';
import type { IndicatorResult } from '../results.js';
import { subjectKey } from '../subject-key.js';
import { narrativeContext } from './context.js';
import { namedIndicator } from './scope.js';
import { plain, textHash } from './text.js';

const NUM = String.raw`(?:(?:Rp\.?|US\$|USD)\s*)?[-−]?\d+(?:[.,]\d+)*(?:\s*(?:ribu|juta|miliar|milyar|triliun)\b)?`;
// Between a number and the next word of the pattern: its unit words and the year it is of
// ("748 kasus di tahun 2014", "9.53% tahun 2015"), no other number.
const FILL = String.raw`(?:\s*%|\s+(?:(?:pada|di)\s+)?tahun\s+(?:19|20)\d\d\b|\s+[A-Za-z/]+\b){0,4}?`;
const CHANGE = String.raw`(?:naik|kenaikan|meningkat|peningkatan|bertambah|penambahan|turun|penurunan|menurun|berkurang|pengurangan|selisih(?:nya)?)`;
const BY = String.raw`(?:\s+(?:sebesar|sebanyak|senilai))?\s*`;
const X_UNIT = String.raw`(?:\s*(?:%|persen\b|poin\b|point\b|(?:kali|lipat)\b))?`;
const FROM = String.raw`\bdari\s+(?:(?:angka|nilai|realisasi|capaian|sebesar|sebanyak)\s+)?`;
const TO = String.raw`\s+menjadi\s+(?:(?:sebesar|sebanyak)\s+)?`;

/** "dari A menjadi B, atau meningkat sebesar X" */
const ENDS_FIRST = new RegExp(
  String.raw`${FROM}(?<a>${NUM}(?:\s*%)?)${FILL}${TO}(?<b>${NUM}(?:\s*%)?)${FILL}[\s,;(]*(?:(?:atau|yaitu|yakni|sehingga|dengan)\s+)?(?:(?:terjadi|mengalami|ada)\s+)?(?<w>${CHANGE})${BY}(?<x>${NUM})(?<xu>${X_UNIT})`,
  'gi',
);
/** "naik 3,84 poin dari 80,33 menjadi 83,17" */
const CHANGE_FIRST = new RegExp(String.raw`(?<w>${CHANGE})${BY}(?<x>${NUM})(?<xu>${X_UNIT})(?:\s+[A-Za-z/]+){0,3}?\s+${FROM.slice(2)}(?<a>${NUM}(?:\s*%)?)${FILL}${TO}(?<b>${NUM}(?:\s*%)?)`, 'gi');

const BOTH_WORDS = /\bdari\s+\S*\s*\d[^]*\bmenjadi\s/i;
const CHANGE_WORD = new RegExp(String.raw`\b${CHANGE}\b`, 'i');

/** A change without its ends: "mengalami kenaikan sebesar 445 unit". */
const CHANGE_ONLY = new RegExp(String.raw`(?<w>${CHANGE})(?:\s+(?:sebesar|sebanyak|senilai))\s*(?<x>${NUM})(?<xu>${X_UNIT})`, 'gi');

/** Names of two places are taken for one indicator only when nearly the same (as consistency/fact-mismatch). */
const SAME_INDICATOR = 0.8;

/** The year-on-year table's last-year and this-year values of each measured indicator, by its row. */
function yearOnYear(model: Model, year: number): Map<object, { from: Val; to: Val; loc: Val['loc']; evidence: string }> {
  const out = new Map<object, { from: Val; to: Val; loc: Val['loc']; evidence: string }>();
  const rows = (model.riwayat ?? []).filter((r) => usable(r.values?.[year - 1]) && usable(r.values?.[year]));
  const measured = model.pengukuran ?? [];
  if (!rows.length || !measured.length) return out;
  const asg = assign(rows, measured, (r) => r.indikator, (m) => m.indikator, { threshold: SAME_INDICATOR });
  for (const p of asg.pairs) {
    const r = rows[p.ai];
    const m = measured[p.bi];
    // A year-on-year table of capaian (percent of target) gives no ends of a change in the realisasi.
    if (agree(r.values![year], m.capaian) === true && agree(r.values![year], m.realisasi) !== true) continue;
    out.set(measured[p.bi], { from: r.values![year - 1], to: r.values![year], loc: r.loc, evidence: `${r.indikator} | ${r.values![year - 1].raw} | ${r.values![year].raw}` });
  }
  return out;
}

/** A value read as a number (an ambiguous one too: every reading is tried before a finding). */
function usable(v: Val | undefined): v is Val {
  return !!v && v.kind === 'number' && v.value !== null;
}

/**
 * The sentence compares with last year and no other period: it names last year (or "tahun lalu")
 * and no year but these two, and no target.
 */
function againstLastYear(text: string, year: number): boolean {
  const years = [...text.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0]));
  if (years.some((y) => y !== year && y !== year - 1)) return false;
  if (/\btarget\b|\brata-rata\b|\bper\s+tahun\b|\bperiode\b/i.test(text)) return false;
  return years.includes(year - 1) || /\btahun\s+(?:lalu|sebelumnya)\b/i.test(text);
}

/** The clause around a position: the text between the separators of list items or clauses around it. */
function clauseAt(text: string, at: number): string {
  const SEP = /;|:|\s\(?\d{1,2}\)\s|\s\(?[a-z]\)\s/g;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(SEP)) {
    if (m.index! < at) start = m.index! + m[0].length;
    else {
      end = m.index!;
      break;
    }
  }
  return text.slice(start, end);
}

/** The readings of a printed number: the one chosen, and the other when its separators leave it open. */
function readings(p: ParsedNumber): { value: number; half: number }[] {
  const out = [{ value: p.value!, half: halfUnit(p.decimals) }];
  if (p.ambiguous) out.push({ value: p.ambiguous.alternative, half: halfUnit(p.ambiguous.alternativeDecimals) });
  return out;
}

function read(raw: string): ParsedNumber | undefined {
  // A currency other than Rupiah is read as a plain amount: only the numbers' relation matters.
  const p = parseNumber(raw.replace(/^(?:US\$|USD)\s*/i, '').replace(/−/g, '-'));
  return p.kind === 'number' && p.value !== null ? p : undefined;
}

/** f over the corners of the ends' intervals: the value at the printed ends, and how far the corners reach. */
function derived(a: { value: number; half: number }, b: { value: number; half: number }, f: (a: number, b: number) => number, decimals: number, unit?: Quantity['unit']): Quantity | undefined {
  if (a.value === 0) return undefined;
  const v = f(a.value, b.value);
  let half = 0;
  for (const da of [-a.half, a.half]) for (const db of [-b.half, b.half]) if (a.value + da !== 0) half = Math.max(half, Math.abs(f(a.value + da, b.value + db) - v));
  return { value: v, decimals, half, ...(unit ? { unit } : {}) };
}

const difference = (a: number, b: number) => Math.abs(b - a);
const relative = (a: number, b: number) => (Math.abs(b - a) / Math.abs(a)) * 100;
const share = (a: number, b: number) => (b / a) * 100;

/** Another reading of an ambiguous number ("202.940" as 202 940 or 202,94) makes the change agree. */
function otherReadingFits(a: ParsedNumber, b: ParsedNumber, x: ParsedNumber): boolean {
  if (!a.ambiguous && !b.ambiguous && !x.ambiguous) return false;
  for (const ra of readings(a))
    for (const rb of readings(b))
      for (const rx of readings(x))
        for (const f of [difference, relative, share]) {
          const q = derived(ra, rb, f, 0);
          if (q && Math.abs(Math.abs(rx.value) - q.value) <= rx.half + (q.half ?? 0) + 1e-9 * Math.max(1, q.value)) return true;
        }
  return false;
}

interface Ends {
  from: ParsedNumber;
  to: ParsedNumber;
  /** Where the ends come from: the sentence, or the year-on-year table's row of the indicator it names. */
  ends: 'sentence' | 'table';
  indikator?: string;
  related?: Subject['related'];
}

function changeSubject(key: string, loc: Val['loc'], evidence: string, word: string, x: ParsedNumber, e: Ends, year: number | undefined): Subject | undefined {
  const { from: a, to: b } = e;
  const unitOfEnds = a.unit === 'percent' || b.unit === 'percent' ? 'percent' : a.unit === 'rupiah' || b.unit === 'rupiah' ? 'rupiah' : undefined;
  const decimals = Math.max(a.decimals, b.decimals, 0);
  const stated = { ...x, value: Math.abs(x.value!) };
  const fits = (q: Quantity | undefined) => !!q && (agree(stated, q) === true || truncates(stated, q));
  const [ra, rb] = [readings(a)[0], readings(b)[0]];
  const diff = derived(ra, rb, difference, decimals, unitOfEnds);
  const rel = derived(ra, rb, relative, 2, 'percent');
  const shr = derived(ra, rb, share, 2, 'percent');
  if (!diff || !rel || !shr) return undefined;
  return {
    type: 'stated-change',
    key,
    loc,
    evidence,
    ...(e.related ? { related: e.related } : {}),
    facts: {
      word: word.toLowerCase(),
      ends: e.ends,
      indikator: e.indikator ?? '',
      year: e.ends === 'table' && year ? String(year) : '',
      prevYear: e.ends === 'table' && year ? String(year - 1) : '',
      from: a,
      to: b,
      stated,
      difference: diff,
      relative: rel,
      share: shr,
      alternativeAgrees: !fits(diff) && !fits(rel) && !fits(shr) && otherReadingFits(a, b, x),
    },
  };
}

/** A change the prose states: its word, its two ends (from the sentence or the table) and the amount, if stated. */
export interface ChangeReading {
  key: string;
  loc: Val['loc'];
  evidence: string;
  word: string;
  /** The amount stated ("naik 3,84 poin"); absent for a direction alone ("meningkat dari A menjadi B"). */
  x?: ParsedNumber;
  ends: Ends;
}

// "meningkat dari 80,33 menjadi 83,17", "mengalami penurunan dari 12 kasus menjadi 9 kasus": a
// direction with both ends and no amount. Only verbs (and "mengalami/terjadi" + noun): "Persentase
// penurunan … dari" is an indicator's name. Between the word and "dari" only words of degree: not
// "naik peringkat dari 5 menjadi 3" (a rank), "turun ke lapangan dari 5 desa menjadi 8 desa".
const VERB_CHANGE = String.raw`(?:(?:mengalami|terjadi)\s+(?:kenaikan|peningkatan|penambahan|penurunan|pengurangan)|naik|meningkat|bertambah|turun|menurun|berkurang)`;
const DEGREE = String.raw`(?:secara|cukup|sangat|sedikit|signifikan|drastis|tajam|pesat|yang|yaitu|yakni)`;
const DIRECTION_FIRST = new RegExp(String.raw`\b(?<w>${VERB_CHANGE})(?:\s+${DEGREE}){0,3}\s+${FROM}(?<a>${NUM}(?:\s*%)?)${FILL}${TO}(?<b>${NUM}(?:\s*%)?)`, 'giu');

const cache = new WeakMap<Model, { settings: LintSettings; readings: ChangeReading[] }>();

/** Every change the prose states, once per model (the change and the direction rules share them). */
export function changeReadings(model: Model, settings: LintSettings): ChangeReading[] {
  const hit = cache.get(model);
  if (hit?.settings === settings) return hit.readings;
  const ctx = narrativeContext(model, settings);
  const year = typeof model.meta?.tahun === 'number' ? model.meta.tahun : undefined;
  const table = year ? yearOnYear(model, year) : new Map();
  const out: ChangeReading[] = [];
  const seen = new Set<string>();
  const push = (r: ChangeReading) => {
    if (!seen.has(r.key)) (seen.add(r.key), out.push(r));
  };
  for (const { unit, extraction, scopes } of ctx.units) {
    // Every pattern needs a word of change: most paragraphs and sentences have none.
    if (!CHANGE_WORD.test(unit.text)) continue;
    for (const sentence of extraction.sentences) {
      if (!CHANGE_WORD.test(sentence.text)) continue;
      const text = sentence.text.replace(/\s+/g, ' ');
      const both = BOTH_WORDS.test(text) ? [...text.matchAll(ENDS_FIRST), ...text.matchAll(CHANGE_FIRST)] : [];
      const taken: [number, number][] = [];
      for (const m of both) {
        const g = m.groups!;
        // "dua kali lipat": a factor, not a difference.
        if (/kali|lipat/i.test(g.xu)) continue;
        const [a, b, x] = [read(g.a), read(g.b), read(g.x + (g.xu ?? ''))];
        if (!a || !b || !x) continue;
        taken.push([m.index!, m.index! + m[0].length]);
        push({ key: subjectKey('change', unit.id, textHash(m[0])), loc: unit.loc, evidence: plain(sentence.text), word: g.w, x, ends: { from: a, to: b, ends: 'sentence' } });
      }
      for (const m of BOTH_WORDS.test(text) ? text.matchAll(DIRECTION_FIRST) : []) {
        const at = m.index!;
        if (taken.some(([s, e]) => at < e && at + m[0].length > s)) continue;
        const [a, b] = [read(m.groups!.a), read(m.groups!.b)];
        if (a && b) push({ key: subjectKey('change', unit.id, textHash(m[0])), loc: unit.loc, evidence: plain(sentence.text), word: m.groups!.w, ends: { from: a, to: b, ends: 'sentence' } });
      }
      // A change without its ends, in a sentence that names one indicator and compares with last year.
      const scope = scopes[sentence.index];
      if (both.length || !table.size || !year || scope?.type !== 'indicator' || scope.via !== 'name' || !againstLastYear(text, year)) continue;
      const yoy = table.get((scope.indicator as IndicatorResult).row);
      if (!yoy) continue;
      for (const m of text.matchAll(CHANGE_ONLY)) {
        const g = m.groups!;
        if (/kali|lipat/i.test(g.xu)) continue;
        // The indicator is named in the change's own clause, not in another item of the sentence
        // ("… 35 eksportir …; dan (3) Nilai impor … naik sebesar …").
        if (namedIndicator(clauseAt(text, m.index!), ctx.res.indicators, ctx.weak) !== scope.indicator) continue;
        const x = read(g.x + (g.xu ?? ''));
        // An amount of money or a scaled one ("0,10 milyar") is no change of a count or an index.
        if (!x || x.scale || x.unit === 'rupiah' || /^(?:US\$|USD)/i.test(g.x) || (x.unit !== 'percent' && !sameMeasure(x, yoy.to))) continue;
        const indikator = scope.indicator.row.indikator;
        push({
          key: subjectKey('change', unit.id, textHash(m[0]), indikator),
          loc: unit.loc,
          evidence: plain(sentence.text),
          word: g.w,
          x,
          ends: { from: yoy.from, to: yoy.to, ends: 'table', indikator, related: [{ location: yoy.loc, evidence: yoy.evidence }] },
        });
      }
    }
  }
  cache.set(model, { settings, readings: out });
  return out;
}

export function changeSubjects(model: Model, settings: LintSettings): Subject[] {
  const year = typeof model.meta?.tahun === 'number' ? model.meta.tahun : undefined;
  const out: Subject[] = [];
  for (const r of changeReadings(model, settings)) {
    if (!r.x) continue;
    const s = changeSubject(r.key, r.loc, r.evidence, r.word, r.x, r.ends, year);
    if (s) out.push(s);
  }
  return out;
}
