// A change stated with both its ends in one sentence: "naik 3,84 poin dari 80,33 menjadi 83,17",
// "dari 97,85% menjadi 109,42% atau meningkat sebesar 11,57%", "bertambah 445 unit dari 202.940
// menjadi 203.440". The three numbers are read from the sentence alone; the subject offers what the
// two ends give — the difference, the change relative to the first end and the second end as a
// share of the first (both in percent) — each with the interval the printed ends allow.
import type { Model } from '../../model/types.js';
import type { Quantity, Subject } from '../../engine/types.js';
import type { LintSettings } from '../../engine/settings.js';
import { parseNumber, halfUnit, type ParsedNumber } from '../../model/number-id.js';
import { agree, truncates } from '../../domain/quantity.js';
import { subjectKey } from '../subject-key.js';
import { narrativeContext } from './context.js';
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

export function changeSubjects(model: Model, settings: LintSettings): Subject[] {
  const ctx = narrativeContext(model, settings);
  const out: Subject[] = [];
  const seen = new Set<string>();
  for (const { unit, extraction } of ctx.units) {
    for (const sentence of extraction.sentences) {
      const text = sentence.text.replace(/\s+/g, ' ');
      if (!/menjadi/i.test(text)) continue;
      for (const m of [...text.matchAll(ENDS_FIRST), ...text.matchAll(CHANGE_FIRST)]) {
        const g = m.groups!;
        // "dua kali lipat": a factor, not a difference.
        if (/kali|lipat/i.test(g.xu)) continue;
        const [a, b, x] = [read(g.a), read(g.b), read(g.x + (g.xu ?? ''))];
        if (!a || !b || !x) continue;
        const key = subjectKey('change', unit.id, textHash(m[0]));
        if (seen.has(key)) continue;
        seen.add(key);
        const unitOfEnds = a.unit === 'percent' || b.unit === 'percent' ? 'percent' : a.unit === 'rupiah' || b.unit === 'rupiah' ? 'rupiah' : undefined;
        const decimals = Math.max(a.decimals, b.decimals, 0);
        const stated = { ...x, value: Math.abs(x.value!) };
        const fits = (q: Quantity | undefined) => !!q && (agree(stated, q) === true || truncates(stated, q));
        const [ra, rb] = [readings(a)[0], readings(b)[0]];
        const diff = derived(ra, rb, difference, decimals, unitOfEnds);
        const rel = derived(ra, rb, relative, 2, 'percent');
        const shr = derived(ra, rb, share, 2, 'percent');
        if (!diff || !rel || !shr) continue;
        out.push({
          type: 'stated-change',
          key,
          loc: unit.loc,
          evidence: plain(sentence.text),
          facts: {
            word: g.w.toLowerCase(),
            from: a,
            to: b,
            stated,
            difference: diff,
            relative: rel,
            share: shr,
            alternativeAgrees: !fits(diff) && !fits(rel) && !fits(shr) && otherReadingFits(a, b, x),
          },
        });
      }
    }
  }
  return out;
}
