// Which texts of one list can reach a similarity threshold with a text of another, without
// comparing every pair: the step that made the cross-document pairing quadratic in the number of
// indicators (4 000 rows took 5 s, 8 000 rows 15 s). Exact, not a heuristic: every pair it leaves
// out scores below the threshold, so the callers pair exactly as comparing all pairs did.
//
// Why it is exact. The soft weighted Jaccard of match.ts is shared / (w(a) + w(b) − shared),
// where `shared` sums, over tokens x of `a` paired with an equal or typo-similar token of `b`, at
// most the weight of x; and shared ≤ w(b). So:
// - (prefix filter, as in similarity joins) score ≥ t needs shared ≥ t·w(a). Order the tokens of
//   `a` in any fixed order: if `b` pairs with no token of the shortest prefix P whose remaining
//   weight is below t·w(a), then shared ≤ w(a \ P) < t·w(a). Only texts holding a partner of a
//   prefix token are candidates; the tokens held (with their typos) by the fewest texts head the
//   prefix, so the lists probed are short.
// - (bound) of those, a text whose score could not reach t even if every token of `a` it has a
//   partner for were paired in full is left out before the costly comparison.
// Texts that are equal once normalised (method 'exact', even without tokens) are always candidates.
import { tokenSimilarity, type Prepared } from './match.js';
import { pushTo } from '../util/multimap.js';

/** Tokens that can be typo-similar (tokenSimilarity > 0 needs no digit and 5 letters or more). */
const fuzzyEligible = (t: string) => t.length >= 5 && !/\d/.test(t);

/** Letter counts: each edit changes them by at most 2 in sum, a cheap lower bound of the edit distance. */
function letterCounts(t: string): Uint8Array {
  const c = new Uint8Array(26);
  for (let i = 0; i < t.length; i++) c[(t.charCodeAt(i) - 97) & 31] += 1;
  return c;
}

export class CandidateIndex {
  private readonly texts: Prepared[] = [];
  private readonly weights: number[] = [];
  private readonly byToken = new Map<string, number[]>();
  private readonly byPlain = new Map<string, number[]>();
  /** Fuzzy-eligible tokens of the vocabulary, by length, with their letter counts. */
  private readonly byLength = new Map<number, { token: string; counts: Uint8Array }[]>();
  private readonly vocabulary = new Set<string>();
  private readonly neighbours = new Map<string, string[]>();
  /** Scratch space of `candidates` and `bounds`, one slot per text: the weight reached, and which query or token marked it. */
  private reach = new Float64Array(0);
  private mark = new Int32Array(0);
  private stamp = 0;

  /**
   * Indexes the texts of one side of a pairing (their positions are what `candidates` returns).
   * `more`: texts that will be added later, if any, so that their words are known from the start.
   */
  constructor(texts: readonly Prepared[] = [], more: readonly Prepared[] = []) {
    for (const p of [...texts, ...more]) for (const t of p.tokens.keys()) this.learn(t);
    for (const p of texts) this.add(p);
  }

  /** Adds a text at the next position. */
  add(p: Prepared): void {
    const i = this.texts.length;
    this.texts.push(p);
    this.weights.push(weightOf(p));
    pushTo(this.byPlain, p.plain, i);
    for (const t of p.tokens.keys()) {
      pushTo(this.byToken, t, i);
      if (!this.vocabulary.has(t)) {
        this.learn(t);
        this.neighbours.clear(); // a word not announced may be a typo of one asked about before
      }
    }
  }

  private learn(t: string): void {
    if (this.vocabulary.has(t)) return;
    this.vocabulary.add(t);
    if (fuzzyEligible(t)) pushTo(this.byLength, t.length, { token: t, counts: letterCounts(t) });
  }

  /** Positions of the indexed texts that may score `threshold` or more against `p`, ascending. */
  candidates(p: Prepared, threshold: number): number[] {
    if (!this.texts.length) return [];
    const out = new Set<number>(this.byPlain.get(p.plain) ?? []);
    // Each token with the holders of it and of its typos; the prefix is correct in any order, and
    // shortest lists first probe the fewest texts.
    const tokens = [...p.tokens.entries()].map(([token, weight]) => {
      const lists = [this.byToken.get(token) ?? [], ...this.similarTokens(token).map((n) => this.byToken.get(n) ?? [])];
      return { token, weight, lists, df: lists.reduce((n, l) => n + l.length, 0) };
    });
    // Ties by text, so that the order is total.
    tokens.sort((x, y) => x.df - y.df || (x.token < y.token ? -1 : x.token > y.token ? 1 : 0));
    const wa = tokens.reduce((s, x) => s + x.weight, 0);
    // The margins keep a pair that meets the threshold only up to floating-point rounding.
    const needed = threshold * wa - 1e-9;
    this.grow();
    const stamp = ++this.stamp;
    const { mark } = this;
    const probed: number[] = [];
    let rest = wa;
    for (const { weight, lists } of tokens) {
      if (rest < needed) break;
      rest -= weight;
      for (const list of lists)
        for (const i of list)
          if (mark[i] !== stamp) {
            mark[i] = stamp;
            probed.push(i);
          }
    }
    // Which tokens of `p` each word pairs with (itself or a typo of it), so that a text's bound
    // reads its own few words rather than every token's typo list.
    const partnersOf = new Map<string, number[]>();
    tokens.forEach(({ token }, k) => {
      pushTo(partnersOf, token, k);
      for (const n of this.similarTokens(token)) pushTo(partnersOf, n, k);
    });
    const covered = new Uint8Array(tokens.length);
    for (const i of probed) {
      if (out.has(i)) continue;
      covered.fill(0);
      let reach = 0;
      for (const word of this.texts[i].tokens.keys())
        for (const k of partnersOf.get(word) ?? [])
          if (!covered[k]) {
            covered[k] = 1;
            reach += tokens[k].weight;
          }
      reach = Math.min(reach, this.weights[i]);
      if (reach / (wa + this.weights[i] - reach) >= threshold - 1e-9) out.add(i);
    }
    return [...out].sort((x, y) => x - y);
  }

  /**
   * For every indexed text that shares a token with `p` (equal or typo-similar) or equals it once
   * normalised, the highest score it could have against `p`; every other text scores 0. In typed
   * arrays rather than sets and maps: a common word is held by most texts, and this runs once for
   * each text of the other side.
   */
  bounds(p: Prepared): { ids: Int32Array; bounds: Float64Array } {
    this.grow();
    const { reach, mark } = this;
    const touched: number[] = [];
    let wa = 0;
    for (const [token, weight] of p.tokens) {
      wa += weight;
      // Each text counts a token of `p` once, whether it holds the token itself or a typo of it.
      const stamp = ++this.stamp;
      const visit = (list: number[] | undefined) => {
        if (!list) return;
        for (const i of list) {
          if (mark[i] === stamp) continue;
          if (reach[i] === 0) touched.push(i);
          mark[i] = stamp;
          reach[i] += weight;
        }
      };
      visit(this.byToken.get(token));
      for (const t of this.similarTokens(token)) visit(this.byToken.get(t));
    }
    const plain = this.byPlain.get(p.plain);
    if (plain) for (const i of plain) if (reach[i] === 0) touched.push(i);
    const equal = plain ? new Set(plain) : undefined;
    const ids = new Int32Array(touched.length);
    const bounds = new Float64Array(touched.length);
    touched.forEach((i, k) => {
      const shared = Math.min(reach[i], this.weights[i]);
      ids[k] = i;
      bounds[k] = equal?.has(i) ? 1 : shared / (wa + this.weights[i] - shared);
      reach[i] = 0;
    });
    return { ids, bounds };
  }

  /** Scratch space for as many texts as are indexed. */
  private grow(): void {
    const n = this.texts.length;
    if (this.reach.length >= n) return;
    // Doubling: texts may be added one at a time between queries.
    const size = Math.max(n, 2 * this.reach.length);
    this.reach = new Float64Array(size);
    this.mark = new Int32Array(size);
  }

  /** Tokens of the vocabulary other than `t` that tokenSimilarity takes for a typo of it. */
  private similarTokens(t: string): string[] {
    if (!fuzzyEligible(t)) return [];
    let hit = this.neighbours.get(t);
    if (hit) return hit;
    hit = [];
    const counts = letterCounts(t);
    // A similarity of 0.8 allows an edit distance of a fifth of the longer token, so no more
    // length difference than that (one more each way against rounding).
    for (let len = Math.floor(t.length * 0.8) - 1; len <= Math.ceil(t.length / 0.8) + 1; len++) {
      const maxEdits = Math.floor(0.2 * Math.max(len, t.length) + 1e-9);
      for (const other of this.byLength.get(len) ?? []) {
        if (other.token === t) continue;
        let diff = 0;
        for (let k = 0; k < 26; k++) diff += Math.abs(counts[k] - other.counts[k]);
        if (diff <= 2 * maxEdits && tokenSimilarity(t, other.token) > 0) hit.push(other.token);
      }
    }
    this.neighbours.set(t, hit);
    return hit;
  }
}

/**
 * The entries of `bounds`, highest bound first (ties: lowest id first), one at a time: a binary
 * heap, because the caller usually stops after the first few of thousands.
 */
export function* byBound({ ids, bounds }: { ids: Int32Array; bounds: Float64Array }): Generator<[number, number]> {
  const heap = Array.from(ids.keys());
  const before = (x: number, y: number) => bounds[x] > bounds[y] || (bounds[x] === bounds[y] && ids[x] < ids[y]);
  const down = (k: number, size: number) => {
    for (;;) {
      const l = 2 * k + 1;
      const r = l + 1;
      let top = k;
      if (l < size && before(heap[l], heap[top])) top = l;
      if (r < size && before(heap[r], heap[top])) top = r;
      if (top === k) return;
      [heap[k], heap[top]] = [heap[top], heap[k]];
      k = top;
    }
  };
  for (let k = (heap.length >> 1) - 1; k >= 0; k--) down(k, heap.length);
  for (let size = heap.length; size > 0; size--) {
    const x = heap[0];
    yield [ids[x], bounds[x]];
    heap[0] = heap[size - 1];
    down(0, size - 1);
  }
}

function weightOf(p: Prepared): number {
  let w = 0;
  for (const x of p.tokens.values()) w += x;
  return w;
}

