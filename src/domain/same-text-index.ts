// Lookups by `sameText` (sasaran-scope.ts) without comparing a text with every entry of a list:
// the step that made the Bab III analyses and the sasaran lists quadratic in the number of rows.
// Exact, not a heuristic: `has` and `first` answer what a scan of the list with sameText answers.
//
// sameText(a, b) holds when the normalised texts are equal, or when the smaller word set (3 words
// or more) has at least 80 % of its words in the larger one, i.e. misses at most a fifth of them.
// So when the query q is the smaller side, the entry holds one of any ⌊|q|/5⌋ + 1 words of q (the
// rarest are looked up); when the entry is the smaller side, q holds one of the entry's ⌊|e|/5⌋ + 1
// rarest words, under which the entry is filed. Candidates are then checked with the same test.
import { normalizeText } from './text.js';
import { pushTo } from '../util/multimap.js';

interface Entry {
  id: number;
  norm: string;
  words: Set<string>;
}

const MIN_WORDS = 3;
const SHARE = 0.8;

/** Words a set of `size` words may miss and still be sameText, plus one: one of that many must be shared. */
const probeCount = (size: number) => Math.floor((1 - SHARE) * size + 1e-9) + 1;

function wordsOf(norm: string): Set<string> {
  return new Set(norm.split(' '));
}

/** The test of sameText on normalised forms and word sets. */
function same(na: string, wa: Set<string>, nb: string, wb: Set<string>): boolean {
  if (na === nb) return true;
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size < MIN_WORDS) return false;
  let common = 0;
  for (const w of small) if (large.has(w)) common++;
  return common / small.size >= SHARE;
}

export class SameTextIndex {
  private readonly byNorm = new Map<string, number>();
  private readonly idsByNorm = new Map<string, number[]>();
  private readonly byWord = new Map<string, Entry[]>();
  private readonly byRareWord = new Map<string, Entry[]>();
  private readonly frequency = new Map<string, number>();

  /**
   * `universe`: every text that will be added (or a superset), to know which words are rare. Any
   * order of words gives the same answers; rare words first only makes the lookups short.
   */
  constructor(universe: Iterable<string | undefined> = []) {
    for (const t of universe) if (t) for (const w of wordsOf(normalizeText(t))) this.frequency.set(w, (this.frequency.get(w) ?? 0) + 1);
  }

  private rarestFirst(words: Set<string>): string[] {
    return [...words].sort((x, y) => (this.frequency.get(x) ?? 0) - (this.frequency.get(y) ?? 0) || (x < y ? -1 : x > y ? 1 : 0));
  }

  /** Adds `text` under `id` (ids should grow with each call for `first` to mean "earliest"). */
  add(text: string | undefined, id: number): void {
    if (!text) return; // sameText never holds for an empty text
    const norm = normalizeText(text);
    const e: Entry = { id, norm, words: wordsOf(norm) };
    if (!this.byNorm.has(norm)) this.byNorm.set(norm, id);
    pushTo(this.idsByNorm, norm, id);
    if (e.words.size < MIN_WORDS) return; // only an equal text can match it
    for (const w of e.words) pushTo(this.byWord, w, e);
    for (const w of this.rarestFirst(e.words).slice(0, probeCount(e.words.size))) pushTo(this.byRareWord, w, e);
  }

  /** The smallest id of an added text sameText with `q`, if any. */
  first(q: string | undefined): number | undefined {
    if (!q) return undefined;
    const norm = normalizeText(q);
    const words = wordsOf(norm);
    let best = this.byNorm.get(norm);
    const consider = (e: Entry) => {
      if ((best === undefined || e.id < best) && same(norm, words, e.norm, e.words)) best = e.id;
    };
    if (words.size >= MIN_WORDS) {
      // q the smaller side: the entry holds one of q's rarest words.
      for (const w of this.rarestFirst(words).slice(0, probeCount(words.size))) for (const e of this.byWord.get(w) ?? []) if (e.words.size >= words.size) consider(e);
      // The entry the smaller side: q holds one of the words it is filed under.
      for (const w of words) for (const e of this.byRareWord.get(w) ?? []) if (e.words.size <= words.size) consider(e);
    }
    return best;
  }

  /** The ids of every added text sameText with `q`, ascending. */
  all(q: string | undefined): number[] {
    if (!q) return [];
    const norm = normalizeText(q);
    const words = wordsOf(norm);
    const found = new Set(this.idsByNorm.get(norm) ?? []);
    if (words.size >= MIN_WORDS) {
      const consider = (e: Entry) => {
        if (!found.has(e.id) && same(norm, words, e.norm, e.words)) found.add(e.id);
      };
      for (const w of this.rarestFirst(words).slice(0, probeCount(words.size))) for (const e of this.byWord.get(w) ?? []) if (e.words.size >= words.size) consider(e);
      for (const w of words) for (const e of this.byRareWord.get(w) ?? []) if (e.words.size <= words.size) consider(e);
    }
    return [...found].sort((a, b) => a - b);
  }

  /** `first(q) !== undefined`, stopping at the first text found (an equal one is found at once). */
  has(q: string | undefined): boolean {
    if (!q) return false;
    const norm = normalizeText(q);
    if (this.byNorm.has(norm)) return true;
    const words = wordsOf(norm);
    if (words.size < MIN_WORDS) return false;
    for (const w of this.rarestFirst(words).slice(0, probeCount(words.size))) for (const e of this.byWord.get(w) ?? []) if (e.words.size >= words.size && same(norm, words, e.norm, e.words)) return true;
    for (const w of words) for (const e of this.byRareWord.get(w) ?? []) if (e.words.size <= words.size && same(norm, words, e.norm, e.words)) return true;
    return false;
  }
}

