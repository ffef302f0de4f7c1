// Last year's realisasi as this year's prose restates it ("realisasi tahun 2020 sebesar 80,5",
// "dibandingkan dengan tahun lalu yang hanya 33 kasus"), beside the realisasi last year's report
// (--previous) measured for the same indicator. Only three tight forms are read, where the number
// can only be last year's value: "realisasi … tahun lalu|sebelumnya|<year − 1> [sebesar …] N",
// "dibandingkan … tahun lalu|sebelumnya|<year − 1> yang [sebesar …] N" and "naik dari N pada
// tahun <year − 1>". The indicator is the one the very sentence names (never carried over from the
// sentence before); it is paired with last year's by name, and the subject says whether the
// pairing rests on the names' very words.
import type { Subject } from '../../engine/types.js';
import type { LintSettings } from '../../engine/settings.js';
import { sameMeasure, agree } from '../../domain/quantity.js';
import { previousYearWords } from '../../domain/previous-year-words.js';
import { normalizeText } from '../../domain/text.js';
import { sameName } from '../../domain/names.js';
import { parseNumber } from '../../model/number-id.js';
import type { Model, Val } from '../../model/types.js';
import { quoteRow } from '../evidence.js';
import { subjectKey } from '../subject-key.js';
import type { IndicatorResult } from '../results.js';
import { narrativeContext } from '../narrative/context.js';
import { plain, textHash } from '../narrative/text.js';

// A number, not a year ("… tahun lalu pada 2020": no value).
const NUM = String.raw`(?!(?:19|20)\d\d\b(?![.,]\d|\s*%))\d+(?:[.,]\d+)*(?:\s*(?:%|persen\b))?`;
/** Words between the year and its value: "yang hanya", "adalah sebesar", "mencapai" … */
const INTRO = String.raw`(?:(?:hanya|adalah|sebesar|sebanyak|senilai|mencapai|tercatat|baru|masih|berada|pada|angka|di)\s+){0,3}`;
/** Words that make "realisasi … tahun lalu" another figure than the indicator's realisasi. */
const NOT_BETWEEN = String.raw`(?:dibanding\w*|terhadap|target|capaian|persentase\s+capaian|anggaran|belanja|keuangan|dana|sedangkan|dan|serta|atau|menjadi)`;

function lastYearPhrase(last: number): string {
  return String.raw`(?:tahun|th\.?|thn\.?|TA\.?)\s+(?:anggaran\s+)?(?:lalu|sebelumnya|${last})(?:\s*\(\s*(?:tahun\s+)?${last}\s*\))?`;
}

/** The three forms, for a report of `year`. */
function patterns(year: number): RegExp[] {
  const ly = lastYearPhrase(year - 1);
  return [
    // "realisasi [indikator …] [pada] tahun 2020 [adalah|sebesar …] 80,5"
    new RegExp(String.raw`\brealisasi(?:nya)?(?:\s+(?!${NOT_BETWEEN}\b)[^\s\d]+){0,12}?\s+(?:(?:pada|di|selama)\s+)?${ly}\s*,?\s+(?:yang\s+)?${INTRO}(?<n>${NUM})`, 'gi'),
    // "dibandingkan dengan [realisasi] tahun lalu yang [hanya|sebesar …] 33"
    new RegExp(String.raw`\b(?:dibanding(?:kan|ing)?|daripada)\s+(?:dengan\s+)?(?<r>realisasi\s+)?(?:(?:pada|di)\s+)?${ly}\s*,?\s+yang\s+${INTRO}(?<n>${NUM})`, 'gi'),
    // "naik dari 80,10 [poin] pada tahun 2022"
    new RegExp(String.raw`\b(?:naik|meningkat|turun|menurun|bertambah|berkurang|kenaikan|peningkatan|penurunan)(?:\s+(?!dari\b)[^\s\d]+){0,3}?\s+dari\s+(?:(?:realisasi|angka|nilai|sebesar|sebanyak)\s+){0,2}(?<n>${NUM})(?:\s+(?!pada\b|di\b|tahun\b)[^\s\d]+)?\s+(?:(?:pada|di)\s+)?${ly}\b`, 'gi'),
  ];
}

const patternCache = new Map<number, RegExp[]>();

/** Last year's other figures of the row the stated number is (a report calling its capaian "realisasi"). */
function otherFigure(stated: Val, row: { target?: Val; capaian?: Val }): string {
  if (row.capaian && agree(stated, row.capaian) === true) return 'capaian';
  if (row.target && agree(stated, row.target) === true) return 'target';
  return '';
}

/** Another reading of an ambiguous number ("1.309" as 1 309 or 1,309) that agrees with last year's. */
function otherReadingAgrees(stated: Val, reported: Val): boolean {
  const alt = stated.ambiguous;
  if (!alt) return false;
  return agree({ ...stated, value: alt.alternative, decimals: alt.alternativeDecimals, ambiguous: undefined }, reported) === true;
}

/** The item of `list` whose name is the same as `name`: its very text first, then by the matcher. */
function pick<T>(name: string, list: T[], text: (x: T) => string): T | undefined {
  const n = normalizeText(name);
  return list.find((x) => normalizeText(text(x)) === n) ?? list.find((x) => sameName(name, text(x), 'name'));
}

/** The one indicator whose whole name the sentence prints ("Terlatihnya Aparatur PNS", not "Terlatihnya Non Aparatur PNS"), if one. */
function wholeName(text: string, indicators: IndicatorResult[]): IndicatorResult['row'] | undefined {
  const t = ` ${normalizeText(text)} `;
  const found = indicators.filter((i) => t.includes(` ${normalizeText(i.row.indikator)} `));
  // The longest wins when one name holds another ("Jumlah aduan" in "Jumlah aduan yang diselesaikan").
  const longest = found.sort((a, b) => b.row.indikator.length - a.row.indikator.length);
  if (!longest.length) return undefined;
  const rest = longest.slice(1).filter((i) => !normalizeText(longest[0].row.indikator).includes(normalizeText(i.row.indikator)));
  return rest.length ? undefined : longest[0].row;
}

export function previousRealisasiProse(model: Model, settings: LintSettings): Subject[] {
  const previous = model.previous;
  const year = model.meta.tahun;
  if (!previous || !year) return [];
  const measured = (previous.pengukuran ?? []).filter((r) => r.realisasi && r.realisasi.kind === 'number' && r.realisasi.value !== null);
  if (!measured.length) return [];
  let res = patternCache.get(year);
  if (!res) patternCache.set(year, (res = patterns(year)));
  const cue = new RegExp(String.raw`\b(?:lalu|sebelumnya|${year - 1})\b`, 'i');
  const words = previousYearWords();
  const ctx = narrativeContext(model, settings);
  const out: Subject[] = [];
  const seen = new Set<string>();
  for (const { unit, extraction, scopes } of ctx.units) {
    if (!cue.test(unit.text) || !/\b(?:realisasi|dibanding\w*|daripada|dari)\b/i.test(unit.text)) continue;
    for (const sentence of extraction.sentences) {
      const scope = scopes[sentence.index];
      // The indicator named in this very sentence, not one carried over from the sentence before.
      if (scope?.type !== 'indicator' || scope.via !== 'name') continue;
      const text = sentence.text.replace(/\s+/g, ' ');
      if (!cue.test(text)) continue;
      const indicator = wholeName(text, ctx.res.indicators) ?? (scope.indicator as IndicatorResult).row;
      const partner = pick(indicator.indikator, measured, (r) => r.indikator);
      if (!partner) continue;
      for (const [form, re] of res.entries()) {
        for (const m of text.matchAll(re)) {
          // A comparison that speaks of capaian may give last year's capaian, not its realisasi.
          if (form === 1 && !m.groups!.r && /\bcapaian\b/i.test(text)) continue;
          const parsed = parseNumber(m.groups!.n.replace(/\s*persen$/i, '%'));
          if (parsed.kind !== 'number' || parsed.value === null) continue;
          const stated: Val = { ...parsed, loc: unit.loc };
          const reported = partner.realisasi!;
          if (!sameMeasure(stated, reported)) continue;
          const key = subjectKey('previous-realisasi-prose', unit.id, textHash(m[0]));
          if (seen.has(key)) continue;
          seen.add(key);
          // The pairing rests on the names' very words when the sentence prints this year's name
          // whole and last year's report the same name.
          const whole = normalizeText(text).includes(normalizeText(indicator.indikator)) && normalizeText(indicator.indikator) === normalizeText(partner.indikator);
          out.push({
            type: 'previous-realisasi-prose',
            key,
            loc: unit.loc,
            evidence: plain(sentence.text),
            related: [{ location: reported.loc, evidence: quoteRow(partner.indikator, partner.target, partner.realisasi), note: { term: 'previous-place.report', params: { year: String(year - 1) } } }],
            facts: {
              indikator: indicator.indikator,
              year: String(year - 1),
              stated,
              reported,
              matched: partner.indikator,
              matchedBy: whole ? 'same-text' : 'name',
              otherFigure: otherFigure(stated, partner),
              otherReadingAgrees: otherReadingAgrees(stated, reported),
              revision: (words.revision.exec(unit.text)?.[0] ?? '').toLowerCase(),
            },
          });
        }
      }
    }
  }
  return out;
}
