// Where this year's report explains why an indicator is measured in one year and not the other:
// a sentence with a word of change ("diganti", "tidak digunakan lagi", "perubahan Renstra", "reviu
// IKU": rules/previous-year-words.json) that names the indicator, or that speaks of the
// indicators' change as a whole ("terdapat perubahan indikator kinerja hasil reviu IKU").
import { previousYearWords } from '../../domain/previous-year-words.js';
import { normalizeText } from '../../domain/text.js';
import type { Model } from '../../model/types.js';
import { coverage, plain, splitSentences } from '../narrative/text.js';

export interface Explanation {
  by: 'named' | 'general';
  /** The sentence, as printed. */
  text: string;
}

export interface Explanations {
  /** The sentence explaining the change of an indicator of this name, if any. */
  of(indikator: string): Explanation | undefined;
}

const names = (indikator: string, tokens: string[]) => {
  const c = coverage(indikator, tokens);
  return c.share >= 0.6 && (c.matched >= 2 || c.matched === c.size);
};

/**
 * The sentences of this year's prose that explain a change of indicators. `indicators`: every
 * indicator of both years; a sentence that names none of them speaks of the change as a whole.
 */
export function indicatorExplanations(model: Model, indicators: string[]): Explanations {
  const change = previousYearWords().indicatorChange;
  const sentences: { text: string; tokens: string[] }[] = [];
  // Every paragraph, those of Bab II's PK section too (the narrative's prose units leave it out).
  for (const p of model.paragraphs ?? []) {
    if (!change.test(p.text)) continue;
    for (const s of splitSentences(p.text)) if (change.test(s.text)) sentences.push({ text: plain(s.text), tokens: normalizeText(s.text).split(' ') });
  }
  const general = sentences.find((s) => /\b(?:indikator|iku)\b/i.test(s.text) && !indicators.some((i) => names(i, s.tokens)));
  return {
    of(indikator) {
      const named = sentences.find((s) => names(indikator, s.tokens));
      if (named) return { by: 'named', text: named.text };
      return general ? { by: 'general', text: general.text } : undefined;
    },
  };
}
