// The words that make an indicator's name suggest negative polarity (lower is better) when the
// report does not declare it, and the words that say it measures the good direction all the same.
// Knowledge, so data: rules/polarity-words.json, extended by the configuration key `polarityWords`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../engine/package-root.js';

/** Words as the data file and the configuration list them. */
export interface PolarityWordLists {
  negative?: string[];
  exceptions?: string[];
}

/** The lists compiled: a name suggests negative polarity when `negative` matches and `exceptions` does not. */
export interface PolarityWords {
  negative: RegExp;
  exceptions: RegExp;
}

const escape = (w: string) => w.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One case-insensitive whole-word pattern for a list ("angka kemiskinan", "kasus"); one that never matches for none. */
function wordPattern(words: string[]): RegExp {
  const alternatives = words.map(escape).filter(Boolean);
  return alternatives.length ? new RegExp(`\\b(${alternatives.join('|')})\\b`, 'i') : /(?!)/;
}

let shipped: Required<PolarityWordLists> | undefined;

function shippedLists(): Required<PolarityWordLists> {
  shipped ??= JSON.parse(readFileSync(join(packageRoot, 'rules', 'polarity-words.json'), 'utf8')) as Required<PolarityWordLists>;
  return shipped;
}

let defaults: PolarityWords | undefined;

/** The shipped lists, plus the configuration's additions. */
export function polarityWords(extra: PolarityWordLists = {}): PolarityWords {
  const base = shippedLists();
  if (!extra.negative?.length && !extra.exceptions?.length) {
    defaults ??= { negative: wordPattern(base.negative), exceptions: wordPattern(base.exceptions) };
    return defaults;
  }
  return {
    negative: wordPattern([...base.negative, ...(extra.negative ?? [])]),
    exceptions: wordPattern([...base.exceptions, ...(extra.exceptions ?? [])]),
  };
}

/** The indicator's name says lower is better, and nothing in it says it measures the good direction. */
export function nameSuggestsNegative(indikator: string, words: PolarityWords = polarityWords()): boolean {
  return words.negative.test(indikator) && !words.exceptions.test(indikator);
}
