// What a sentence speaks of: an indicator it names, a sasaran it numbers (or its paragraph is
// about), or the whole report (summary sections, "secara keseluruhan"). Indicator names are matched
// by token overlap — a deliberately small local check, strict enough to stay silent when unsure.
import type { IndicatorResult, Results, SasaranResult } from '../results.js';
import { normalizeText } from '../../domain/text.js';
import type { SasaranMention, SentenceInfo } from './claims.js';
import { NameIndex } from './name-index.js';
import { coverage, nameTokens } from './text.js';
import { SUMMARY_KINDS, type ProseUnit } from './units.js';

export type Scope =
  | { type: 'indicator'; indicator: IndicatorResult; via: 'name' | 'about' | 'previous' }
  | { type: 'sasaran'; sasaran: SasaranResult; via: 'mention' | 'about' | 'previous' }
  | { type: 'report'; via: 'summary' | 'overall' };

function tokensOf(text: string): string[] {
  return normalizeText(text).split(' ').filter(Boolean);
}

interface Named {
  /** The indicator the text clearly names. */
  indicator?: IndicatorResult;
  /** The text names one or more indicators, but not one clearly (two candidates, or a partial name). */
  unclear: boolean;
}

const nameIndexes = new WeakMap<IndicatorResult[], { weak?: Set<string>; index: NameIndex }>();

function nameIndicator(text: string, indicators: IndicatorResult[], weak?: Set<string>): Named {
  const tokens = tokensOf(text);
  let cached = nameIndexes.get(indicators);
  if (!cached || cached.weak !== weak) nameIndexes.set(indicators, (cached = { weak, index: new NameIndex(indicators.map((ind) => ind.row.indikator), weak) }));
  // Only names sharing a word can stand out (all others have a share of 0), in table order.
  const scored = cached.index
    .covered(tokens)
    .map((c) => ({ ind: indicators[c.index], ...c }))
    .sort((a, b) => b.share - a.share || b.matched - a.matched);
  const [best, second] = scored;
  if (!best) return { unclear: false };
  const enough = best.share >= 0.6 && (best.matched >= 2 || best.matched === best.size);
  const partial = best.share >= 0.34 && best.matched >= 2;
  if (!enough) return { unclear: partial };
  if (second && second.share >= 0.6 && best.share - second.share < 0.2) return { unclear: true };
  return { indicator: best.ind, unclear: false };
}

/** The indicator a text names, when one clearly stands out. */
export function namedIndicator(text: string, indicators: IndicatorResult[], weak?: Set<string>): IndicatorResult | undefined {
  return nameIndicator(text, indicators, weak).indicator;
}

/** A sasaran group of the measurement table that has a name: rows without one are no sasaran of their own. */
function named(s: SasaranResult | undefined): SasaranResult | undefined {
  return s && s.text.trim() ? s : undefined;
}

/** The sasaran a mention refers to: by its wording when given (numbering restarts per misi in some reports), else by number. */
export function mentionedSasaran(m: SasaranMention, res: Results): SasaranResult | undefined {
  // A measurement table that names no sasaran groups its rows under none: "Sasaran 1" of the text
  // is not "all rows" (reports that restart the numbering per misi make that plain).
  const byNumber = named(res.sasaran[m.no - 1]);
  if (!m.text) return byNumber;
  const tokens = tokensOf(m.text);
  const scored = res.sasaran
    .filter((s) => nameTokens(s.text).length)
    .map((s) => ({ s, share: coverage(s.text, tokens).share }))
    .sort((a, b) => b.share - a.share);
  const best = scored[0];
  if (best && best.share >= 0.5 && (!scored[1] || best.share - scored[1].share >= 0.2)) return best.s;
  // The wording matches no sasaran of the table: the number alone is not trusted either.
  if (byNumber && nameTokens(byNumber.text).length && coverage(byNumber.text, tokens).share < 0.2) return undefined;
  return byNumber;
}

const SASARAN_OPENING = /^\W*(?:\d{1,2}[.)]\s*)?sasaran(?:\s+(?:strategis|stratejik))?\s+\d{1,2}\s*[:.]/i;

/** Scope of each sentence of a unit, carrying an explicit mention over to the sentences after it. */
export function sentenceScopes(unit: ProseUnit, sentences: SentenceInfo[], res: Results, weak?: Set<string>): (Scope | undefined)[] {
  const out: (Scope | undefined)[] = [];
  let carried: Scope | undefined;
  const aboutIndicator = unit.aboutIndikator ? namedIndicator(unit.aboutIndikator, res.indicators, weak) : undefined;
  const aboutSasaran = unit.aboutSasaran ? named(res.sasaran[unit.aboutSasaran - 1]) : undefined;
  for (const s of sentences) {
    let scope: Scope | undefined;
    // "1. Sasaran 1 : Meningkatnya produk ekspor, eksportir …, mendapat predikat …": the sentence
    // is about the sasaran it opens with, whatever indicator its words recall.
    const opensWithSasaran = s.sasaran.length > 0 && SASARAN_OPENING.test(s.text);
    const named = opensWithSasaran ? { unclear: false } : nameIndicator(s.text, res.indicators, weak);
    const ind = named.indicator;
    // A sentence that half-names some indicator may be about another one than the last: carry nothing.
    if (named.unclear) carried = undefined;
    if (ind) scope = { type: 'indicator', indicator: ind, via: 'name' };
    else if (s.sasaran.length) {
      const found = s.sasaran.map((m) => mentionedSasaran(m, res));
      // Several different sasaran in one sentence: no single subject.
      const distinct = [...new Set(found)];
      if (distinct.length === 1 && distinct[0]) scope = { type: 'sasaran', sasaran: distinct[0], via: 'mention' };
    }
    if (scope) carried = scope;
    // A sentence that names a sasaran the table does not resolve speaks of that sasaran, not of
    // the one before nor of the whole report.
    else if (s.sasaran.length) carried = undefined;
    else if (carried) scope = { ...carried, via: 'previous' } as Scope;
    else if (aboutIndicator) scope = { type: 'indicator', indicator: aboutIndicator, via: 'about' };
    else if (aboutSasaran) scope = { type: 'sasaran', sasaran: aboutSasaran, via: 'about' };
    else if (unit.kind === 'paragraph' && unit.sectionKind && SUMMARY_KINDS.has(unit.sectionKind)) scope = { type: 'report', via: 'summary' };
    else if (s.overall) scope = { type: 'report', via: 'overall' };
    out.push(scope);
  }
  return out;
}
