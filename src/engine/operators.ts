// The operators rules may use in their conditions: json-rules-engine's own (same names, same
// meaning, including which fact values they accept) and lkjip-lint's, which compare printed values
// by their precision, texts after normalising, and take options where a rule needs to say how.
import { agree, exceeds, truncates } from '../domain/quantity.js';
import { normalizeText } from '../domain/text.js';
import { compareTargets } from '../domain/targets.js';
import { sameName } from '../domain/names.js';
import type { LintSettings } from './settings.js';

export interface Operator {
  test: (fact: any, value: any, options: Record<string, unknown>, settings?: LintSettings) => boolean;
  /** Fact values the operator applies to; any other value fails the condition (json-rules-engine's validator). */
  accepts?: (fact: unknown) => boolean;
  description: string;
  /** Options the operator takes in a condition's `options`, by name, with what each means. */
  options?: Record<string, string>;
}

const isNumberLike = (x: unknown) => Number.parseFloat(x as string).toString() !== 'NaN';

export const operators: Record<string, Operator> = {
  equal: { test: (a, b) => a === b, description: 'Strictly equal.' },
  notEqual: { test: (a, b) => a !== b, description: 'Not strictly equal.' },
  in: { test: (a, b) => b.indexOf(a) > -1, description: 'One of the listed values.' },
  notIn: { test: (a, b) => b.indexOf(a) === -1, description: 'None of the listed values.' },
  contains: { test: (a, b) => a.indexOf(b) > -1, accepts: Array.isArray, description: 'An array that holds the value.' },
  doesNotContain: { test: (a, b) => a.indexOf(b) === -1, accepts: Array.isArray, description: 'An array that does not hold the value.' },
  lessThan: { test: (a, b) => a < b, accepts: isNumberLike, description: 'Less than.' },
  lessThanInclusive: { test: (a, b) => a <= b, accepts: isNumberLike, description: 'Less than or equal.' },
  greaterThan: { test: (a, b) => a > b, accepts: isNumberLike, description: 'Greater than.' },
  greaterThanInclusive: { test: (a, b) => a >= b, accepts: isNumberLike, description: 'Greater than or equal.' },

  disagrees: { test: (a, b, _o, s) => agree(a, b, s?.tolerance) === false, description: 'Both numeric, and their precision intervals cannot meet (82,3 stands for 82,25–82,35).' },
  agrees: { test: (a, b, _o, s) => agree(a, b, s?.tolerance) === true, description: 'Both numeric, and their precision intervals meet.' },
  truncates: { test: (a, b, _o, s) => truncates(a, b, s?.tolerance), description: 'Disagrees, and the fact is the other value cut off rather than rounded.' },
  disagreesNotTruncated: { test: (a, b, _o, s) => agree(a, b, s?.tolerance) === false && !truncates(a, b, s?.tolerance), description: 'Disagrees, and is not explained by truncation.' },
  exceeds: { test: (a, b, _o, s) => exceeds(a, b, s?.tolerance), description: 'Greater than the other beyond their precision.' },
  differsText: {
    test: (a, b) => typeof a === 'string' && typeof b === 'string' && normalizeText(a) !== normalizeText(b),
    description: 'Both texts, and they differ after case, diacritics, punctuation and spacing are normalised.',
  },
  isMissing: {
    test: (a, expected) => {
      const missing = a === undefined || a === null || a === '' || (typeof a === 'object' && 'kind' in a && (a.kind === 'empty' || a.kind === 'na'));
      return missing === expected;
    },
    description: 'With value true: missing, empty ("-") or not available ("n/a"); with false: present.',
  },
  longerThan: { test: (a, n) => Array.isArray(a) && a.length > n, description: 'An array with more than the given number of elements.' },
  // Ranks, sequences and lists of texts (the rating and capaian rules).
  ranksBelow: {
    test: (a, b, o) => rankOf(a, o) > -1 && rankOf(b, o) > -1 && rankOf(a, o) > rankOf(b, o),
    description: 'Both in the `order` list, and the fact comes after the value (a worse grade: "C" below "B").',
    options: { order: 'The ranked values, best first (e.g. ["A", "B", "C", "D"]).' },
  },
  ranksAbove: {
    test: (a, b, o) => rankOf(a, o) > -1 && rankOf(b, o) > -1 && rankOf(a, o) < rankOf(b, o),
    description: 'Both in the `order` list, and the fact comes before the value (a better grade: "A" above "B").',
    options: { order: 'The ranked values, best first (e.g. ["A", "B", "C", "D"]).' },
  },
  ordered: {
    test: (a, expected) => {
      if (!Array.isArray(a)) return false;
      const up = a.every((x, i) => i === 0 || x > a[i - 1]);
      const down = a.every((x, i) => i === 0 || x < a[i - 1]);
      return (up || down) === expected;
    },
    description: 'With value true: an array of numbers that runs strictly up or strictly down; with false: one that does neither.',
  },
  inSequence: {
    test: (a, expected, o) => {
      if (!Array.isArray(a)) return false;
      const from = typeof o.from === 'number' ? o.from : 1;
      return a.every((x, i) => x === from + i) === expected;
    },
    description: 'With value true: an array of numbers that counts up by one from `from` (1, 2, 3 …); with false: one that does not.',
    options: { from: 'The first number of the sequence (default 1).' },
  },
  inTexts: {
    test: (a, list) => typeof a === 'string' && Array.isArray(list) && list.some((t) => typeof t === 'string' && normalizeText(t) === normalizeText(a)),
    description: 'A text equal, after normalising as differsText does, to one of the texts of the value (a list, or a fact holding one).',
  },
  notInTexts: {
    test: (a, list) => typeof a === 'string' && Array.isArray(list) && !list.some((t) => typeof t === 'string' && normalizeText(t) === normalizeText(a)),
    description: 'A text that, after normalising as differsText does, equals none of the texts of the value (a list, or a fact holding one).',
  },
  // Texts one of which may shorten the other (the structure rules).
  differsWords: {
    test: (a, b) => typeof a === 'string' && typeof b === 'string' && !wordsWithin(a, b) && !wordsWithin(b, a),
    description: 'Both texts, and neither is the other shortened: some normalised word of each is missing from the other (a table of contents may shorten a heading).',
  },
  // Targets of one indicator in two documents (src/domain/targets.ts): numbers by value and precision,
  // letters as letters, an SKM grade letter against a number through the IKM conversion.
  differsAsTarget: {
    test: (a, b, _o, s) => compareTargets(a, b, s?.tolerance).result === 'differ',
    description: 'Two targets of the same measure that differ: numbers beyond their precision, other letters, other ranges, or a number outside the IKM interval of an SKM grade letter (or no SKM value at all).',
  },
  // Units of government in two position titles (src/domain/jabatan.ts through sameName).
  differsAsUnit: {
    test: (a, b) => typeof a === 'string' && typeof b === 'string' && !sameName(a, b, 'unit'),
    description: 'Two names of a government unit (of position titles) that are not the same unit: the words of neither are within the other\'s (a region or a word left out, a typo), nor abbreviated by them (an acronym or a contraction of its words\' first syllables); a part of a unit (bidang, seksi …) is not the unit.',
  },
  sameTargetOtherForm: {
    test: (a, b, _o, s) => compareTargets(a, b, s?.tolerance).result === 'form',
    description: 'One target written in two forms: an SKM grade letter and a number (IKM 25–100, or a nilai interval 1–4 converted) inside its IKM interval.',
  },
  agreesWithNone: {
    test: (a, list, _o, s) => Array.isArray(list) && !list.some((v) => agree(v, a, s?.tolerance) === true),
    description: 'A value that agrees (as `agrees`: precision intervals meet) with none of the values of the list; an empty list included.',
  },
  contradicts: {
    test: (claim, found, options) => {
      const allowed = (options.allows as Record<string, unknown> | undefined)?.[claim as string];
      return Array.isArray(allowed) && !allowed.includes(found);
    },
    description: 'A claim (the fact) that the `allows` option lists, and what was found (the value) is not among the outcomes it allows.',
    options: { allows: 'claim word → the outcomes that bear it out, e.g. { "achieved": ["achieved", "above"] }' },
  },
};

function rankOf(x: unknown, options: Record<string, unknown>): number {
  return Array.isArray(options.order) ? options.order.indexOf(x) : -1;
}

/** Every word of `a` (after normalising) occurs in `b`. */
function wordsWithin(a: string, b: string): boolean {
  const words = new Set(normalizeText(b).split(' '));
  return normalizeText(a).split(' ').filter(Boolean).every((w) => words.has(w));
}
